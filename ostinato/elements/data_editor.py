"""st.data_editor: st.dataframe's table with cells the user can edit, rows to add and
delete. The widget's value is the edit state ({"edited_rows", "added_rows",
"deleted_rows"}, positions in the data as given), the page keeps and sends it;
the script gets the data with the edits applied, in the type it passed in."""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import logging
import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.dataframe import FIRST_ROWS, Table, table_node
from ostinato.elements.table_columns import INDEX, Column, column_values, normalise_config
from ostinato.elements.table_data import TableData, arrow_safe, table_data
from ostinato.errors import OstinatoAPIException, WidgetValueError, WidgetValueSetError
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    import pandas as pd

    from ostinato.elements.container import Container

log = logging.getLogger(__name__)

NUM_ROWS = ("fixed", "dynamic", "add", "delete")
MAX_ADDED = 100_000
"""Most rows a page may add in one edit state."""

EDITABLE_KINDS = {
    "text": {"string", "empty"},
    "number": {"integer", "float", "decimal", "string", "timedelta", "empty"},
    "checkbox": {"boolean", "string", "integer", "empty"},
    "selectbox": {"string", "boolean", "integer", "float", "empty"},
    "date": {"date", "datetime", "empty"},
    "time": {"time", "datetime", "empty"},
    "datetime": {"datetime", "date", "time", "empty"},
    "link": {"string", "empty"},
    "list": {"list", "string", "empty"},
    "multiselect": {"list", "string", "empty"},
    "markdown": {"string", "empty"},
}
"""Column types the user can edit, and the data kinds each can edit (as 1.67)."""


class DataEditorState(dict[str, Any]):
    """The edit state of a data editor: `edited_rows` ({row: {column: value}}),
    `added_rows` ([{column: value}]) and `deleted_rows` ([row]); read-only, items
    also read as attributes."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"DataEditorState has no attribute {name!r}.") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError("DataEditorState is read-only.")

    def __setitem__(self, key: str, value: Any) -> None:
        raise TypeError("DataEditorState is read-only.")

    def __delitem__(self, key: str) -> None:
        raise TypeError("DataEditorState is read-only.")

    def __reduce__(self) -> Any:
        return (DataEditorState, (dict(self),))


def empty_state() -> DataEditorState:
    return DataEditorState({"edited_rows": {}, "added_rows": [], "deleted_rows": []})


# ---- The data's format, and back ---------------------------------------------------


def data_format(data: Any) -> str:
    """Which of the shapes Streamlit converts back to `data` is."""
    import pandas as pd

    module = type(data).__module__.split(".")[0]
    if data is None:
        return "empty"
    if isinstance(data, pd.DataFrame):
        return "dataframe"
    if isinstance(data, pd.Series):
        return "series"
    if isinstance(data, pd.Index):
        return "index"
    if type(data).__name__ == "Styler":
        return "styler"
    if module == "pyarrow":
        return "arrow_table" if hasattr(data, "column_names") else "arrow_array"
    if module == "polars":
        return "polars_series" if type(data).__name__ == "Series" else "polars"
    if module == "numpy" and hasattr(data, "ndim"):
        return "numpy_list" if data.ndim == 1 else "numpy_matrix"
    if isinstance(data, dict):
        values = list(data.values())
        if not values:
            return "key_value"
        if all(isinstance(v, dict) for v in values):
            return "column_index"
        if all(isinstance(v, pd.Series) for v in values):
            return "column_series"
        if all(isinstance(v, list | tuple) or hasattr(v, "__array__") for v in values):
            return "column_value"
        return "key_value"
    if isinstance(data, list):
        if data and isinstance(data[0], dict):
            return "records"
        if (data and isinstance(data[0], list | tuple)) or hasattr(data[0] if data else 0, "ndim"):
            return "rows"
        return "values"
    if isinstance(data, tuple):
        return "tuple"
    if isinstance(data, set | frozenset):
        return "set"
    return "dataframe"


def _unified(frame: pd.DataFrame) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    return frame.replace([pd.NA, pd.NaT, np.nan], None).infer_objects()  # type: ignore[list-item]


def _one_column(frame: pd.DataFrame) -> pd.Series:
    if len(frame.columns) != 1:
        raise OstinatoAPIException(
            f"The edited data has {len(frame.columns)} columns: st.data_editor can give back "
            "a Series, list, tuple, set or 1-D array only with a single column."
        )
    return frame.iloc[:, 0]


def convert_back(frame: pd.DataFrame, shape: str) -> Any:
    """The edited frame in the type the script passed in, as Streamlit converts it."""
    import numpy as np

    if shape in ("dataframe", "styler", "index", "empty"):
        return frame
    if shape == "numpy_list":
        return np.ndarray(0) if frame.empty else frame.iloc[:, 0].to_numpy()
    if shape == "numpy_matrix":
        return np.ndarray(0) if frame.empty else frame.to_numpy()
    if shape in ("arrow_table", "arrow_array"):
        import pyarrow as pa

        if shape == "arrow_array":
            return pa.Array.from_pandas(_one_column(frame))
        return pa.Table.from_pandas(frame)
    if shape == "series":
        return _one_column(frame)
    if shape in ("polars", "polars_series"):
        import polars as pl  # type: ignore[import-not-found]

        return pl.from_pandas(_one_column(frame) if shape == "polars_series" else frame)
    if shape == "records":
        return _unified(frame).to_dict(orient="records")
    if shape == "rows":
        return _unified(frame).to_numpy().tolist()
    if shape == "column_index":
        return _unified(frame).to_dict(orient="dict")
    if shape == "column_value":
        return _unified(frame).to_dict(orient="list")
    if shape == "column_series":
        return frame.to_dict(orient="series")
    if shape in ("values", "tuple", "set"):
        unified = _unified(frame)
        values = _one_column(unified).tolist() if len(unified.columns) else []
        return tuple(values) if shape == "tuple" else set(values) if shape == "set" else values
    if shape == "key_value":
        unified = _unified(frame)
        return {} if unified.empty else unified.iloc[:, 0].to_dict()
    return frame  # pragma: no cover - every shape is handled above


# ---- Preparing the data --------------------------------------------------------------


def _editable_frame(data: Any) -> tuple[TableData, set[str]]:
    """The data as a DataFrame copy with text column names, and the columns Arrow
    could not carry (shown as text, not editable)."""
    import pandas as pd

    table = table_data(data)
    raw = table.frame if type(data).__name__ == "Styler" else None
    frame = (raw if raw is not None else table.frame).copy()
    if not _supported_index(frame.index):
        raise OstinatoAPIException(
            f"The type of the dataframe index - {type(frame.index).__name__} - is not yet "
            "supported by the data editor."
        )
    if isinstance(frame.columns, pd.MultiIndex):
        frame.columns = ["_".join(map(str, h)) for h in frame.columns.to_flat_index()]
    elif not all(isinstance(c, str) for c in frame.columns):
        frame.columns = pd.Index([str(c) for c in frame.columns], name=frame.columns.name)
    duplicated = list(frame.columns[frame.columns.duplicated()])
    if duplicated:
        raise OstinatoAPIException(
            "All column names are required to be unique for usage with data editor. The "
            f"following column names are duplicated: {duplicated}. Please rename the "
            "duplicated columns in the provided data."
        )
    if INDEX in frame.columns:
        raise OstinatoAPIException(
            f"The column name '{INDEX}' is reserved for the index column and can't be used "
            "for data columns. Please rename the column in the provided data."
        )
    safe = arrow_safe(frame)
    texts = {str(n) for n in frame.columns if safe[n].dtype != frame[n].dtype}
    table.frame = safe
    return table, texts


def _supported_index(index: pd.Index) -> bool:
    import pandas as pd

    return type(index) in (pd.RangeIndex, pd.Index, pd.DatetimeIndex, pd.CategoricalIndex)


def data_kind(values: Any) -> str:
    """The kind of data a column holds (what an edit is parsed into): integer, float,
    boolean, string, decimal, timedelta, datetime, date, time, list, empty, unknown."""
    import pandas as pd

    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return data_kind(pd.Series(dtype.categories))
    code = getattr(dtype, "kind", "O")
    name = str(dtype)
    if code == "b" or name == "boolean":
        return "boolean"
    if code in "iu" or name.startswith(("Int", "UInt")):
        return "integer"
    if code == "f" or name.startswith("Float"):
        return "float"
    if code == "M":
        return "datetime"
    if code == "m":
        return "timedelta"
    if name in ("string", "str") or name.startswith("string"):
        return "string"
    present = [v for v in list(values[:100]) if v is not None and not _nan(v)]
    if not present:
        return "empty"
    sample = present[0]
    if isinstance(sample, str):
        return "string"
    if isinstance(sample, bool):
        return "boolean"
    if isinstance(sample, int):
        return "integer"
    if isinstance(sample, float):
        return "float"
    if isinstance(sample, decimal.Decimal):
        return "decimal"
    if isinstance(sample, dt.datetime):
        return "datetime"
    if isinstance(sample, dt.date):
        return "date"
    if isinstance(sample, dt.time):
        return "time"
    if isinstance(sample, list | tuple | set) or hasattr(sample, "ndim"):
        return "list"
    return "unknown"


def _nan(value: Any) -> bool:
    return isinstance(value, float) and math.isnan(value)


def parse_value(value: Any, kind: str) -> Any:
    """A value of the edit state as the column's data kind; None if it cannot be
    read as one (logged), as Streamlit does. A duration that is no finite number of
    seconds raises ValueError (the edit is skipped)."""
    if value is None:
        return None
    import pandas as pd

    if kind == "timedelta" and isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ValueError("Duration seconds must be finite.")
        return pd.Timedelta(value, unit="s")
    try:
        if kind == "list":
            return list(value) if isinstance(value, list | tuple) else [value]
        if kind == "empty":
            return list(value) if isinstance(value, list | tuple) else value
        if kind == "string":
            return str(value)
        if isinstance(value, list):
            raise TypeError("List values are only supported by list, string and empty columns.")
        if kind == "integer":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "boolean":
            return bool(value)
        if kind == "decimal":
            return decimal.Decimal(str(value))
        if kind == "timedelta":
            return pd.Timedelta(value)
        if kind in ("datetime", "date", "time"):
            stamp = pd.Timestamp(value)
            if pd.isna(stamp):
                return None
            return stamp if kind == "datetime" else stamp.date() if kind == "date" else stamp.time()
    except (ValueError, TypeError, OverflowError, ArithmeticError) as exc:
        log.warning("Failed to parse value %r as %s (%s).", value, kind, exc)
        return None
    return value


# ---- Applying an edit state ----------------------------------------------------------


def apply_edits(frame: pd.DataFrame, state: Any, kinds: dict[str, str]) -> pd.DataFrame:
    """`frame` with the cell edits, then the deletions, then the added rows of
    `state` applied (in that order, as Streamlit); edits pandas refuses are skipped."""
    edited = state.get("edited_rows") if isinstance(state, dict) else None
    if edited:
        for row, changes in edited.items():
            position = int(row)
            for name, value in changes.items():
                try:
                    if name == INDEX:
                        new = parse_value(value, kinds[INDEX])
                        frame.index = frame.index.delete(position).insert(position, new)
                    else:
                        place = int(frame.columns.get_loc(name))  # type: ignore[arg-type]
                        frame.iat[position, place] = parse_value(value, kinds[name])
                except (TypeError, ValueError, OverflowError) as exc:
                    log.warning("Edit %r of row %s, column %s ignored (%s).", value, row, name, exc)
    deleted = state.get("deleted_rows") if isinstance(state, dict) else None
    if deleted:
        frame = frame.drop(frame.index[list(deleted)])
    added = state.get("added_rows") if isinstance(state, dict) else None
    if added:
        _add_rows(frame, added, kinds)
    return frame


def _add_rows(frame: pd.DataFrame, added: list[Any], kinds: dict[str, str]) -> None:
    import warnings

    import pandas as pd

    index = frame.index
    auto: int | None = None
    step = 1
    ranged = isinstance(index, pd.RangeIndex)
    if isinstance(index, pd.RangeIndex):
        auto, step = index.stop, index.step
    elif pd.api.types.is_integer_dtype(index.dtype):
        auto = 0 if index.empty else int(index.max()) + 1
    for row in added:
        try:
            label = None
            values: list[Any] = [None] * frame.shape[1]
            for name, value in row.items():
                if name == INDEX:
                    label = parse_value(value, kinds[INDEX])
                else:
                    values[frame.columns.get_loc(name)] = parse_value(value, kinds[name])
        except (TypeError, ValueError, OverflowError, KeyError) as exc:
            log.warning("An added row was skipped (%s).", exc)
            continue
        if label is not None and not ranged:
            if label in frame.index:
                log.warning("An added row's index value already exists: the row was skipped.")
                continue
            target = label
        elif auto is not None:
            target = auto
        else:
            log.warning("A row cannot be added to a %s without an index value.", type(index))
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                frame.loc[target] = dict(zip(frame.columns, values, strict=True))
        except (TypeError, ValueError, OverflowError) as exc:
            log.warning("An added row was skipped (%s).", exc)
            continue
        if target == auto and auto is not None:
            auto += step


# ---- Checking edit states ------------------------------------------------------------


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | bool | int | float)


def _cell_ok(value: Any, column: Column, kind: str) -> bool:
    """A value the page may send for a cell of `column` (of data `kind`)."""
    if value is None:
        return True
    if isinstance(value, float) and not math.isfinite(value):
        return False
    if column.kind in ("list", "multiselect") or kind == "list":
        return (isinstance(value, list) and all(_scalar(v) for v in value)) or _scalar(value)
    if not _scalar(value):
        return False
    if column.kind == "checkbox" or kind == "boolean":
        return isinstance(value, bool)
    if column.kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if column.kind == "selectbox":
        options = column.config.get("options") or []
        plain = [o.get("value") if isinstance(o, dict) else o for o in options]
        return not plain or value in plain
    return True


class Checker:
    """What edit states the page may send for one editor: rows in range, editable
    columns, values each column can hold, adding and deleting only if num_rows
    allows. Any thread."""

    def __init__(
        self, rows: int, columns: dict[str, Column], kinds: dict[str, str], num_rows: str
    ) -> None:
        self.rows = rows
        self.columns = columns
        self.kinds = kinds
        self.can_add = num_rows in ("dynamic", "add")
        self.can_delete = num_rows in ("dynamic", "delete")

    def from_page(self, raw: Any) -> DataEditorState:
        """The edit state in the page's JSON text; ValueError for anything else."""
        if not isinstance(raw, str):
            raise ValueError("the edit state must come as JSON text")
        value = json.loads(raw)
        if not isinstance(value, dict) or set(value) - {
            "edited_rows",
            "added_rows",
            "deleted_rows",
        }:
            raise ValueError("expected an object of edited_rows, added_rows, deleted_rows")
        edited_raw = value.get("edited_rows", {})
        if not isinstance(edited_raw, dict):
            raise ValueError("edited_rows must be an object")
        edited: dict[int, dict[str, Any]] = {}
        for row, changes in edited_raw.items():
            if not row.isdigit() or not 0 <= int(row) < self.rows:
                raise ValueError(f"edited row {row!r} is not a row of the table")
            edited[int(row)] = self._cells(changes, added=False)
        added_raw = value.get("added_rows", [])
        if not isinstance(added_raw, list) or len(added_raw) > MAX_ADDED:
            raise ValueError("added_rows must be a list")
        if added_raw and not self.can_add:
            raise ValueError("rows cannot be added to this table (num_rows)")
        added = [self._cells(row, added=True) for row in added_raw]
        deleted = value.get("deleted_rows", [])
        if not isinstance(deleted, list):
            raise ValueError("deleted_rows must be a list")
        if deleted and not self.can_delete:
            raise ValueError("rows cannot be deleted from this table (num_rows)")
        for row in deleted:
            if isinstance(row, bool) or not isinstance(row, int) or not 0 <= row < self.rows:
                raise ValueError(f"deleted row {row!r} is not a row of the table")
        if len(set(deleted)) != len(deleted):
            raise ValueError("a row is deleted twice")
        return DataEditorState(
            {"edited_rows": edited, "added_rows": added, "deleted_rows": deleted}
        )

    def _cells(self, cells: Any, added: bool) -> dict[str, Any]:
        if not isinstance(cells, dict):
            raise ValueError("a row's cells must be an object of column names to values")
        for name, value in cells.items():
            column = self.columns.get(name)
            if column is None:
                raise ValueError(f"{name!r} is not an editable column")
            if not _cell_ok(value, column, self.kinds.get(name, "unknown")):
                raise ValueError(f"{value!r} cannot be a value of the column {name!r}")
        return dict(cells)


def checked_set(value: Any) -> Any:
    """An edit state set through Session State (by a test): kept as it was set, as
    Streamlit's AppTest does; only its shape is checked."""
    if not isinstance(value, dict):
        raise OstinatoAPIException(
            "A data editor's state must be a dict with 'edited_rows' (a dict of row "
            "positions to {column: value}), 'added_rows' (a list of {column: value}) and "
            f"'deleted_rows' (a list of row positions), got {type(value).__name__}."
        )
    edited = value.get("edited_rows", {})
    added = value.get("added_rows", [])
    deleted = value.get("deleted_rows", [])
    if (
        not isinstance(edited, dict)
        or not all(isinstance(c, dict) for c in edited.values())
        or not isinstance(added, list)
        or not all(isinstance(r, dict) for r in added)
        or not isinstance(deleted, list)
    ):
        raise OstinatoAPIException(
            "A data editor's state holds 'edited_rows' as {row: {column: value}}, "
            "'added_rows' as [{column: value}] and 'deleted_rows' as [row]."
        )
    return value


def formatted(state: Any, columns: dict[str, Column], kinds: dict[str, str]) -> dict[str, Any]:
    """The edited cells as the column shows them (its format), so the page draws an
    edit as it draws the data: {"e:<row>:<column>" or "a:<added>:<column>": [the
    value sent, its cell]}."""
    out: dict[str, Any] = {}
    if not isinstance(state, dict):
        return out
    rows: list[tuple[str, Any]] = []
    edited = state.get("edited_rows")
    if isinstance(edited, dict):
        rows += [(f"e:{r}", cells) for r, cells in edited.items()]
    added = state.get("added_rows")
    if isinstance(added, list):
        rows += [(f"a:{k}", cells) for k, cells in enumerate(added)]
    for where, cells in rows:
        if not isinstance(cells, dict):
            continue
        for name, value in cells.items():
            column = columns.get(name)
            if column is None or not _jsonable(value):
                continue
            try:
                parsed = parse_value(value, kinds.get(name, "unknown"))
                cell = None if parsed is None else column.cell(parsed)
            except (TypeError, ValueError, OverflowError, AttributeError):
                continue
            out[f"{where}:{name}"] = [value, cell]
    return out


def _wire_state(value: Any) -> str:
    return json.dumps(value, default=str)


# ---- The element ----------------------------------------------------------------------


class EditorTable(Table):
    """A data editor's table: its windows also carry each editable cell's value as
    the page's editors take it (numbers, ISO dates, lists of texts). Any thread."""

    def __init__(self, data: TableData, columns: list[Column], editable: set[int]) -> None:
        super().__init__(data, columns)
        self.editable = editable

    def window(
        self, start: int, end: int, sort: tuple[int, bool] | None = None, search: str = ""
    ) -> dict[str, Any]:
        out = super().window(start, end, sort, search)
        frame = self.frame
        part = frame.iloc[out["ids"]]
        raws: list[list[Any]] = [[None] * len(self.columns) for _ in out["ids"]]
        for c, column in enumerate(self.columns):
            if c not in self.editable:
                continue
            for r, value in enumerate(column_values(part, column)):
                raws[r][c] = raw_value(value)
        out["raw"] = raws
        return out


def raw_value(value: Any) -> Any:
    """A cell's value as an editor starts from it (JSON)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="milliseconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool | str | int | float):
        return value
    if (hasattr(value, "item") and not hasattr(value, "ndim")) or getattr(value, "ndim", 1) == 0:
        try:
            return raw_value(value.item())
        except (AttributeError, ValueError):
            pass
    if isinstance(value, list | tuple | set) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else list(value)
        return [None if v is None else str(v) for v in items]
    if isinstance(value, decimal.Decimal):
        return float(value)
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def _on_change(on_change: Any) -> tuple[Callable[..., Any] | None, bool]:
    """The callback, and whether edits rerun the script."""
    if on_change is None or on_change == "rerun":
        return None, True
    if callable(on_change):
        return on_change, True
    if on_change == "ignore":
        return None, False
    raise OstinatoAPIException(
        f"Invalid `on_change` value {on_change!r}: 'rerun', 'ignore', None or a callback."
    )


def _signature(frame: pd.DataFrame, *parts: Any) -> str:
    """What identifies the data of an editor: its columns and dtypes, index, and
    (in `parts`) anything else the caller names."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(repr((list(frame.columns), [str(t) for t in frame.dtypes])).encode())
    digest.update(repr((type(frame.index).__name__, list(frame.index.names))).encode())
    digest.update(repr(parts).encode())
    return digest.hexdigest()


def _content_hash(frame: pd.DataFrame) -> str:
    import pandas as pd

    try:
        hashed = pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes()
    except TypeError:
        hashed = frame.to_csv().encode()
    return hashlib.blake2b(hashed, digest_size=12).hexdigest()


@element("data_editor", "dataframe")
def data_editor(
    self: Container,
    data: Any,
    *,
    width: int | Literal["stretch", "content"] = "stretch",
    height: int | Literal["auto", "content", "stretch"] = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Any = None,
    num_rows: Literal["fixed", "dynamic", "add", "delete"] = "fixed",
    disabled: bool | Iterable[str | int] = False,
    key: str | int | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    alt: str | None = None,
) -> Any:
    """Show `data` in a table the user can edit (and, with num_rows, add or delete
    rows); return the data with the user's edits, in the type it came in."""
    from ostinato.elements.widget import Spec, draw

    callback, reruns = _on_change(on_change)
    if num_rows not in NUM_ROWS:
        num_rows = "fixed"  # as Streamlit 1.67, which edits a fixed set of rows then
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    shape = data_format(data)
    source, texts = _editable_frame(data)
    frame = source.frame
    ranged = _is_range(frame)
    configs: dict[str | int, dict[str, Any]] = {
        k: dict(v) for k, v in normalise_config(column_config).items()
    }
    if not isinstance(disabled, bool):
        disabled = list(disabled)
        for name in disabled:
            configs.setdefault(name, {})["disabled"] = True
    for name in texts:
        configs.setdefault(name, {})["disabled"] = True
    if not ranged:
        configs.setdefault(INDEX, {})["required"] = True
    if hide_index is None and ranged and num_rows in ("dynamic", "add"):
        hide_index = True
    kinds = {str(n): data_kind(frame[n]) for n in frame.columns}
    kinds[INDEX] = data_kind(frame.index.to_series())
    table_, props = table_node(
        source, width=width, height=height, hide_index=hide_index, column_order=column_order,
        column_config=configs, row_height=row_height, placeholder=placeholder, alt=alt,
    )  # fmt: skip
    columns = table_.columns
    editable_at: set[int] = set()
    editable: dict[str, Column] = {}
    wires = props["columns"]
    for place, column in enumerate(columns):
        name = INDEX if column.index else str(column.name)
        config = _config_for(configs, column, place)
        kind = kinds.get(name, "unknown")
        off = (
            disabled is True
            or config.get("disabled") is True
            or (column.index and ranged)
            or column.kind not in EDITABLE_KINDS
        )
        if (
            not off
            and (config.get("type_config") or {}).get("type")
            and kind not in EDITABLE_KINDS.get(column.kind, {kind})
        ):
            raise OstinatoAPIException(
                f"The configured column type `{column.kind}` for column `{name}` is not "
                f"compatible for editing the underlying data type `{kind}`.\n\nYou have "
                "following options to fix this: 1) choose a compatible type 2) disable the "
                "column 3) convert the column into a compatible data type."
            )
        if not off and kind not in EDITABLE_KINDS[column.kind]:
            off = True
        wires[place].update(_edit_wire(column, config, kind, editable=not off))
        if not off:
            editable_at.add(place)
            editable[name] = column
    table = EditorTable(table_.data, columns, editable_at)
    checker = Checker(len(frame), editable, kinds, num_rows)
    state = self._target()[0].state
    if key is not None and str(key) in state and state.assigned_this_run(str(key)):
        raise WidgetValueSetError("data_editor", str(key))

    def decode(raw: Any) -> DataEditorState:
        try:
            return checker.from_page(raw)
        except (ValueError, TypeError, AttributeError) as exc:
            raise WidgetValueError("data_editor", "", f"a malformed edit state ({exc})") from None

    def encode(value: Any) -> Any:
        return _wire_state(value) if isinstance(value, DataEditorState) else value

    def dress(node: Node) -> None:
        node.type = "dataframe"  # one element with st.dataframe, as in Streamlit
        node.props["formatted"] = formatted(node.value, editable, kinds)
        node.value = table
        node.lazy = lambda: table.window(0, FIRST_ROWS)
        wire = node.props.get("value")
        node.props["value"] = wire if isinstance(wire, str) or wire is None else _wire_state(wire)

    content = _content_hash(frame)
    identity: tuple[str, ...] = (_signature(frame, disabled, num_rows, len(frame), repr(configs)),)
    if key is None or num_rows != "fixed":
        identity = (*identity, content)
    props.update(
        editing_mode=num_rows,
        disabled_all=disabled is True,
        reruns=reruns,
        digest=f"{content}-{len(frame)}",
    )
    value = draw(
        self,
        Spec(
            kind="data_editor",
            label="",
            key=key,
            shape=identity,
            default=empty_state(),
            default_given=False,
            decode=decode,
            encode=encode,
            validate=checked_set,
            props=props,
            extra_identity=identity,
            callback=callback,
            args=args,
            kwargs=kwargs,
            dress=dress,
        ),
    )
    edited = apply_edits(frame.copy(), value, kinds)
    return convert_back(edited, shape)


def _is_range(frame: pd.DataFrame) -> bool:
    import pandas as pd

    return isinstance(frame.index, pd.RangeIndex)


def _config_for(
    configs: dict[str | int, dict[str, Any]], column: Column, place: int
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in (place, INDEX if column.index else str(column.name)):
        if name in configs:
            out.update(configs[name])
    return out


_EDIT_KEYS = (
    "min_value", "max_value", "step", "max_chars", "validate", "options", "format",
    "min_date", "max_date", "accept_new_options", "color",
)  # fmt: skip


def _edit_wire(column: Column, config: dict[str, Any], kind: str, editable: bool) -> dict[str, Any]:
    """What the page's editor of a column needs: whether it is editable, required,
    its default, and the limits of its type (min/max/step, options, max_chars)."""
    out: dict[str, Any] = {"editable": editable, "data_kind": kind}
    if not editable:
        return out
    out["required"] = bool(config.get("required"))
    default = config.get("default")
    out["default"] = raw_value(default) if default is not None else None
    limits = {k: column.config.get(k) for k in _EDIT_KEYS if column.config.get(k) is not None}
    if "options" in limits:
        limits["options"] = [
            raw_value(o.get("value")) if isinstance(o, dict) else raw_value(o)
            for o in limits["options"] or []
        ]
    for name in ("min_value", "max_value", "step"):
        if name in limits:
            limits[name] = raw_value(limits[name])
    out["edit"] = {k: v for k, v in limits.items() if _jsonable(v)}
    return out


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True
