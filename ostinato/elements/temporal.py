"""Dates and times: date_input (a day, or a range of days) and time_input."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.widget import Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

Persist = Literal["page", "session"] | None
Args = tuple[Any, ...] | list[Any] | None


def _is_word(value: Any, word: str) -> bool:
    """True if `value` is the string `word` ("today", "now")."""
    return isinstance(value, str) and value == word


def _as_date(kind: str, label: str, value: Any) -> dt.date:
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


@element("date_input", "date_input")
def date_input(
    self: Container,
    label: str,
    value: Any = "today",
    min_value: Any = None,
    max_value: Any = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> Any:
    """A date picker; a list or tuple as `value` picks a range (returned as a tuple)."""
    is_range = isinstance(value, list | tuple)
    today = dt.date.today()

    def one(raw: Any) -> dt.date:
        return today if raw == "today" else _as_date("date_input", label, raw)

    if is_range:
        initial_list = [one(v) for v in value]
        first = initial_list[0] if initial_list else today
        last = initial_list[-1] if initial_list else today
    else:
        initial_single = None if value is None else one(value)
        first = last = initial_single or today
    low = one(min_value) if min_value is not None else _years_later(first, -10)
    high = one(max_value) if max_value is not None else _years_later(last, 10)

    def check(day: dt.date) -> dt.date:
        if not low <= day <= high:
            raise WidgetValueError("date_input", label, f"{day} must lie between {low} and {high}")
        return day

    def validate(raw: Any) -> Any:
        if is_range:
            if not isinstance(raw, list | tuple) or len(raw) > 2:
                raise WidgetValueError("date_input", label, f"expected 0-2 dates, got {raw!r}")
            return tuple(sorted(check(_as_date("date_input", label, v)) for v in raw))
        return None if raw is None else check(_as_date("date_input", label, raw))

    def preset(raw: Any) -> Any:
        # Set through Session State, or kept while the bounds changed: dates are taken
        # as they are, unless one lies outside a min_value or max_value the script
        # gave, when the default is used instead (the implicit ten-year bounds do not
        # apply).
        if raw is None and not is_range:
            return None
        if is_range and (not isinstance(raw, list | tuple) or len(raw) > 2):
            raise WidgetValueError("date_input", label, f"expected 0-2 dates, got {raw!r}")
        days = [_as_date("date_input", label, v) for v in (raw if is_range else [raw])]
        below = min_value is not None and any(day < low for day in days)
        above = max_value is not None and any(day > high for day in days)
        if below or above:
            return initial
        if _dates_given(raw):
            return raw
        # Strings ("2024-01-09") are read as dates; a range of them is put in order.
        return tuple(sorted(days)) if is_range else days[0]

    def keep(raw: Any) -> Any:
        fixed = preset(raw)
        return raw if fixed == raw else fixed

    def encode(val: Any) -> Any:
        if is_range:
            return [d.isoformat() for d in val]
        return None if val is None else val.isoformat()

    initial = validate(initial_list if is_range else initial_single)
    return draw(
        self,
        Spec(
            kind="date_input",
            label=label,
            key=key,
            shape=(format, is_range),
            default=initial,
            default_given=not _is_word(value, "today") and value is not None,
            decode=validate,
            encode=encode,
            validate=preset,
            keep=keep,
            props={"min": low.isoformat(), "max": high.isoformat(), "range": is_range,
                   "format": format},
            extra_identity=(str(low), str(high), repr(initial)),
            callback=on_change,
            args=args,
            kwargs=kwargs,
            persist=persist_state,
            bind=bind,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        ),
    )  # fmt: skip


def _years_later(day: dt.date, years: int) -> dt.date:
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


def _dates_given(raw: Any) -> bool:
    """True if `raw` is a date or a list/tuple of dates (the right kind, wrong bounds)."""
    items = raw if isinstance(raw, list | tuple) else [raw]
    return all(isinstance(item, dt.date) for item in items)


def _as_time(label: str, value: Any) -> dt.time:
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str):
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            pass
    raise WidgetValueError("time_input", label, f'expected a time or "HH:MM", got {value!r}')


@element("time_input", "time_input")
def time_input(
    self: Container,
    label: str,
    value: Any = "now",
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    step: int | dt.timedelta = 900,
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> dt.time | None:
    """A time picker with `step` seconds between choices (15 minutes by default)."""
    if isinstance(step, bool) or not isinstance(step, int | dt.timedelta):
        raise WidgetValueError(
            "time_input", label, f"step must be an int or a timedelta, got {step!r}"
        )
    seconds = int(step.total_seconds()) if isinstance(step, dt.timedelta) else int(step)
    if not 1 <= seconds <= 23 * 3600:
        raise WidgetValueError(
            "time_input", label, f"step must be between 1 second and 23 hours, got {seconds}"
        )
    value_given = not _is_word(value, "now") and value is not None
    if _is_word(value, "now"):
        value = dt.datetime.now().time()
    whole_minutes = seconds % 60 == 0

    def validate(raw: Any) -> dt.time | None:
        return None if raw is None else _as_time(label, raw)

    def default_time(raw: Any) -> dt.time | None:
        # With a step of whole minutes, the default's seconds are dropped.
        parsed = validate(raw)
        if parsed is not None and whole_minutes:
            parsed = parsed.replace(second=0, microsecond=0)
        return parsed

    def encode(val: dt.time | None) -> str | None:
        if val is None:
            return None
        return val.strftime("%H:%M:%S" if val.second else "%H:%M")

    initial = default_time(value)
    result = draw(
        self,
        Spec(
            kind="time_input",
            label=label,
            key=key,
            shape=(seconds,),
            default=initial,
            default_given=value_given,
            decode=validate,
            encode=encode,
            validate=validate,
            props={"step": seconds},
            extra_identity=(),
            callback=on_change,
            args=args,
            kwargs=kwargs,
            persist=persist_state,
            bind=bind,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        ),
    )
    return result  # type: ignore[no-any-return]
