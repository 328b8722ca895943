"""st.altair_chart and st.vega_lite_chart: specs from Altair's own `to_dict` (no
row limit, names stable across runs), data moved out into named datasets, the
selection state with `on_select` (Streamlit's VegaLiteState: attributes,
read-only, kept in Session State under the key), and the errors."""

from __future__ import annotations

import json
import pickle
import sys

import altair as alt
import numpy as np
import pandas as pd
import pytest

from ostinato.elements.vega_chart import VegaLiteState, altair_spec, selection_state
from ostinato.errors import OstinatoAPIException
from ostinato.testing.v1 import AppTest

SELECT = """
import altair as alt
import ostinato as st
import pandas as pd

df = pd.DataFrame({"x": [1, 2, 3], "y": [3, 1, 2]})
chart = alt.Chart(df).mark_point().encode(x="x", y="y").add_params(
    alt.selection_interval(name="brush"), alt.selection_point()
)
event = st.altair_chart(chart, on_select="rerun", key="picked")
st.write(sorted(event.selection))
st.write(event.selection.brush == {})
"""


def test_on_select_returns_the_selection_state_of_every_parameter() -> None:
    at = AppTest.from_string(SELECT).run(timeout=30)
    assert not at.exception
    chart = at.get("vega_lite_chart")[0]
    assert chart.key == "picked"
    # Altair's unnamed parameter ("param_<n>", counted per process) gets a stable name.
    assert chart.selection_mode == ["brush", "param_1"]
    assert chart.value == {"selection": {"brush": {}, "param_1": {}}}
    assert at.session_state["picked"] == {"selection": {"brush": {}, "param_1": {}}}
    assert at.json[0].value == '["brush", "param_1"]'
    assert at.markdown[0].value == "`True`"
    spec_before = chart.spec
    at.run(timeout=30)
    assert at.get("vega_lite_chart")[0].spec == spec_before


def test_the_selection_state_reads_as_attributes_and_cannot_be_changed() -> None:
    state = selection_state(["brush"], {"selection": {"brush": {"x": [1, 2]}}})
    assert isinstance(state, VegaLiteState)
    assert state.selection.brush.x == [1, 2]
    assert state["selection"]["brush"]["x"] == [1, 2]
    with pytest.raises(TypeError):
        state.selection["brush"] = {}
    with pytest.raises(AttributeError):
        _ = state.selection.nothing
    assert pickle.loads(pickle.dumps(state)) == state


def test_a_chart_with_a_selection_set_through_session_state_is_refused() -> None:
    at = AppTest.from_string("import ostinato as st\nst.session_state.picked = 1\n" + SELECT)
    at.run(timeout=30)
    assert at.exception


def test_altair_spec_is_altairs_own_without_a_row_limit() -> None:
    df = pd.DataFrame({"x": np.arange(6000), "y": np.arange(6000) % 5})
    chart = alt.Chart(df).mark_line().encode(x="x", y="y")
    spec = altair_spec(chart)
    assert spec["mark"] == {"type": "line"} and spec["encoding"]["x"]["field"] == "x"
    assert len(next(iter(spec["datasets"].values()))) == 6000
    assert alt.theme.active == "default"  # the theme switched off for the conversion only


def test_datasets_are_named_by_position_and_sent_by_url() -> None:
    at = AppTest.from_string(
        """
import altair as alt
import ostinato as st
import pandas as pd
one = pd.DataFrame({"x": [1, 2], "y": [3, 4]})
two = pd.DataFrame({"x": [1, 2, 3], "y": [0, 1, 0]})
st.altair_chart(alt.Chart(one).mark_line().encode(x="x", y="y")
                + alt.Chart(two).mark_point().encode(x="x", y="y"))
st.vega_lite_chart(one, {"mark": "bar", "encoding": {"x": {"field": "x"}}})
st.vega_lite_chart({"data": {"values": [{"a": 1.0}, {"a": float("nan")}]}, "mark": "tick",
                    "encoding": {"x": {"field": "a", "type": "quantitative"}}}, theme=None)
"""
    ).run(timeout=30)
    layered, given, inline = at.get("vega_lite_chart")
    names = [layer["data"]["name"] for layer in json.loads(layered.spec)["layer"]]
    assert sorted(names) == ["data-1", "data-2"] and sorted(layered.datasets) == names
    assert json.loads(given.spec)["data"] == {"name": "source"}
    assert json.loads(inline.spec)["data"] == {"name": "source"} and inline.theme is None
    assert all(url.endswith(".json") for url in inline.datasets.values())


def test_geojson_stays_in_the_spec() -> None:
    shape = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}}
    at = AppTest.from_string(
        "import ostinato as st\n"
        f"st.vega_lite_chart({{'data': {{'values': {shape!r}}}, 'mark': 'geoshape'}})\n"
    ).run(timeout=30)
    chart = at.get("vega_lite_chart")[0]
    assert json.loads(chart.spec)["data"]["values"]["type"] == "Feature"
    assert chart.datasets == {}


@pytest.mark.parametrize(
    ("call", "words"),
    [
        ('st.vega_lite_chart(df, {"mark": "point"}, on_select="rerun")', "no selection parameter"),
        (
            'st.vega_lite_chart(df, {"mark": "point", "params": [{"name": "p", '
            '"select": "point"}]}, on_select="rerun", selection_mode="q")',
            "selection_mode names 'q'",
        ),
        ('st.vega_lite_chart(df, {"mark": "point"}, on_select="bogus")', "on_select must be"),
        ('st.vega_lite_chart(df, {"mark": "point"}, theme="dark")', "theme must be"),
        ("st.vega_lite_chart(df, {})", "needs a spec"),
        ("st.vega_lite_chart(df)", "needs a spec"),
        ("st.altair_chart(df)", "takes an Altair chart"),
        ("st.map(df)", "latitude column"),
        ('st.map(pd.DataFrame({"lat": [1.0, None], "lon": [2.0, 3.0]}))', "empty values"),
        ('st.map(pd.DataFrame({"lat": [1.0], "lon": [2.0], "c": ["x"]}), color="c")', "colours"),
    ],
)
def test_bad_input_is_an_error_naming_the_parameter(call: str, words: str) -> None:
    at = AppTest.from_string(
        "import ostinato as st\nimport pandas as pd\n"
        'df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})\n' + call + "\n"
    ).run(timeout=30)
    assert len(at.exception) == 1 and words in at.exception[0].value


def test_without_altair_the_error_says_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "altair", None)
    with pytest.raises(OstinatoAPIException, match="pip install altair"):
        altair_spec(object())


def test_a_map_is_a_deck_gl_json_chart_in_apptest_with_points_on_a_projection() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
import pandas as pd
st.map(pd.DataFrame({"LAT": [48.85, 48.87], "LON": [2.35, 2.30], "r": [50, 500]}), size="r",
       color="#ff0000", zoom=11)
"""
    ).run(timeout=30)
    chart = at.get("deck_gl_json_chart")[0]
    assert chart.value is None
    spec = json.loads(chart.spec)
    assert spec["projection"]["type"] == "mercator"
    assert spec["projection"]["center"] == pytest.approx([2.325, 48.86])
    points = spec["layer"][1]["encoding"]
    assert points["latitude"]["field"] == "LAT" and points["color"] == {"value": "#ff0000"}
    assert "graticule" in spec["layer"][0]["data"]  # the background, made in the page
