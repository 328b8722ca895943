"""AppTest views of the library charts as Streamlit's AppTest shows them: elements of
their proto kind ("plotly_chart", "deck_gl_json_chart", "graphviz_chart",
"echarts_chart") with no label, whose value is None, or for a chart with
`on_select` its selection state (what Session State holds for it). st.pyplot is an
image and st.mermaid_chart Markdown, viewed as those."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ostinato.testing.v1.element_tree import Element


class LibraryChart(Element):
    """A chart drawn by a library in the page; `spec` is what it draws, as JSON text
    (DOT source for st.graphviz_chart)."""

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
        """What the chart draws: the figure or option as JSON text, or the DOT source."""
        spec = self.node.props.get("spec")
        return spec if isinstance(spec, str) else json.dumps(spec)


def _view(kind: str) -> Callable[..., Element]:
    return lambda node, root, path: LibraryChart(node, root, kind)


VIEWS: dict[str, Callable[..., Element]] = {
    kind: _view(kind)
    for kind in ("plotly_chart", "deck_gl_json_chart", "graphviz_chart", "echarts_chart")
}
"""Node type → view, merged into element_tree.VIEWS."""
