"""st.link_button: a link drawn as a button, opening its URL in a new tab. With
`on_click="rerun"` or a callback it is also a trigger, as st.button (Streamlit 1.67)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.trigger import trigger_spec
from ostinato.elements.widget import draw
from ostinato.errors import DuplicateWidgetID, OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

_MATERIAL = re.compile(r"^:material/[a-z0-9_]+:$")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def check_icon(kind: str, icon: str | None, spinner: bool = False) -> str | None:
    """`icon` if it is an emoji or ":material/name:" (or "spinner" where allowed)."""
    if icon is None:
        return None
    if isinstance(icon, str):
        icon = icon.strip()
        if _MATERIAL.match(icon) or (spinner and icon == "spinner"):
            return icon
        if icon and len(icon) <= 16 and not _ASCII_WORD.search(icon):
            return icon
    raise OstinatoAPIException(
        f"st.{kind} icon must be a single emoji or a Material icon written "
        f'":material/icon_name:" (snake case), got {icon!r}.'
    )


def check_width(kind: str, width: Any) -> str | int:
    """`width` if it is "content", "stretch" or a positive number of pixels."""
    if width in ("content", "stretch"):
        return str(width)
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width < 2**32:
        return width
    raise OstinatoAPIException(
        f'st.{kind} width must be "content", "stretch" or a positive integer (pixels), '
        f"got {width!r}."
    )


@element("link_button", "link_button")
def link_button(
    self: Container,
    label: str,
    url: str,
    *,
    key: str | int | None = None,
    on_click: Callable[..., Any] | Literal["rerun", "ignore"] = "ignore",
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    help: str | None = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    icon_position: Literal["left", "right"] = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    wrap: bool | None = None,
) -> Any:
    """A button-styled link to `url`, opened in a new tab. Returns the element's
    place (None) by default; with `on_click="rerun"` or a callable, True in the
    run after a click, as st.button."""
    if type not in ("primary", "secondary", "tertiary"):
        raise OstinatoAPIException(
            f'st.link_button type must be "primary", "secondary" or "tertiary", got {type!r}.'
        )
    if icon_position not in ("left", "right"):
        raise OstinatoAPIException(
            f'st.link_button icon_position must be "left" or "right", got {icon_position!r}.'
        )
    if not (on_click in ("rerun", "ignore") or callable(on_click)):
        raise OstinatoAPIException(
            f'st.link_button on_click must be "ignore", "rerun" or a callable, got {on_click!r}.'
        )
    if not isinstance(url, str):
        raise OstinatoAPIException(f"st.link_button url must be a str, got {url!r}.")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    props: dict[str, Any] = {
        "url": str(url),
        "icon_position": icon_position,
        "width": check_width("link_button", width),
        "wrap": wrap,
    }
    text = "" if label is None else str(label)
    shown_icon = check_icon("link_button", icon, spinner=True)
    if on_click == "ignore":
        if key is not None:
            # A key names one element of the run, as in Streamlit.
            ctx, _ = self._target()
            if str(key) in ctx.widget_keys:
                raise DuplicateWidgetID("link_button", text, str(key))
            ctx.widget_keys.add(str(key))
        self._add(
            Node(
                "link_button",
                {
                    "id": "",
                    "key": None if key is None else str(key),
                    "label": text,
                    "help": help,
                    "disabled": disabled,
                    "label_visibility": "visible",
                    "kind": type,
                    "icon": shown_icon,
                    "trigger": False,
                    **props,
                },
            )
        )
        return None
    callback = on_click if callable(on_click) else None
    spec = trigger_spec(
        "link_button", text, key, help, callback, args, kwargs, type, shown_icon, disabled
    )
    spec.props.update(props, trigger=True)
    spec.extra_identity = (str(url), shown_icon, type, props["width"], icon_position)
    return bool(draw(self, spec))
