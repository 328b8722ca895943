"""Helper (registers nothing): what st.checkbox and st.toggle share, a widget that is
True or False."""

from __future__ import annotations

import numbers
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.widget import Args, Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError
from ostinato.state.session_state import Persist

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def draw_checkable(
    self: Container,
    kind: str,
    label: str,
    value: bool,
    key: str | int | None,
    help: str | None,
    on_change: Callback,
    args: Args,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: LabelVisibility,
    persist: Persist,
    bind: Literal["query-params"] | None = None,
    width: str | int | None = None,
) -> bool:
    def check(raw: Any) -> bool:
        if not isinstance(raw, bool):
            raise WidgetValueError(kind, label, f"expected True or False, got {raw!r}")
        return raw

    def preset(raw: Any) -> Any:
        # A number is taken as it is (1 checks the box); anything else is refused.
        if isinstance(raw, numbers.Integral):
            return raw
        raise TypeError(
            f'st.{kind} "{label}": Session State holds {raw!r} ({type(raw).__name__}), '
            "which is not True or False."
        )

    # A number set through Session State comes back as it is (1), as in Streamlit.
    result: bool = draw(
        self,
        Spec(
            width=width,
            kind=kind,
            label=label,
            key=key,
            shape=(),
            default=bool(value),
            default_given=bool(value),
            decode=check,
            encode=bool,
            validate=preset,
            extra_identity=(bool(value),),
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
    return result
