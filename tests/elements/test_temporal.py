"""Dates and times: st.date_input (a day or a range of days) and st.time_input."""

from __future__ import annotations

import datetime as dt
import logging
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
    ("date_input", f'st.date_input("Day", dt.date(2024, 3, 1), {CALLBACK})',
     dt.date(2024, 3, 1), dt.date(2024, 3, 15)),
    ("date_input", f'st.date_input("Day", "2024-03-01", {CALLBACK})',
     dt.date(2024, 3, 1), dt.date(2020, 1, 1)),
    ("date_input", f'st.date_input("Day", value=None, {CALLBACK})', None, dt.date(2024, 5, 5)),
    ("date_input", f'st.date_input("Trip", (dt.date(2024, 3, 1), dt.date(2024, 3, 5)), '
     f'{CALLBACK})', (dt.date(2024, 3, 1), dt.date(2024, 3, 5)),
     (dt.date(2024, 4, 1), dt.date(2024, 4, 9))),
    ("date_input", f'st.date_input("Trip", [dt.date(2024, 3, 1)], {CALLBACK})',
     (dt.date(2024, 3, 1),), (dt.date(2024, 3, 2), dt.date(2024, 3, 3))),
    ("time_input", f'st.time_input("Alarm", dt.time(7, 0), {CALLBACK})',
     dt.time(7, 0), dt.time(6, 45)),
    ("time_input", f'st.time_input("Alarm", "08:30", {CALLBACK})', dt.time(8, 30),
     dt.time(23, 0)),
    ("time_input", f'st.time_input("Alarm", value=None, {CALLBACK})', None, dt.time(12, 0)),
]  # fmt: skip
IDS = [f"{case[0]}-{index}" for index, case in enumerate(CASES)]


@pytest.mark.parametrize(("kind", "call", "before", "new"), CASES, ids=IDS)
def test_value_key_and_callback(kind: str, call: str, before: Any, new: Any) -> None:
    check_value_key_and_callback(kind, call, before, new)


@pytest.mark.parametrize(("kind", "call", "before", "new"), CASES, ids=IDS)
def test_first_value_from_session_state(kind: str, call: str, before: Any, new: Any) -> None:
    check_first_value_from_session_state(kind, call, new, new)


def test_defaults_are_today_and_now() -> None:
    before = dt.datetime.now()
    at = AppTest.from_string(
        'import ostinato as st\nst.date_input("D")\nst.time_input("T")\n'
    ).run()
    after = dt.datetime.now()
    assert at.date_input[0].value in (before.date(), after.date())
    shown = at.time_input[0].value
    assert shown.second == 0 and shown.microsecond == 0
    assert before.replace(second=0, microsecond=0).time() <= shown <= after.time()


def test_range_with_session_state_strings_and_order() -> None:
    at = AppTest.from_string(
        "import datetime as dt\nimport ostinato as st\n"
        'st.write(repr(st.date_input("R", (dt.date(2024, 1, 1), dt.date(2024, 1, 2)), '
        'key="r")))\n'
    )
    at.session_state.r = ["2024-01-09", dt.date(2024, 1, 3)]
    at.run()
    assert at.markdown.values == [repr((dt.date(2024, 1, 3), dt.date(2024, 1, 9)))]


def test_date_bounds_the_page_receives() -> None:
    at = AppTest.from_string(
        "import datetime as dt\nimport ostinato as st\n"
        'st.date_input("D", dt.date(2024, 6, 1), min_value=dt.date(2024, 1, 1), '
        "max_value=dt.date(2024, 12, 31))\n"
        'st.date_input("Free", dt.date(2024, 6, 1))\n'
    ).run()
    bounded, free = at.date_input
    assert (bounded.props["min"], bounded.props["max"]) == ("2024-01-01", "2024-12-31")
    assert (free.props["min"], free.props["max"]) == ("2014-06-01", "2034-06-01")


def test_time_input_steps_up_and_down() -> None:
    at = AppTest.from_string(
        "import datetime as dt\nimport ostinato as st\n"
        'st.time_input("T", dt.time(8, 0), key="t")\n'
        'st.time_input("Hourly", dt.time(8, 0), step=dt.timedelta(hours=1))\n'
    ).run()
    at.time_input[0].increment().run()
    assert at.time_input[0].value == dt.time(8, 15) and at.session_state.t == dt.time(8, 15)
    at.time_input[0].decrement().decrement().run()
    assert at.time_input[0].value == dt.time(7, 45)
    at.time_input[1].increment().run()
    assert at.time_input[1].value == dt.time(9, 0)


def test_session_state_value_without_a_default_gives_no_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.date_input("D", key="d")\nst.time_input("T", key="t")\n'
    )
    at.session_state.d = dt.date(2024, 1, 1)
    at.session_state.t = dt.time(8, 0)
    with caplog.at_level(logging.WARNING, logger="ostinato.state"):
        at.run()
    assert (at.date_input[0].value, at.time_input[0].value) == (dt.date(2024, 1, 1), dt.time(8))
    assert caplog.records == []


@pytest.mark.parametrize(
    ("body", "state", "fragment"),
    [
        # Outside the range.
        ('st.date_input("D", dt.date(2024, 1, 1), min_value=dt.date(2024, 2, 1))', {},
         "2024-01-01 must lie between 2024-02-01 and"),
        ('st.date_input("D", dt.date(2024, 1, 1), max_value=dt.date(2023, 1, 1))', {},
         "must lie between"),
        ('st.date_input("D", (dt.date(2024, 1, 1),), key="w")',
         {"w": [dt.date(2024, 1, 1)] * 3}, "expected 0-2 dates"),
        ('st.time_input("D", step=0)', {}, "step must be between 1 second and 23 hours"),
        ('st.time_input("D", step=90000)', {}, "step must be between 1 second and 23 hours"),
        # The wrong type.
        ('st.date_input("D", "yesterday")', {}, "expected a date or \"YYYY-MM-DD\""),
        ('st.date_input("D", key="w")', {"w": 5}, "got 5"),
        ('st.time_input("D", "noon")', {}, "expected a time or \"HH:MM\", got 'noon'"),
        ('st.time_input("D", key="w")', {"w": dt.date(2024, 1, 1)}, "expected a time"),
    ],
)  # fmt: skip
def test_bad_values_are_clear_errors(body: str, state: dict[str, Any], fragment: str) -> None:
    exc_type, message = script_error(body, **state)
    assert exc_type == "WidgetValueError"
    assert message.startswith(f'st.{body.split("(")[0].removeprefix("st.")} "D": ')
    assert fragment in message


@pytest.mark.parametrize(
    ("call", "preset", "expected"),
    [
        # Outside a min_value the script gave: the default.
        ("st.date_input('D', dt.date(2024, 5, 17), min_value=dt.date(2024, 1, 1), key='w')",
         dt.date(1999, 1, 1), dt.date(2024, 5, 17)),
        # The implicit ten-year bounds do not apply to Session State.
        ("st.date_input('D', dt.date(2024, 1, 1), key='w')", dt.date(1900, 1, 1),
         dt.date(1900, 1, 1)),
        # A range is taken as it is, one day too.
        ("st.date_input('D', (dt.date(2024, 1, 1), dt.date(2024, 1, 2)), key='w')",
         (dt.date(2024, 1, 3),), (dt.date(2024, 1, 3),)),
    ],
)  # fmt: skip
def test_date_set_in_session_state_by_the_script(call: str, preset: Any, expected: Any) -> None:
    at = AppTest.from_string(
        "import datetime\nimport datetime as dt\nimport ostinato as st\n"
        f"st.session_state.w = {preset!r}\n"
        f"st.write(repr({call}))\n"
    ).run()
    assert at.markdown.values == [repr(expected)]


def test_date_input_default_bounds_around_29_february() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.write(str(st.date_input("D", "2024-02-29")))\n'
    ).run()
    assert not at.exception, at.exception
    assert at.markdown.values == ["2024-02-29"]
    assert (at.date_input[0].props["min"], at.date_input[0].props["max"]) == (
        "2014-02-28",
        "2034-02-28",
    )


def test_keyed_date_input_keeps_its_value_when_its_bounds_change() -> None:
    at = AppTest.from_string(
        """
import datetime as dt
import ostinato as st
low = dt.date(2024, 2, 1) if st.session_state.get("later") else dt.date(2024, 1, 1)
st.write(str(st.date_input("D", dt.date(2024, 5, 17), min_value=low, key="d")))
"""
    ).run()
    at.date_input[0].set_value(dt.date(2024, 3, 3)).run()
    at.session_state["later"] = True
    assert at.run().markdown.values == ["2024-03-03"]


def test_time_input_drops_the_seconds_of_its_default_for_a_step_of_minutes() -> None:
    at = AppTest.from_string(
        """
import datetime as dt
import ostinato as st
st.write(str(st.time_input("A", dt.datetime(2024, 1, 1, 14, 30, 15))))
st.write(str(st.time_input("B", dt.time(14, 30, 15), step=15)))
"""
    ).run()
    assert at.markdown.values == ["14:30:00", "14:30:15"]
