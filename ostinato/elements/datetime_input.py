"""st.datetime_input: a date and a time of day in one field, to the minute."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.button_group import OnChange, check_on_change, ignores
from ostinato.elements.dates import is_word, years_later
from ostinato.elements.widget import Args, LabelVisibility, Spec, draw
from ostinato.errors import OstinatoAPIException, WidgetValueError
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

FORMATS = [
    f"{a}{sep}{b}{sep}{c}"
    for sep in "/.-"
    for a, b, c in (("YYYY", "MM", "DD"), ("DD", "MM", "YYYY"), ("MM", "DD", "YYYY"))
]
"""The date formats the field may show (the time is always hh:mm)."""

_WIRE = "%Y-%m-%dT%H:%M"
_STRING_FORMATS = ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")
_NOON_LESS = dt.time(0, 0)
_LAST_MINUTE = dt.time(23, 59)


def _minute(value: dt.datetime) -> dt.datetime:
    return value.replace(second=0, microsecond=0, tzinfo=None)


def as_datetime(parameter: str, value: Any, day: dt.date, time_of_day: dt.time) -> dt.datetime:
    """`value` (a datetime, a date at `time_of_day`, a time on `day`, an ISO string or
    "now") as a naive datetime to the minute; else an OstinatoAPIException."""
    if is_word(value, "now"):
        return _minute(dt.datetime.now())
    if isinstance(value, dt.datetime):
        return _minute(value)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, time_of_day)
    if isinstance(value, dt.time):
        return dt.datetime.combine(day, value.replace(second=0, microsecond=0, tzinfo=None))
    if isinstance(value, str):
        text = value.strip()
        try:
            return _minute(dt.datetime.fromisoformat(text))
        except ValueError:
            pass
        for fmt in _STRING_FORMATS:
            try:
                return _minute(dt.datetime.strptime(text, fmt))
            except ValueError:
                pass
        try:
            return dt.datetime.combine(dt.date.fromisoformat(text), time_of_day)
        except ValueError:
            pass
        try:
            return dt.datetime.combine(day, dt.time.fromisoformat(text).replace(second=0))
        except ValueError:
            pass
    raise OstinatoAPIException(
        f"st.datetime_input {parameter} must be a datetime, date, time, ISO string or "
        f'"now", got {value!r} ({type(value).__name__}).'
    )


def _wire(value: dt.datetime) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value:%H:%M}"


@element("datetime_input", "date_time_input")
def datetime_input(
    self: Container,
    label: str,
    value: Any = "now",
    min_value: Any = None,
    max_value: Any = None,
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_change: OnChange = "rerun",
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    format: str = "YYYY/MM/DD",
    step: int | dt.timedelta = dt.timedelta(minutes=15),
    disabled: bool = False,
    required: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: int | Literal["stretch"] = "stretch",
    bind: Literal["query-params"] | None = None,
    persist_state: Persist = None,
) -> dt.datetime | None:
    """A date and time picker; returns a naive datetime to the minute, or None
    (`value=None`, until the user picks one). Bounds default to ten years either side."""
    callback = check_on_change("datetime_input", on_change)
    today = dt.date.today()
    initial = None if value is None else as_datetime("value", value, today, _NOON_LESS)
    base = initial.date() if initial is not None else today
    low = (
        dt.datetime.combine(years_later(base, -10), _NOON_LESS)
        if min_value is None
        else as_datetime("min_value", min_value, base, _NOON_LESS)
    )
    high = (
        dt.datetime.combine(years_later(base, 10), _LAST_MINUTE)
        if max_value is None
        else as_datetime("max_value", max_value, base, _LAST_MINUTE)
    )
    if low > high:
        raise OstinatoAPIException(
            f"st.datetime_input min_value ({low}) must be before max_value ({high})."
        )
    if initial is not None and not low <= initial <= high:
        raise OstinatoAPIException(
            f"st.datetime_input value {initial} must lie between min_value ({low}) and "
            f"max_value ({high})."
        )
    if not isinstance(format, str) or not re.fullmatch("|".join(map(re.escape, FORMATS)), format):
        raise OstinatoAPIException(
            f"st.datetime_input format must be one of {', '.join(map(repr, FORMATS))}, "
            f"got {format!r}."
        )
    if isinstance(step, bool) or not isinstance(step, int | dt.timedelta):
        raise OstinatoAPIException(
            f"st.datetime_input step must be an int (seconds) or a timedelta, got {step!r}."
        )
    seconds = int(step.total_seconds()) if isinstance(step, dt.timedelta) else step
    if not 60 <= seconds <= 23 * 3600:
        raise OstinatoAPIException(
            f"st.datetime_input step must be between 60 seconds and 23 hours, got {seconds} "
            "seconds."
        )
    if width != "stretch" and not (
        isinstance(width, int) and not isinstance(width, bool) and width > 0
    ):
        raise OstinatoAPIException(
            f'st.datetime_input width must be "stretch" or a positive integer (pixels), '
            f"got {width!r}."
        )
    explicit_bounds = min_value is not None or max_value is not None

    def decode(raw: Any) -> dt.datetime | None:
        if raw is None:
            if required and initial is not None:
                raise WidgetValueError("datetime_input", label, "a value is required")
            return None
        if not isinstance(raw, str):
            raise WidgetValueError("datetime_input", label, f"expected a datetime, got {raw!r}")
        try:
            picked = _minute(dt.datetime.fromisoformat(raw))
        except ValueError:
            raise WidgetValueError(
                "datetime_input", label, f'expected "YYYY-MM-DDThh:mm", got {raw!r}'
            ) from None
        # Out of bounds (a stale page, an edited URL): the default, as Streamlit does.
        return picked if low <= picked <= high else initial

    def validate(kept: Any) -> Any:
        # Set through Session State: outside bounds the app gave gives way to the default.
        if explicit_bounds and isinstance(kept, dt.datetime) and not low <= kept <= high:
            return initial
        return kept

    result = draw(
        self,
        Spec(
            kind="date_time_input",
            label=label,
            key=key,
            shape=(format, seconds),
            default=initial,
            default_given=value is not None and not is_word(value, "now"),
            decode=decode,
            encode=lambda v: _wire(v) if isinstance(v, dt.datetime) else None,
            validate=validate,
            props={
                "min": _wire(low),
                "max": _wire(high),
                "step": seconds,
                "format": format,
                "required": required,
                "width": width,
                "ignore_rerun": ignores(on_change),
            },
            extra_identity=(
                "now" if is_word(value, "now") else initial,
                _wire(low),
                _wire(high),
                width,
                required,
            ),
            keep=validate,
            callback=callback,
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
