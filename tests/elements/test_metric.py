"""st.metric's sparkline (chart_data, chart_type), icon and format: what the page
receives, and the errors for data that is not numbers."""

from __future__ import annotations

import json

from ostinato.testing.v1 import AppTest

HEAD = "import numpy as np\nimport pandas as pd\nimport ostinato as st\n"


def run(body: str) -> AppTest:
    return AppTest.from_string(HEAD + body).run(timeout=60)


def test_chart_data_of_every_shape_becomes_points() -> None:
    at = run(
        'st.metric("a", 1, chart_data=[1, 2.5, float("nan")], chart_type="bar")\n'
        'st.metric("b", 1, chart_data=np.array([3, 4]), chart_type="area")\n'
        'st.metric("c", 1, chart_data=pd.DataFrame({"v": [5, 6], "w": [0, 0]}))\n'
        'st.metric("d", 1, chart_data=pd.Series([7]), chart_type="pie")\n'
        'st.metric("e", 1)\n'
    )
    props = [m.props for m in at.metric]
    assert [p["chart_data"] for p in props] == [
        [1.0, 2.5, None],
        [3.0, 4.0],
        [5.0, 6.0],
        [7.0],
        None,
    ]
    assert [p["chart_type"] for p in props] == ["bar", "area", "line", "line", "line"]
    json.dumps([m.node.wire() for m in at.metric], allow_nan=False)


def test_chart_data_that_is_not_numbers_is_refused() -> None:
    at = run('st.metric("m", 3, chart_data=[1, "x"])\nst.write("after")\n')
    assert "numbers only" in at.exception[0].value
    assert not at.markdown


def test_icon_and_format() -> None:
    at = run('st.metric("m", 1234.5, icon=":material/home:", format="dollar")\n')
    (metric,) = at.metric
    assert metric.value == "1234.5"  # AppTest's value is the plain text, as Streamlit's
    assert metric.props["display"] == "$1,234.50"
    assert metric.props["icon"] == ":material/home:"
