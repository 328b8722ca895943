"""st.skeleton: an animated placeholder where content will appear. Alone, it shows
at once and what is written into it replaces it (like st.empty); with `with`, it
shows (after half a second, as st.spinner) while the block runs and then goes."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any

from ostinato.elements.container import PlaceholderContainer
from ostinato.elements.transient import Transient, check_height, check_width, slot
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


class SkeletonPlaceholder(PlaceholderContainer):
    """What st.skeleton returns: a placeholder showing the skeleton. As a context
    manager it does not capture what the block writes (that goes to the parent,
    as in Streamlit); it shows the skeleton while the block runs. Script thread."""

    def __init__(self, placeholder: Container, props: dict[str, Any]) -> None:
        super().__init__(placeholder._path)
        self._props = props
        self._transient: Transient | None = None

    def __enter__(self) -> SkeletonPlaceholder:
        self.empty()
        self._transient = Transient(self)
        self._transient.show(Node("skeleton", {**self._props, "delayed": True}))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._transient is not None:
            self._transient.clear()
            self._transient = None


@element("skeleton", "block:empty", "skeleton")
def skeleton(self: Container, height: Any = None, *, width: Any = "stretch") -> SkeletonPlaceholder:
    """Reserve space with an animated loading placeholder; write into what it returns
    to replace it, or use it with `with` around the code that loads."""
    check_width(width)
    if height is not None:
        check_height(height)
    props = {"height": height, "width": width, "delayed": False}
    return SkeletonPlaceholder(slot(self, Node("skeleton", props)), props)
