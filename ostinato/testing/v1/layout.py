"""AppTest view of st.grid (Streamlit 1.67's AppTest: a "grid_container" block
with the grid's parameters as attributes; a cell is a "flex_container")."""

from __future__ import annotations

from typing import Any

from ostinato.testing.v1.element_tree import Block, View


class Grid(Block):
    """st.grid: `column_count`, `wrap`, `border`, `row_height`, `min_column_width`,
    `gap` (one value, or (row, column) when they differ), `vertical_alignment`,
    `dense`, `width`, `height`."""

    def _prop(self, name: str) -> Any:
        return self.node.props.get(name)

    @property
    def column_count(self) -> int | str:
        """The number of columns, or "auto"."""
        return self._prop("columns")  # type: ignore[no-any-return]

    @property
    def wrap(self) -> bool:
        """Whether cells wrap onto fewer columns when narrow."""
        return bool(self._prop("wrap"))

    @property
    def border(self) -> bool:
        """Whether cells are framed."""
        return bool(self._prop("border"))

    @property
    def row_height(self) -> int | str:
        """Pixels, or "content"."""
        return self._prop("row_height")  # type: ignore[no-any-return]

    @property
    def min_column_width(self) -> int | str:
        """Pixels, or "auto"."""
        return self._prop("min_column_width")  # type: ignore[no-any-return]

    @property
    def gap(self) -> Any:
        """The gap, or (row gap, column gap) when they differ."""
        row, column = self._prop("row_gap"), self._prop("column_gap")
        return row if row == column else (row, column)

    @property
    def vertical_alignment(self) -> str:
        """ "top", "center" or "bottom"."""
        return str(self._prop("vertical_alignment"))

    @property
    def dense(self) -> bool:
        """Whether later cells fill earlier holes."""
        return bool(self._prop("dense"))

    @property
    def width(self) -> int | str:
        """ "stretch" or pixels."""
        return self._prop("width")  # type: ignore[no-any-return]

    @property
    def height(self) -> int | str:
        """ "content", "stretch" or pixels."""
        return self._prop("height")  # type: ignore[no-any-return]


VIEWS: dict[str, View] = {
    "block:grid": lambda node, root, path: Grid(node, root, path),
    "block:grid_cell": lambda node, root, path: Block(node, root, path),
}
"""Node type → view, merged into element_tree.VIEWS."""
