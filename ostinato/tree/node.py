"""The element tree a run builds: nodes at paths (root index, then child indexes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Path = tuple[int, ...]

MAIN: Path = (0,)
SIDEBAR: Path = (1,)
BOTTOM: Path = (2,)
"""The area pinned to the bottom of the main column (st.bottom, a top-level st.chat_input)."""
EVENT: Path = (3,)
"""Where `st.toast` writes: outside main and sidebar, as Streamlit's event container."""


@dataclass(eq=False)
class Node:
    """One element, or a block (a container) when `children` is not None.

    `props` is what the page receives (JSON-ready); `value` is the Python object
    behind it (a DataFrame, an exception) for the headless harness.
    """

    type: str
    props: dict[str, Any] = field(default_factory=dict)
    value: Any = None
    children: list[Node] | None = None
    lazy: Callable[[], dict[str, Any]] | None = None
    """Props that are costly to make (table rows): made only when a page needs them."""

    @property
    def is_block(self) -> bool:
        """True for containers."""
        return self.children is not None

    def wire(self) -> dict[str, Any]:
        """The element as the page receives it in a `delta`."""
        if self.lazy is None:
            return {"type": self.type, **self.props}
        return {"type": self.type, **self.props, **self.lazy()}


def new_roots() -> list[Node]:
    """Fresh main, sidebar, bottom and event blocks for a run."""
    return [
        Node("block", {"kind": "main"}, children=[]),
        Node("block", {"kind": "sidebar"}, children=[]),
        Node("block", {"kind": "bottom"}, children=[]),
        Node("block", {"kind": "event"}, children=[]),
    ]


def node_at(roots: list[Node], path: Path) -> Node:
    """The node at `path`; IndexError if there is none."""
    node = roots[path[0]]
    for index in path[1:]:
        assert node.children is not None
        node = node.children[index]
    return node


def find_node(roots: list[Node], path: Path) -> Node | None:
    """The node at `path`, or None if this tree has none there."""
    if not path or path[0] >= len(roots):
        return None
    node = roots[path[0]]
    for index in path[1:]:
        if node.children is None or index >= len(node.children):
            return None
        node = node.children[index]
    return node


def sizes(roots: list[Node]) -> dict[str, int]:
    """Number of children of every non-empty block, keyed by its dotted path."""
    found: dict[str, int] = {}

    def visit(node: Node, path: Path) -> None:
        if node.children:
            found[".".join(map(str, path))] = len(node.children)
            for index, child in enumerate(node.children):
                visit(child, (*path, index))

    for index, root in enumerate(roots):
        visit(root, (index,))
    return found
