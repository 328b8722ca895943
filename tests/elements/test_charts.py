"""The built-in charts: the Vega-Lite specs built from wide and long data (melted
columns, the index as x, colours, sizes, stacking, horizontal bars, sorting), the
rows they send (JSON safe, by content), and the errors for bad input, each naming
the parameter and what it takes."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import numpy as np
import pandas as pd
import pytest

from ostinato.elements.chart_data import frame_json, to_frame
from ostinato.elements.charts import INDEX, SERIES, VALUE, build_spec
from ostinato.testing.v1 import AppTest

WIDE = pd.DataFrame({"a": [1, 3, 2], "b": [4.0, 5.5, 6.0]})


def _layer(spec: dict[str, Any]) -> dict[str, Any]:
    """The drawn layer (a line chart's first; the others are its hover points)."""
    return spec["layer"][0] if "layer" in spec else spec


def test_wide_data_is_melted_with_the_index_as_x() -> None:
    spec, frame = build_spec("line", WIDE, command="line_chart")
    enc = _layer(spec)["encoding"]
    assert enc["x"]["field"] == INDEX and enc["x"]["title"] == ""
    assert enc["y"]["field"] == VALUE and enc["y"]["type"] == "quantitative"
    assert enc["color"]["field"] == SERIES and enc["color"]["type"] == "nominal"
    assert list(frame.columns) == [INDEX, SERIES, VALUE]
    assert frame[SERIES].tolist() == ["a", "a", "a", "b", "b", "b"]
    assert frame[VALUE].tolist() == [1, 3, 2, 4.0, 5.5, 6.0]
    # The tooltip names what the user knows: index, value, color.
    assert [t["title"] for t in enc["tooltip"]] == ["index", "value", "color"]
    # A line chart has hover points that follow x, and every chart zooms by its scales.
    assert spec["layer"][1]["params"][0]["select"]["fields"] == [INDEX]
    assert _layer(spec)["params"][0]["bind"] == "scales"


def test_a_named_index_is_the_x_axis_name() -> None:
    frame = WIDE.set_index(pd.Index([10, 20, 30], name="when"))
    spec, data = build_spec("area", frame, command="area_chart")
    assert spec["encoding"]["x"]["field"] == "when"
    assert data["when"].tolist() == [10, 20, 30, 10, 20, 30]
    assert spec["encoding"]["opacity"] == {"value": 0.7}


def test_long_data_with_a_color_column() -> None:
    long = pd.DataFrame({"t": [1, 2, 1, 2], "v": [5, 6, 7, 8], "k": ["x", "x", "y", "y"]})
    spec, frame = build_spec("line", long, command="line_chart", x="t", y="v", color="k")
    enc = _layer(spec)["encoding"]
    assert (enc["x"]["field"], enc["x"]["title"]) == ("t", "t")
    assert (enc["y"]["field"], enc["y"]["title"]) == ("v", "v")
    assert enc["color"]["field"] == "k" and enc["color"]["title"] == "k"
    assert sorted(frame.columns) == ["k", "t", "v"] and len(frame) == 4


def test_colors_as_a_list_one_per_column_and_as_one_value() -> None:
    spec, _ = build_spec("line", WIDE, command="line_chart", color=["#ff0000", (0, 0, 255)])
    color = _layer(spec)["encoding"]["color"]
    assert color["scale"] == {"domain": ["a", "b"], "range": ["#ff0000", "rgb(0, 0, 255)"]}
    spec, _ = build_spec("bar", WIDE, command="bar_chart", y="a", color="red")
    assert spec["encoding"]["color"] == {"value": "red"}
    spec, _ = build_spec("bar", WIDE, command="bar_chart", y="a", color=(1.0, 0.5, 0.0, 0.5))
    assert spec["encoding"]["color"] == {"value": "rgba(255, 127, 0, 0.5)"}


def test_a_column_of_colours_colours_the_marks_without_a_legend() -> None:
    data = pd.DataFrame({"x": [1, 2], "y": [3, 4], "c": ["#ff0000", "#00ff00"]})
    spec, _ = build_spec("scatter", data, command="scatter_chart", x="x", y="y", color="c")
    color = spec["encoding"]["color"]
    assert color["scale"] == {"range": ["#ff0000", "#00ff00"]} and color["legend"] is None
    assert [t["field"] for t in spec["encoding"]["tooltip"]] == ["x", "y"]


def test_scatter_size_as_a_column_or_a_number() -> None:
    spec, _ = build_spec("scatter", WIDE, command="scatter_chart", x="a", y="b", size="b")
    assert spec["encoding"]["size"]["field"] == "b"
    assert spec["encoding"]["tooltip"][-1]["field"] == "b"
    spec, _ = build_spec("scatter", WIDE, command="scatter_chart", x="a", y="b", size=30)
    assert spec["encoding"]["size"] == {"value": 30}
    spec, _ = build_spec("scatter", WIDE, command="scatter_chart", x="a", y="b")
    assert spec["encoding"]["size"] == {"value": 100}
    assert spec["mark"] == {"type": "circle"}


def test_bars_stack_side_by_side_horizontally_and_sorted() -> None:
    spec, _ = build_spec("bar", WIDE, command="bar_chart")
    assert spec["encoding"]["x"]["type"] == "ordinal" and "stack" not in spec["encoding"]["y"]
    spec, _ = build_spec("bar", WIDE, command="bar_chart", stack=False)
    assert spec["encoding"]["y"]["stack"] is False
    assert spec["encoding"]["xOffset"] == {"field": SERIES}
    spec, _ = build_spec("bar", WIDE, command="bar_chart", stack="normalize", horizontal=True)
    enc = spec["encoding"]
    assert enc["x"]["field"] == VALUE and enc["x"]["stack"] == "normalize"
    assert enc["y"]["field"] == INDEX and enc["y"]["type"] == "ordinal"
    assert enc["x"]["axis"]["grid"] is True and enc["y"]["axis"]["grid"] is False
    spec, _ = build_spec("bar", WIDE, command="bar_chart", stack="layered")
    assert spec["encoding"]["y"]["stack"] is False and spec["encoding"]["opacity"] == {"value": 0.7}
    spec, _ = build_spec("bar", WIDE, command="bar_chart", y="a", sort="-a")
    assert spec["encoding"]["x"]["sort"] == {"field": "a", "order": "descending"}
    spec, _ = build_spec("bar", WIDE, command="bar_chart", y="a", sort=False)
    assert spec["encoding"]["x"]["sort"] is None


def test_dates_on_a_bar_chart_stay_temporal() -> None:
    data = pd.DataFrame({"day": pd.to_datetime(["2024-01-01", "2024-01-02"]), "n": [1, 2]})
    spec, _ = build_spec("bar", data, command="bar_chart", x="day", y="n")
    assert spec["encoding"]["x"]["type"] == "temporal"


def test_column_names_with_dots_are_escaped_fields_with_their_own_titles() -> None:
    data = pd.DataFrame({"a.b": [1, 2], "c[0]": [3, 4]})
    spec, _ = build_spec("scatter", data, command="scatter_chart", x="a.b", y="c[0]")
    assert spec["encoding"]["x"]["field"] == "a\\.b" and spec["encoding"]["x"]["title"] == "a.b"
    assert spec["encoding"]["y"]["field"] == "c\\[0\\]"


def test_data_of_every_table_like_type() -> None:
    assert list(to_frame({"x": [1, 2]}, "line_chart")["x"]) == [1, 2]
    assert to_frame(np.array([[1, 2], [3, 4]]), "line_chart").shape == (2, 2)
    assert to_frame([1, 2, 3], "line_chart").shape == (3, 1)
    assert to_frame(pd.Series([1, 2], name="s"), "line_chart").columns.tolist() == ["s"]
    assert to_frame(None, "line_chart").empty
    _, frame = build_spec("line", np.array([[1, 2], [3, 4]]), command="line_chart")
    assert sorted(set(frame[SERIES])) == ["0", "1"]


def test_rows_are_json_safe_and_the_same_content_is_encoded_once() -> None:
    data = pd.DataFrame(
        {
            "v": [1.5, np.nan, np.inf],
            "t": pd.to_datetime(["2024-05-01 10:00", None, "2024-05-03 00:00"]),
            "d": [dt.date(2024, 1, 2), None, "x"],
        }
    )
    rows = json.loads(frame_json(data))
    assert [r["v"] for r in rows] == [1.5, None, None]
    assert rows[0]["t"].startswith("2024-05-01T10:00:00") and rows[1]["t"] is None
    assert frame_json(data) is frame_json(data.copy())


SCRIPT = """
import ostinato as st
import pandas as pd

df = pd.DataFrame({"a": [1, 3, 2], "b": [4.0, 5.5, 6.0]})
st.write("before")
{call}
st.write("after")
"""


@pytest.mark.parametrize(
    ("call", "words"),
    [
        ('st.line_chart("abc")', "data must be"),
        ("st.line_chart(object())", "data must be"),
        ('st.line_chart(df, x="zz")', 'column named "zz"'),
        ('st.line_chart(df, y=["a", "zz"])', 'column named "zz"'),
        ("st.line_chart(df, x=3)", "x must be a column name"),
        ('st.line_chart(df, color="notacolor")', "is no colour"),
        ('st.line_chart(df, color=["#f00"])', "same length"),
        ('st.bar_chart(df, stack="up")', "stack must be"),
        ('st.bar_chart(df, sort="-zz")', 'column named "zz"'),
        ('st.scatter_chart(df, size="zz")', "size must be"),
        ('st.line_chart(df, width="wide")', "width must be"),
        ("st.line_chart(df, height=-3)", "height must be"),
    ],
)
def test_bad_input_is_an_error_naming_the_parameter(call: str, words: str) -> None:
    at = AppTest.from_string(SCRIPT.replace("{call}", call)).run(timeout=30)
    assert [m.value for m in at.markdown] == ["before"]
    assert len(at.exception) == 1 and words in at.exception[0].value
    at.run(timeout=30)  # the session goes on
    assert [m.value for m in at.markdown] == ["before"]


def test_charts_in_apptest_are_vega_lite_chart_elements_without_a_value() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
st.line_chart(df)
st.bar_chart(df)
st.area_chart(df)
st.scatter_chart(df)
"""
    ).run(timeout=30)
    charts = at.get("vega_lite_chart")
    assert len(charts) == 4 and all(c.value is None and c.key is None for c in charts)
    marks = [json.loads(c.spec).get("mark", {}).get("type") for c in charts]
    assert marks == [None, "bar", "area", "circle"]
    assert "layer" in json.loads(charts[0].spec)
    # The rows travel by URL (served from the session's media store), the spec names them.
    assert json.loads(charts[1].spec)["data"] == {"name": "source"}
    assert charts[1].datasets["source"].endswith(".json")


def test_an_unchanged_chart_is_the_same_element_on_the_next_run() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
import numpy as np
import pandas as pd
st.button("again")
st.line_chart(pd.DataFrame({"v": np.arange(100) % 7}))
"""
    ).run(timeout=30)
    first = at.get("vega_lite_chart")[0].props
    at.button[0].click().run(timeout=30)
    assert at.get("vega_lite_chart")[0].props == first


def test_a_rerun_sends_nothing_for_an_unchanged_chart_and_a_small_delta_for_new_data() -> None:
    from ostinato.server.shown import ShownTree

    at = AppTest.from_string(
        """
import numpy as np
import ostinato as st
import pandas as pd
n = st.session_state.get("n", 0)
st.line_chart(pd.DataFrame({"v": np.arange(5000) % 7}))
st.line_chart(pd.DataFrame({"v": np.arange(5000) % (7 + n)}))
"""
    ).run(timeout=30)
    shown = ShownTree()

    def send(run: int) -> list[str | None]:
        wires = [chart.node.wire() for chart in at.get("vega_lite_chart")]
        shown.encode({"t": "run_started", "run": run})
        return [
            shown.encode({"t": "delta", "run": run, "path": [0, i], "el": wire})
            for i, wire in enumerate(wires)
        ]

    first = send(1)
    assert all(text is not None for text in first)
    at.run(timeout=30)
    assert send(2) == [None, None]  # the page keeps both as they are
    at.session_state["n"] = 1
    at.run(timeout=30)
    unchanged, changed = send(3)
    assert unchanged is None and changed is not None
    # The rows travel by URL: the changed chart's delta is small, whatever its data.
    assert len(changed) < 2000 and "/_ostinato/media/" in changed
