"""st.dataframe, st.column_config, st.table and st.metric's sparklines: the values
AppTest records for each input (NaN, inf, mixed columns), every column_config type
as the dict it returns, selection state (defaults, Session State, required rows),
the errors for bad parameters, and st.metric with chart_data."""

from conformance.harness import Scenario

_CASES = """
import streamlit as st
import pandas as pd
import numpy as np
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
        "dataframe_each_input",
        """
        import datetime as dt
        import numpy as np
        import pandas as pd
        import pyarrow as pa
        import streamlit as st
        st.dataframe([1, 2, 3])
        st.dataframe((1, 2))
        st.dataframe({"a": 1, "b": 2})
        st.dataframe({"a": [1, 2], "b": [3, 4]})
        st.dataframe([[1, 2], [3, 4]])
        st.dataframe([{"x": 1}, {"x": 2, "y": 3}])
        st.dataframe(np.array([1, 2]))
        st.dataframe(np.array([[1.5, 2], [3, 4]]))
        st.dataframe(pd.Series([1, 2], name="s"))
        st.dataframe(pd.Series(["u", "v"]))
        st.dataframe(pa.table({"a": [1, 2]}))
        st.dataframe(pd.DataFrame({"a": [1.5, None]}).style.format("{:.3f}"))
        st.dataframe({"k": {"a": 1}})
        st.dataframe(None)
        st.dataframe()
        st.dataframe(pd.DataFrame({"d": [dt.date(2024, 1, 2)], "b": [True], "s": ["x"]}))
        st.write(pd.DataFrame({"w": [1]}))
        """,
        (("run",),),
    ),
    Scenario(
        "dataframe_nan_inf_and_mixed_columns",
        """
        import numpy as np
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({
            "f": [1.5, float("nan"), float("inf"), -float("inf")],
            "mixed": [1, "a", 2.5, None],
            "n": [None, None, None, None],
            "l": [[1, 2], [], None, [3]],
        })
        st.dataframe(df)
        st.table(df)
        st.write("drawn")
        """,
        (("run",),),
    ),
    Scenario(
        "dataframe_parameters_accepted",
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
        st.dataframe(df, width=300, height=200, hide_index=True, row_height=40)
        st.dataframe(df, width="content", height="content", column_order=["b", "zz", "b"])
        st.dataframe(df, use_container_width=True, placeholder="-", alt="Two rows")
        st.dataframe(df, height="stretch", column_config={"zz": "missing is ignored"})
        st.dataframe(df, column_config={"a": None, "b": "Bee", "_index": "Row", 0: "first"})
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "column_config_every_type",
        """
        import datetime as dt
        import streamlit as st
        cc = st.column_config
        st.write(cc.Column("a", width="small", help="h", disabled=True, required=True, pinned=True))
        st.write(cc.Column(width=120, alignment="center"))
        st.write(cc.TextColumn("t", default="d", max_chars=3, validate="^a"))
        st.write(cc.NumberColumn("n", format="%.2f", min_value=0, max_value=10, step=1, default=3))
        st.write(cc.NumberColumn(format="dollar"))
        st.write(cc.CheckboxColumn(default=True))
        st.write(cc.SelectboxColumn(options=[1, 2], default=1))
        st.write(cc.SelectboxColumn(options=["a", "b"], format_func=str.upper))
        st.write(cc.MultiselectColumn(options=["a", "b"], color=["red", "blue"], format_func=str.upper))
        st.write(cc.MultiselectColumn(options=["a"], color="auto", accept_new_options=True))
        st.write(cc.DatetimeColumn(format="YYYY", min_value=dt.datetime(2020, 1, 1),
                                   step=dt.timedelta(hours=1), timezone="UTC"))
        st.write(cc.DateColumn(default=dt.date(2020, 1, 1), format="localized", step=2))
        st.write(cc.TimeColumn(step=60, min_value=dt.time(8), format="iso8601"))
        st.write(cc.ListColumn(default=["a"], disabled=False))
        st.write(cc.LinkColumn(display_text="https://(.*)", validate="^https", max_chars=9))
        st.write(cc.ImageColumn("img", pinned=False))
        st.write(cc.JsonColumn(), cc.MarkdownColumn(default="**x**"))
        st.write(cc.AudioColumn(), cc.VideoColumn(alignment="right"))
        st.write(cc.LineChartColumn(y_min=0, y_max=5, color="auto"))
        st.write(cc.BarChartColumn(color="#ff0000"), cc.AreaChartColumn(color="rgb(1,2,3)"))
        st.write(cc.ProgressColumn(format="percent", min_value=0, max_value=1, color="red"))
        st.write(cc.ButtonColumn("b", type="primary"))
        """,
        (("run",),),
    ),
    _cases(
        "column_config_bad_values",
        [
            'st.column_config.ProgressColumn(color="zzz")',
            'st.column_config.LineChartColumn(color="light blue")',
            'st.dataframe(pd.DataFrame({"a": [1]}), column_config={"a": 3})',
            "st.column_config.ButtonColumn(on_click=print)",
        ],
    ),
    Scenario(
        "column_config_invalid_number_format",
        """
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"a": [1]}), column_config={"a": st.column_config.NumberColumn(format="%q")})
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "dataframe_selection_defaults",
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
        e1 = st.dataframe(df, key="rows", on_select="rerun")
        e2 = st.dataframe(df, key="cols", on_select="rerun", selection_mode=["multi-column", "single-cell"],
                          selection_default={"selection": {"columns": ["b", "zz"], "cells": [[0, "a"]]}})
        e3 = st.dataframe(df, key="req", on_select="rerun", selection_mode="single-row-required")
        e4 = st.dataframe(df, on_select="rerun", selection_mode=("single-row", "multi-cell"))
        st.write(type(e1).__name__, e1.selection.rows, e1["selection"]["columns"])
        st.write(e2.selection.columns, e2.selection.cells)
        st.write(e3.selection.rows, e4.selection)
        """,
        (
            ("run",),
            ("state", "rows", {"selection": {"rows": [2, 7, 0, 2], "columns": ["a"]}}),
            ("run",),
            (
                "state",
                "cols",
                {"selection": {"rows": [1], "columns": ["a", "b"], "cells": [[5, "a"]]}},
            ),
            ("run",),
            ("state", "req", {"selection": {"rows": []}}),
            ("run",),
        ),
    ),
    Scenario(
        "dataframe_selection_callback",
        """
        import pandas as pd
        import streamlit as st
        def picked():
            st.session_state.seen = list(st.session_state.t.selection.rows)
        df = pd.DataFrame({"a": [1, 2, 3]})
        ev = st.dataframe(df, key="t", on_select=picked, selection_mode="single-row")
        st.write(ev.selection.rows, st.session_state.get("seen"))
        """,
        (("run",), ("state", "t", {"selection": {"rows": [0, 1]}}), ("run",), ("run",)),
    ),
    _cases(
        "dataframe_bad_parameters",
        [
            'st.dataframe(pd.DataFrame({"a": [1]}), on_select="bogus")',
            'st.dataframe(pd.DataFrame({"a": [1]}), on_select="rerun", selection_mode="bogus")',
            'st.dataframe(pd.DataFrame({"a": [1]}), on_select="rerun", selection_mode=["single-row", "multi-row"])',
            'st.dataframe(pd.DataFrame({"a": [1]}), on_select="rerun", selection_mode=["single-column", "multi-column"])',
            'st.dataframe(pd.DataFrame({"a": [1]}), selection_default={"selection": {"rows": [0]}})',
            'st.dataframe(pd.DataFrame({"a": [1]}), selection_mode="bogus")',
            'st.dataframe(pd.DataFrame({"a": [1]}), width="huge")',
            'st.dataframe(pd.DataFrame({"a": [1]}), height="huge")',
            "st.dataframe(object())",
            'st.dataframe(pd.DataFrame({"a": [1]}), on_select="rerun", key="s", selection_default=[1])',
        ],
    ),
    Scenario(
        "table_inputs_and_parameters",
        """
        import pandas as pd
        import streamlit as st
        st.table({"a": [1, 2]})
        st.table([1, 2])
        st.table(pd.DataFrame({"a": [1.5, None]}).style.format("{:.3f}").highlight_max(color="red"))
        st.table(pd.DataFrame({"t": ["**bold**", "plain"]}, index=["x", "y"]), border="horizontal")
        st.table(pd.DataFrame({"a": [1]}), border=False, width="content", hide_index=False, hide_header=True)
        st.table()
        st.write("after")
        """,
        (("run",),),
    ),
    _cases(
        "table_bad_parameters",
        [
            'st.table(pd.DataFrame({"a": [1]}), border="vertical")',
            "st.table(object())",
            'st.table(pd.DataFrame({"a": [1]}), width=-3)',
        ],
    ),
    Scenario(
        "metric_chart_data",
        """
        import numpy as np
        import pandas as pd
        import streamlit as st
        st.metric("Line", 10, 2, chart_data=[1, 3, 2], chart_type="line")
        st.metric("Bar", 10, -2, chart_data=np.array([1.5, 2.5]), chart_type="bar", border=True)
        st.metric("Area", "x", chart_data=pd.Series([1, None, 3]), chart_type="area")
        st.metric("Frame", 1, chart_data=pd.DataFrame({"v": [1, 2]}))
        st.metric("Icon", 1, icon=":material/home:", chart_data=[])
        st.metric("Other", 1, chart_data=[1, 2], chart_type="pie")
        st.write("after")
        """,
        (("run",),),
    ),
    _cases(
        "metric_chart_data_bad",
        [
            'st.metric("m", 3, chart_data=[1, 2, "x"])',
            'st.metric("m", 3, icon="not an icon")',
            'st.metric("m", 3, 1, delta_arrow="sideways")',
        ],
    ),
]
