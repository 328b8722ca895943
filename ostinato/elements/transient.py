"""Helper (registers nothing): what the status elements share: Streamlit's
"transient" elements (a spinner, a skeleton), shown in the page without taking a
place in the run's tree; elements the script replaces later (a progress bar, a
toast); and the `width` and `height` checks of Streamlit's layout options."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node, Path, find_node

if TYPE_CHECKING:
    from ostinato.elements.container import Container, PlaceholderContainer
    from ostinato.runtime.context import RunContext


def check_width(width: Any, allow_content: bool = False) -> None:
    """Refuse a `width` that is not a positive int, "stretch" (or "content")."""
    valid = ("stretch", "content") if allow_content else ("stretch",)
    if isinstance(width, str) and width in valid:
        return
    if isinstance(width, int) and not isinstance(width, str) and width > 0:
        return
    accepts = (
        "a positive integer (pixels), 'stretch', or 'content'"
        if allow_content
        else "a positive integer (pixels) or 'stretch'"
    )
    raise OstinatoAPIException(f"Invalid width value: {width!r}. Width must be either {accepts}.")


def check_height(height: Any) -> None:
    """Refuse a `height` that is not a positive int or "stretch"."""
    if height == "stretch" and isinstance(height, str):
        return
    if isinstance(height, int) and height > 0:
        return
    raise OstinatoAPIException(
        f"Invalid height value: {height!r}. Height must be either a positive integer "
        "(pixels) or 'stretch'."
    )


def slot(self: Container, node: Node) -> PlaceholderContainer:
    """Add `node` in a slot of its own and return the slot, as Streamlit returns a
    one-element DeltaGenerator: any `st.*` call on it (`bar.progress(60)`,
    `toast.toast("done")`, `.empty()`) replaces the node in place. Script thread."""
    from ostinato.elements.blocks import open_block
    from ostinato.elements.container import PlaceholderContainer

    if isinstance(self, PlaceholderContainer):
        self._add(node)
        return self
    _, path = open_block(self, "empty", {})
    placeholder = PlaceholderContainer(path)
    placeholder._add(node)
    return placeholder


class Transient:
    """A node shown at the next free slot of a container, without taking it: the
    run's tree (and so AppTest) never holds it, as Streamlit's transient elements.
    The page shows it until an element fills the slot, `clear()` is called, or the
    run ends (the page drops what the run's sizes do not cover). Script thread."""

    def __init__(self, container: Container) -> None:
        ctx, parent = container._target()
        self._ctx: RunContext = ctx
        block = find_node(ctx.roots, parent)
        self._path: Path | None = None
        self._held = False
        if block is None or block.children is None:
            return
        if block.props.get("kind") == "empty":
            self._path = (*parent, 0)
            self._held = bool(block.children)
        else:
            self._path = (*parent, len(block.children))
        self._parent = block

    def _filled(self) -> bool:
        assert self._path is not None and self._parent.children is not None
        return self._path[-1] < len(self._parent.children)

    def show(self, node: Node) -> None:
        """Show (or update) the transient node, unless an element took the slot."""
        if self._path is not None and (self._held or not self._filled()):
            self._ctx.emit(self._path, node)

    def clear(self) -> None:
        """Take the transient node away: the page shows the slot as the run has it."""
        if self._path is None:
            return
        if self._held:
            assert self._parent.children is not None
            self._ctx.emit(self._path, self._parent.children[0])
        elif not self._filled():
            self._ctx.emit(self._path, Node("nothing", {}))
