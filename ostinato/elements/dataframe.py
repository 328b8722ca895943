"""st.dataframe: an accessible, virtualised table. The element carries its columns
(types, labels, formats) and its first rows; the page asks for other windows of
rows over the websocket as it scrolls, sorts (by a header) or searches, and the
server cuts them out of a sorted or filtered view of the data, without a rerun.
With on_select, the table is a widget whose value is the selection."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements import table_selection as selection
from ostinato.elements.table_columns import Column, column_values, resolve
from ostinato.elements.table_data import TableData, table_data
from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element, windows

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from ostinato.elements.container import Container

FIRST_ROWS = 200
"""Rows sent with the element; the page asks for other windows as it scrolls."""

ROW_HEIGHT = 35
"""Pixels of a row when row_height is not given (Streamlit's)."""

MAX_SEARCH = 256
"""Longest search text the page may send."""

SEARCH_SHOWN_ROWS = 20_000
"""Tables of at most this many rows are searched in the texts their cells show;
larger ones in their values as text (formatting every cell would take seconds)."""


def _searchable(cell: Any) -> str:
    """A wire cell's text as the page shows it (a link's text, a progress bar's label)."""
    if cell is None:
        return ""
    if isinstance(cell, list):
        return " ".join(_searchable(c) for c in cell)
    return str(cell)


class Table:
    """A table shown by a run: its data, its columns, and the sorted or filtered
    views the page asked for (a few kept). Any thread may ask for rows."""

    def __init__(self, data: TableData, columns: list[Column]) -> None:
        self.data = data
        self.columns = columns
        self._views: OrderedDict[tuple[Any, str], np.ndarray | None] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def frame(self) -> pd.DataFrame:
        """The data, as a DataFrame (what AppTest's `.value` is)."""
        return self.data.frame

    def __len__(self) -> int:
        return len(self.data.frame)

    def view(self, sort: tuple[int, bool] | None, search: str) -> np.ndarray | None:
        """Row positions in the order shown: sorted by a shown column (ascending or
        not, missing values last) and only the rows where some shown cell contains
        `search` (case-insensitive); None when neither applies."""
        if sort is None and not search:
            return None
        key = (sort, search)
        with self._lock:
            if key in self._views:
                self._views.move_to_end(key)
                return self._views[key]
        order = self._compute(sort, search)
        with self._lock:
            self._views[key] = order
            while len(self._views) > 4:
                self._views.popitem(last=False)
        return order

    def _compute(self, sort: tuple[int, bool] | None, search: str) -> np.ndarray:
        import numpy as np
        import pandas as pd

        frame = self.frame
        order = np.arange(len(frame))
        if sort is not None and 0 <= sort[0] < len(self.columns):
            values = pd.Series(
                np.asarray(column_values(frame, self.columns[sort[0]]), dtype=object)
                if self.columns[sort[0]].kind in ("list", "json", "multiselect")
                else column_values(frame, self.columns[sort[0]])
            ).reset_index(drop=True)
            try:
                ranked = values.sort_values(ascending=sort[1], kind="stable", na_position="last")
            except TypeError:
                texts = values.map(lambda v: None if v is None else str(v))
                ranked = texts.sort_values(ascending=sort[1], kind="stable", na_position="last")
            order = ranked.index.to_numpy()
        if search:
            needle = search.lower()
            found = np.zeros(len(frame), dtype=bool)
            shown = len(frame) <= SEARCH_SHOWN_ROWS
            for column in self.columns:
                values = column_values(frame, column)
                if shown:
                    # The texts the page shows ("$1,234.50"), as Streamlit's search reads them.
                    cells = column.cells(values)
                    texts = pd.Series([_searchable(c) for c in cells], dtype=object)
                else:
                    texts = pd.Series(values).reset_index(drop=True).astype(str)
                found |= texts.str.lower().str.contains(needle, regex=False).to_numpy()
            order = order[found[order]]
        return order

    def window(
        self, start: int, end: int, sort: tuple[int, bool] | None = None, search: str = ""
    ) -> dict[str, Any]:
        """Rows `start`..`end` of the view as wire cells, with their positions in the
        data (`ids`), the view's row count and, for a Styler, each cell's CSS."""
        frame = self.frame
        order = self.view(sort, search)
        total = len(frame) if order is None else len(order)
        asked = start
        start = max(0, min(start, total))
        end = max(start, min(end, total))
        positions = list(range(start, end)) if order is None else [int(p) for p in order[start:end]]
        part = frame.iloc[positions] if order is not None else frame.iloc[start:end]
        display = self.data.display
        by_column: list[list[Any]] = []
        for column in self.columns:
            texts = None
            if display is not None and not column.index and not column.config.get("format"):
                texts = [display.get((p, column.position)) for p in positions]
            by_column.append(column.cells(column_values(part, column), texts))
        out: dict[str, Any] = {
            "start": asked,
            "total": total,
            "ids": positions,
            "rows": [list(cells) for cells in zip(*by_column, strict=True)]
            if by_column
            else [[] for _ in positions],
        }
        if self.data.styles:
            out["styles"] = [
                [None if c.index else self.data.styles.get((p, c.position)) for c in self.columns]
                for p in positions
            ]
        return out


@windows("dataframe")
def window(
    table: Table, props: dict[str, Any], start: int, end: int, view: dict[str, Any]
) -> dict[str, Any]:
    """Rows `start` to `end` of a table the page scrolled, sorted or searched."""
    sort = view.get("sort")
    return table.window(
        start,
        end,
        None if sort is None else (int(sort[0]), bool(sort[1])),
        str(view.get("search") or ""),
    )


def _check_size(name: str, value: Any, allowed: tuple[str, ...]) -> None:
    if value in allowed or (isinstance(value, int) and not isinstance(value, bool) and value > 0):
        return
    raise OstinatoAPIException(
        f"Invalid {name} value: {value!r}. `{name}` must be a positive integer (pixels) or "
        f"one of {', '.join(repr(a) for a in allowed)}."
    )


def table_node(
    data: Any,
    *,
    width: Any = "stretch",
    height: Any = "auto",
    hide_index: bool | None = None,
    column_order: Any = None,
    column_config: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    alt: str | None = None,
) -> tuple[Table, dict[str, Any]]:
    """The table of `data` and the props of its element (columns, size, rows count)."""
    _check_size("width", width, ("stretch", "content"))
    _check_size("height", height, ("auto", "content", "stretch"))
    if row_height is not None and (
        not isinstance(row_height, int) or isinstance(row_height, bool) or row_height <= 0
    ):
        raise OstinatoAPIException(
            f"`row_height` must be a positive number of pixels, got {row_height!r}."
        )
    table_ = data if isinstance(data, TableData) else table_data(data)
    columns = resolve(table_, column_config, column_order, hide_index)
    table = Table(table_, columns)
    props = {
        "columns": [c.wire() for c in columns],
        "total_rows": len(table),
        "width": width,
        "height": height,
        "row_height": row_height or ROW_HEIGHT,
        "placeholder": placeholder,
        "alt": alt.strip() if isinstance(alt, str) and alt.strip() else None,
        "digest": f"{fingerprint(table_)}-{len(table)}",
    }
    return table, props


HASHED_CELLS = 2_000_000
"""Frames of at most this many cells are named by their content (a rerun drawing the
same table sends nothing: the page keeps its scroll, sort and search); larger
ones by the object, which a cached frame keeps across runs."""


def fingerprint(data: TableData) -> str:
    """A name for the table's content: equal for equal data, styles and columns."""
    import hashlib

    frame = data.frame
    if frame.size <= HASHED_CELLS:
        try:
            import pandas as pd

            cells = pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes()
        except (TypeError, ValueError):  # unhashable cells (lists, dicts)
            cells = repr(frame.to_dict("split")).encode()
        shape = repr((list(map(str, frame.columns)), list(map(str, frame.dtypes)))).encode()
        extra = repr((sorted(data.styles.items()), sorted((data.display or {}).items()))).encode()
        return hashlib.blake2b(cells + shape + extra, digest_size=8).hexdigest()
    return f"{id(frame):x}"


def frame_node(data: Any, height: int | None = None, hide_index: bool | None = None) -> Node:
    """The element for a table (st.write of a DataFrame)."""
    table, props = table_node(data, height=height or "auto", hide_index=hide_index)
    return Node("dataframe", props, value=table, lazy=lambda: table.window(0, FIRST_ROWS))


def _on_select(on_select: Any) -> Callable[..., Any] | None:
    if on_select in ("ignore", "rerun"):
        return None
    if callable(on_select):
        return on_select  # type: ignore[no-any-return]
    raise OstinatoAPIException(
        f"Invalid `on_select` value {on_select!r}. Supported values: 'rerun', 'ignore', "
        "a callback function."
    )


@element("dataframe", "dataframe")
def dataframe(
    self: Container,
    data: Any = None,
    width: int | Literal["stretch", "content"] = "stretch",
    height: int | Literal["auto", "content", "stretch"] = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Any = None,
    column_config: Any = None,
    key: str | int | None = None,
    on_select: Any = "ignore",
    selection_mode: Any = "multi-row",
    selection_default: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> selection.DataframeState | None:
    """Write an interactive table of a DataFrame (or anything table-like): sortable,
    searchable, downloadable; with on_select, returns the user's selection."""
    callback = _on_select(on_select)
    active = on_select != "ignore"
    if selection_default is not None and not active:
        raise OstinatoAPIException(
            "`selection_default` needs `on_select` set to 'rerun' or a callback "
            "(with on_select='ignore' nothing can be selected)."
        )
    modes = selection.parse_modes(selection_mode) if active else frozenset()
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    if lazy is not None and not isinstance(lazy, bool):
        raise OstinatoAPIException(f"`lazy` must be True, False or None, got {lazy!r}.")
    data_format_hides = active and hide_index is None and bool(modes & selection.ROW_MODES)
    table, props = table_node(
        data, width=width, height=height, hide_index=hide_index, column_order=column_order,
        column_config=column_config, row_height=row_height, placeholder=placeholder, alt=alt,
    )  # fmt: skip
    if data_format_hides and _range_index(table.frame):
        table.columns[:] = [c for c in table.columns if not c.index]
        props["columns"] = [c.wire() for c in table.columns]
    first = lambda: table.window(0, FIRST_ROWS)  # noqa: E731
    if not active:
        self._add(Node("dataframe", props, value=table, lazy=first))
        return None
    return _selectable(self, table, props, first, key, callback, modes, selection_default)


def _range_index(frame: pd.DataFrame) -> bool:
    import pandas as pd

    return isinstance(frame.index, pd.RangeIndex)


def _selectable(
    self: Container,
    table: Table,
    props: dict[str, Any],
    first: Callable[[], dict[str, Any]],
    key: str | int | None,
    callback: Callable[..., Any] | None,
    modes: frozenset[str],
    selection_default: Any,
) -> selection.DataframeState:
    from ostinato.elements.widget import Spec, draw
    from ostinato.errors import WidgetValueError

    rows = len(table)
    names = [str(c.name) for c in table.columns if not c.index]
    default = selection.checked(
        selection_default if selection_default is not None else {"selection": selection.empty()},
        rows, names, modes,
    )  # fmt: skip

    def decode(raw: Any) -> selection.DataframeState:
        # The page marks its selections ("ui"): they are checked against the table.
        # A value in wire form without the mark is one a test set under the key,
        # handed back as it was set, as Streamlit's AppTest does.
        try:
            if isinstance(raw, dict) and raw.get("ui"):
                return selection.from_page(raw, rows, names, modes)
            return selection.as_set(raw)
        except (ValueError, TypeError, OstinatoAPIException) as exc:
            reason = f"expected a selection, got {raw!r} ({exc})"
            raise WidgetValueError("dataframe", "", reason) from None

    def validate(raw: Any) -> selection.DataframeState:
        return selection.state(selection.checked(raw, rows, names, modes))

    def dress(node: Node) -> None:
        node.value = table
        node.lazy = first

    props = {**props, "selection_mode": sorted(modes)}
    value: selection.DataframeState = draw(
        self,
        Spec(
            kind="dataframe",
            label="",
            key=key,
            shape=(tuple(sorted(modes)),),
            default=selection.state(default),
            default_given=selection_default is not None,
            decode=decode,
            encode=selection.raw_wire,
            validate=validate,
            props=props,
            extra_identity=(props["digest"].split("-")[1], tuple(names), repr(selection_default)),
            callback=callback,
            dress=dress,
        ),
    )
    return value if isinstance(value, selection.DataframeState) else validate(value)
