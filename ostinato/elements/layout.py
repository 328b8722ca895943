"""Layout containers: container, columns, tabs, expander, popover and empty."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from ostinato.errors import OstinatoAPIException
from ostinato.runtime.context import RunContext
from ostinato.tree.node import Node, Path
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def _open(self: Container, kind: str, props: dict[str, Any]) -> tuple[RunContext, Path]:
    ctx, parent = self._target()
    return ctx, ctx.add(parent, Node("block", {"kind": kind, **props}, children=[]))


def _child_container(path: Path) -> Container:
    from ostinato.elements.container import Container

    return Container(path)


def _inside(ctx: RunContext, path: Path, kind: str) -> bool:
    return any(block.props.get("kind") == kind for block in ctx.blocks(path))


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
    _, path = _open(self, "vertical", props)
    return _child_container(path)


@element("columns", "block:horizontal", "block:column")
def columns(
    self: Container,
    spec: int | Sequence[float],
    *,
    gap: Literal["small", "medium", "large"] | None = "small",
    vertical_alignment: Literal["top", "center", "bottom"] = "top",
    border: bool = False,
) -> list[Container]:
    """Side-by-side columns: `spec` is a count, or relative widths."""
    if isinstance(spec, int):
        if spec < 1:
            raise OstinatoAPIException(
                f"st.columns needs a positive number of columns, got {spec}."
            )
        weights: list[float] = [1.0] * spec
    else:
        weights = [float(w) for w in spec]
        if not weights or any(w <= 0 for w in weights):
            raise OstinatoAPIException(
                f"st.columns widths must be positive numbers, got {list(spec)!r}."
            )
    if gap not in ("small", "medium", "large", None):
        raise OstinatoAPIException(f'gap must be "small", "medium" or "large", got {gap!r}.')
    if vertical_alignment not in ("top", "center", "bottom"):
        raise OstinatoAPIException(
            f'vertical_alignment must be "top", "center" or "bottom", got {vertical_alignment!r}.'
        )
    ctx, parent = self._target()
    if parent[0] == 1 and _inside(ctx, parent, "column"):
        raise OstinatoAPIException(
            "Columns cannot be placed inside other columns in the sidebar. "
            "Put them in the main area, or use one level of columns."
        )
    row = ctx.add(
        parent,
        Node(
            "block",
            {"kind": "horizontal", "gap": gap, "vertical_alignment": vertical_alignment},
            children=[],
        ),
    )
    total = sum(weights)
    return [
        _child_container(
            ctx.add(
                row,
                Node(
                    "block", {"kind": "column", "weight": w / total, "border": border}, children=[]
                ),
            )
        )
        for w in weights
    ]


@element("tabs", "block:tabs", "block:tab")
def tabs(self: Container, labels: Sequence[str]) -> list[Container]:
    """Tabs with these labels; write into each with `with tab:`."""
    names = [str(label) for label in labels]
    if not names:
        raise OstinatoAPIException("st.tabs needs at least one tab label.")
    ctx, path = _open(self, "tabs", {"labels": names})
    return [
        _child_container(ctx.add(path, Node("block", {"kind": "tab", "label": name}, children=[])))
        for name in names
    ]


@element("expander", "block:expander")
def expander(
    self: Container, label: str, expanded: bool = False, *, icon: str | None = None
) -> Container:
    """A section the user can open and close."""
    ctx, parent = self._target()
    if _inside(ctx, parent, "expander"):
        raise OstinatoAPIException(
            f'st.expander "{label}" is inside another expander; expanders cannot be nested. '
            "Use st.container(border=True) for the inner group."
        )
    _, path = _open(self, "expander", {"label": label, "expanded": expanded, "icon": icon})
    return _child_container(path)


@element("popover", "block:popover")
def popover(
    self: Container,
    label: str,
    *,
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> Container:
    """A button that opens a floating panel of elements."""
    ctx, parent = self._target()
    if _inside(ctx, parent, "popover"):
        raise OstinatoAPIException(f'st.popover "{label}" cannot be placed inside another popover.')
    _, path = _open(
        self, "popover", {"label": label, "help": help, "icon": icon, "disabled": disabled}
    )
    return _child_container(path)


@element("empty", "block:empty", "nothing")
def empty(self: Container) -> Container:
    """A slot that holds one element at a time: each write replaces the previous."""
    from ostinato.elements.container import PlaceholderContainer

    _, path = _open(self, "empty", {})
    return PlaceholderContainer(path)
