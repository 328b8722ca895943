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


GENERIC_ERROR = (
    "This app has encountered an error. The original error message is redacted to "
    "prevent data leaks. Full error details have been recorded in the logs."
)
"""The page's message for a script error when client.showErrorDetails hides it."""


def _own(filename: str) -> bool:
    return filename.startswith(_PACKAGE_DIR) and not filename.startswith(_DEMO_DIR)


def user_frames(exc: BaseException) -> list[str]:
    """The traceback of `exc`, without Ostinato's own frames (nor the standard
    library's compile frames under them, as ast.parse for a SyntaxError)."""
    return [line.rstrip("\n") for line in traceback.format_list(user_stack(exc))]


def user_stack(exc: BaseException) -> list[traceback.FrameSummary]:
    """The frames of `exc`'s traceback that are the user's."""
    frames = list(traceback.extract_tb(exc.__traceback__))
    kept = []
    inside_own = False
    for frame in frames:
        if _own(frame.filename):
            inside_own = True
            continue
        if inside_own and isinstance(exc, SyntaxError) and frame is frames[-1]:
            continue  # ast.py's parse, called by Ostinato to compile the script
        inside_own = False
        kept.append(frame)
    return kept


def syntax_error_text(exc: SyntaxError) -> str:
    """A SyntaxError as Python prints it: file and line, the line, a caret under
    the offending column, and the message."""
    if not exc.text:
        return str(exc)
    line = exc.text.rstrip("\n")
    stripped = line.lstrip()
    indent = len(line) - len(stripped)
    caret = " " * max((exc.offset or 1) - 1 - indent, 0)
    width = 1
    end = getattr(exc, "end_offset", None)
    if (
        exc.offset
        and end
        and getattr(exc, "end_lineno", exc.lineno) == exc.lineno
        and end > exc.offset
    ):
        width = end - exc.offset
    return (
        f'File "{exc.filename}", line {exc.lineno}\n'
        f"  {stripped.rstrip()}\n"
        f"  {caret}{'^' * width}\n"
        f"{type(exc).__name__}: {exc.msg}"
    )


def exception_message(exc: BaseException) -> str:
    """What the page says of `exc`: a SyntaxError with its line and caret."""
    if isinstance(exc, SyntaxError):
        return syntax_error_text(exc)
    try:
        return str(exc).strip()
    except Exception:  # the exception's own __str__ failed
        return ""


def exception_node(exc: BaseException, uncaught: bool = False) -> Node:
    """The element that shows `exc`: type, message and the user's traceback. For an
    uncaught script error, client.showErrorDetails decides what is shown, as in
    Streamlit: "full" all; "stacktrace" the type and traceback, messages hidden;
    "type" only the type; "none" only a generic message (st.exception shows all)."""
    level = str(get_option("client.showErrorDetails")) if uncaught else "full"
    show_message = level == "full"
    show_trace = show_message or level == "stacktrace"
    show_type = show_trace or level == "type"
    trace = user_frames(exc) if show_trace else []
    return Node(
        "exception",
        {
            "exc_type": type(exc).__name__ if show_type else "",
            "message": exception_message(exc) if show_message else GENERIC_ERROR,
            "traceback": trace,
            "syntax": isinstance(exc, SyntaxError) and show_message,
        },
        value=exc,
    )
