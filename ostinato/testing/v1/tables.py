"""AppTest views of tables, as Streamlit's AppTest shows them: st.dataframe (and
st.write of a DataFrame) as "dataframe" and st.table as "table", whose value is the
data as a pandas DataFrame; `cells` are the texts the page shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ostinato.testing.v1.element_tree import Element

if TYPE_CHECKING:
    from ostinato.testing.v1.app_test import AppTest
    from ostinato.tree.node import Node


def _frame(value: Any) -> Any:
    return getattr(value, "frame", value)


def _as_received(frame: Any) -> Any:
    """The frame as Streamlit's AppTest reads it back from the Arrow bytes it was
    sent as (lists become numpy arrays, and so on); the frame itself when Arrow
    cannot carry it."""
    try:
        import pyarrow as pa

        received = pa.Table.from_pandas(frame).to_pandas()
    except Exception:  # Arrow refuses some frames; they are shown as they are
        return frame
    return received


class Dataframe(Element):
    """st.dataframe: `value` is the table's data as a DataFrame (a Styler's data,
    without its formatting), as in Streamlit's AppTest."""

    label = None
    """No label (so AppTest records show none, as Streamlit's)."""

    @property
    def value(self) -> Any:
        return _as_received(_frame(self.node.value))

    @property
    def editing_mode(self) -> str:
        """ "read_only" for st.dataframe."""
        return str(self.node.props.get("editing_mode", "read_only"))

    @property
    def columns(self) -> list[str]:
        """The column headers shown, index columns first, in page order."""
        return [str(c["label"]) for c in self.node.props.get("columns", [])]

    def set_value(self, value: Any) -> Any:
        """Not for tables: a data editor's edits are set through Session State, as in
        Streamlit's AppTest (AppTestError either way)."""
        from ostinato.testing.v1.element_tree import AppTestError

        if self.editing_mode == "read_only":
            raise AppTestError("set_value() is not supported for dataframe.")
        key = f" (key={self.key!r})" if self.key else ""
        how = (
            " Assign the edit state (edited_rows, added_rows, deleted_rows) on "
            "at.session_state before run()."
            if self.key
            else " Use a browser test."
        )
        raise AppTestError(
            f"set_value() is not supported for data_editor{key}. AppTest can read the "
            f"table and editing_mode, but it does not apply cell edits through set_value().{how}"
        )

    def cells(self, start: int = 0, end: int | None = None) -> list[list[Any]]:
        """Rows `start`..`end` as the page receives them (formatted texts, True/False
        for checkboxes, lists for list and chart columns)."""
        table = self.node.value
        stop = len(table) if end is None else end
        return list(table.window(start, stop)["rows"])


class Table(Element):
    """st.table: `value` is its data as a DataFrame."""

    label = None

    @property
    def value(self) -> Any:
        return _as_received(_frame(self.node.value))

    @property
    def cells(self) -> list[list[Any]]:
        """The rows as the page shows them (formatted texts)."""
        return [list(row) for row in self.node.props.get("rows", [])]


def _dataframe(node: Node, root: AppTest, path: Any) -> Element:
    return Dataframe(node, root, "dataframe")


def _table(node: Node, root: AppTest, path: Any) -> Element:
    return Table(node, root, "table")


VIEWS: dict[str, Callable[[Node, AppTest, Any], Element]] = {
    "dataframe": _dataframe,
    "table": _table,
}
