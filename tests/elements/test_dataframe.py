"""st.dataframe: what each input becomes, the columns and cells the page receives,
windows sorted and searched on the server, selections and their errors."""

from __future__ import annotations

from typing import Any

import pytest

from ostinato.testing.v1 import AppTest

HEAD = "import datetime as dt\nimport numpy as np\nimport pandas as pd\nimport ostinato as st\n"


def run(body: str) -> AppTest:
    at = AppTest.from_string(HEAD + body).run(timeout=60)
    return at


def wire(at: AppTest, index: int = 0) -> dict[str, Any]:
    return at.dataframe[index].node.wire()


def test_value_columns_and_first_rows() -> None:
    at = run('st.dataframe(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), hide_index=True)\n')
    (frame,) = at.dataframe
    assert list(frame.value.columns) == ["a", "b"]
    assert frame.value["b"].tolist() == ["x", "y"]
    assert frame.columns == ["a", "b"]
    assert wire(at)["rows"] == [["1", "x"], ["2", "y"]]
    assert [c["align"] for c in wire(at)["columns"]] == ["right", "left"]


def test_inputs_become_frames_as_in_streamlit() -> None:
    at = run(
        'st.dataframe({"a": [1, 2]})\n'
        "st.dataframe([[1, 2], [3, 4]])\n"
        'st.dataframe(pd.Series([1, 2, 3], name="s"))\n'
        "st.dataframe()\n"
        "st.dataframe([1, 2])\n"
        "st.dataframe({1, 2})\n"
        'st.dataframe({"x": 1, "y": 2})\n'
        "st.dataframe(np.array([5, 6]))\n"
        "import pyarrow as pa\n"
        'st.dataframe(pa.table({"p": [7, 8]}))\n'
        "st.dataframe(pd.Index([4, 5]))\n"
        'st.dataframe(pd.DataFrame({"s": [1.5]}).style)\n'
    )
    frames = [f.value for f in at.dataframe]
    assert [f.shape for f in frames] == [
        (2, 1), (2, 2), (3, 1), (0, 0), (2, 1), (2, 1), (2, 1), (2, 1), (2, 1), (2, 1), (1, 1),
    ]  # fmt: skip
    assert [list(f.columns) for f in frames[4:8]] == [["value"]] * 4
    assert list(frames[6].index) == ["x", "y"]
    assert frames[8]["p"].tolist() == [7, 8]


def test_unconvertible_data_names_what_is_accepted() -> None:
    at = run("st.dataframe(object())\nst.write('after')\n")
    assert "accepts a pandas DataFrame" in at.exception[0].value
    assert not at.markdown


def test_cells_are_formatted_by_type() -> None:
    at = run(
        "df = pd.DataFrame({\n"
        '    "i": [1234567, None], "f": [3.14159265, float("inf")], "tiny": [0.00001234, 0.0],\n'
        '    "ok": [True, None],\n'
        '    "when": pd.to_datetime(["2024-01-02 03:04:05", None]).tz_localize("UTC"),\n'
        '    "naive": pd.to_datetime(["2024-01-02 03:04:05", "2024-01-03 00:00:00"]),\n'
        '    "day": [dt.date(2024, 2, 29), None], "t": [dt.time(9, 5), None],\n'
        '    "l": [[1, 2.5], []], "d": [{"k": 1}, None], "mixed": [1, "a"],\n'
        "})\n"
        "st.dataframe(df, hide_index=True)\n"
    )
    first, second = wire(at)["rows"]
    assert first == [
        "1234567", "3.1416", "0.00001", True, "2024-01-02 03:04:05+00:00",
        "2024-01-02 03:04:05", "2024-02-29", "09:05:00", ["1", "2.5"], '{"k": 1}', "1",
    ]  # fmt: skip
    assert second == [None, "∞", "0", None, None, "2024-01-03 00:00:00", None, None, [], None, "a"]
    kinds = [c["kind"] for c in wire(at)["columns"]]
    assert kinds == [
        "number", "number", "number", "checkbox", "datetime", "datetime", "date", "time",
        "list", "json", "text",
    ]  # fmt: skip
    # NaN and inf never reach the JSON protocol as numbers.
    import json

    json.dumps(wire(at), allow_nan=False)


def test_column_config_labels_formats_and_order() -> None:
    at = run(
        'df = pd.DataFrame({"a": [1234.5, -2.0], "b": ["x", "y"], "c": [0.5, 1.0]})\n'
        "st.dataframe(df, column_order=['c', 'a', 'missing'], column_config={\n"
        '    "a": st.column_config.NumberColumn("Amount", format="dollar", help="money"),\n'
        '    "c": st.column_config.ProgressColumn(format="percent"),\n'
        '    "_index": "Row", "nope": st.column_config.TextColumn(),\n'
        "})\n"
    )
    columns = wire(at)["columns"]
    assert [c["label"] for c in columns] == ["Row", "c", "Amount"]
    assert columns[2]["help"] == "money"
    assert wire(at)["rows"] == [["0", [0.5, "50%"], "$1,234.50"], ["1", [1.0, "100%"], "-$2.00"]]


def test_column_config_none_hides_and_a_text_renames() -> None:
    at = run(
        'df = pd.DataFrame({"a": [1], "b": [2]})\n'
        'st.dataframe(df, hide_index=True, column_config={"a": None, "b": "Bee"})\n'
    )
    assert at.dataframe[0].columns == ["Bee"]


@pytest.mark.parametrize(
    ("config", "words"),
    [
        ('{"a": st.column_config.NumberColumn(format="%q")}', "printf-style"),
        ('{"a": st.column_config.NumberColumn(format=3)}', "must be a string"),
        ('{"a": st.column_config.Column(width="huge")}', "'small', 'medium', 'large'"),
        ('{"a": 3}', "st.column_config type"),
        ("[1]", "must be a dict"),
    ],
)
def test_bad_column_config_names_what_is_accepted(config: str, words: str) -> None:
    at = run(f'st.dataframe(pd.DataFrame({{"a": [1]}}), column_config={config})\n')
    assert words in at.exception[0].value


def test_link_display_text_regex_and_chart_columns() -> None:
    at = run(
        'df = pd.DataFrame({"url": ["https://roadmap.example.com/x"], "h": [[1, None, 3]]})\n'
        "st.dataframe(df, hide_index=True, column_config={\n"
        '    "url": st.column_config.LinkColumn(display_text=r"https://(.*?)\\.example"),\n'
        '    "h": st.column_config.LineChartColumn(y_min=0, y_max=5),\n'
        "})\n"
    )
    assert wire(at)["rows"] == [[["https://roadmap.example.com/x", "roadmap"], [1.0, None, 3.0]]]
    assert wire(at)["columns"][1]["y_max"] == 5


def test_windows_sorted_and_searched_on_the_server() -> None:
    at = run(
        'df = pd.DataFrame({"fruit": ["cherry", "apple", "banana", None], "n": [3, 1, 2, 0]})\n'
        "st.dataframe(df)\n"
    )
    session = at._session
    assert session is not None
    # Column 1 is "fruit" (column 0 is the index): missing values sort last.
    ascending = session.table_rows((0, 0), 0, 10, {"sort": [1, True]})
    assert ascending is not None
    assert [r[1] for r in ascending["rows"]] == ["apple", "banana", "cherry", None]
    assert ascending["ids"] == [1, 2, 0, 3]
    descending = session.table_rows((0, 0), 0, 10, {"sort": [2, False], "search": "AN"})
    assert descending is not None
    assert descending["total"] == 1 and descending["rows"] == [["2", "banana", "2"]]


def test_a_large_table_sends_its_first_rows_and_the_rest_on_demand() -> None:
    at = run("df = pd.DataFrame(np.arange(100_000).reshape(10_000, 10))\nst.dataframe(df)\n")
    first = wire(at)
    assert first["total_rows"] == 10_000 and len(first["rows"]) == 200
    assert at._session is not None
    window = at._session.table_rows((0, 0), 9_990, 10_000)
    assert window is not None
    assert window["rows"][-1][0] == "9999" and window["rows"][-1][-1] == "99999"


def test_styler_formats_and_colours_are_sent() -> None:
    at = run(
        'df = pd.DataFrame({"v": [1.0, 5.0]})\n'
        'st.dataframe(df.style.highlight_max(color="red").format("{:.2f}"))\n'
    )
    assert wire(at)["rows"] == [["0", "1.00"], ["1", "5.00"]]
    assert wire(at)["styles"] == [[None, None], [None, "background-color: red"]]
    assert at.dataframe[0].value["v"].tolist() == [1.0, 5.0]


def test_selection_state_defaults_and_session_state() -> None:
    at = run(
        'df = pd.DataFrame({"a": [1, 2, 3]})\n'
        'modes = ["multi-row", "single-column"]\n'
        'event = st.dataframe(df, key="t", on_select="rerun", selection_mode=modes)\n'
        "st.write(event.selection.rows, event['selection']['columns'])\n"
    )
    assert at.session_state["t"] == {"selection": {"rows": [], "columns": [], "cells": []}}
    # The index of a RangeIndex frame is hidden when rows can be selected.
    assert at.dataframe[0].columns == ["a"]
    # As in Streamlit's AppTest, a selection a test sets is handed back as it was set.
    at.session_state["t"] = {"selection": {"rows": [2, 9, 0], "columns": ["a", "zz"]}}
    at.run()
    assert at.session_state["t"].selection.rows == [2, 9, 0]


def test_a_selection_the_script_sets_is_what_the_table_can_hold() -> None:
    at = run(
        'df = pd.DataFrame({"a": [1, 2, 3]})\n'
        'if "t" not in st.session_state:\n'
        '    st.session_state.t = {"selection": {"rows": [2, 9, 0], "columns": ["a", "zz"]}}\n'
        'modes = ["multi-row", "single-column"]\n'
        'event = st.dataframe(df, key="t", on_select="rerun", selection_mode=modes)\n'
        'st.write(f"{event.selection.rows} {event.selection.columns} {event.selection.cells}")\n'
    )
    assert at.markdown[0].value == "[2, 0] ['a'] []"


def test_selection_from_the_page_reruns_and_calls_back() -> None:
    at = run(
        'df = pd.DataFrame({"a": [1, 2, 3]})\n'
        "def told():\n    st.session_state.told = st.session_state.t.selection.cells\n"
        'ev = st.dataframe(df, key="t", on_select=told, selection_mode="single-cell")\n'
    )
    state = at._session
    assert state is not None
    wid = at.dataframe[0].node.props["id"]
    page = {"selection": {"rows": [], "columns": [], "cells": [[1, "a"], [7, "a"]]}, "ui": True}
    state.rerun({wid: page})
    state.wait_idle(30)
    at2 = at
    assert at2.session_state["told"] == [(1, "a")]


def test_selection_default_and_required_row() -> None:
    at = run(
        'df = pd.DataFrame({"a": [1, 2]})\n'
        'e1 = st.dataframe(df, on_select="rerun", selection_default={"selection": {"rows": [1]}})\n'
        'e2 = st.dataframe(df, on_select="rerun", selection_mode="single-row-required")\n'
        'st.write(f"{e1.selection.rows} {e2.selection.rows}")\n'
    )
    assert at.markdown[0].value == "[1] [0]"


@pytest.mark.parametrize(
    ("call", "words"),
    [
        ('on_select="bogus"', "on_select"),
        ('on_select="rerun", selection_mode="bogus"', "selection_mode"),
        ('on_select="rerun", selection_mode=["single-row", "multi-row"]', "only one row"),
        ('on_select="rerun", selection_mode=["single-cell", "multi-cell"]', "cannot be used"),
        ('selection_default={"selection": {"rows": [0]}}', "on_select"),
        ('width="huge"', "width"),
        ('height="huge"', "height"),
        ("row_height=0", "row_height"),
    ],
)
def test_bad_parameters_name_what_is_accepted(call: str, words: str) -> None:
    at = run(f'st.dataframe(pd.DataFrame({{"a": [1]}}), {call})\n')
    assert words in at.exception[0].value


def test_datetimes_in_their_zone_or_the_columns() -> None:
    at = run(
        'when = pd.to_datetime(["2024-01-02 03:04:05"]).tz_localize("UTC")\n'
        'df = pd.DataFrame({"utc": when, "paris": when, "fmt": when})\n'
        "st.dataframe(df, hide_index=True, column_config={\n"
        '    "paris": st.column_config.DatetimeColumn(timezone="Europe/Paris"),\n'
        '    "fmt": st.column_config.DatetimeColumn(format="ddd D MMM YYYY, h:mm A"),\n'
        "})\n"
    )
    assert wire(at)["rows"] == [
        ["2024-01-02 03:04:05+00:00", "2024-01-02 04:04:05+01:00", "Tue 2 Jan 2024, 3:04 AM"]
    ]


def test_number_presets_and_printf_formats() -> None:
    from ostinato.elements.cell_format import format_number

    cases = {
        "plain": "1234.5678", "localized": "1,234.568", "percent": "123,456.78%",
        "dollar": "$1,234.57", "euro": "€1,234.57", "yen": "¥1,235", "accounting": "1,234.57",
        "compact": "1.2K", "scientific": "1.235E3", "engineering": "1.235E3",
        "%d": "1234", "%.1f units": "1234.6 units", "%08.2f": "01234.57", "%,d": "1,234",
    }  # fmt: skip
    assert {fmt: format_number(1234.5678, fmt) for fmt in cases} == cases
    assert format_number(-5.0, "accounting") == "(5.00)"
    assert format_number(float("-inf")) == "-∞"


def test_search_reads_the_texts_the_cells_show() -> None:
    at = run(
        'df = pd.DataFrame({"price": [1234.5, 2.0], "url": ["https://a.example.com", "b"]})\n'
        "st.dataframe(df, column_config={\n"
        '    "price": st.column_config.NumberColumn(format="dollar"),\n'
        '    "url": st.column_config.LinkColumn(display_text="Open"),\n'
        "})\n"
    )
    assert at._session is not None
    found = at._session.table_rows((0, 0), 0, 10, {"search": "$1,234"})
    assert found is not None and found["ids"] == [0]
    opened = at._session.table_rows((0, 0), 0, 10, {"search": "open"})
    assert opened is not None and opened["ids"] == [0, 1]
