"""st.divider: a horizontal rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("divider", "divider")
def divider(self: Container) -> None:
    """Write a horizontal rule."""
    self._add(Node("divider", {}))
