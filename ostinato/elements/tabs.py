"""st.tabs: tabs (a "block:tabs" of "block:tab"s, made together by one function).
With `on_change` ("rerun" or a callback) they are a widget whose value is the
label of the open tab, readable in Session State under `key`, as in 1.67."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ostinato.elements.blocks import check_bind, on_change_mode, stateful_block, stateful_container
from ostinato.elements.sizing import check_height, check_width
from ostinato.errors import OstinatoAPIException
from ostinato.tree.markdown import render_label
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container, StatefulContainer


@element("tabs", "block:tabs", "block:tab")
def tabs(
    self: Container,
    tabs: Sequence[str],
    *,
    width: int | str = "stretch",
    height: int | str = "content",
    default: str | None = None,
    key: str | int | None = None,
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
    bind: str | None = None,
) -> tuple[StatefulContainer, ...]:
    """Tabs with these labels; write into each with `with tab:`. `default` is the
    label open first; with `on_change` the open tab is a widget value."""
    if not tabs:
        raise OstinatoAPIException("st.tabs: tabs needs at least one tab label.")
    names = list(tabs)
    for name in names:
        if not isinstance(name, str):
            raise OstinatoAPIException(
                f"st.tabs: tabs must be a string for each tab label, got {type(name).__name__}."
            )
    if default and default not in names:
        raise OstinatoAPIException(
            f"st.tabs: default must be a tab label from `tabs`; {default!r} is not in the list."
        )
    stateful, callback = on_change_mode("tabs", on_change)
    check_bind("tabs", bind, key)
    if bind is not None:
        stateful = True
        if any(not n for n in names) or len(set(names)) != len(names):
            raise OstinatoAPIException(
                'st.tabs: tabs must be non-empty, unique labels when bind="query-params".'
            )
    width = check_width("tabs", width, allow_content=False)
    height = check_height("tabs", height)
    first = names[names.index(default)] if default else names[0]
    props: dict[str, Any] = {
        "labels": names,
        "labels_html": [render_label(n) for n in names],
        "default": names.index(first),
        "width": width,
        "height": height,
        "key": None if key is None else str(key),
    }
    if stateful:
        current, path = stateful_block(
            self,
            "tabs",
            label="",
            key=key,
            identity=(tuple(names), width, height, default),
            default=first,
            decode=lambda v: v if isinstance(v, str) and v in names else first,
            validate=lambda v: v if isinstance(v, str) and v in names else first,
            props=props,
            callback=callback,
            args=args,
            kwargs=kwargs,
            bind=bind,
        )
    else:
        ctx, parent = self._target()
        path = ctx.add(parent, Node("block", {"kind": "tabs", **props}, children=[]))
        current = None
    ctx, _ = self._target()
    return tuple(
        stateful_container(
            ctx.add(path, Node("block", {"kind": "tab", "label": name}, children=[])),
            None if current is None else name == current,
        )
        for name in names
    )
