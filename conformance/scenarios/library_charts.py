"""The library charts: st.plotly_chart, st.pyplot, st.graphviz_chart, st.pydeck_chart,
st.echarts_chart and st.mermaid_chart as AppTest records them (their proto kinds,
the selection state of a chart with on_select, under its key in Session State, on
reruns), and the errors for bad input."""

from conformance.harness import Scenario

_CASES = """
import streamlit as st
case = st.session_state.get("case", 0)
"""


def _cases(name: str, setup: str, cases: list[str]) -> Scenario:
    """One app that runs `cases[i]` when session_state.case is i, driven through
    every case in turn (each bad call shows its exception and ends the run)."""
    body = "".join(f"if case == {i}:\n    {line}\n" for i, line in enumerate(cases))
    steps: list[tuple[object, ...]] = [("run",)]
    for i in range(1, len(cases)):
        steps += [("state", "case", i), ("run",)]
    return Scenario(name, _CASES + setup + body + 'st.write("after")\n', tuple(steps))


_SETUP = """
import plotly.graph_objects as go
import pydeck as pdk
fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="markers"))
bar = {"xAxis": {"data": ["a", "b"]}, "yAxis": {}, "series": [{"type": "bar", "data": [1, 2]}]}
"""

SCENARIOS = [
    Scenario(
        "library_charts_each_kind",
        """
import streamlit as st
import plotly.graph_objects as go
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import graphviz
import pydeck as pdk

fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="markers"))
st.plotly_chart(fig)
st.plotly_chart({"data": [{"type": "bar", "x": ["a"], "y": [1]}]}, theme=None, width="content")
mpl, ax = plt.subplots()
ax.plot([1, 2, 3])
st.pyplot(mpl)
st.pyplot(mpl, clear_figure=True, width="content")
st.write(len(mpl.axes))
st.graphviz_chart("digraph { a -> b }")
g = graphviz.Digraph()
g.edge("x", "y")
st.graphviz_chart(g, use_container_width=True)
st.pydeck_chart(pdk.Deck(layers=[pdk.Layer("ScatterplotLayer", data=[{"p": [0, 0]}], get_position="p")]))
st.pydeck_chart()
st.echarts_chart({"xAxis": {"data": ["a", "b"]}, "yAxis": {}, "series": [{"type": "bar", "data": [1, 2]}]})
st.echarts_chart('{"series": [{"type": "pie", "data": [1, 2]}]}', renderer="svg", key="pie")
st.mermaid_chart("graph TD; A-->B")
st.mermaid_chart("graph LR; A-->B", alt="Two nodes")
st.write("end")
""",
        (("run",), ("run",)),
    ),
    Scenario(
        "library_charts_on_select",
        """
import streamlit as st
import plotly.graph_objects as go
import pydeck as pdk

fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="markers"))
p = st.plotly_chart(fig, key="p", on_select="rerun")
st.write(p.selection.points, p.selection.point_indices, p.selection.box, p.selection.lasso)
boxes = st.plotly_chart(fig, on_select="rerun", selection_mode="box")
st.write(sorted(boxes))
calls = st.session_state.setdefault("calls", [])
d = st.pydeck_chart(pdk.Deck(), on_select=lambda: calls.append("d"), key="d",
                    selection_mode="multi-object")
st.write(d.selection.indices, d.selection.objects)
e = st.echarts_chart({"series": [{"type": "pie", "selectedMode": "single", "data": [1, 2]}]},
                     on_select="rerun", key="e")
st.write(e.selection.selected, e.selection.areas)
st.write(len(calls))
""",
        (("run",), ("run",)),
    ),
    _cases(
        "library_charts_bad_input",
        _SETUP,
        [
            'st.plotly_chart(fig, theme="dark")',
            'st.plotly_chart(fig, on_select="sometimes")',
            'st.plotly_chart(fig, on_select="rerun", selection_mode="circle")',
            'st.plotly_chart(fig, width="wide")',
            "st.pyplot()",
            "st.pyplot(None)",
            "st.graphviz_chart(42)",
            'st.pydeck_chart(pdk.Deck(), on_select="rerun", selection_mode="everything")',
            'st.pydeck_chart(pdk.Deck(), on_select="rerun", selection_mode=["single-object"])',
            'st.pydeck_chart(pdk.Deck(), height="content")',
            'st.echarts_chart(bar, renderer="webgl")',
            'st.echarts_chart({"series": [{"type": "scatter3D"}]})',
            'st.echarts_chart({"series": [{"type": "custom"}]})',
            'st.echarts_chart({"series": [{"type": "map"}]})',
            'st.echarts_chart("not json")',
            "st.echarts_chart([1, 2])",
            'st.echarts_chart({"series": [{"data": [float("nan")]}]})',
        ],
    ),
]
