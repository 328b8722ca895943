"""st.echarts_chart: the option (a dict, JSON or a pyecharts-like chart) sent as JSON,
a DataFrame dataset as rows, the selection state with `on_select` (Streamlit's
EChartsState), and the options refused as 1.67 refuses them."""

from __future__ import annotations

import pytest

from ostinato.testing.v1 import AppTest

HEAD = "import ostinato as st\nimport pandas as pd\n"
BAR = '{"xAxis": {"data": ["a", "b"]}, "yAxis": {}, "series": [{"type": "bar", "data": [1, 2]}]}'


def run(body: str) -> AppTest:
    return AppTest.from_string(HEAD + body).run(timeout=60)


def test_an_option_as_dict_or_json_is_sent_as_it_is() -> None:
    at = run(f"st.echarts_chart({BAR})\nst.echarts_chart('{BAR}', renderer='svg', height=200)\n")
    first, second = at.get("echarts_chart")
    assert first.type == "echarts_chart" and first.value is None and first.label is None
    assert first.props["spec"]["series"][0]["data"] == [1, 2]
    assert second.props["spec"] == first.props["spec"]
    assert (first.props["width"], first.props["height"], second.props["renderer"]) == (
        "stretch",
        350,
        "svg",
    )


def test_a_dataframe_dataset_becomes_rows_after_a_header() -> None:
    at = run(
        'df = pd.DataFrame({"x": ["a", "b"], "y": [1, 2]})\n'
        'st.echarts_chart({"dataset": {"source": df}, "xAxis": {"type": "category"},'
        ' "yAxis": {}, "series": [{"type": "bar"}]})\n'
    )
    assert at.get("echarts_chart")[0].props["spec"]["dataset"]["source"] == [
        ["x", "y"],
        ["a", 1],
        ["b", 2],
    ]


def test_a_pyecharts_like_chart_is_read_by_dump_options() -> None:
    at = run(
        "class Chart:\n    width = '400px'\n    height = '900px'\n"
        f"    def dump_options(self):\n        return '{BAR}'\n"
        "st.echarts_chart(Chart(), width='content', height='content')\n"
    )
    chart = at.get("echarts_chart")[0]
    assert (chart.props["width"], chart.props["height"]) == (400, 900)


def test_on_select_returns_the_empty_selection_under_the_key() -> None:
    at = run(
        f"e = st.echarts_chart({BAR}, on_select='rerun', key='e')\nst.write(e.selection.selected)\n"
    )
    assert at.get("echarts_chart")[0].key == "e"
    assert at.session_state["e"] == {"selection": {"selected": [], "areas": []}}


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ('"{\\"series\\": [{\\"formatter\\": function (p) { return p; }}]}"', "JavaScript"),
        ('{"series": [{"type": "scatter3D"}]}', "GL"),
        ('{"series": [{"type": "wordCloud"}]}', "echarts-wordcloud"),
        ('{"series": [{"type": "custom"}]}', "custom"),
        ('{"series": [{"type": "map"}]}', "map"),
        ('{"series": [{"data": [float("nan")]}]}', "series[0].data[0]"),
        ("[1, 2]", "spec"),
        ("'not json'", "JSON"),
    ],
)
def test_options_it_cannot_draw_are_errors_saying_why(spec: str, words: str) -> None:
    at = run(f"st.echarts_chart({spec})\n")
    assert words in at.exception[0].value


def test_bad_parameters_name_themselves() -> None:
    for call, words in [
        (f"st.echarts_chart({BAR}, renderer='webgl')", "renderer"),
        (f"st.echarts_chart({BAR}, theme='dark')", "theme"),
    ]:
        assert words in run(call).exception[0].value
