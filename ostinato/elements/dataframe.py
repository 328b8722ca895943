"""st.dataframe: a table sent to the page as rows of JSON cells, with the windows of
rows the page asks for as it scrolls."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ostinato.tree.node import Node
from ostinato.tree.registry import element, windows

if TYPE_CHECKING:
    import pandas as pd

    from ostinato.elements.container import Container

FIRST_ROWS = 500
"""Rows sent with the element; the page asks for other windows as it scrolls."""


def to_frame(data: Any) -> pd.DataFrame:
    """Anything table-like (DataFrame, Series, dict, list, array) as a DataFrame.
    pandas is imported here, on first use, to keep start-up quick."""
    import pandas as pd

    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series):
        return data.to_frame()
    if data is None:
        return pd.DataFrame()
    if isinstance(data, dict) and data and not any(_is_column(v) for v in data.values()):
        # A mapping of scalars: one row per key, as Streamlit shows it.
        return pd.DataFrame({"value": list(data.values())}, index=list(data.keys()))
    if isinstance(data, list | tuple | set | frozenset) and not any(
        isinstance(v, list | tuple | dict) or _is_column(v) for v in data
    ):
        return pd.DataFrame({"value": list(data)})
    if getattr(data, "ndim", None) == 1 and type(data).__module__.startswith("numpy"):
        return pd.DataFrame({"value": data})
    return pd.DataFrame(data)


def _is_column(value: Any) -> bool:
    """True for values that make a column of a table (a sequence, array or Series)."""
    return isinstance(value, list | tuple) or hasattr(value, "__array__")


@windows("dataframe")
def window(frame: pd.DataFrame, props: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    """Rows `start` to `end` of a table the page scrolled to."""
    return rows(frame, start, end, bool(props.get("show_index", True)))


def rows(frame: pd.DataFrame, start: int, end: int, index: bool = True) -> dict[str, Any]:
    """Rows `start` to `end` of a frame as JSON-ready cells, with their index labels."""
    window = frame.iloc[start:end]
    split = json.loads(window.to_json(orient="split", date_format="iso", default_handler=str))
    labels = [str(i) for i in window.index] if index else []
    return {"start": start, "index": labels, "rows": split.get("data", [])}


def frame_node(data: Any, height: int | None = None, hide_index: bool | None = None) -> Node:
    """The element for a table: column names, the row count and (made only when a
    page is attached) the first rows; the page fetches other rows as it scrolls."""
    frame = to_frame(data)
    return Node(
        "dataframe",
        {
            "columns": [str(c) for c in frame.columns],
            "total_rows": len(frame),
            "height": height,
            "show_index": not hide_index,
            "digest": f"{id(frame):x}-{len(frame)}",
        },
        value=frame,
        lazy=lambda: rows(frame, 0, FIRST_ROWS, not hide_index),
    )


@element("dataframe", "dataframe")
def dataframe(
    self: Container,
    data: Any = None,
    width: int | str | None = None,
    height: int | None = None,
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Any = None,
    column_config: Any = None,
    key: str | None = None,
) -> None:
    """Write a scrollable table of a DataFrame (or anything pandas can make one of)."""
    self._add(frame_node(data, height, hide_index))
