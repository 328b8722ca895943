"""st.time_input: a time picker with a step between choices."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.dates import is_word
from ostinato.elements.sizing import check_width
from ostinato.elements.widget import Args, Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


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
    width: int | str = "stretch",
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
    value_given = not is_word(value, "now") and value is not None
    if is_word(value, "now"):
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
            width=check_width("time_input", width, allow_content=False),
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
