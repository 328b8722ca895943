"""Tables: st.dataframe, sent to the page as rows of JSON cells."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pandas as pd

from ostinato.elements.tree import Node

if TYPE_CHECKING:
    from ostinato.elements.container import Container

MAX_ROWS = 50_000
"""Rows sent to the page at most; the page says how many more the frame holds."""


def to_frame(data: Any) -> pd.DataFrame:
    """Anything table-like (DataFrame, Series, dict, list, array) as a DataFrame."""
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series):
        return data.to_frame()
    if data is None:
        return pd.DataFrame()
    return pd.DataFrame(data)


def frame_node(data: Any, height: int | None = None, hide_index: bool | None = None) -> Node:
    """The element for a table: column names, index labels and the first rows."""
    frame = to_frame(data)
    shown = frame.head(MAX_ROWS)
    split = json.loads(shown.to_json(orient="split", date_format="iso", default_handler=str))
    return Node(
        "dataframe",
        {
            "columns": [str(c) for c in frame.columns],
            "index": [] if hide_index else [str(i) for i in split.get("index", [])],
            "rows": split.get("data", []),
            "total_rows": len(frame),
            "height": height,
        },
        value=frame,
    )


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
