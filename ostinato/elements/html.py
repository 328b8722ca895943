"""st.html: HTML inserted into the page (not in an iframe), sanitised there by
DOMPurify as in Streamlit 1.67: `unsafe_allow_javascript=True` keeps its scripts
(which then run); event handlers and javascript: URLs are removed either way."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ostinato.config import get_option
from ostinato.elements.container import Container
from ostinato.elements.prose import clean
from ostinato.elements.transient import check_width
from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import EVENT, Node
from ostinato.tree.registry import element

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)

STRING_PATH_WARNING = (
    "st.html no longer reads a local file named by a string: the string is shown as "
    "HTML. To insert a file, pass a pathlib.Path."
)


def style_only(content: str) -> bool:
    """True when `content` is only <style> tags (and comments): it takes no room."""
    return _STYLE.sub("", _COMMENT.sub("", content)).strip() == ""


def _names_file(text: str) -> bool:
    """True when the string is the path of an existing file (never for HTML)."""
    if len(text) > 4096 or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def content_of(body: Any) -> tuple[str, bool]:
    """The HTML of `body` and whether it was a string naming a file (which is shown
    as HTML, with a warning, as in Streamlit 1.67). A pathlib.Path is read; a .css
    file becomes a <style> tag."""
    repr_html = getattr(body, "_repr_html_", None)
    if callable(repr_html):
        return str(repr_html()), False
    if isinstance(body, Path):
        try:
            text = body.read_text(encoding="utf-8")
        except OSError as error:
            raise OstinatoAPIException(
                f"st.html could not read the file {str(body)!r}: {error.strerror or error}."
            ) from error
        return (f"<style>{text}</style>" if body.suffix.lower() == ".css" else text), False
    if isinstance(body, str) and _names_file(body):
        return clean(body), True
    return clean(body), False


@element("html", "html")
def html(
    self: Container,
    body: Any,
    *,
    width: int | str = "stretch",
    unsafe_allow_javascript: bool = False,
) -> None:
    """Insert HTML; scripts are removed unless `unsafe_allow_javascript` (event
    handlers and javascript: URLs always are)."""
    content, string_path = content_of(body)
    if content == "":
        raise OstinatoAPIException(
            "st.html needs a body: HTML as a string, a pathlib.Path of a file, or an "
            "object with _repr_html_(); it got an empty one."
        )
    check_width(width, allow_content=True)
    if string_path and get_option("client.showErrorDetails") == "full":
        self.warning(STRING_PATH_WARNING)
    if style_only(content):
        # As Streamlit: to the event area, wherever it is called, so it takes no room.
        Container(EVENT)._add(Node("html", {"body": content, "style_only": True}))
        return
    props = {"body": content, "width": width, "unsafe_allow_javascript": unsafe_allow_javascript}
    self._add(Node("html", props))
