"""Helper (registers nothing): st.dataframe's selections: the modes on_select
accepts, the state object it returns (`event.selection.rows`, `["selection"]`) and
how a state set through Session State or sent by the page is checked."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ostinato.errors import OstinatoAPIException

MODES = (
    "multi-cell", "multi-column", "multi-row", "single-cell", "single-column", "single-row",
    "single-row-required",
)  # fmt: skip
ROW_MODES = frozenset({"single-row", "single-row-required", "multi-row"})


class _ReadOnlyDict(dict[str, Any]):
    """A dict whose items also read as attributes, and that a script cannot change."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}.") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only.")

    def __setitem__(self, key: str, value: Any) -> None:
        raise TypeError(f"{type(self).__name__} is read-only.")

    def __delitem__(self, key: str) -> None:
        raise TypeError(f"{type(self).__name__} is read-only.")

    def __reduce__(self) -> Any:
        return (type(self), (dict(self),))


class DataframeSelectionState(_ReadOnlyDict):
    """What is selected: `rows` (positions in the data, whatever the page's sort),
    `columns` (names) and `cells` ((row position, column name) tuples)."""


class DataframeState(_ReadOnlyDict):
    """What st.dataframe(on_select=...) returns: `selection`, a DataframeSelectionState."""

    def __getitem__(self, key: str) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and not isinstance(item, DataframeSelectionState):
            item = DataframeSelectionState(item)
            dict.__setitem__(self, key, item)
        return item


def parse_modes(selection_mode: Any) -> frozenset[str]:
    """The selection modes asked for: one mode or an iterable of them; at most one
    row mode, and not single and multi of the same kind."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(_iterable(selection_mode))
    if not modes <= set(MODES):
        raise OstinatoAPIException(
            f"Invalid `selection_mode` value {selection_mode!r}. Supported values: "
            f"{', '.join(repr(m) for m in MODES)}, or a list of them."
        )
    rows = sorted(modes & ROW_MODES)
    if len(rows) > 1:
        raise OstinatoAPIException(
            f"`selection_mode` {' and '.join(repr(m) for m in rows)} cannot be used together: "
            "only one row selection mode can be specified."
        )
    for kind in ("column", "cell"):
        if {f"single-{kind}", f"multi-{kind}"} <= modes:
            raise OstinatoAPIException(
                f"`selection_mode` 'single-{kind}' and 'multi-{kind}' cannot be used together."
            )
    return frozenset(modes)


def _iterable(value: Any) -> Iterable[Any]:
    if isinstance(value, Iterable):
        return value
    raise OstinatoAPIException(
        f"Invalid `selection_mode` value {value!r}: a mode such as 'multi-row', or a list of them."
    )


def empty() -> dict[str, list[Any]]:
    return {"rows": [], "columns": [], "cells": []}


def checked(value: Any, rows: int, columns: list[str], modes: frozenset[str]) -> dict[str, Any]:
    """A selection set through Session State or selection_default, with what the
    table cannot select left out (rows past its end, unknown columns, cells unless
    "single-cell"); a value of the wrong shape is refused."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise OstinatoAPIException(
            "A dataframe selection must be a dict with a 'selection' key holding 'rows', "
            "'columns' and 'cells' lists, e.g. {'selection': {'rows': [0]}}."
        )
    selection = value["selection"]
    out = empty()
    names = set(columns)
    raw_rows = selection.get("rows")
    if isinstance(raw_rows, list) and modes & ROW_MODES:
        valid = list(
            dict.fromkeys(
                r
                for r in raw_rows
                if isinstance(r, int) and not isinstance(r, bool) and 0 <= r < rows
            )
        )
        out["rows"] = valid if "multi-row" in modes else valid[:1]
    if "single-row-required" in modes and rows > 0 and not out["rows"]:
        out["rows"] = [0]
    raw_columns = selection.get("columns")
    if isinstance(raw_columns, list) and modes & {"single-column", "multi-column"}:
        valid_columns = list(
            dict.fromkeys(c for c in raw_columns if isinstance(c, str) and c in names)
        )
        out["columns"] = valid_columns if "multi-column" in modes else valid_columns[:1]
    raw_cells = selection.get("cells")
    if isinstance(raw_cells, list) and "single-cell" in modes:
        cells = [
            (c[0], c[1])
            for c in raw_cells
            if isinstance(c, list | tuple)
            and len(c) == 2
            and isinstance(c[0], int)
            and 0 <= c[0] < rows
            and isinstance(c[1], str)
            and c[1] in names
        ]
        out["cells"] = list(dict.fromkeys(cells))[:1]
    return {"selection": out}


def as_set(value: Any) -> DataframeState:
    """A selection set through Session State, returned as it was set (as Streamlit
    does: rows past the end and missing keys stay); only its shape is checked."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise OstinatoAPIException(
            "A dataframe selection set through Session State must be a dict with a "
            "'selection' key holding 'rows', 'columns' and 'cells' lists, e.g. "
            "{'selection': {'rows': [0]}}."
        )
    if isinstance(value, DataframeState):
        return value
    return DataframeState({"selection": DataframeSelectionState(value["selection"])})


def state(value: dict[str, Any]) -> DataframeState:
    """`value` ({"selection": {...}}) as the object st.dataframe returns; cells as tuples."""
    selection = dict(value.get("selection") or {})
    for name in ("rows", "columns", "cells"):
        selection.setdefault(name, [])
    selection["cells"] = [tuple(c) for c in selection["cells"]]
    return DataframeState({"selection": DataframeSelectionState(selection)})


def from_page(raw: Any, rows: int, columns: list[str], modes: frozenset[str]) -> DataframeState:
    """A selection the page sent (a JSON text or object); the page may send what its
    modes allow only, anything else is dropped. Multi-cell ranges come as cells."""
    if isinstance(raw, str):
        raw = json.loads(raw)
    if not isinstance(raw, dict) or not isinstance(raw.get("selection"), dict):
        raise ValueError("expected {'selection': {...}}")
    sel = raw["selection"]
    out = checked(raw, rows, columns, modes | ({"single-cell"} if "multi-cell" in modes else set()))
    if "multi-cell" in modes and isinstance(sel.get("cells"), list):
        names = set(columns)
        cells = [
            (c[0], c[1])
            for c in sel["cells"]
            if isinstance(c, list) and len(c) == 2 and isinstance(c[0], int) and 0 <= c[0] < rows
            and c[1] in names
        ]  # fmt: skip
        out["selection"]["cells"] = list(dict.fromkeys(cells))
    return state(out)


def raw_wire(value: Any) -> Any:
    """A selection in wire form as it is (cells as lists, keys as given)."""

    def plain(item: Any) -> Any:
        if isinstance(item, dict):
            return {str(k): plain(v) for k, v in item.items()}
        if isinstance(item, list | tuple):
            return [plain(v) for v in item]
        return item

    return plain(value)


def wire(value: Any) -> dict[str, Any]:
    """A selection in wire form (cells as lists)."""
    selection = (
        dict(value["selection"]) if isinstance(value, dict) and "selection" in value else empty()
    )
    return {
        "selection": {
            "rows": list(selection.get("rows", [])),
            "columns": list(selection.get("columns", [])),
            "cells": [list(c) for c in selection.get("cells", [])],
        }
    }
