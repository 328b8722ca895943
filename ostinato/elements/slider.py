"""st.slider over numbers, dates, times and datetimes; a pair of values makes a range.

On the wire every slider value is a number: ints and floats as they are, dates
as days since 1970-01-01, times as seconds since midnight, datetimes as seconds
since 1970-01-01 (naive, as given).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.sizing import check_width
from ostinato.elements.widget import Callback, LabelVisibility, Spec, draw, plain_number
from ostinato.errors import WidgetValueError
from ostinato.state.validate import WireValueError, short, wire_number
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

_EPOCH_DATE = dt.date(1970, 1, 1)
_EPOCH = dt.datetime(1970, 1, 1)


def _data_type(values: list[Any]) -> str:
    kinds = set()
    for value in values:
        if isinstance(value, bool):
            kinds.add("bool")
        elif isinstance(value, dt.datetime):
            kinds.add("datetime")
        elif isinstance(value, dt.date):
            kinds.add("date")
        elif isinstance(value, dt.time):
            kinds.add("time")
        elif isinstance(value, int):
            kinds.add("int")
        elif isinstance(value, float):
            kinds.add("float")
        else:
            kinds.add(type(value).__name__)
    if kinds <= {"int"}:
        return "int"
    if kinds <= {"float"}:
        return "float"
    if len(kinds) == 1 and kinds <= {"date", "time", "datetime"}:
        return kinds.pop()
    raise ValueError(", ".join(sorted(kinds)))


class _Codec:
    """Converts one data type to and from wire numbers."""

    def __init__(self, data_type: str) -> None:
        self.data_type = data_type

    def to_wire(self, value: Any) -> float | int:
        if self.data_type == "date":
            return int((value - _EPOCH_DATE).days)
        if self.data_type == "time":
            return int(value.hour * 3600 + value.minute * 60 + value.second)
        if self.data_type == "datetime":
            return float((value.replace(tzinfo=None) - _EPOCH).total_seconds())
        return int(value) if self.data_type == "int" else float(value)

    def from_wire(self, raw: float | int) -> Any:
        if self.data_type == "date":
            return _EPOCH_DATE + dt.timedelta(days=int(raw))
        if self.data_type == "time":
            seconds = int(raw)
            return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
        if self.data_type == "datetime":
            return _EPOCH + dt.timedelta(seconds=raw)
        if self.data_type == "int":
            return int(raw)
        return float(raw)


@element("slider", "slider")
def slider(
    self: Container,
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: int | str = "stretch",
    persist_state: Literal["page", "session"] | None = None,
    bind: Literal["query-params"] | None = None,
) -> Any:
    """A slider; returns its value, or a (low, high) tuple when `value` is a pair."""
    is_range = isinstance(value, list | tuple)
    if is_range and len(value) != 2:
        raise WidgetValueError("slider", label, f"a range needs two values, got {value!r}")
    min_value, max_value, step = map(plain_number, (min_value, max_value, step))
    value = [plain_number(v) for v in value] if is_range else plain_number(value)
    given = [v for v in ([*value] if is_range else [value]) if v is not None]
    numeric_step = [step] if isinstance(step, int | float) and not isinstance(step, bool) else []
    try:
        data_type = _data_type(
            [*given, *(v for v in (min_value, max_value) if v is not None), *numeric_step]
        )
    except ValueError as exc:
        raise WidgetValueError(
            "slider",
            label,
            f"min_value, max_value and value must all be ints, floats, dates, times or "
            f"datetimes of one kind; got {exc}",
        ) from None
    min_value, max_value, step = _bounds(data_type, min_value, max_value, step, given)
    codec = _Codec(data_type)
    wire_step = (
        step.total_seconds() / (86400 if data_type == "date" else 1)
        if isinstance(step, dt.timedelta)
        else step
    )

    numeric = data_type in ("int", "float")

    def check(one: Any) -> Any:
        # Set through Session State: taken as it is (3.0 stays a float in an int
        # slider) when it is of the slider's kind and inside its range.
        one = plain_number(one)
        try:
            kind = _data_type([one])
            if kind != data_type and not (numeric and kind in ("int", "float")):
                raise ValueError(data_type)
            inside = min_value <= one <= max_value
        except (TypeError, ValueError):
            article = "an" if data_type == "int" else "a"
            raise WidgetValueError(
                "slider", label, f"value {one!r} is not {article} {data_type}"
            ) from None
        if not inside:
            raise WidgetValueError(
                "slider",
                label,
                f"value {one!r} must lie between min_value {min_value!r} "
                f"and max_value {max_value!r}",
            )
        return one

    def validate(val: Any) -> Any:
        if is_range:
            if not isinstance(val, list | tuple) or len(val) != 2:
                raise WidgetValueError("slider", label, f"expected a (low, high) pair, got {val!r}")
            check(val[0])
            check(val[1])
            return val
        return check(val)

    def ordered(val: Any) -> Any:
        if is_range:
            low, high = val
            return (low, high) if low <= high else (high, low)
        return val

    def decode(raw: Any) -> Any:
        def number(x: Any) -> Any:
            # A finite number first (Infinity, 1e20 for a date, 400 digits for a
            # float refused here, not raised by the conversion).
            try:
                return codec.from_wire(wire_number(x))
            except (WireValueError, OverflowError, ValueError, OSError):
                raise WidgetValueError(
                    "slider", label, f"expected a {data_type} slider's number, got {short(x)}"
                ) from None

        if is_range:
            if not isinstance(raw, list) or len(raw) != 2:
                raise WidgetValueError("slider", label, f"expected two numbers, got {raw!r}")
            return ordered(validate((number(raw[0]), number(raw[1]))))
        return validate(number(raw))

    def encode(val: Any) -> Any:
        return [codec.to_wire(v) for v in val] if is_range else codec.to_wire(val)

    # The default is not checked against the range: it is shown as given.
    if is_range:
        low = value[0] if value[0] is not None else min_value
        high = value[1] if value[1] is not None else max_value
        initial: Any = ordered((low, high))
    else:
        initial = value if value is not None else min_value
    return draw(
        self,
        Spec(
            width=check_width("slider", width, allow_content=False),
            kind="slider",
            label=label,
            key=key,
            shape=(data_type, repr(min_value), repr(max_value), repr(step), is_range),
            default=initial,
            default_given=value is not None,
            decode=decode,
            encode=encode,
            validate=validate,
            props={
                "min": codec.to_wire(min_value),
                "max": codec.to_wire(max_value),
                "step": wire_step,
                "data_type": data_type,
                "range": is_range,
                "format": format,
            },
            extra_identity=(repr(initial), format),
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


def _bounds(
    data_type: str, low: Any, high: Any, step: Any, given: list[Any]
) -> tuple[Any, Any, Any]:
    """Fill in a missing min, max and step the way Streamlit users expect."""
    week2 = dt.timedelta(days=14)
    default_low: Any
    default_high: Any
    default_step: Any
    anchor = given[0] if given else low if low is not None else high
    if data_type == "int":
        default_low, default_high, default_step = 0, 100, 1
    elif data_type == "float":
        default_low, default_high, default_step = 0.0, 1.0, 0.01
    elif data_type == "time":
        default_low, default_high = dt.time(0, 0), dt.time(23, 59, 59)
        default_step = dt.timedelta(minutes=15)
    else:
        default_low = (min(given) if given else anchor) - week2
        default_high = (max(given) if given else anchor) + week2
        default_step = dt.timedelta(days=1) if data_type == "date" else dt.timedelta(minutes=15)
    low = default_low if low is None else low
    high = default_high if high is None else high
    if data_type == "float":
        low, high = float(low), float(high)
    return low, high, default_step if step is None else step
