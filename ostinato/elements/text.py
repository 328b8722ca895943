"""st.text: fixed-width text, shown exactly as given."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.elements.prose import clean
from ostinato.elements.sizing import check_width
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("text", "text")
def text(
    self: Container, body: Any, *, help: str | None = None, width: int | str = "content"
) -> None:
    """Write fixed-width text, shown exactly as given."""
    width = check_width("text", width)
    self._add(Node("text", {"body": clean(body), "help": help, "width": width}))
