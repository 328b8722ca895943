"""st.iframe, and the frames of st.components.v1.html and st.components.v1.iframe:
a URL, an HTML string or a local file shown in an iframe (the page never runs the
HTML in its own document)."""

from __future__ import annotations

import logging
import mimetypes
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

log = logging.getLogger("ostinato.elements")

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_URL = re.compile(r"^(https?://[^\s/]|data:)", re.IGNORECASE)
_MAX_PATH = 4096


def check_tab_index(tab_index: Any) -> int | None:
    """`tab_index` if it is None, -1 or a non-negative int; else the error naming it."""
    if tab_index is None:
        return None
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise OstinatoAPIException(
            f"tab_index must be an int (None, -1 or a non-negative integer), "
            f"got {type(tab_index).__name__}."
        )
    if tab_index < -1:
        raise OstinatoAPIException(
            f"tab_index must be None, -1 or a non-negative integer, got {tab_index}."
        )
    return tab_index


def _size(value: Any, name: str, default: int | str) -> int | str:
    """A components.v1 frame's width or height: None (the default), or pixels."""
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default  # Streamlit 1.67 ignores what is not a number here
    if value < 0:
        raise OstinatoAPIException(f"{name} must be a number of pixels (0 or more), got {value}.")
    return int(value)


def _layout(value: Any, name: str) -> int | str:
    """st.iframe's width or height: a positive int, "stretch" or "content"."""
    if value in ("stretch", "content") and isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise OstinatoAPIException(
        f"Invalid {name} value: {value!r}. {name.capitalize()} must be either a positive "
        "integer (pixels), 'stretch', or 'content'."
    )


def _frame(
    container: Container,
    *,
    src: str | None,
    srcdoc: str | None,
    width: int | str,
    height: int | str,
    scrolling: bool,
    tab_index: int | None,
    title: str,
) -> None:
    container._add(
        Node(
            "iframe",
            {
                "src": src,
                "srcdoc": srcdoc,
                "width": width,
                "height": height,
                "scrolling": bool(scrolling),
                "tab_index": tab_index,
                "title": title,
            },
        )
    )


def html_frame(
    container: Container,
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> None:
    """st.components.v1.html: `html` as the document of an iframe (150 px high
    unless `height` says), scripts included. Script thread."""
    if not isinstance(html, str):
        raise OstinatoAPIException(
            f"st.components.v1.html takes the HTML as a str, got {type(html).__name__}."
        )
    _frame(
        container,
        src=None,
        srcdoc=html,
        width=_size(width, "width", "stretch"),
        height=_size(height, "height", 150),
        scrolling=scrolling,
        tab_index=check_tab_index(tab_index),
        title="st.iframe",
    )


def url_frame(
    container: Container,
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> None:
    """st.components.v1.iframe: the page at `src` in an iframe (the browser loads
    it; the server never fetches it). Script thread."""
    if not isinstance(src, str):
        raise OstinatoAPIException(
            f"st.components.v1.iframe takes the URL as a str, got {type(src).__name__}."
        )
    _frame(
        container,
        src=src,
        srcdoc=None,
        width=_size(width, "width", "stretch"),
        height=_size(height, "height", 150),
        scrolling=scrolling,
        tab_index=check_tab_index(tab_index),
        title="st.iframe",
    )


def _is_file(text: str) -> bool:
    if len(text) > _MAX_PATH or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


@element("iframe", "iframe")
def iframe(
    self: Container,
    src: str | Path,
    *,
    width: int | str = "stretch",
    height: int | str = "content",
    tab_index: int | None = None,
    alt: str | None = None,
) -> None:
    """Embed a URL (http, https, data: or a path starting with "/"), an HTML string,
    or a local file (a pathlib.Path: HTML is embedded, other files are served from
    the session's media) in an iframe."""
    width = _layout(width, "width")
    height = _layout(height, "height")
    tab_index = check_tab_index(tab_index)
    if not isinstance(src, str | Path):
        raise OstinatoAPIException(
            f"st.iframe src must be a URL, an HTML string or a pathlib.Path, "
            f"got {type(src).__name__}."
        )
    url: str | None = None
    doc: str | None = None
    if isinstance(src, Path):
        url, doc = _local_file(self, src)
    elif _URL.match(src):
        url = src
    elif _is_file(src):
        log.warning(
            "st.iframe shows a string as HTML, never as a file path: pass a pathlib.Path "
            "to load the local file %r.",
            src,
        )
        doc = src
    elif src.startswith("/"):
        url = src
    else:
        doc = src
    if doc is None:
        # A URL's content cannot be measured from the page (another origin).
        width = "stretch" if width == "content" else width
        height = 400 if height == "content" else height
    title = alt.strip() if isinstance(alt, str) and alt.strip() else "st.iframe"
    if isinstance(alt, str) and not alt.strip():
        log.warning("st.iframe alt is empty: it is ignored (the frame's title stays st.iframe).")
    _frame(
        self,
        src=url,
        srcdoc=doc,
        width=width,
        height=height,
        scrolling=True,
        tab_index=tab_index,
        title=title,
    )


def _local_file(container: Container, path: Path) -> tuple[str | None, str | None]:
    """(url, html) for a local file: an HTML file's text, else a media URL."""
    if path.suffix.lower() in _HTML_SUFFIXES:
        try:
            return None, path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise OstinatoAPIException(f"st.iframe cannot read the file '{path}': {exc}") from exc
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OstinatoAPIException(f"st.iframe cannot read the file '{path}': {exc}") from exc
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    ctx, _ = container._target()
    if ctx.session is None:
        return "", None
    return ctx.session.media.put(data, mime, path.name, inline=True), None
