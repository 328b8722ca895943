"""st.markdown, st.title, st.header, st.subheader and st.caption: all nodes of type
"markdown" (the kind of text is a prop)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.elements.link_button import check_icon
from ostinato.elements.prose import clean
from ostinato.elements.transient import check_width
from ostinato.errors import OstinatoAPIException
from ostinato.tree import markdown as md
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

ALIGNMENTS = ("left", "center", "right", "justify")


def _layout(width: Any, text_alignment: Any, wrap: Any, unsafe: bool = False) -> dict[str, Any]:
    """The layout props Streamlit 1.67's text elements take, checked as it does."""
    if width != "auto":
        check_width(width, allow_content=True)
    if text_alignment not in ALIGNMENTS:
        raise OstinatoAPIException(
            f"Invalid text_alignment value: {text_alignment!r}. "
            "It must be one of 'left', 'center', 'right', 'justify'."
        )
    if not isinstance(wrap, bool):
        raise OstinatoAPIException(f"Invalid wrap value: {wrap!r}. It must be True or False.")
    if not wrap and unsafe:
        raise OstinatoAPIException(
            "wrap=False cannot be combined with unsafe_allow_html=True: one-line Markdown "
            "cannot cut raw HTML short. Pass wrap=True to show the HTML, or leave out "
            "unsafe_allow_html."
        )
    layout: dict[str, Any] = {}
    if width not in ("auto", "stretch"):
        layout["width"] = width
    if text_alignment != "left":
        layout["text_alignment"] = text_alignment
    if not wrap:
        layout["wrap"] = False
    return layout


def _markdown(
    self: Container,
    kind: str,
    body: Any,
    unsafe: bool,
    help: str | None,
    icon: str | None = None,
    **extra: Any,
) -> None:
    text = clean(body)
    if kind == "markdown" or kind == "caption":
        html = md.render(text, unsafe)
    else:
        html = md.render_label(text, icon)
    if unsafe:
        extra["unsafe"] = True
    if help:
        extra["help_html"] = md.render(str(help))
    self._add(Node("markdown", {"kind": kind, "body": text, "html": html, "help": help, **extra}))


@element("markdown", "markdown")
def markdown(
    self: Container,
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: int | str = "auto",
    text_alignment: str = "left",
    anchors: bool = True,
    wrap: bool = True,
) -> None:
    """Write Markdown (with Streamlit's extensions); HTML in it is escaped unless
    `unsafe_allow_html`; `anchors=False` gives its headings no link."""
    layout = _layout(width, text_alignment, wrap, bool(unsafe_allow_html))
    if not anchors:
        layout["anchors"] = False
    _markdown(self, "markdown", body, unsafe_allow_html, help, **layout)


def _heading_icon(icon: str | None) -> str | None:
    """A heading's icon: None or "" for none, else an emoji or ":material/name:"."""
    return None if icon is None or icon == "" else check_icon("header", icon)


@element("title", "markdown")
def title(
    self: Container,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    width: int | str = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> None:
    """Write a page title; `anchor` names its link target (False: no link)."""
    layout = _layout(width, text_alignment, wrap)
    shown = _heading_icon(icon)
    _markdown(self, "title", body, False, help, shown, anchor=_anchor(anchor), **layout)


@element("header", "markdown")
def header(
    self: Container,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    divider: bool | str = False,
    width: int | str = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> None:
    """Write a section header, optionally with a coloured rule under it."""
    layout = _layout(width, text_alignment, wrap)
    shown = _heading_icon(icon)
    _markdown(
        self, "header", body, False, help, shown, anchor=_anchor(anchor), divider=divider, **layout
    )


@element("subheader", "markdown")
def subheader(
    self: Container,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    divider: bool | str = False,
    width: int | str = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> None:
    """Write a sub-section header, optionally with a coloured rule under it."""
    layout = _layout(width, text_alignment, wrap)
    shown = _heading_icon(icon)
    _markdown(
        self,
        "subheader",
        body,
        False,
        help,
        shown,
        anchor=_anchor(anchor),
        divider=divider,
        **layout,
    )


def _anchor(anchor: str | bool | None) -> str | bool | None:
    """A heading's anchor as given: a name, False (no link), or None (from its text)."""
    if anchor is None or anchor is False or isinstance(anchor, str):
        return anchor
    raise OstinatoAPIException(f"anchor must be a string or False, got {anchor!r}.")


@element("caption", "markdown")
def caption(
    self: Container,
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: int | str = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> None:
    """Write small, muted Markdown text."""
    layout = _layout(width, text_alignment, wrap, bool(unsafe_allow_html))
    _markdown(self, "caption", body, unsafe_allow_html, help, **layout)
