"""st.grid: a responsive grid (a "block:grid"): each element written into it is a
cell, `grid.cell(column_span=, row_span=)` groups several into one
("block:grid_cell"); columns by count or "auto" from `min_column_width`, as in
Streamlit 1.67."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.container import Container
from ostinato.elements.sizing import check_bool, check_choice, check_gap, check_height, check_width
from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.tree.node import Path

COLUMNS_MAX = 24


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _auto_or_positive(parameter: str, value: Any, word: str) -> str | int:
    if value == word and isinstance(value, str):
        return word
    if not _is_int(value) or value < 1:
        raise OstinatoAPIException(
            f'st.grid: {parameter} must be "{word}" or a positive integer, got {value!r}.'
        )
    return int(value)


class GridContainer(Container):
    """What st.grid returns: each element written into it is a cell; `cell()` makes
    a cell that holds several."""

    def __init__(self, path: Path, columns: str | int) -> None:
        super().__init__(path)
        self._columns = columns

    def __enter__(self) -> GridContainer:
        super().__enter__()
        return self

    def cell(self, *, column_span: int | Literal["all"] = 1, row_span: int = 1) -> Container:
        """The next cell, spanning `column_span` columns ("all": a row of its own)
        and `row_span` rows."""
        span = _auto_or_positive("column_span", column_span, "all")
        if isinstance(span, int) and isinstance(self._columns, int) and span > self._columns:
            raise OstinatoAPIException(
                f"st.grid: column_span {span} is more than the grid's {self._columns} columns."
            )
        if not _is_int(row_span) or row_span < 1:
            raise OstinatoAPIException(
                f"st.grid: row_span must be a positive integer, got {row_span!r}."
            )
        props = {"kind": "grid_cell", "column_span": span, "row_span": int(row_span)}
        return Container(self._add(Node("block", props, children=[])))


@element("grid", "block:grid", "block:grid_cell")
def grid(
    self: Container,
    columns: Literal["auto"] | int = "auto",
    *,
    min_column_width: Literal["auto"] | int = "auto",
    wrap: bool = True,
    gap: Any = "small",
    vertical_alignment: Literal["top", "center", "bottom"] = "top",
    border: bool = False,
    row_height: Literal["content"] | int = "content",
    width: int | str = "stretch",
    height: int | str = "content",
    key: str | int | None = None,
    dense: bool = False,
) -> GridContainer:
    """A grid of cells for cards, metrics and galleries, reflowing with the width."""
    check_bool("grid", "wrap", wrap)
    check_bool("grid", "border", border)
    check_bool("grid", "dense", dense)
    count = _auto_or_positive("columns", columns, "auto")
    if isinstance(count, int) and count > COLUMNS_MAX:
        raise OstinatoAPIException(
            f'st.grid: columns must be from 1 to {COLUMNS_MAX} (or "auto"), got {count}.'
        )
    if count == "auto" and not wrap:
        raise OstinatoAPIException(
            "st.grid: wrap=False needs a number of columns, such as st.grid(3, wrap=False); "
            'columns="auto" always wraps.'
        )
    min_width = _auto_or_positive("min_column_width", min_column_width, "auto")
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise OstinatoAPIException(
                "st.grid: gap must be a gap size or a pair (row gap, column gap), got a "
                f"sequence of {len(gap)}."
            )
        row_gap, column_gap = check_gap("grid", gap[0]), check_gap("grid", gap[1])
    else:
        row_gap = column_gap = check_gap("grid", gap)
    check_choice("grid", "vertical_alignment", vertical_alignment, ("top", "center", "bottom"))
    rows = _auto_or_positive("row_height", row_height, "content")
    width = check_width("grid", width, allow_content=False)
    height = check_height("grid", height)
    props = {
        "kind": "grid",
        "columns": count,
        "min_column_width": min_width,
        "wrap": wrap,
        "row_gap": row_gap,
        "column_gap": column_gap,
        "vertical_alignment": vertical_alignment,
        "border": border,
        "row_height": rows,
        "width": width,
        "height": height,
        "key": None if key is None else str(key),
        "dense": dense,
    }
    return GridContainer(self._add(Node("block", props, children=[])), count)
