"""Nodes the runtime shows by itself: alert boxes (a page not found, a notice) and
the exception a script raised. Elements build the same nodes for st.error and
st.exception."""

from __future__ import annotations

import traceback
from pathlib import Path as FilePath
from typing import Any

from ostinato.config import get_option
from ostinato.tree import markdown as md
from ostinato.tree.node import Node

_PACKAGE_DIR = str(FilePath(__file__).resolve().parent.parent)
_DEMO_DIR = str(FilePath(_PACKAGE_DIR) / "demo")


def alert_node(kind: str, body: Any, icon: str | None = None) -> Node:
    """The element of an alert box of `kind` (success, info, warning, error)."""
    text = str(body)
    return Node("alert", {"kind": kind, "body": text, "html": md.render(text), "icon": icon})


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
