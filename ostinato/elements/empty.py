"""st.empty: a slot that holds one element at a time (a "block:empty", holding
"nothing" once cleared)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.elements.blocks import open_block
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("empty", "block:empty", "nothing")
def empty(self: Container) -> Container:
    """A slot that holds one element at a time: each write replaces the previous."""
    from ostinato.elements.container import PlaceholderContainer

    _, path = open_block(self, "empty", {})
    return PlaceholderContainer(path)
