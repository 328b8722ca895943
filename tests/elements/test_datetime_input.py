"""st.datetime_input: the values it takes, its bounds, step and format, callbacks,
Session State presets and the errors a user sees."""

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

MAY = dt.datetime(2024, 5, 6, 7, 30)


@pytest.mark.parametrize(
    ("call", "before", "new"),
    [
        (f"st.datetime_input('When', dt.datetime(2024, 5, 6, 7, 30, 59), {CALLBACK})", MAY,
         dt.datetime(2025, 1, 1, 12, 45)),
        (f"st.datetime_input('When', None, {CALLBACK})", None, MAY),
        (f"st.datetime_input('When', '2024-05-06 07:30', {CALLBACK})", MAY, None),
    ],
)  # fmt: skip
def test_value_key_and_callback(call: str, before: Any, new: Any) -> None:
    check_value_key_and_callback("date_time_input", call, before, new)


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        (dt.datetime(2024, 5, 20, 8, 0), dt.datetime(2024, 5, 20, 8, 0)),
        (dt.datetime(2030, 1, 1), MAY),
    ],
)
def test_preset_outside_the_bounds_gives_way_to_the_default(preset: Any, expected: Any) -> None:
    call = (
        "st.datetime_input('B', dt.datetime(2024, 5, 6, 7, 30), min_value=dt.date(2024, 5, 1), "
        f"max_value='2024-05-31', {CALLBACK})"
    )
    check_first_value_from_session_state("date_time_input", call, preset, expected)


def test_dates_times_and_now_become_datetimes_and_the_page_gets_the_bounds() -> None:
    at = AppTest.from_string(
        """
import datetime as dt
import ostinato as st
a = st.datetime_input("A", dt.date(2024, 1, 2), step=dt.timedelta(hours=1), format="DD.MM.YYYY")
b = st.datetime_input("B", dt.time(9, 15))
c = st.datetime_input("C")
st.write(f"{a!r} {b.date() == dt.date.today()} {b.time() == dt.time(9, 15)} {c.second}")
"""
    ).run()
    assert at.markdown.values == ["datetime.datetime(2024, 1, 2, 0, 0) True True 0"]
    widget = at.datetime_input[0]
    assert widget.type == "date_time_input"
    assert (widget.min, widget.max) == ("2014-01-02T00:00", "2034-01-02T23:59")
    assert (widget.step, widget.format) == (3600, "DD.MM.YYYY")
    assert at.get("datetime_input")[1].label == "B"


def test_a_value_from_the_page_outside_the_bounds_is_the_default() -> None:
    at = AppTest.from_string(
        "import datetime as dt\nimport ostinato as st\n"
        "st.write(repr(st.datetime_input('B', dt.datetime(2024, 5, 6), "
        "max_value=dt.datetime(2024, 6, 1))))"
    ).run()
    at.datetime_input[0].set_value(dt.datetime(2024, 7, 1)).run()
    assert at.markdown.values == ["datetime.datetime(2024, 5, 6, 0, 0)"]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("st.datetime_input('E', dt.datetime(2020, 1, 1), min_value=dt.datetime(2021, 1, 1))",
         "must lie between"),
        ("st.datetime_input('E', min_value=dt.datetime(2021, 1, 1), "
         "max_value=dt.datetime(2020, 1, 1))",
         "must be before max_value"),
        ("st.datetime_input('E', step=30)", "between 60 seconds and 23 hours"),
        ("st.datetime_input('E', step='1h')", "step must be an int"),
        ("st.datetime_input('E', format='YY/MM/DD')", "'YYYY/MM/DD'"),
        ("st.datetime_input('E', value=3.5)", "value must be a datetime"),
        ("st.datetime_input('E', width='content')", "width must be"),
    ],
)  # fmt: skip
def test_bad_parameters_name_what_they_accept(body: str, fragment: str) -> None:
    kind, message = script_error(body)
    assert kind == "OstinatoAPIException"
    assert fragment in message
