"""st.spinner: a spinning icon and a text while a block of code runs (a transient
"spinner" node: shown in the page, never part of the run's tree)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ostinato.elements.transient import Transient, check_width
from ostinato.errors import OstinatoAPIException
from ostinato.tree import markdown
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("spinner", "spinner")
@contextmanager
def spinner(
    self: Container,
    text: str = "In progress...",
    *,
    show_time: bool = False,
    _cache: bool = False,
    width: Any = "content",
) -> Iterator[None]:
    """Show a spinner with `text` (Markdown) while the `with` block runs, then
    remove it. As in Streamlit, the page shows it only once the block has run for
    half a second; `show_time` adds the elapsed time, ticking in the page.

    Other modules use it as `registry.lookup("spinner").function(container, text,
    _cache=True)` (a cache miss's spinner); it is a context manager."""
    check_width(width, allow_content=True)
    if not isinstance(show_time, bool):
        raise OstinatoAPIException(
            f"st.spinner show_time must be True or False, got {type(show_time).__name__}."
        )
    body = textwrap.dedent(str(text)).strip()
    transient = Transient(self)
    transient.show(
        Node(
            "spinner",
            {
                "text": body,
                "html": markdown.render(body),
                "show_time": bool(show_time),
                "cache": bool(_cache),
                "width": width,
            },
        )
    )
    try:
        yield
    finally:
        transient.clear()
