"""st.number_input: a number box with - and + buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.sizing import check_width
from ostinato.elements.widget import Args, Callback, LabelVisibility, Spec, draw, plain_number
from ostinato.errors import WidgetValueError
from ostinato.state.session_state import Persist
from ostinato.state.validate import WireValueError, short, wire_number
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@element("number_input", "number_input")
def number_input(
    self: Container,
    label: str,
    min_value: float | int | None = None,
    max_value: float | int | None = None,
    value: Any = "min",
    step: float | int | None = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: int | str = "stretch",
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> float | int | None:
    """A number box with - and + buttons; ints in, ints out, otherwise floats."""
    min_value, max_value, step, value = map(plain_number, (min_value, max_value, step, value))
    value_given = value is not None and not (isinstance(value, str) and value == "min")
    numbers = [v for v in (min_value, max_value, step) if v is not None]
    if value not in ("min", None):
        numbers.append(value)
    for number in numbers:
        if not _is_number(number):
            raise WidgetValueError("number_input", label, f"{number!r} is not a number")
    # With no number given at all, the widget holds floats (starting at 0.0).
    is_int = bool(numbers) and all(isinstance(v, int) for v in numbers)
    if not is_int and any(isinstance(v, int) for v in numbers):
        raise WidgetValueError(
            "number_input",
            label,
            "min_value, max_value, value and step must all be ints or all be floats, got "
            + ", ".join(f"{v!r}" for v in numbers),
        )
    data_type = "int" if is_int else "float"
    if step is None:
        step = 1 if is_int else 0.01
    if value == "min":
        value = min_value if min_value is not None else (0 if is_int else 0.0)

    def inside(raw: Any) -> bool:
        return (min_value is None or raw >= min_value) and (max_value is None or raw <= max_value)

    def preset(raw: Any) -> float | int | None:
        # Set through Session State: a number is taken as it is (3 stays an int in a
        # float widget); one outside the range gives way to the default.
        if raw is None:
            return None
        raw = plain_number(raw)
        if not isinstance(raw, int | float):  # True is taken too, as in Streamlit
            raise TypeError(
                f'st.number_input "{label}": Session State holds {raw!r} '
                f"({type(raw).__name__}), which is not a number."
            )
        return raw if inside(raw) else initial

    def keep(raw: Any) -> Any:
        return raw if raw is None or inside(raw) else initial

    def validate(raw: Any) -> float | int | None:
        if raw is None:
            return None
        raw = plain_number(raw)
        if not _is_number(raw):
            raise WidgetValueError("number_input", label, f"expected a number, got {raw!r}")
        if is_int and isinstance(raw, float):
            if not raw.is_integer():
                raise WidgetValueError("number_input", label, f"expected an int, got {raw!r}")
            raw = int(raw)
        if not is_int:
            raw = float(raw)
        if min_value is not None and raw < min_value:
            raise WidgetValueError(
                "number_input", label, f"value {raw!r} is less than min_value {min_value!r}"
            )
        if max_value is not None and raw > max_value:
            raise WidgetValueError(
                "number_input", label, f"value {raw!r} is greater than max_value {max_value!r}"
            )
        return raw  # type: ignore[no-any-return]

    def decode(raw: Any) -> float | int | None:
        # From the page: a finite number (never a bool) whose conversion cannot overflow.
        if raw is not None:
            try:
                float(wire_number(raw))
            except (WireValueError, OverflowError):
                raise WidgetValueError(
                    "number_input", label, f"expected a number, got {short(raw)}"
                ) from None
        return validate(raw)

    initial = validate(value)
    result = draw(
        self,
        Spec(
            width=check_width("number_input", width, allow_content=False),
            kind="number_input",
            label=label,
            key=key,
            shape=(),
            default=initial,
            default_given=value_given,
            decode=decode,
            encode=lambda val: val,
            validate=preset,
            keep=keep,
            props={
                "min": min_value,
                "max": max_value,
                "step": step,
                "data_type": data_type,
                "format": format,
                "placeholder": placeholder,
            },
            extra_identity=(data_type, min_value, max_value, step, initial, format),
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
