"""st.columns: side-by-side columns (a "block:horizontal" of "block:column"s; the
columns exist only inside the row, so one function makes both)."""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from ostinato.elements.blocks import child_container
from ostinato.elements.sizing import check_bool, check_choice, check_gap, check_width
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
    gap: str | int | None = "small",
    vertical_alignment: Literal["top", "center", "bottom"] = "top",
    border: bool = False,
    width: int | str = "stretch",
    wrap: bool = True,
) -> list[Container]:
    """Side-by-side columns: `spec` is a count, or relative widths."""
    if isinstance(spec, numbers.Integral) and not isinstance(spec, bool):
        weights: list[float] = [1.0] * int(spec)
    elif isinstance(spec, (str, bytes)) or not isinstance(spec, Iterable):
        raise OstinatoAPIException(
            f"st.columns: spec must be an int or a sequence of numbers, got {type(spec).__name__}."
        )
    else:
        items = list(spec)
        if not all(isinstance(w, numbers.Real) and not isinstance(w, bool) for w in items):
            raise OstinatoAPIException(
                f"st.columns: spec must be an int or a sequence of numbers, got {items!r}."
            )
        weights = [float(w) for w in items]
    if not weights or any(w <= 0 for w in weights):
        raise OstinatoAPIException(
            "st.columns: spec must be a positive number of columns, or a list of positive "
            f"numbers (their relative widths), got {spec!r}."
        )
    gap = check_gap("columns", gap)
    check_choice("columns", "vertical_alignment", vertical_alignment, ("top", "center", "bottom"))
    width = check_width("columns", width, allow_content=False)
    wrap = check_bool("columns", "wrap", wrap)
    ctx, parent = self._target()
    row = ctx.add(
        parent,
        Node(
            "block",
            {
                "kind": "horizontal",
                "gap": gap,
                "vertical_alignment": vertical_alignment,
                "width": width,
                "wrap": wrap,
            },
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
