"""st.expander: a section the user can open and close. With `on_change` ("rerun"
or a callback) it is a widget whose value says whether it is open, readable in
Session State under `key`, as in Streamlit 1.67."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.blocks import (
    check_bind,
    on_change_mode,
    stateful_block,
    stateful_container,
)
from ostinato.elements.sizing import check_choice, check_width
from ostinato.errors import OstinatoAPIException
from ostinato.tree.markdown import render_label
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container, StatefulContainer

TYPES = ("default", "compact", "step")


@element("expander", "block:expander")
def expander(
    self: Container,
    label: str,
    expanded: bool = False,
    *,
    key: str | int | None = None,
    icon: str | None = None,
    type: Literal["default", "compact", "step"] = "default",
    width: int | str = "stretch",
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
    bind: str | None = None,
) -> StatefulContainer:
    """A section the user can open and close; `expanded` is how it starts."""
    if label is None:
        raise OstinatoAPIException("st.expander: label is required.")
    stateful, callback = on_change_mode("expander", on_change)
    check_choice("expander", "type", type, TYPES)
    check_bind("expander", bind, key)
    stateful = stateful or bind is not None
    width = check_width("expander", width, allow_content=False)
    ctx, parent = self._target()
    props: dict[str, Any] = {
        "label": label,
        "label_html": render_label(label, icon),
        "expanded": bool(expanded),
        "icon": icon,
        "variant": type,
        "width": width,
        "key": None if key is None else str(key),
    }
    if not stateful:
        path = ctx.add(parent, Node("block", {"kind": "expander", **props}, children=[]))
        return stateful_container(path, None)
    value, path = stateful_block(
        self,
        "expander",
        label=label,
        key=key,
        identity=(label, bool(expanded), icon, width, type),
        default=bool(expanded),
        decode=lambda v: bool(expanded) if v is None else bool(v),
        validate=bool,
        props=props,
        callback=callback,
        args=args,
        kwargs=kwargs,
        bind=bind,
    )
    return stateful_container(path, bool(value))
