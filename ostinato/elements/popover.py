"""st.popover: a button that opens a floating panel of elements. With `on_change`
("rerun" or a callback) it is a widget whose value says whether it is open,
readable in Session State under `key`, as in Streamlit 1.67."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.blocks import inside, on_change_mode, stateful_block, stateful_container
from ostinato.elements.sizing import check_choice, check_width
from ostinato.errors import OstinatoAPIException
from ostinato.tree.markdown import render_label
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container, StatefulContainer

TYPES = ("primary", "secondary", "tertiary")


@element("popover", "block:popover")
def popover(
    self: Container,
    label: str,
    *,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: int | str = "content",
    wrap: bool | None = None,
    key: str | int | None = None,
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
) -> StatefulContainer:
    """A button that opens a floating panel of elements."""
    if label is None:
        raise OstinatoAPIException("st.popover: label is required.")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_choice("popover", "type", type, TYPES)
    stateful, callback = on_change_mode("popover", on_change)
    width = check_width("popover", width)
    ctx, parent = self._target()
    if inside(ctx, parent, "popover"):
        raise OstinatoAPIException(f'st.popover "{label}" cannot be placed inside another popover.')
    props: dict[str, Any] = {
        "label": label,
        "label_html": render_label(label, icon),
        "help": help,
        "icon": icon,
        "disabled": disabled,
        "variant": type,
        "width": width,
        "wrap": wrap,
        "key": None if key is None else str(key),
    }
    if not stateful:
        path = ctx.add(parent, Node("block", {"kind": "popover", **props}, children=[]))
        return stateful_container(path, None)
    value, path = stateful_block(
        self,
        "popover",
        label=label,
        key=key,
        identity=(label, type, help, icon, disabled, width),
        default=False,
        decode=lambda v: bool(v),
        validate=bool,
        props=props,
        callback=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        help=help,
    )
    return stateful_container(path, bool(value))
