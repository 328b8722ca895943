"""The built-in charts (line, area, bar, scatter) on every kind of data, st.altair_chart
and st.vega_lite_chart with and without selections (the selection state returned,
written and kept in Session State), st.map, and the errors for bad input."""

from conformance.harness import Scenario

_CASES = """
import streamlit as st
import pandas as pd
import numpy as np
df = pd.DataFrame({"a": [1, 3, 2], "b": [4.0, 5.5, 6.0], "k": ["x", "y", "x"]})
case = st.session_state.get("case", 0)
"""


def _cases(name: str, cases: list[str]) -> Scenario:
    """One app that runs `cases[i]` when session_state.case is i, driven through
    every case in turn (each bad call shows its exception and ends the run)."""
    body = "".join(f"if case == {i}:\n    {line}\n" for i, line in enumerate(cases))
    steps: list[tuple[object, ...]] = [("run",)]
    for i in range(1, len(cases)):
        steps += [("state", "case", i), ("run",)]
    return Scenario(name, _CASES + body + 'st.write("after")\n', tuple(steps))


SCENARIOS = [
    Scenario(
        "builtin_data",
        """
import streamlit as st
import pandas as pd
import numpy as np

df = pd.DataFrame({"a": [1, 3, 2], "b": [4.0, 5.5, 6.0], "k": ["x", "y", "x"]})
st.line_chart(df, y=["a", "b"])
st.area_chart(df, x="a", y="b", color="k", stack="normalize")
st.bar_chart(df, x="k", y="a", horizontal=True, sort="-a")
st.bar_chart(df, y=["a", "b"], stack=False, color=["#ff0000", "#0000ff"])
st.scatter_chart(df, x="a", y="b", size="b", color="k", x_label="A", y_label="B")
st.line_chart(np.arange(6).reshape(3, 2))
st.line_chart({"u": [1, 2, 3], "v": [3, 2, 1]})
st.bar_chart([3, 1, 2])
st.area_chart(pd.Series([1, 2, 3], name="s"))
st.scatter_chart()
st.line_chart(df, y="a", color="red", width=300, height=200)
st.bar_chart(df, y="a", use_container_width=False)
st.write("done")
""",
        (("run",), ("run",)),
    ),
    Scenario(
        "altair",
        """
import streamlit as st
import altair as alt
import pandas as pd

df = pd.DataFrame({"x": [1, 2, 3, 4], "y": [3, 1, 4, 2]})
plain = alt.Chart(df).mark_line().encode(x="x", y="y")
st.altair_chart(plain)
st.altair_chart(plain, theme=None, use_container_width=True)
brush = alt.selection_interval(name="brush")
pick = alt.selection_point(name="pick")
chosen = alt.Chart(df).mark_point().encode(x="x", y="y").add_params(brush, pick)
event = st.altair_chart(chosen, on_select="rerun", key="picked")
st.write(event)
st.write(sorted(event.selection.keys()), event.selection.brush)
st.write(event["selection"]["pick"])
only = st.altair_chart(chosen, on_select="rerun", selection_mode="pick", key="only")
st.write(only)
def told():
    st.session_state.told = st.session_state.get("told", 0) + 1
st.altair_chart(chosen, on_select=told, selection_mode=["brush"], key="cb")
st.write(st.session_state.cb)
""",
        (("run",), ("run",)),
    ),
    Scenario(
        "vega_lite",
        """
import streamlit as st
import pandas as pd

df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 1, 2]})
spec = {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"},
                                      "y": {"field": "b", "type": "quantitative"}}}
st.vega_lite_chart(df, spec)
st.vega_lite_chart({**spec, "data": {"values": [{"a": 1, "b": 2}]}})
st.vega_lite_chart(df, spec, width=200, height=100, theme=None)
with_params = {**spec, "params": [{"name": "sel", "select": "interval"},
                                  {"name": "pt", "select": {"type": "point"}}]}
event = st.vega_lite_chart(df, with_params, on_select="rerun", key="v")
st.write(event.selection.sel, event.selection.pt)
unkeyed = st.vega_lite_chart(df, {**with_params, "mark": "bar"}, on_select="rerun")
st.write(unkeyed)
layered = {"layer": [{"mark": "line", "params": [{"name": "inner", "select": "interval"}]},
                     {"mark": "point"}],
           "encoding": {"x": {"field": "a", "type": "quantitative"},
                        "y": {"field": "b", "type": "quantitative"}}}
st.write(st.vega_lite_chart(df, layered, on_select="rerun", key="layered"))
""",
        (("run",), ("run",)),
    ),
    Scenario(
        "map",
        """
import streamlit as st
import pandas as pd

points = pd.DataFrame({"lat": [48.85, 48.86], "lon": [2.35, 2.36], "r": [10, 50],
                       "c": ["#ff0000", "#00ff00"]})
st.map(points)
st.map(points, size="r", color="c", zoom=10)
st.map(pd.DataFrame({"LATITUDE": [1.0], "LONGITUDE": [2.0]}), size=20, color="#0000ff")
st.map(points.rename(columns={"lat": "y", "lon": "x"}), latitude="y", longitude="x")
st.map()
st.map(points, width=300, height=200)
st.write("done")
""",
        (("run",),),
    ),
    _cases(
        "errors",
        [
            'st.line_chart("abc")',
            "st.line_chart(object())",
            'st.line_chart(df, x="zz")',
            'st.line_chart(df, y=["a", "zz"])',
            "st.line_chart(df, x=3)",
            'st.line_chart(df, y=["a", "b"], color="notacolor")',
            'st.line_chart(df, y=["a", "b"], color=["#f00"])',
            'st.bar_chart(df, stack="up")',
            'st.bar_chart(df, sort="-zz")',
            'st.scatter_chart(df, x="a", y="b", size="zz")',
            'st.line_chart(df, width="wide")',
            "st.line_chart(df, height=-3)",
            'st.vega_lite_chart(df, {"mark": "point"}, on_select="rerun")',
            'st.vega_lite_chart(df, {"mark": "point", "params": [{"name": "p", "select": '
            '"point"}]}, on_select="rerun", selection_mode="q")',
            'st.vega_lite_chart(df, {"mark": "point"}, on_select="bogus")',
            'st.vega_lite_chart(df, {"mark": "point"}, theme="dark")',
            "st.vega_lite_chart(df, {})",
            "st.vega_lite_chart(df)",
            "st.map(df)",
            'st.map(pd.DataFrame({"lat": [1.0, None], "lon": [2.0, 3.0]}))',
            'st.map(pd.DataFrame({"lat": [1.0], "lon": [2.0], "c": ["x"]}), color="c")',
        ],
    ),
]
