"""st.exception: an exception with its message and traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.tree.notices import exception_node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("exception", "exception")
def exception(self: Container, exception: BaseException) -> None:
    """Write an exception with its message and traceback."""
    self._add(exception_node(exception))
