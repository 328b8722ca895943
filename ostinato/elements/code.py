"""st.code: a block of code, highlighted on the server by Pygments."""

from __future__ import annotations

import functools
import html as _html
import re
from typing import TYPE_CHECKING, Any

from ostinato.elements.transient import check_width
from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

MAX_HIGHLIGHTED = 200_000
"""Longest code highlighted, in characters; longer code is shown plain."""


@functools.lru_cache(maxsize=256)
def highlight(body: str, language: str | None) -> str | None:
    """`body` as HTML spans of Pygments' token classes prefixed "tk-" (their colours
    come from CSS custom properties, so both colour schemes apply); None when the
    language is unknown or the code is too long to be worth it."""
    if not language or len(body) > MAX_HIGHLIGHTED:
        return None
    from pygments import highlight as run
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None
    formatter = HtmlFormatter(nowrap=True, classprefix="tk-")
    text: str = run(body, lexer, formatter)
    return text


def check_height(height: Any) -> None:
    """Refuse a `height` that is not a positive int, "content" or "stretch"."""
    if isinstance(height, str) and height in ("content", "stretch"):
        return
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return
    raise OstinatoAPIException(
        f"Invalid height value: {height!r}. Height must be either a positive integer "
        "(pixels), 'content', or 'stretch'."
    )


@element("code", "code")
def code(
    self: Container,
    body: Any,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
    height: int | str | None = "content",
    width: int | str = "stretch",
) -> None:
    """Write a block of code (`language=None`: plain text), with a copy button;
    `height` in pixels scrolls longer code."""
    height = "content" if height is None else height
    check_height(height)
    check_width(width, allow_content=True)
    # As Streamlit: one newline at the start and one at the end are dropped.
    text = re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body)))
    language = language or "plaintext"
    marked = highlight(text, None if language == "plaintext" else language)
    self._add(
        Node(
            "code",
            {
                "body": text,
                "language": language,
                "line_numbers": bool(line_numbers),
                "wrap": bool(wrap_lines),
                "height": height,
                "width": width,
                "html": marked if marked is not None else _html.escape(text),
            },
        )
    )
