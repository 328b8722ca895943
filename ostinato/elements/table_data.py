"""Helper (registers nothing): what st.dataframe and st.table accept, as one pandas
DataFrame (the value AppTest shows), with a Styler's cell styles and display texts
kept beside it. pandas, pyarrow and polars are imported on first use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ostinato.errors import OstinatoAPIException

if TYPE_CHECKING:
    import pandas as pd

STYLED_PROPERTIES = ("background-color", "color", "font-weight", "font-style", "text-decoration")
"""The CSS a Styler may set on a cell that the page draws (Streamlit's grid draws
colours and font weight; the others are as cheap to honour)."""


@dataclass
class TableData:
    """A table to show: the frame, and what a Styler said about its cells."""

    frame: pd.DataFrame
    styles: dict[tuple[int, int], str] = field(default_factory=dict)
    """(row, column) → CSS text, only for styled cells."""
    display: dict[tuple[int, int], str] | None = None
    """(row, column) → the Styler's text of the cell (every cell), None without a Styler."""
    hidden_columns: frozenset[int] = frozenset()
    hide_index: bool = False
    caption: str | None = None


def _is_column(value: Any) -> bool:
    return isinstance(value, list | tuple) or hasattr(value, "__array__")


def _unconvertible(data: Any) -> OstinatoAPIException:
    return OstinatoAPIException(
        f"Cannot show an object of type {type(data).__module__}.{type(data).__qualname__} "
        "as a table: `data` accepts a pandas DataFrame, Series, Index or Styler, a numpy "
        "array, a pyarrow Table, a polars DataFrame or Series, a dict, a list, a tuple, a "
        "set, or anything with .to_pandas()."
    )


def to_frame(data: Any) -> pd.DataFrame:
    """Anything table-like as a DataFrame, as Streamlit converts it: a Series is its
    one column, a dict of scalars one row per key in a "value" column, a flat list
    or set one "value" column."""
    import pandas as pd

    if isinstance(data, pd.DataFrame):
        return data
    if data is None:
        return pd.DataFrame()
    if isinstance(data, pd.Series):
        return data.to_frame()
    if isinstance(data, pd.Index):
        return data.to_frame(index=False)
    module = type(data).__module__.split(".")[0]
    if module == "pyarrow" and hasattr(data, "to_pandas"):
        return _checked(data.to_pandas())
    if module == "polars":
        if hasattr(data, "collect"):
            data = data.collect()
        return _checked(data.to_pandas())
    if module == "numpy" and hasattr(data, "ndim"):
        if data.ndim == 1:
            return pd.DataFrame({"value": data})
        if data.ndim == 2:
            return pd.DataFrame(data)
        raise OstinatoAPIException(
            f"`data` is a numpy array of {data.ndim} dimensions: st.dataframe shows "
            "arrays of 1 or 2 dimensions."
        )
    if isinstance(data, dict):
        if data and not any(_is_column(v) or isinstance(v, dict) for v in data.values()):
            return pd.DataFrame({"value": list(data.values())}, index=list(data.keys()))
        try:
            return pd.DataFrame(data)
        except ValueError as exc:
            raise OstinatoAPIException(f"`data`: this dict is no table ({exc}).") from None
    if isinstance(data, list | tuple | set | frozenset):
        items = list(data)
        if not any(isinstance(v, list | tuple | dict) or _is_column(v) for v in items):
            return pd.DataFrame({"value": items})
        return pd.DataFrame(items)
    if isinstance(data, str | bytes | int | float | bool | dt.date):
        raise _unconvertible(data)
    for convert in ("to_pandas", "toPandas", "to_arrow"):
        method = getattr(data, convert, None)
        if callable(method):
            return to_frame(method())
    try:
        return pd.DataFrame(data)
    except (ValueError, TypeError):
        raise _unconvertible(data) from None


def _checked(frame: Any) -> pd.DataFrame:
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):  # pragma: no cover - libraries' contract
        raise _unconvertible(frame)
    return frame


def arrow_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as Streamlit's Arrow transport leaves it: an object column Arrow
    cannot type (mixed values: 1 and "a") becomes text, as Streamlit shows it."""
    import pandas as pd
    import pyarrow as pa

    fixed: dict[Any, Any] = {}
    for position, (_, column) in enumerate(frame.items()):
        if column.dtype != object:
            continue
        try:
            pa.array(column, from_pandas=True)
        except (
            pa.ArrowInvalid,
            pa.ArrowTypeError,
            pa.ArrowNotImplementedError,
            ValueError,
            TypeError,
            OverflowError,
        ):
            texts = [v if v is None else str(v) for v in column]
            fixed[position] = pd.Series(texts, index=column.index, dtype="string", name=column.name)
    if not fixed:
        return frame
    out = frame.copy()
    for position, column in fixed.items():
        out.isetitem(position, column)
    return out


def _css(pairs: list[tuple[str, Any]]) -> str:
    kept = [(str(p).strip(), str(v).strip()) for p, v in pairs]
    return "; ".join(f"{p}: {v}" for p, v in kept if p in STYLED_PROPERTIES)


def table_data(data: Any) -> TableData:
    """`data` as a TableData; a Styler's colours, font weights and display texts
    (its .format()) are kept, computed once here."""
    styler_type = _styler_type() if type(data).__name__ == "Styler" else None
    if styler_type is not None and isinstance(data, styler_type):
        frame = data.data
        data._compute()
        styles = {cell: css for cell, pairs in data.ctx.items() if (css := _css(pairs))}
        rows, cols = frame.shape
        display: dict[tuple[int, int], str] = {}
        for r in range(rows):
            for c in range(cols):
                display[(r, c)] = str(data._display_funcs[(r, c)](frame.iat[r, c]))
        hidden = frozenset(int(c) for c in getattr(data, "hidden_columns", []) or [])
        hide_index = bool(all(getattr(data, "hide_index_", [False])))
        return TableData(
            arrow_safe(frame), styles, display, hidden, hide_index, getattr(data, "caption", None)
        )
    return TableData(arrow_safe(to_frame(data)))


def _styler_type() -> Any:
    try:
        from pandas.io.formats.style import Styler
    except ImportError:  # pragma: no cover - jinja2 missing
        return None
    return Styler
