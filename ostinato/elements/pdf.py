"""st.pdf: a PDF shown in the page, in the browser's own PDF viewer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.media_data import is_url, normalize_alt, read_file, serve
from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("pdf", "pdf")
def pdf(
    self: Container,
    data: Any,
    *,
    height: int | Literal["stretch"] = 500,
    key: str | None = None,
    alt: str | None = None,
) -> None:
    """Show a PDF (a URL, a path, bytes or a file) in a viewer `height` pixels tall.
    Streamlit needs the streamlit-pdf package for this; Ostinato needs nothing."""
    if data is None:
        raise OstinatoAPIException(
            "st.pdf data is required: a path to a PDF file, a URL, bytes or a file."
        )
    if height != "stretch" and (
        isinstance(height, bool) or not isinstance(height, int) or height <= 0
    ):
        raise OstinatoAPIException(
            f"st.pdf height must be a positive integer (pixels) or 'stretch', got {height!r}."
        )
    if isinstance(data, (str, Path)):
        text = str(data).strip()
        url = text if is_url(text, ("http", "https")) else ""
        content = b"" if url else read_file("pdf", text)
    elif isinstance(data, (bytes, bytearray, memoryview)):
        url, content = "", bytes(data)
    elif hasattr(data, "getvalue"):
        url, content = "", bytes(data.getvalue())
    elif hasattr(data, "read"):
        url, content = "", bytes(data.read())
    else:
        raise OstinatoAPIException(
            "st.pdf data must be a path or URL (str or Path), bytes or a file, got "
            f"{type(data).__name__}."
        )
    if not url:
        url = serve(content, "application/pdf", "document.pdf")
    self._add(Node("pdf", {"url": url, "height": height, "key": key, "alt": normalize_alt(alt)}))
