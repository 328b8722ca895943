"""st.data_editor: what it returns for each input type, with edit states set
through Session State as a test does (cells, added and deleted rows, values that
do not parse), the edit state Session State holds, the script refused when it
sets one, and the errors for bad parameters and data."""

from conformance.harness import Scenario

_CASES = """
import streamlit as st
import pandas as pd
import numpy as np
case = st.session_state.get("case", 0)
df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"], "c": [True, False, True]})
"""


def _cases(name: str, cases: list[str]) -> Scenario:
    """One app that runs `cases[i]` when session_state.case is i, each in turn."""
    body = "".join(f"if case == {i}:\n    {line}\n" for i, line in enumerate(cases))
    steps: list[tuple[object, ...]] = [("run",)]
    for i in range(1, len(cases)):
        steps += [("state", "case", i), ("run",)]
    return Scenario(name, _CASES + body + 'st.write("after")\n', tuple(steps))


_INPUTS = {
    "lst": ("[1, 2, 3]", "value"),
    "rows": ('[[1, "a"], [2, "b"]]', "0"),
    "records": ('[{"x": 1}, {"x": 2}]', "x"),
    "tup": ("(1, 2)", "value"),
    "st": ("{1, 2}", "value"),
    "kv": ('{"a": 1, "b": 2}', "value"),
    "cols": ('{"a": [1, 2], "b": [3, 4]}', "a"),
    "mat": ("np.array([[1, 2], [3, 4]])", "0"),
    "ser": ('pd.Series([1, 2], name="s")', "s"),
    "arrow": ('pa.table({"a": [1, 2]})', "a"),
    "styler": ('pd.DataFrame({"a": [1, 2]}).style', "a"),
    "frame": ('pd.DataFrame({"a": [1, 2]}, index=["p", "q"])', "a"),
}

_EACH = "".join(
    f'out = st.data_editor({data}, key="{key}")\nst.write("{key}", type(out).__name__, repr(out))\n'
    for key, (data, _) in _INPUTS.items()
)

SCENARIOS = [
    Scenario(
        "data_editor_each_input_and_its_edit",
        "import numpy as np\nimport pandas as pd\nimport pyarrow as pa\nimport streamlit as st\n"
        + _EACH,
        (
            ("run",),
            *(
                ("state", key, {"edited_rows": {0: {column: 9}}})
                for key, (_, column) in _INPUTS.items()
            ),
            ("run",),
        ),
    ),
    Scenario(
        "data_editor_rows_added_and_deleted",
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"], "c": [True, False, True]})
        out = st.data_editor(df, key="ed", num_rows="dynamic")
        st.write(repr(out), repr(out.dtypes.tolist()), repr(out.index.tolist()))
        st.write(type(st.session_state.ed).__name__)
        idx = pd.DataFrame({"v": [1.5, 2.5]}, index=[10, 20])
        out2 = st.data_editor(idx, key="ix", num_rows="add")
        st.write(repr(out2))
        """,
        (
            ("run",),
            (
                "state",
                "ed",
                {
                    "edited_rows": {0: {"a": 10}, "1": {"b": "Q"}},
                    "added_rows": [{"a": 7, "b": "new"}, {}],
                    "deleted_rows": [2],
                },
            ),
            ("state", "ix", {"added_rows": [{"v": 3.5}, {"_index": 5, "v": 4.5}]}),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "data_editor_values_parsed_by_column_kind",
        """
        import datetime as dt
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({
            "i": [1, 2], "f": [1.5, 2.5], "s": ["a", "b"], "t": [True, False],
            "d": [dt.date(2024, 1, 1), dt.date(2024, 1, 2)],
            "ts": pd.to_datetime(["2024-01-01 10:00", "2024-01-02 11:00"]),
            "l": [["a"], ["b", "c"]],
        })
        out = st.data_editor(df, key="ed")
        st.write(repr(out), repr(out.dtypes.tolist()))
        st.write(repr(out.iloc[0].tolist()))
        """,
        (
            ("run",),
            (
                "state",
                "ed",
                {
                    "edited_rows": {
                        0: {
                            "i": 5,
                            "f": 7,
                            "s": 3,
                            "t": False,
                            "d": "2025-03-04",
                            "ts": "2025-03-04T05:06:07.000",
                            "l": ["x", "y"],
                        }
                    }
                },
            ),
            ("run",),
            ("state", "ed", {"edited_rows": {0: {"i": "zz", "d": "not a date", "f": None}}}),
            ("run",),
        ),
    ),
    Scenario(
        "data_editor_state_and_options",
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
        out = st.data_editor(df, key="ed", disabled=["b"], hide_index=True, column_order=["b", "a"],
                             column_config={"a": st.column_config.NumberColumn(min_value=0)})
        st.write(repr(out))
        st.data_editor(df, disabled=True, use_container_width=False, height=200, row_height=40)
        st.data_editor(df, num_rows="delete", on_change="ignore", placeholder="-")
        st.write("ed" in st.session_state)
        """,
        (("run",), ("state", "ed", {"edited_rows": {1: {"a": 5}}}), ("run",)),
    ),
    Scenario(
        "data_editor_state_set_by_the_script",
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2, 3]})
        if st.button("set"):
            st.session_state["ed"] = {"edited_rows": {0: {"a": 5}}}
        out = st.data_editor(df, key="ed")
        st.write(repr(out["a"].tolist()))
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    _cases(
        "data_editor_bad_parameters",
        [
            'st.data_editor(df, num_rows="many")',
            'st.data_editor(df, on_change="later")',
            'st.data_editor(df, column_config={"a": st.column_config.DateColumn()})',
            'st.data_editor(pd.DataFrame([[1, 2]], columns=["a", "a"]))',
            'st.data_editor(pd.DataFrame({"_index": [1]}))',
            "st.data_editor(pd.DataFrame({'a': [1]}, index=pd.MultiIndex.from_tuples([(1, 2)])))",
            'st.data_editor(df, column_config={"a": st.column_config.DateColumn(disabled=True)})',
        ],
    ),
]
