"""st.columns: side-by-side columns (a "block:horizontal" of "block:column"s; the
columns exist only inside the row, so one function makes both)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from ostinato.elements.blocks import child_container, inside
from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


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
    if parent[0] == 1 and inside(ctx, parent, "column"):
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
        child_container(
            ctx.add(
                row,
                Node(
                    "block", {"kind": "column", "weight": w / total, "border": border}, children=[]
                ),
            )
        )
        for w in weights
    ]
