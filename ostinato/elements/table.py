"""st.table: a static table, every row sent with the element (up to MAX_ROWS); text
cells are Markdown, a Styler's colours and formats are shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.dataframe import _check_size
from ostinato.elements.table_columns import column_values, resolve
from ostinato.elements.table_data import table_data
from ostinato.errors import OstinatoAPIException
from ostinato.tree import markdown
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

MAX_ROWS = 10_000
"""Most rows the page gets; a longer table says how many rows it leaves out."""


def _headerless(data: Any) -> bool:
    """Inputs with no column names of their own (lists, dicts of values, arrays),
    whose header st.table hides, as Streamlit does."""
    if isinstance(data, list | tuple | set | frozenset):
        return True
    if isinstance(data, dict):
        return bool(data) and not any(
            isinstance(v, list | tuple | dict) or hasattr(v, "__array__") for v in data.values()
        )
    return type(data).__module__.split(".")[0] == "numpy"


@element("table", "table")
def table(
    self: Container,
    data: Any = None,
    *,
    border: bool | Literal["horizontal"] = True,
    width: int | Literal["stretch", "content"] = "stretch",
    height: int | Literal["content", "stretch"] = "content",
    hide_index: bool | None = None,
    hide_header: bool | None = None,
    alt: str | None = None,
) -> None:
    """Write a static table: every row shown, text cells as Markdown."""
    if not isinstance(border, bool) and border != "horizontal":
        raise OstinatoAPIException(
            f"Invalid `border` value {border!r}. Supported values: True, False, 'horizontal'."
        )
    _check_size("width", width, ("stretch", "content"))
    _check_size("height", height, ("content", "stretch"))
    import pandas as pd

    shown = table_data(data)
    frame = shown.frame
    hide = hide_index if hide_index is not None else isinstance(frame.index, pd.RangeIndex)
    columns = resolve(shown, hide_index=hide or shown.hide_index)
    part = frame.iloc[:MAX_ROWS]
    positions = range(len(part))
    cells_by_column = []
    for column in columns:
        texts = None
        if shown.display is not None and not column.index:
            texts = [shown.display.get((p, column.position)) for p in positions]
        cells = column.cells(column_values(part, column), texts)
        if column.kind == "text":
            cells = [None if c is None else markdown.render_inline(str(c)) for c in cells]
            column.kind = "markdown"
        cells_by_column.append(cells)
    rows = (
        [list(r) for r in zip(*cells_by_column, strict=True)]
        if columns
        else [[] for _ in positions]
    )
    styles = None
    if shown.styles:
        styles = [
            [None if c.index else shown.styles.get((p, c.position)) for c in columns]
            for p in positions
        ]
    self._add(
        Node(
            "table",
            {
                "columns": [c.wire() for c in columns],
                "rows": rows,
                "styles": styles,
                "total_rows": len(frame),
                "border": border,
                "width": width,
                "height": height,
                "hide_header": bool(hide_header if hide_header is not None else _headerless(data)),
                "caption": shown.caption,
                "alt": alt.strip() if isinstance(alt, str) and alt.strip() else None,
            },
            value=shown,
        )
    )
