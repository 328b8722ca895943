"""Helper (registers nothing): reading dates given to st.date_input and st.time_input."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ostinato.errors import WidgetValueError


def is_word(value: Any, word: str) -> bool:
    """True if `value` is the string `word` ("today", "now")."""
    return isinstance(value, str) and value == word


def as_date(kind: str, label: str, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise WidgetValueError(kind, label, f'expected a date or "YYYY-MM-DD", got {value!r}')


def years_later(day: dt.date, years: int) -> dt.date:
    """`day` moved by whole years (29 February becomes the 28th in other years),
    kept within the calendar."""
    year = day.year + years
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    if (day.month, day.day) == (2, 29):
        try:
            return day.replace(year=year)
        except ValueError:
            return day.replace(year=year, day=28)
    return day.replace(year=year)


def dates_given(raw: Any) -> bool:
    """True if `raw` is a date or a list/tuple of dates (the right kind, wrong bounds)."""
    items = raw if isinstance(raw, list | tuple) else [raw]
    return all(isinstance(item, dt.date) for item in items)
