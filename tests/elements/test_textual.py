"""Typed-in values: st.text_input, st.text_area and st.number_input."""

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

CASES: list[tuple[str, str, Any, Any]] = [
    ("text_input", f'st.text_input("Name", "Ann", {CALLBACK})', "Ann", "Bea"),
    ("text_input", f'st.text_input("Name", {CALLBACK})', "", "typed"),
    ("text_input", f'st.text_input("Name", value=None, {CALLBACK})', None, "now text"),
    ("text_input", f'st.text_input("Secret", type="password", {CALLBACK})', "", "hunter2"),
    ("text_area", f'st.text_area("Notes", {CALLBACK})', "", "line 1\nline 2"),
    ("text_area", f'st.text_area("Notes", "draft", max_chars=10, {CALLBACK})', "draft", "final"),
    ("number_input", f'st.number_input("Count", 0, 100, 5, {CALLBACK})', 5, 42),
    ("number_input", f'st.number_input("Count", min_value=3, {CALLBACK})', 3, 4),
    ("number_input", f'st.number_input("Count", value=7, {CALLBACK})', 7, -7),
    ("number_input", f'st.number_input("Price", value=1.5, {CALLBACK})', 1.5, 2.25),
    ("number_input", f'st.number_input("Price", {CALLBACK})', 0.0, 0.5),
    ("number_input", f'st.number_input("Price", 0.0, 1.0, step=0.1, {CALLBACK})', 0.0, 0.7),
    ("number_input", f'st.number_input("Maybe", value=None, {CALLBACK})', None, 3.5),
]
IDS = [f"{case[0]}-{index}" for index, case in enumerate(CASES)]


@pytest.mark.parametrize(("kind", "call", "before", "new"), CASES, ids=IDS)
def test_value_key_and_callback(kind: str, call: str, before: Any, new: Any) -> None:
    at = check_value_key_and_callback(kind, call, before, new)
    assert type(at.get(kind)[0].value) is type(new)


@pytest.mark.parametrize(("kind", "call", "before", "new"), CASES, ids=IDS)
def test_first_value_from_session_state(kind: str, call: str, before: Any, new: Any) -> None:
    check_first_value_from_session_state(kind, call, new, new)


def test_text_input_props_the_page_shows() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.text_input("Name", placeholder="Your name", max_chars=20)\n'
        'st.text_input("Secret", type="password")\n'
    ).run()
    name, secret = at.text_input
    assert (name.placeholder, name.max_chars, name.props["password"]) == ("Your name", 20, False)
    assert secret.props["password"] is True


def test_number_input_int_and_float_types() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.write(repr(st.number_input("I", 0, 10, 2)))
st.write(repr(st.number_input("F", 0.0, 10.0, 2.0)))
st.write(repr(st.number_input("Float value", value=2.5)))
st.write(repr(st.number_input("Default")))
"""
    ).run()
    assert at.markdown.values == ["2", "2.0", "2.5", "0.0"]
    ints, floats, _, _ = at.number_input
    assert (ints.props["data_type"], ints.step) == ("int", 1)
    assert (floats.props["data_type"], floats.step) == ("float", 0.01)
    ints.set_value(4.0).run()
    assert at.markdown.values[0] == "4"


def test_number_input_increment_and_decrement_stop_at_the_bounds() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.write(st.number_input("N", 0, 3, 2, key="n"))\n'
    ).run()
    at.number_input[0].increment().run()
    assert at.number_input[0].value == 3 and at.markdown.values == ["`3`"]
    at.number_input[0].increment().run()
    assert at.number_input[0].value == 3
    at.number_input[0].decrement().decrement().run()
    assert at.number_input[0].value == 1
    at.number_input[0].decrement().decrement().run()
    assert at.number_input[0].value == 0 and at.session_state.n == 0


def test_number_input_float_steps() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.number_input("F", value=1.0, step=0.25, key="f")\n'
    ).run()
    at.number_input[0].increment().increment().run()
    assert at.number_input[0].value == 1.5
    at.number_input[0].decrement().run()
    assert at.session_state.f == 1.25


def test_number_input_takes_numpy_numbers() -> None:
    at = AppTest.from_string(
        """
import numpy as np
import ostinato as st
st.write(repr(st.number_input("N", np.int64(1), np.int64(9), np.int64(4))))
st.write(repr(st.number_input("F", value=np.float64(0.5))))
"""
    ).run()
    assert at.markdown.values == ["4", "0.5"]


@pytest.mark.parametrize(
    ("body", "state", "fragment"),
    [
        # Outside the range.
        ('st.number_input("N", 0, 10, 20)', {}, "value 20 is greater than max_value 10"),
        ('st.number_input("N", 5, 10, 1)', {}, "value 1 is less than min_value 5"),
        # The wrong type.
        ('st.number_input("N", value="ten")', {}, "'ten' is not a number"),
        ('st.number_input("N", 0, "10")', {}, "'10' is not a number"),
        ('st.number_input("N", 0, 1.5, 1)', {}, "all be ints or all be floats"),
    ],
)
def test_bad_values_are_clear_errors(body: str, state: dict[str, Any], fragment: str) -> None:
    exc_type, message = script_error(body, **state)
    assert exc_type == "WidgetValueError"
    assert message.startswith(f'st.{body.split("(")[0].removeprefix("st.")} "N": ')
    assert fragment in message


def test_text_default_longer_than_max_chars_is_cut() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.write(st.text_input("T", "abcdef", max_chars=3))\n'
    ).run()
    assert not at.exception, at.exception
    assert at.markdown.values == ["abc"]


@pytest.mark.parametrize(
    ("preset", "expected"),
    [(3, 3), (2.5, 2.5), (True, True), (99, 4), (-1, 4)],
)
def test_number_input_value_set_in_session_state_by_the_script(preset: Any, expected: Any) -> None:
    at = AppTest.from_string(
        f"import ostinato as st\nst.session_state.w = {preset!r}\n"
        'st.write(repr(st.number_input("N", 0, 10, 4, key="w")))\n'
    ).run()
    assert at.markdown.values == [repr(expected)]


def test_number_input_without_value_holds_floats_but_keeps_a_preset_int() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
if "n" not in st.session_state:
    st.session_state.n = 3
st.write(repr(st.number_input("N", key="n")), repr(st.number_input("M")))
"""
    ).run()
    assert at.markdown.values == ["3 0.0"]
    at.number_input[0].increment().run()
    assert at.number_input[0].value == 3.01


def test_keyed_number_input_keeps_its_value_when_its_range_changes() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
top = 5 if st.session_state.get("narrow") else 10
st.write(st.number_input("N", 0, top, 1, key="n"))
"""
    ).run()
    at.number_input[0].set_value(4).run()
    at.session_state["narrow"] = True
    assert at.run().markdown.values == ["`4`"]
    at.session_state["narrow"] = False
    at.run()
    at.number_input[0].set_value(8).run()
    at.session_state["narrow"] = True
    # 8 is outside the new range: the default again.
    assert at.run().markdown.values == ["`1`"]
