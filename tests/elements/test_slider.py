"""st.slider over ints, floats, dates, times and datetimes, single and range."""

from __future__ import annotations

import datetime as dt
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
    (f'st.slider("Int", 0, 10, 3, {CALLBACK})', 3, 7),
    (f'st.slider("Int default", {CALLBACK})', 0, 100),
    (f'st.slider("Float", 0.0, 1.0, 0.5, {CALLBACK})', 0.5, 0.25),
    (f'st.slider("Float default", min_value=-100.0, max_value=100.0, {CALLBACK})', -100.0, 50.0),
    (f'st.slider("Range", 0, 100, (20, 80), {CALLBACK})', (20, 80), (10, 90)),
    (f'st.slider("Float range", 0.0, 1.0, [0.1, 0.2], {CALLBACK})', (0.1, 0.2), (0.0, 1.0)),
    (f'st.slider("Day", dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2024, 6, 1), '
     f'{CALLBACK})', dt.date(2024, 6, 1), dt.date(2024, 7, 4)),
    (f'st.slider("Days", value=(dt.date(2024, 1, 10), dt.date(2024, 1, 20)), {CALLBACK})',
     (dt.date(2024, 1, 10), dt.date(2024, 1, 20)), (dt.date(2024, 1, 1), dt.date(2024, 2, 1))),
    (f'st.slider("Time", value=dt.time(9, 0), {CALLBACK})', dt.time(9, 0), dt.time(17, 30)),
    (f'st.slider("When", dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 31), '
     f'dt.datetime(2024, 1, 10, 12), {CALLBACK})', dt.datetime(2024, 1, 10, 12),
     dt.datetime(2024, 1, 20, 6)),
]  # fmt: skip
IDS = ["int", "int-default", "float", "float-bounds", "range", "float-range", "date",
       "date-range", "time", "datetime"]  # fmt: skip


@pytest.mark.parametrize(("call", "before", "new"), CASES, ids=IDS)
def test_value_key_and_callback(call: str, before: Any, new: Any) -> None:
    at = check_value_key_and_callback("slider", call, before, new)
    assert type(at.slider[0].value) is type(new)


@pytest.mark.parametrize(("call", "before", "new"), CASES, ids=IDS)
def test_first_value_from_session_state(call: str, before: Any, new: Any) -> None:
    check_first_value_from_session_state("slider", call, new, new)


def test_bounds_and_step_the_page_receives() -> None:
    at = AppTest.from_string(
        """
import datetime as dt
import ostinato as st
st.slider("Int")
st.slider("Float", 0.0, 2.0, step=0.5)
st.slider("Day", dt.date(2024, 1, 1), dt.date(2024, 1, 31))
st.slider("Around", value=dt.date(2024, 3, 15))
"""
    ).run()
    ints, floats, days, around = at.slider
    assert (ints.min, ints.max, ints.step, ints.value) == (0, 100, 1, 0)
    assert (floats.min, floats.max, floats.step, floats.value) == (0.0, 2.0, 0.5, 0.0)
    assert days.value == dt.date(2024, 1, 1) and days.step == 1
    # Without bounds a date slider spans two weeks either side of its value.
    assert around.props["data_type"] == "date"
    assert around.max - around.min == 28


def test_range_ends_are_put_in_order() -> None:
    at = AppTest.from_string('import ostinato as st\nst.slider("R", 0, 10, (2, 8), key="r")\n')
    at.run()
    at.slider[0].set_range(9, 1).run()
    assert at.slider[0].value == (1, 9)
    assert at.session_state.r == (1, 9)


def test_float_in_session_state_is_taken_as_it_is_by_an_int_slider() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.write(repr(st.slider("S", 0, 10, key="w")))'
    )
    at.session_state["w"] = 4.0
    at.run()
    # Taken as it is, as in Streamlit.
    assert at.markdown.values == ["4.0"]


@pytest.mark.parametrize(
    ("body", "state", "fragment"),
    [
        # Outside the range.
        ('st.slider("S", 0, 10, key="w")', {"w": 99}, "value 99 must lie between"),
        ('st.slider("S", 0.0, 1.0, key="w")', {"w": 5}, "value 5 must lie between"),
        ('st.slider("S", 0, 1.5, 1)', {}, "float, int"),
        # The wrong type.
        ('st.slider("S", 0, 10, "x")', {}, "ints, floats, dates, times or datetimes"),
        ('st.slider("S", dt.date(2024, 1, 1), 10)', {}, "date, int"),
        ('st.slider("S", 0, 10, (1, 2, 3))', {}, "a range needs two values"),
        ('st.slider("S", 0, 10, key="w")', {"w": "x"}, "value 'x' is not an int"),
        ('st.slider("S", 0, 10, key="w")', {"w": True}, "value True is not an int"),
        ('st.slider("S", 0, 10, (1, 2), key="w")', {"w": 5}, "expected a (low, high) pair"),
        ('st.slider("S", value=dt.time(1, 0), key="w")', {"w": dt.datetime(2024, 1, 1)},
         "is not a time"),
        ('st.slider("S", dt.date(2024, 1, 1), dt.date(2024, 2, 1), key="w")',
         {"w": dt.datetime(2024, 1, 5)}, "is not a date"),
    ],
)  # fmt: skip
def test_bad_values_are_clear_errors(body: str, state: dict[str, Any], fragment: str) -> None:
    exc_type, message = script_error(body, **state)
    assert exc_type == "WidgetValueError"
    assert message.startswith('st.slider "S": ')
    assert fragment in message


def test_numpy_numbers_from_a_dataframe_make_a_plain_slider() -> None:
    at = AppTest.from_string(
        """
import pandas as pd
import ostinato as st
df = pd.DataFrame({"year": [2000, 2010], "score": [1.5, 2.5]})
year = st.slider("Year", df.year.min(), df.year.max())
score = st.slider("Score", df.score.min(), df.score.max(), (df.score.min(), df.score.max()))
st.write(repr(year), repr(score))
"""
    ).run()
    assert not at.exception
    assert at.markdown.values == ["2000 (1.5, 2.5)"]
    at.slider[0].set_value(2005).run()
    assert at.markdown.values == ["2005 (1.5, 2.5)"]


def test_slider_default_outside_its_range_is_shown_as_given() -> None:
    at = AppTest.from_string('import ostinato as st\nst.write(st.slider("S", 0, 10, 11))\n').run()
    assert not at.exception, at.exception
    assert at.markdown.values == ["`11`"]


def test_slider_range_set_in_session_state_is_taken_as_it_is() -> None:
    at = AppTest.from_string(
        "import ostinato as st\nst.session_state.w = [5, 2]\n"
        'st.write(repr(st.slider("S", 0, 10, (1, 3), key="w")))\n'
    ).run()
    assert at.markdown.values == ["[5, 2]"]
