"""Alerts: st.success, st.info, st.warning and st.error (nodes of type "alert")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.elements.sizing import check_width
from ostinato.tree.notices import alert_node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def _alert(self: Container, kind: str, body: Any, icon: str | None, width: Any) -> None:
    node = alert_node(kind, body, icon)
    node.props["width"] = check_width(kind, width, allow_content=False)
    self._add(node)


@element("success", "alert")
def success(
    self: Container, body: Any, *, icon: str | None = None, width: int | str = "stretch"
) -> None:
    """Write a green success message."""
    _alert(self, "success", body, icon, width)


@element("info", "alert")
def info(
    self: Container, body: Any, *, icon: str | None = None, width: int | str = "stretch"
) -> None:
    """Write a blue informational message."""
    _alert(self, "info", body, icon, width)


@element("warning", "alert")
def warning(
    self: Container, body: Any, *, icon: str | None = None, width: int | str = "stretch"
) -> None:
    """Write a yellow warning."""
    _alert(self, "warning", body, icon, width)


@element("error", "alert")
def error(
    self: Container, body: Any, *, icon: str | None = None, width: int | str = "stretch"
) -> None:
    """Write a red error message."""
    _alert(self, "error", body, icon, width)
