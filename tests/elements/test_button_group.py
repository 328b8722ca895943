"""st.pills and st.segmented_control: single and multi selection, defaults, format_func,
callbacks, Session State presets and the errors a user sees."""

from __future__ import annotations

from typing import Any

import pytest

from ostinato.testing.v1 import AppTest
from tests.elements.widget_checks import (
    CALLBACK,
    check_first_value_from_session_state,
    check_value_key_and_callback,
    script_error,
)

CASES: list[tuple[str, Any, Any]] = [
    (f'st.pills("Dir", ["N", "E", "S"], {CALLBACK})', None, "E"),
    (f'st.pills("Dir", ["N", "E", "S"], default="S", {CALLBACK})', "S", None),
    (f'st.pills("Tags", ["a", "b", "c"], selection_mode="multi", {CALLBACK})', [], ["c", "a"]),
    (f'st.segmented_control("View", [1, 2, 3], default=2, {CALLBACK})', 2, 3),
    (f'st.segmented_control("Days", ["Mo", "Tu"], selection_mode="multi", default=["Tu"], '
     f"{CALLBACK})", ["Tu"], ["Mo", "Tu"]),
]  # fmt: skip


@pytest.mark.parametrize(("call", "before", "new"), CASES)
def test_value_key_and_callback(call: str, before: Any, new: Any) -> None:
    check_value_key_and_callback("button_group", call, before, new)


@pytest.mark.parametrize(
    ("call", "preset", "expected"),
    [
        (f'st.pills("Dir", ["N", "E"], {CALLBACK})', "E", "E"),
        (f'st.pills("Dir", ["N", "E"], default="N", {CALLBACK})', "zz", "N"),
        (f'st.pills("T", ["a", "b"], selection_mode="multi", {CALLBACK})', ["b", "q"], ["b"]),
    ],
)
def test_first_value_from_session_state(call: str, preset: Any, expected: Any) -> None:
    check_first_value_from_session_state("button_group", call, preset, expected)


def test_lists_by_style_and_actions() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
a = st.pills("A", [1, 2, 3], format_func=lambda v: f"#{v}", selection_mode="multi", key="a")
b = st.segmented_control("B", ["x", "y"], key="b")
st.write(f"{a!r} {b!r}")
"""
    ).run()
    assert [w.key for w in at.pills] == ["a"]
    assert [w.key for w in at.segmented_control] == ["b"]
    assert len(at.button_group) == 2
    pills = at.pills[0]
    assert pills.type == "button_group" and pills.options == ["#1", "#2", "#3"]
    assert pills.format_func(2) == "#2"
    pills.select(3).select(1).run()
    assert at.markdown.values == ["[3, 1] None"]
    assert at.pills[0].indices == [2, 0]
    assert at.pills[0].formatted_values == ["#3", "#1"]
    at.pills[0].unselect(3)
    at.segmented_control[0].select("y").run()
    assert at.markdown.values == ["[1] 'y'"]
    at.segmented_control[0].unselect("x").run()  # not chosen: nothing changes
    assert at.markdown.values == ["[1] 'y'"]
    at.segmented_control[0].unselect("y").run()
    assert at.markdown.values == ["[1] None"]


def test_required_keeps_a_choice() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.write(st.pills("P", ["x", "y"], default="x", required=True))'
    ).run()
    assert at.markdown.values == ["x"]
    at.button_group[0].set_value("y").run()
    assert at.markdown.values == ["y"]


def test_options_with_icons_are_drawn_as_markdown() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.pills("Tool", [":material/add: Add", "**Bold**"])'
    ).run()
    html = at.button_group[0].options_html
    assert "ost-icon" in html[0] and "Add" in html[0]
    assert "<strong>Bold</strong>" in html[1]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('st.pills("P", ["x"], selection_mode="many")', "selection_mode must be 'single' or"),
        ('st.pills("P", ["x", "y"], default=["x", "y"])', "must be a single value"),
        ('st.segmented_control("P", ["x"], default="z")', "'z' is not one of the options"),
        ('st.pills("P", ["x"], selection_mode="multi", required=True)', "required=True"),
        ('st.pills("P", ["x"], width="wide")', "width must be"),
        ('st.pills("P", ["x"], on_change=3)', "on_change must be a callable"),
    ],
)
def test_bad_parameters_name_what_they_accept(body: str, fragment: str) -> None:
    kind, message = script_error(body)
    assert kind == "OstinatoAPIException"
    assert fragment in message


def test_apptest_options_leave_out_a_leading_icon_as_streamlits_do() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
icons = {0: ":material/add: Add", 1: "🔍 Zoom", 2: ":material/close:", 3: "plain text"}
st.pills("Tool", icons.keys(), format_func=icons.get, key="t", default=1)
"""
    ).run()
    pills = at.pills("t")
    assert pills.options == ["Add", "Zoom", "", "plain text"]
    assert pills.formatted_values == ["🔍 Zoom"]
    assert pills.format_func(0) == ":material/add: Add"
