"""Elements a cached function writes, recorded on a miss and added again on a hit,
as Streamlit replays them. Script thread (the run's own).

Each node the function adds is kept with where it went, relative to the call:
`("base",)` the container the call wrote into (the innermost `with` at the call;
on a hit, the innermost `with` then), `("root", i)` the main area or the sidebar
named explicitly, `("own", k, ...)` a block the function created itself (the k-th
recorded node, then child indexes). A node written into any other block created
outside the function cannot be replayed (that block may not exist on a hit):
the hit raises CacheReplayClosureError, as in Streamlit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ostinato.runtime.context import RunContext
from ostinato.tree.node import Node, Path

Target = tuple[Any, ...]
OUTSIDE: Target = ("outside",)


@dataclass(frozen=True)
class Recorded:
    """One node the function added and where it went."""

    target: Target
    node: Node


def snapshot(node: Node) -> Node:
    """A copy of `node` as it was added (blocks with the children they had then)."""
    children = None if node.children is None else [snapshot(child) for child in node.children]
    return Node(node.type, dict(node.props), node.value, children, node.lazy)


class Recorder:
    """Collects what one call of a cached function adds to the page."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.nodes: list[Recorded] = []
        self._own: list[Path] = []

    def __call__(self, parent: Path, node: Node, path: Path) -> None:
        self.nodes.append(Recorded(self._target(parent), snapshot(node)))
        self._own.append(path)

    def _target(self, parent: Path) -> Target:
        if parent == self.base:
            return ("base",)
        for index in range(len(self._own) - 1, -1, -1):
            own = self._own[index]
            if parent[: len(own)] == own:
                return ("own", index, *parent[len(own) :])
        if len(parent) == 1:
            return ("root", parent[0])
        return OUTSIDE


@contextmanager
def recording(ctx: RunContext) -> Iterator[Recorder]:
    """Record the nodes added to `ctx` while the block runs."""
    recorder = Recorder(ctx.active())
    ctx.recorders.append(recorder)
    try:
        yield recorder
    finally:
        ctx.recorders.remove(recorder)


def replayable(nodes: tuple[Recorded, ...]) -> bool:
    """False if a node went into a block created outside the function."""
    return all(each.target != OUTSIDE for each in nodes)


def replay(ctx: RunContext, nodes: tuple[Recorded, ...]) -> None:
    """Add the recorded nodes to this run, where they went relative to this call."""
    paths: list[Path] = []
    base = ctx.active()
    for each in nodes:
        kind = each.target[0]
        if kind == "base":
            parent = base
        elif kind == "root":
            parent = (int(each.target[1]),)
        else:
            parent = (*paths[int(each.target[1])], *(int(i) for i in each.target[2:]))
        paths.append(ctx.add(parent, snapshot(each.node)))


def encode_nodes(nodes: tuple[Recorded, ...], encode: Any) -> list[Any]:
    """Recorded nodes as JSON-ready data; `encode` encodes a node's Python value."""
    return [[list(each.target), _encode_node(each.node, encode)] for each in nodes]


def _encode_node(node: Node, encode: Any) -> list[Any]:
    props = dict(node.props)
    if node.lazy is not None:
        props.update(node.lazy())
    children = None if node.children is None else [_encode_node(c, encode) for c in node.children]
    return [node.type, encode(props), encode(node.value), children]


def decode_nodes(data: list[Any], decode: Any) -> tuple[Recorded, ...]:
    """The inverse of `encode_nodes`."""
    return tuple(Recorded(tuple(target), _decode_node(node, decode)) for target, node in data)


def _decode_node(data: list[Any], decode: Any) -> Node:
    kind, props, value, children = data
    nodes = None if children is None else [_decode_node(c, decode) for c in children]
    return Node(str(kind), dict(decode(props)), decode(value), nodes)
