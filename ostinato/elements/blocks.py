"""Helper (registers nothing): what the layout elements share: opening a block in
the page and the container that writes into it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.runtime.context import RunContext
from ostinato.tree.node import Node, Path

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def open_block(self: Container, kind: str, props: dict[str, Any]) -> tuple[RunContext, Path]:
    ctx, parent = self._target()
    return ctx, ctx.add(parent, Node("block", {"kind": kind, **props}, children=[]))


def child_container(path: Path) -> Container:
    from ostinato.elements.container import Container

    return Container(path)


def inside(ctx: RunContext, path: Path, kind: str) -> bool:
    return any(block.props.get("kind") == kind for block in ctx.blocks(path))
