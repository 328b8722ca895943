"""Markdown rendered on the server, so the page never runs a Markdown parser and
HTML in user text is escaped unless the script allows it. Streamlit's extensions
(coloured text, badges, emoji, icons, LaTeX, …) come from `markdown_ext`."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt

from ostinato.tree.markdown_ext import streamlit_extensions


def _parser(allow_html: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": allow_html}).enable(["table", "strikethrough"])
    md.use(streamlit_extensions)
    return md


_safe = _parser(False)
_unsafe = _parser(True)


@lru_cache(maxsize=1024)
def render(body: str, unsafe_allow_html: bool = False) -> str:
    """HTML for the Markdown `body`; raw HTML is escaped unless `unsafe_allow_html`."""
    html: str = (_unsafe if unsafe_allow_html else _safe).render(body)
    return html.strip()


@lru_cache(maxsize=1024)
def render_inline(body: str) -> str:
    """HTML for a one-line Markdown `body` (labels, titles), without a <p> around it:
    inline Markdown only, so headings, lists and quotes stay literal text."""
    html: str = _safe.renderInline(body)
    return html


def render_label(label: str, icon: str | None = None) -> str:
    """HTML of a widget's or a container's label: inline Markdown (bold, italics,
    code, links, images, colours, emoji, icons, math), headings and lists literal;
    an `icon` (emoji or ":material/name:") goes before it."""
    return render_inline(f"{icon} {label}" if icon else label)
