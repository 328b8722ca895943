"""st.date_input: a date picker, for a day or a range of days."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.dates import as_date, dates_given, is_word, years_later
from ostinato.elements.sizing import check_width
from ostinato.elements.widget import Args, Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


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
    width: int | str = "stretch",
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> Any:
    """A date picker; a list or tuple as `value` picks a range (returned as a tuple)."""
    is_range = isinstance(value, list | tuple)
    today = dt.date.today()

    def one(raw: Any) -> dt.date:
        return today if raw == "today" else as_date("date_input", label, raw)

    if is_range:
        initial_list = [one(v) for v in value]
        first = initial_list[0] if initial_list else today
        last = initial_list[-1] if initial_list else today
    else:
        initial_single = None if value is None else one(value)
        first = last = initial_single or today
    low = one(min_value) if min_value is not None else years_later(first, -10)
    high = one(max_value) if max_value is not None else years_later(last, 10)

    def check(day: dt.date) -> dt.date:
        if not low <= day <= high:
            raise WidgetValueError("date_input", label, f"{day} must lie between {low} and {high}")
        return day

    def validate(raw: Any) -> Any:
        if is_range:
            if not isinstance(raw, list | tuple) or len(raw) > 2:
                raise WidgetValueError("date_input", label, f"expected 0-2 dates, got {raw!r}")
            return tuple(sorted(check(as_date("date_input", label, v)) for v in raw))
        return None if raw is None else check(as_date("date_input", label, raw))

    def preset(raw: Any) -> Any:
        # Set through Session State, or kept while the bounds changed: dates are taken
        # as they are, unless one lies outside a min_value or max_value the script
        # gave, when the default is used instead (the implicit ten-year bounds do not
        # apply).
        if raw is None and not is_range:
            return None
        if is_range and (not isinstance(raw, list | tuple) or len(raw) > 2):
            raise WidgetValueError("date_input", label, f"expected 0-2 dates, got {raw!r}")
        days = [as_date("date_input", label, v) for v in (raw if is_range else [raw])]
        below = min_value is not None and any(day < low for day in days)
        above = max_value is not None and any(day > high for day in days)
        if below or above:
            return initial
        if dates_given(raw):
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
            width=check_width("date_input", width, allow_content=False),
            kind="date_input",
            label=label,
            key=key,
            shape=(format, is_range),
            default=initial,
            default_given=not is_word(value, "today") and value is not None,
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
