"""st.exception: an exception with its message and traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.elements.sizing import check_width
from ostinato.tree.notices import exception_node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("exception", "exception")
def exception(self: Container, exception: BaseException, width: int | str = "stretch") -> None:
    """Write an exception with its message and traceback."""
    width = check_width("exception", width, allow_content=False)
    node = exception_node(exception)
    if width != "stretch":
        node.props["width"] = width
    self._add(node)
