"""AppTest views of charts, as Streamlit's AppTest shows them: elements of their
proto kind ("vega_lite_chart" for the Vega-Lite charts, "deck_gl_json_chart" for
st.map) with no label, whose value is None, or for a chart with `on_select` its
selection state (what Session State holds for it)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ostinato.testing.v1.element_tree import Element, View

if TYPE_CHECKING:
    from ostinato.testing.v1.app_test import AppTest
    from ostinato.tree.node import Node


class VegaLiteChart(Element):
    """st.line_chart, st.bar_chart, …, st.altair_chart and st.vega_lite_chart; `spec`
    is the Vega-Lite spec as JSON text (datasets named, their rows by URL in `datasets`)."""

    label = None
    """No label (so AppTest records show none, as Streamlit's)."""

    @property
    def value(self) -> Any:
        """The selection state of a chart with `on_select` (None for others)."""
        wid = self.node.props.get("id")
        if wid is None:
            return None
        try:
            return self.root._state().current_value(str(wid), self.key)
        except KeyError:
            return self.node.value

    @property
    def spec(self) -> str:
        """The Vega-Lite spec, as JSON text."""
        return json.dumps(self.node.props["spec"])

    @property
    def selection_mode(self) -> list[str]:
        """The selection parameters the chart reports ([] without `on_select`)."""
        return list(self.node.props.get("selection_mode") or [])


class Map(VegaLiteChart):
    """st.map, shown as Streamlit's AppTest shows it: a "deck_gl_json_chart" element."""

    def __init__(self, node: Node, root: AppTest, type: str) -> None:
        super().__init__(node, root, "deck_gl_json_chart")


VIEWS: dict[str, View] = {
    "vega_lite_chart": lambda node, root, path: VegaLiteChart(node, root, "vega_lite_chart"),
    "map": lambda node, root, path: Map(node, root, "map"),
}
"""Node type → view, merged into element_tree.VIEWS."""
