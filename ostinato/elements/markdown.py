"""st.markdown, st.title, st.header, st.subheader and st.caption: all nodes of type
"markdown" (the kind of text is a prop)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.elements.prose import clean
from ostinato.tree import markdown as md
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def _markdown(
    self: Container, kind: str, body: Any, unsafe: bool, help: str | None, **extra: Any
) -> None:
    text = clean(body)
    if kind == "markdown" or kind == "caption":
        html = md.render(text, unsafe)
    else:
        html = md.render_inline(text)
    self._add(Node("markdown", {"kind": kind, "body": text, "html": html, "help": help, **extra}))


@element("markdown", "markdown")
def markdown(
    self: Container, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None
) -> None:
    """Write Markdown; HTML in it is escaped unless `unsafe_allow_html`."""
    _markdown(self, "markdown", body, unsafe_allow_html, help)


@element("title", "markdown")
def title(
    self: Container, body: Any, anchor: str | bool | None = None, *, help: str | None = None
) -> None:
    """Write a page title; `anchor` names its link target (False: no link)."""
    _markdown(self, "title", body, False, help, anchor=_anchor(anchor))


@element("header", "markdown")
def header(
    self: Container,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    divider: bool | str = False,
) -> None:
    """Write a section header, optionally with a coloured rule under it."""
    _markdown(self, "header", body, False, help, anchor=_anchor(anchor), divider=divider)


@element("subheader", "markdown")
def subheader(
    self: Container,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    divider: bool | str = False,
) -> None:
    """Write a sub-section header, optionally with a coloured rule under it."""
    _markdown(self, "subheader", body, False, help, anchor=_anchor(anchor), divider=divider)


def _anchor(anchor: str | bool | None) -> str | bool | None:
    """A heading's anchor as given: a name, False (no link), or None (from its text)."""
    if anchor is None or anchor is False or isinstance(anchor, str):
        return anchor
    from ostinato.errors import OstinatoAPIException

    raise OstinatoAPIException(f"anchor must be a string or False, got {anchor!r}.")


@element("caption", "markdown")
def caption(
    self: Container, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None
) -> None:
    """Write small, muted Markdown text."""
    _markdown(self, "caption", body, unsafe_allow_html, help)
