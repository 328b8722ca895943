"""st.data_editor: the edit state as the page sends it and as Session State holds it,
the data given back in its input's type, num_rows and disabled, column_config
types checked against the data, on_change, and malformed edit states refused
before the script runs."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ostinato.errors import WidgetValueError
from ostinato.testing.v1 import AppTest

HEAD = "import datetime as dt\nimport numpy as np\nimport pandas as pd\nimport ostinato as st\n"
DF = 'df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"], "c": [True, False, True]})\n'


def run(body: str, **state: Any) -> AppTest:
    at = AppTest.from_string(HEAD + body)
    for key, value in state.items():
        at.session_state[key] = value
    return at.run(timeout=60)


def send(at: AppTest, value: Any, index: int = 0) -> None:
    """The page sends this edit state (JSON text, as the page does) and the run ends."""
    session = at._session
    assert session is not None
    wid = at.data_editor[index].node.props["id"]
    session.rerun({wid: value if isinstance(value, str) else json.dumps(value)})
    assert session.wait_idle(30)


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_an_edit_from_the_page_is_applied_and_kept_in_session_state() -> None:
    at = run(DF + 'out = st.data_editor(df, key="ed")\nst.write(repr(out["a"].tolist()))\n')
    assert at.data_editor[0].editing_mode == "fixed"
    send(at, {"edited_rows": {"1": {"a": 20, "b": "Y"}}, "added_rows": [], "deleted_rows": []})
    assert texts(at) == ["[1, 20, 3]"]
    state = at.session_state["ed"]
    assert type(state).__name__ == "DataEditorState"
    assert state == {"edited_rows": {1: {"a": 20, "b": "Y"}}, "added_rows": [], "deleted_rows": []}
    assert state.edited_rows == {1: {"a": 20, "b": "Y"}}
    with pytest.raises(TypeError):
        state["edited_rows"] = {}
    # The element still shows the data as given; the page lays the edits over it.
    assert at.data_editor[0].value["a"].tolist() == [1, 2, 3]


def test_rows_added_and_deleted_with_dynamic_rows() -> None:
    at = run(DF + 'out = st.data_editor(df, key="ed", num_rows="dynamic")\nst.write(repr(out))\n')
    send(at, {"added_rows": [{"a": 7, "b": "new"}], "deleted_rows": [0]})
    frame_text = texts(at)[0]
    assert frame_text.split("\n")[1:] == [
        "1  2    y  False",
        "2  3    z   True",
        "3  7  new   None",
    ]


@pytest.mark.parametrize(
    ("num_rows", "state"),
    [
        ("fixed", {"added_rows": [{"a": 1}]}),
        ("fixed", {"deleted_rows": [0]}),
        ("add", {"deleted_rows": [0]}),
        ("delete", {"added_rows": [{}]}),
    ],
)
def test_num_rows_limits_what_the_page_may_send(num_rows: str, state: dict[str, Any]) -> None:
    at = run(DF + f'st.data_editor(df, key="ed", num_rows={num_rows!r})\n')
    with pytest.raises(WidgetValueError):
        send(at, state)
    assert at.session_state["ed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


@pytest.mark.parametrize(
    "bad",
    [
        "not json",
        {"edited_rows": {"9": {"a": 1}}},
        {"edited_rows": {"-1": {"a": 1}}},
        {"edited_rows": {"0": {"zz": 1}}},
        {"edited_rows": {"0": {"a": "text"}}},
        {"edited_rows": {"0": {"c": 1}}},
        {"edited_rows": []},
        {"deleted_rows": [0, 0]},
        {"other": 1},
        ["edited_rows"],
    ],
)
def test_a_malformed_edit_state_is_refused_without_a_run(bad: Any) -> None:
    at = run(
        DF + "st.session_state.runs = st.session_state.get('runs', 0) + 1\n"
        'st.data_editor(df, key="ed", num_rows="dynamic")\n'
    )
    with pytest.raises(WidgetValueError):
        send(at, bad)
    assert at.session_state["runs"] == 1


def test_a_disabled_column_cannot_be_edited_from_the_page() -> None:
    at = run(DF + 'st.data_editor(df, key="ed", disabled=["b"])\n')
    with pytest.raises(WidgetValueError):
        send(at, {"edited_rows": {"0": {"b": "q"}}})
    columns = {c["name"]: c["editable"] for c in at.data_editor[0].node.props["columns"]}
    assert columns == {"_index": False, "a": True, "b": False, "c": True}
    at = run(DF + 'st.data_editor(df, key="ed", disabled=True)\n')
    with pytest.raises(WidgetValueError):
        send(at, {"edited_rows": {"0": {"a": 5}}})


def test_session_state_set_by_a_test_is_kept_as_set() -> None:
    state = {"edited_rows": {"1": {"b": "Q"}, 0: {"a": 10}}, "deleted_rows": [2]}
    at = run(DF + 'out = st.data_editor(df, key="ed", num_rows="dynamic")\n'
             "st.write(repr(out['a'].tolist()), repr(out['b'].tolist()))\n", ed=state)  # fmt: skip
    assert texts(at) == ["[10, 2] ['x', 'Q']"]
    assert at.session_state["ed"] == state


def test_the_script_cannot_set_the_edit_state() -> None:
    at = run(DF + 'st.session_state.ed = {"edited_rows": {}}\nst.data_editor(df, key="ed")\n')
    assert "cannot be set using st.session_state" in at.exception[0].value


def test_an_edit_that_does_not_parse_leaves_a_missing_value() -> None:
    at = run(
        DF + 'out = st.data_editor(df, key="ed")\nst.write(repr(out["a"].tolist()))\n',
        ed={"edited_rows": {0: {"a": "zz"}}},
    )
    assert texts(at) == ["[nan, 2.0, 3.0]"]


@pytest.mark.parametrize(
    ("data", "column", "result"),
    [
        ("[1, 2, 3]", "value", "[9, 2, 3]"),
        ('[[1, "a"], [2, "b"]]', "0", "[[9, 'a'], [2, 'b']]"),
        ('[{"x": 1}, {"x": 2}]', "x", "[{'x': 9}, {'x': 2}]"),
        ("(1, 2)", "value", "(9, 2)"),
        ('{"a": 1, "b": 2}', "value", "{'a': 9, 'b': 2}"),
        ('{"a": [1, 2], "b": [3, 4]}', "a", "{'a': [9, 2], 'b': [3, 4]}"),
        ("np.array([[1, 2], [3, 4]])", "0", "array([[9, 2],\n       [3, 4]])"),
        ('pd.Series([1, 2], name="s")', "s", "0    9\n1    2\nName: s, dtype: int64"),
    ],
)
def test_the_data_comes_back_in_its_input_type(data: str, column: str, result: str) -> None:
    at = run(
        f'out = st.data_editor({data}, key="ed")\nst.write(repr(out))\n',
        ed={"edited_rows": {0: {column: 9}}},
    )
    assert texts(at) == [result]


def test_a_pyarrow_table_comes_back_as_one() -> None:
    at = run(
        "import pyarrow as pa\n"
        'out = st.data_editor(pa.table({"a": [1, 2]}), key="ed")\n'
        "st.write(f\"{type(out).__name__} {out.column('a').to_pylist()}\")\n",
        ed={"edited_rows": {1: {"a": 5}}},
    )
    assert texts(at) == ["Table [1, 5]"]


def test_on_change_is_called_with_args_when_the_page_edits() -> None:
    at = run(
        DF
        + "def told(word):\n    st.session_state.told = (word, st.session_state.ed.edited_rows)\n"
        'st.data_editor(df, key="ed", on_change=told, args=("hi",))\n'
    )
    send(at, {"edited_rows": {"2": {"c": False}}})
    assert at.session_state["told"] == ("hi", {2: {"c": False}})


@pytest.mark.parametrize(
    ("call", "words"),
    [
        ('st.data_editor(df, on_change="later")', "on_change"),
        (
            'st.data_editor(df, column_config={"a": st.column_config.DateColumn()})',
            "not compatible",
        ),
        ('st.data_editor(pd.DataFrame([[1, 2]], columns=["a", "a"]))', "duplicated"),
        ('st.data_editor(pd.DataFrame({"_index": [1]}))', "reserved"),
        (
            "st.data_editor(pd.DataFrame({'a': [1]}, index=pd.MultiIndex.from_tuples([(1, 2)])))",
            "index",
        ),
    ],
)
def test_bad_parameters_are_refused(call: str, words: str) -> None:
    at = run(DF + call + "\n")
    assert words in at.exception[0].value


def test_a_disabled_incompatible_column_is_accepted_and_the_index_is_hidden_when_adding() -> None:
    at = run(
        DF + 'st.data_editor(df, column_config={"a": st.column_config.DateColumn(disabled=True)},'
        ' num_rows="dynamic")\n'
    )
    assert not at.exception
    names = [c["name"] for c in at.data_editor[0].node.props["columns"]]
    assert names == ["a", "b", "c"]


def test_windows_carry_the_values_editors_start_from() -> None:
    at = run(
        'df = pd.DataFrame({"d": [dt.date(2024, 1, 2)], "t": [dt.datetime(2024, 1, 2, 3, 4, 5)],'
        ' "n": [1234.5], "l": [["a", "b"]]})\n'
        'st.data_editor(df, key="ed")\n'
    )
    wire = at.data_editor[0].node.wire()
    assert wire["rows"][0][1:3] == ["2024-01-02", "2024-01-02 03:04:05"]
    assert wire["raw"][0] == [None, "2024-01-02", "2024-01-02T03:04:05.000", 1234.5, ["a", "b"]]


def test_set_value_says_to_use_session_state() -> None:
    from ostinato.testing.v1.element_tree import AppTestError

    at = run(DF + 'st.data_editor(df, key="ed")\n')
    with pytest.raises(AppTestError, match=r"at\.session_state"):
        at.data_editor[0].set_value(1)
    assert len(at.dataframe) == 1


def test_edited_cells_are_formatted_as_their_column() -> None:
    at = run(
        DF + 'st.data_editor(df, key="ed", num_rows="dynamic", column_config={'
        '"a": st.column_config.NumberColumn(format="%d stars")})\n',
        ed={"edited_rows": {1: {"a": 4}}, "added_rows": [{"a": 1234, "b": "new"}]},
    )
    shown = at.data_editor[0].node.props["formatted"]
    assert shown == {
        "e:1:a": [4, "4 stars"],
        "a:0:a": [1234, "1234 stars"],
        "a:0:b": ["new", "new"],
    }
