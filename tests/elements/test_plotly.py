"""st.plotly_chart: the figure sent as plotly's own JSON, the page's theme in place of
plotly's default template, sizes as Streamlit resolves them, the selection state with
`on_select` (Streamlit's PlotlyState) and the errors for bad input."""

from __future__ import annotations

import json

import pytest

from ostinato.elements.plotly_chart import EMPTY, PlotlyState
from ostinato.testing.v1 import AppTest

HEAD = "import ostinato as st\nimport plotly.graph_objects as go\n"
FIG = 'fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="markers"))\n'


def run(body: str) -> AppTest:
    return AppTest.from_string(HEAD + body).run(timeout=60)


def test_the_spec_is_plotlys_json_with_the_default_template_left_to_the_theme() -> None:
    at = run(FIG + "st.plotly_chart(fig)\nst.plotly_chart(fig, theme=None)\n")
    themed, plain = at.get("plotly_chart")
    assert themed.type == "plotly_chart" and themed.value is None and themed.label is None
    spec = json.loads(themed.spec)
    assert spec["data"][0]["type"] == "scatter" and spec["data"][0]["mode"] == "markers"
    assert "template" not in spec["layout"] and themed.props["themed"] is True
    # theme=None draws plotly's own look: its template stays.
    assert "template" in plain.props["spec"]["layout"] and plain.props["themed"] is False


def test_a_template_the_figure_chose_is_kept() -> None:
    at = run(FIG + 'fig.update_layout(template="plotly_dark")\nst.plotly_chart(fig)\n')
    chart = at.get("plotly_chart")[0]
    assert chart.props["themed"] is False
    assert chart.props["spec"]["layout"]["template"]["layout"]["paper_bgcolor"] == "rgb(17,17,17)"


def test_sizes_default_as_streamlits_and_content_reads_the_layout() -> None:
    at = run(
        FIG
        + "st.plotly_chart(fig)\n"
        + 'st.plotly_chart(fig, width="content")\n'
        + "fig.update_layout(width=320, height=200)\n"
        + 'st.plotly_chart(fig, width="content", height="content")\n'
        + "st.plotly_chart(fig, use_container_width=True, height=300)\n"
    )
    sizes = [(c.props["width"], c.props["height"]) for c in at.get("plotly_chart")]
    assert sizes == [("stretch", 450), (700, 450), (320, 200), ("stretch", 300)]


def test_data_and_dicts_are_figures_too() -> None:
    at = run(
        'st.plotly_chart([go.Bar(x=["a"], y=[1])])\n'
        'st.plotly_chart({"data": [{"type": "pie", "values": [1, 2]}]})\n'
    )
    kinds = [c.props["spec"]["data"][0]["type"] for c in at.get("plotly_chart")]
    assert kinds == ["bar", "pie"]


def test_on_select_returns_the_empty_selection_kept_under_the_key() -> None:
    at = run(
        FIG
        + 'event = st.plotly_chart(fig, key="p", on_select="rerun",'
        + ' selection_mode=["box", "points"])\n'
        + "st.write(event.selection.points == [], event.selection.point_indices)\n"
    )
    chart = at.get("plotly_chart")[0]
    assert chart.key == "p"
    assert chart.props["selection_mode"] == ["box", "points"]
    assert chart.value == {"selection": EMPTY}
    assert at.session_state["p"] == {"selection": EMPTY}
    assert not at.exception


def test_the_selection_state_reads_as_attributes_and_is_read_only() -> None:
    state = PlotlyState({"selection": {**EMPTY, "point_indices": [2]}})
    assert state.selection.point_indices == [2]
    assert state["selection"]["box"] == []
    with pytest.raises(TypeError):
        state["selection"] = {}
    with pytest.raises(AttributeError):
        _ = state.selection.nothing


@pytest.mark.parametrize(
    ("call", "words"),
    [
        ('st.plotly_chart(fig, theme="dark")', "theme"),
        ('st.plotly_chart(fig, on_select="yes")', "on_select"),
        ('st.plotly_chart(fig, on_select="rerun", selection_mode="circle")', "selection_mode"),
        ('st.plotly_chart(fig, width="wide")', "width"),
        ("st.plotly_chart(fig, config=[1])", "config"),
        ("st.plotly_chart(42)", "figure_or_data"),
    ],
)
def test_bad_input_is_an_error_naming_the_parameter_and_the_session_goes_on(
    call: str, words: str
) -> None:
    at = run(FIG + f"{call}\n")
    assert words in at.exception[0].value
    assert at.exception[0].props["exc_type"] == "OstinatoAPIException"
    assert not at.run(timeout=60).exception or words in at.exception[0].value  # the session goes on


def test_a_matplotlib_figure_is_converted_by_plotly() -> None:
    at = run("import matplotlib.pyplot as plt\nmpl, ax = plt.subplots()\nax.plot([1, 2, 3])\n"
             "st.plotly_chart(mpl)\n")  # fmt: skip
    trace = at.get("plotly_chart")[0].props["spec"]["data"][0]
    assert trace["type"] == "scatter" and trace["mode"] == "lines"
