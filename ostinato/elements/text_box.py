"""Helper (registers nothing): the text box that st.text_input and st.text_area share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.widget import Args, Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError
from ostinato.state.session_state import Persist

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def draw_text_box(
    self: Container,
    kind: str,
    label: str,
    value: str | None,
    max_chars: int | None,
    key: str | int | None,
    help: str | None,
    on_change: Callback,
    args: Args,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: LabelVisibility,
    persist: Persist,
    props: dict[str, Any],
    bind: Literal["query-params"] | None = None,
    width: str | int | None = None,
) -> str | None:
    def validate(raw: Any) -> str | None:
        if raw is None:
            return None
        if not isinstance(raw, str):
            raw = str(raw)
        if max_chars is not None and len(raw) > max_chars:
            raise WidgetValueError(
                kind, label, f"{len(raw)} characters given but max_chars is {max_chars}"
            )
        return str(raw)

    def preset(raw: Any) -> str | None:
        # Set through Session State: a string is taken as it is (even longer than
        # max_chars); anything else but None is refused.
        if raw is None or isinstance(raw, str):
            return raw
        raise TypeError(
            f'st.{kind} "{label}": Session State holds {raw!r} ({type(raw).__name__}), '
            "which is not a string."
        )

    # A default longer than max_chars is cut to max_chars.
    initial = None if value is None else str(value)
    if initial is not None and max_chars is not None:
        initial = initial[:max_chars]
    result = draw(
        self,
        Spec(
            width=width,
            kind=kind,
            label=label,
            key=key,
            shape=(max_chars,),
            default=initial,
            default_given=value not in ("", None),
            decode=validate,
            encode=lambda val: val,
            validate=preset,
            props={"max_chars": max_chars, **props},
            extra_identity=(initial,),
            callback=on_change,
            args=args,
            kwargs=kwargs,
            persist=persist,
            bind=bind,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        ),
    )
    return None if result is None else str(result)
