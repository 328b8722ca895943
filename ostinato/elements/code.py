"""st.code: a block of code, highlighted on the server by Pygments."""

from __future__ import annotations

import functools
import html as _html
from typing import TYPE_CHECKING

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


@element("code", "code")
def code(
    self: Container,
    body: str,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
) -> None:
    """Write a block of code."""
    text = str(body)
    marked = highlight(text, language)
    self._add(
        Node(
            "code",
            {
                "body": text,
                "language": language,
                "line_numbers": line_numbers,
                "wrap": wrap_lines,
                "html": marked if marked is not None else _html.escape(text),
            },
        )
    )
