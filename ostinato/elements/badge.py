"""st.badge: a small coloured label (a pill), as Streamlit 1.67 draws it. AppTest
sees it as Streamlit's does: a markdown element whose body is the badge directive
(`:blue-badge[label]`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.elements.link_button import check_icon, check_width
from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")
"""Streamlit's badge colours; each has theme tokens --badge-<colour>-bg/-text in app.css."""


@element("badge", "badge")
def badge(
    self: Container,
    label: str,
    *,
    icon: str | None = None,
    color: str = "blue",
    width: Any = "content",
    help: str | None = None,
) -> None:
    """Write a coloured badge with an optional emoji or ":material/name:" icon."""
    if color not in COLORS:
        # Streamlit writes any colour into the directive, which then shows as text.
        raise OstinatoAPIException(
            f"st.badge color must be one of {', '.join(COLORS)}; got {color!r}."
        )
    if not isinstance(label, str):
        raise OstinatoAPIException(f"st.badge label must be a str, got {label!r}.")
    icon = check_icon("badge", icon)
    text = label
    escaped = text.replace("[", "\\[").replace("]", "\\]")
    body = f":{color}-badge[{icon + ' ' if icon else ''}{escaped}]"
    self._add(
        Node(
            "badge",
            {
                "label": text,
                "icon": icon,
                "color": "gray" if color == "grey" else color,
                "help": help,
                "width": check_width("badge", width),
                "body": body,
            },
        )
    )
