"""Markdown rendered on the server, so the page never runs a Markdown parser and
HTML in user text is escaped unless the script allows it."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt

_safe = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
_unsafe = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


@lru_cache(maxsize=1024)
def render(body: str, unsafe_allow_html: bool = False) -> str:
    """HTML for the Markdown `body`; raw HTML is escaped unless `unsafe_allow_html`."""
    html: str = (_unsafe if unsafe_allow_html else _safe).render(body)
    return html.strip()


@lru_cache(maxsize=1024)
def render_inline(body: str) -> str:
    """HTML for a one-line Markdown `body` (labels, titles), without a <p> around it."""
    html: str = _safe.renderInline(body)
    return html
