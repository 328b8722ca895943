"""Dates and times: date_input (a day, or a range of days) and time_input."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.widget import Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError

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
        anchor = initial_list[0] if initial_list else today
    else:
        initial_single = None if value is None else one(value)
        anchor = initial_single or today
    low = one(min_value) if min_value is not None else anchor.replace(year=anchor.year - 10)
    high = one(max_value) if max_value is not None else anchor.replace(year=anchor.year + 10)

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
            shape=(str(low), str(high), is_range),
            default=initial,
            default_given=not _is_word(value, "today") and value is not None,
            decode=validate,
            encode=encode,
            validate=validate,
            props={"min": low.isoformat(), "max": high.isoformat(), "range": is_range,
                   "format": format},
            extra_identity=(repr(initial),),
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
    seconds = int(step.total_seconds()) if isinstance(step, dt.timedelta) else int(step)
    if not 60 <= seconds <= 23 * 3600:
        raise WidgetValueError(
            "time_input", label, f"step must be between 60 seconds and 23 hours, got {seconds}"
        )
    value_given = not _is_word(value, "now") and value is not None
    if _is_word(value, "now"):
        value = dt.datetime.now().time().replace(second=0, microsecond=0)

    def validate(raw: Any) -> dt.time | None:
        return None if raw is None else _as_time(label, raw)

    def encode(val: dt.time | None) -> str | None:
        if val is None:
            return None
        return val.strftime("%H:%M:%S" if val.second else "%H:%M")

    initial = validate(value)
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
