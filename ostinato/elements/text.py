"""Text elements: markdown, headings, caption, plain text, code, JSON, metric, divider."""

from __future__ import annotations

import json as _json
import textwrap
from typing import TYPE_CHECKING, Any, Literal

from ostinato.tree import markdown as md
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def clean(body: Any) -> str:
    """Text as shown: common indentation and surrounding blank space removed, so a
    triple-quoted string indented with the code reads as written (as in Streamlit)."""
    return textwrap.dedent(str(body)).strip()


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


@element("text", "text")
def text(self: Container, body: Any, *, help: str | None = None) -> None:
    """Write fixed-width text, shown exactly as given."""
    self._add(Node("text", {"body": clean(body), "help": help}))


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
    self._add(
        Node(
            "code",
            {"body": body, "language": language, "line_numbers": line_numbers, "wrap": wrap_lines},
        )
    )


@element("json", "json")
def json(self: Container, body: Any, *, expanded: bool | int = True) -> None:
    """Write an object (or a JSON string) as pretty-printed JSON."""
    if isinstance(body, str):
        try:
            body = _json.loads(body)
        except ValueError:
            pass
    text = _json.dumps(body, indent=2, default=repr, ensure_ascii=False)
    self._add(Node("json", {"body": text, "expanded": bool(expanded)}, value=body))


@element("divider", "divider")
def divider(self: Container) -> None:
    """Write a horizontal rule."""
    self._add(Node("divider", {}))


@element("metric", "metric")
def metric(
    self: Container,
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: Literal["normal", "inverse", "off"] = "normal",
    help: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
) -> None:
    """Write a big number with a label and an optional change beside it."""
    if delta_color not in ("normal", "inverse", "off"):
        from ostinato.errors import OstinatoAPIException

        raise OstinatoAPIException(
            f'st.metric delta_color must be "normal", "inverse" or "off", got {delta_color!r}.'
        )
    self._add(
        Node(
            "metric",
            {
                "label": label,
                "value": "—" if value is None else str(value),
                "delta": None if delta is None else str(delta),
                "delta_color": delta_color,
                "help": help,
                "label_visibility": label_visibility,
                "border": border,
            },
        )
    )
