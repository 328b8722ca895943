"""st.container: a group of elements (a "block:vertical"). The Container class
itself lives in container.py, which registers nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.elements.blocks import child_container, open_block
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("container", "block:vertical")
def container(
    self: Container,
    *,
    border: bool | None = None,
    height: int | None = None,
    key: str | None = None,
) -> Container:
    """A group of elements, optionally framed and scrollable at a fixed height."""
    props = {
        "border": bool(border or height),
        "height": height,
        "key": None if key is None else str(key),
    }
    _, path = open_block(self, "vertical", props)
    return child_container(path)
