"""Alerts (success, info, warning, error) and exceptions shown in the page."""

from __future__ import annotations

import traceback
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

from ostinato.config import get_option
from ostinato.elements import markdown as md
from ostinato.elements.tree import Node

if TYPE_CHECKING:
    from ostinato.elements.container import Container

_PACKAGE_DIR = str(FilePath(__file__).resolve().parent.parent)
_DEMO_DIR = str(FilePath(_PACKAGE_DIR) / "demo")


def alert_node(kind: str, body: Any, icon: str | None = None) -> Node:
    """The element of an alert box of `kind` (success, info, warning, error)."""
    text = str(body)
    return Node("alert", {"kind": kind, "body": text, "html": md.render(text), "icon": icon})


def _alert(self: Container, kind: str, body: Any, icon: str | None) -> None:
    self._add(alert_node(kind, body, icon))


def success(self: Container, body: Any, *, icon: str | None = None) -> None:
    """Write a green success message."""
    _alert(self, "success", body, icon)


def info(self: Container, body: Any, *, icon: str | None = None) -> None:
    """Write a blue informational message."""
    _alert(self, "info", body, icon)


def warning(self: Container, body: Any, *, icon: str | None = None) -> None:
    """Write a yellow warning."""
    _alert(self, "warning", body, icon)


def error(self: Container, body: Any, *, icon: str | None = None) -> None:
    """Write a red error message."""
    _alert(self, "error", body, icon)


def user_frames(exc: BaseException) -> list[str]:
    """The traceback of `exc`, without Ostinato's own frames."""
    frames = [
        frame
        for frame in traceback.extract_tb(exc.__traceback__)
        if not frame.filename.startswith(_PACKAGE_DIR) or frame.filename.startswith(_DEMO_DIR)
    ]
    return [line.rstrip("\n") for line in traceback.format_list(frames)]


def exception_node(exc: BaseException) -> Node:
    """The element that shows `exc`: type, message and the user's traceback."""
    details = get_option("client.showErrorDetails")
    return Node(
        "exception",
        {
            "exc_type": type(exc).__name__,
            "message": str(exc) if details else "This app has encountered an error.",
            "traceback": user_frames(exc) if details else [],
        },
        value=exc,
    )


def exception(self: Container, exception: BaseException) -> None:
    """Write an exception with its message and traceback."""
    self._add(exception_node(exception))
