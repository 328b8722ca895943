"""Elements a cached function writes, recorded on a miss and added again on a hit,
as Streamlit replays them. Script thread (the run's own).

Each node the function adds is kept with where it went, relative to the call:
`("base",)` the container the call wrote into (the innermost `with` at the call;
on a hit, the innermost `with` then), `("root", i)` the main area or the sidebar
named explicitly, `("own", k, ...)` a block the function created itself (the k-th
recorded node, then child indexes). A node written into any other block created
outside the function cannot be replayed (that block may not exist on a hit):
the hit raises CacheReplayClosureError, as in Streamlit.

Media the function offered (an image's bytes) are recorded too, as `("media",)`
entries holding the bytes: a hit offers them again from the session that replays
them, and the replayed nodes point at their new URLs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ostinato.runtime.context import RunContext
from ostinato.runtime.files import Served
from ostinato.stores.codec import NotDurable
from ostinato.tree.node import Node, Path

Target = tuple[Any, ...]
OUTSIDE: Target = ("outside",)
MEDIA: Target = ("media",)
_NO_PATH: Path = (-1,)
"""The place a media entry takes among the recorded paths (no block is there)."""


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
    """Collects what one call of a cached function adds to the page, each node as it
    was added: an element changed in place later (st.status's `.update()`) is
    replayed as it was first shown, as in Streamlit; one replaced through its slot
    (a progress bar's `.progress()`) is a later addition, replayed too."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.nodes: list[Recorded] = []
        self._own: list[Path] = []

    def __call__(self, parent: Path, node: Node, path: Path) -> None:
        self.nodes.append(Recorded(self._target(parent), snapshot(node)))
        self._own.append(path)

    def media(self, url: str, served: Served) -> None:
        """A media file the function offered at `url`."""
        props = {"url": url, "mime": served.mime, "name": served.name, "inline": served.inline}
        self.nodes.append(Recorded(MEDIA, Node("media", props, served.data)))
        self._own.append(_NO_PATH)

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
    media = ctx.session.media if ctx.session is not None else None
    ctx.recorders.append(recorder)
    if media is not None:
        media.recorders.append(recorder.media)
    try:
        yield recorder
    finally:
        ctx.recorders.remove(recorder)
        if media is not None:
            media.recorders.remove(recorder.media)


def replayable(nodes: tuple[Recorded, ...]) -> bool:
    """False if a node went into a block created outside the function."""
    return all(each.target != OUTSIDE for each in nodes)


def replay(ctx: RunContext, nodes: tuple[Recorded, ...]) -> None:
    """Add the recorded nodes to this run, where they went relative to this call."""
    paths: list[Path] = []
    moved: dict[str, str] = {}
    base = ctx.active()
    for each in nodes:
        kind = each.target[0]
        if kind == "media":
            props = each.node.props
            if ctx.session is not None:
                url = ctx.session.media.put(
                    each.node.value, props["mime"], props["name"], bool(props["inline"])
                )
                if url != props["url"]:
                    moved[str(props["url"])] = url
            paths.append(_NO_PATH)
            continue
        if kind == "base":
            parent = base
        elif kind == "root":
            parent = (int(each.target[1]),)
        else:
            parent = (*paths[int(each.target[1])], *(int(i) for i in each.target[2:]))
        node = snapshot(each.node)
        if moved:
            node = _moved(node, moved)
        paths.append(ctx.add(parent, node))


def _moved(node: Node, moved: dict[str, str]) -> Node:
    """`node` with the media URLs of the recording session replaced by this one's."""
    children = None if node.children is None else [_moved(c, moved) for c in node.children]
    return Node(node.type, _replace(node.props, moved), node.value, children, node.lazy)


def _replace(value: Any, moved: dict[str, str]) -> Any:
    if isinstance(value, str):
        for old, new in moved.items():
            if old in value:
                value = value.replace(old, new)
        return value
    if isinstance(value, dict):
        return {k: _replace(v, moved) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace(v, moved) for v in value]
    return value


def encode_nodes(nodes: tuple[Recorded, ...], encode: Any) -> list[Any]:
    """Recorded nodes as JSON-ready data; `encode` encodes a node's Python value."""
    return [[list(each.target), _encode_node(each.node, encode)] for each in nodes]


def _encode_node(node: Node, encode: Any) -> list[Any]:
    props = dict(node.props)
    if node.lazy is not None:
        props.update(node.lazy())
    children = None if node.children is None else [_encode_node(c, encode) for c in node.children]
    try:
        value = None if isinstance(node.value, BaseException) else encode(node.value)
    except NotDurable:
        value = None  # the page and AppTest read props; the Python value is extra
    return [node.type, encode(props), value, children]


def decode_nodes(data: list[Any], decode: Any) -> tuple[Recorded, ...]:
    """The inverse of `encode_nodes`."""
    return tuple(Recorded(tuple(target), _decode_node(node, decode)) for target, node in data)


def _decode_node(data: list[Any], decode: Any) -> Node:
    kind, props, value, children = data
    nodes = None if children is None else [_decode_node(c, decode) for c in children]
    return Node(str(kind), dict(decode(props)), decode(value), nodes)
