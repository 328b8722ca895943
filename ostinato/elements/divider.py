"""st.divider: a horizontal rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.elements.sizing import check_width
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("divider", "divider")
def divider(self: Container, *, width: int | str = "stretch") -> None:
    """Write a horizontal rule."""
    width = check_width("divider", width, allow_content=False)
    self._add(Node("divider", {} if width == "stretch" else {"width": width}))
