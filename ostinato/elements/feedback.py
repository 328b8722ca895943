"""st.feedback: thumbs, faces or stars; the value is the index chosen, or None."""

from __future__ import annotations

import numbers
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.button_group import OnChange, check_on_change, ignores
from ostinato.elements.link_button import check_width
from ostinato.elements.widget import Args, Spec, draw
from ostinato.errors import OstinatoAPIException, WidgetValueError
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}
"""How many options each kind of feedback has."""


def _is_index(value: Any, count: int) -> bool:
    return (
        not isinstance(value, bool)
        and isinstance(value, numbers.Integral)
        and 0 <= int(value) < count
    )


@element("feedback", "feedback")
def feedback(
    self: Container,
    options: Literal["thumbs", "faces", "stars"] = "thumbs",
    *,
    key: str | int | None = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: OnChange = "rerun",
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    width: int | Literal["content", "stretch"] = "content",
    bind: Literal["query-params"] | None = None,
    persist_state: Persist = None,
) -> int | None:
    """A row of thumbs (0 down, 1 up), faces or stars (0..4, worst to best); returns
    the index chosen, or None until one is (choosing it again clears it)."""
    if options not in COUNTS:
        raise OstinatoAPIException(
            f"st.feedback options must be one of 'thumbs', 'faces' or 'stars', got {options!r}."
        )
    count = COUNTS[options]
    if default is not None and not _is_index(default, count):
        raise OstinatoAPIException(
            f"st.feedback default={default!r} is outside the range [0, {count - 1}] "
            f"of {options!r} feedback."
        )
    callback = check_on_change("feedback", on_change)
    layout_width = check_width("feedback", width)

    def decode(raw: Any) -> int | None:
        if raw is None:
            return None
        if not _is_index(raw, count):
            raise WidgetValueError("feedback", "", f"{raw!r} is not an index 0..{count - 1}")
        return int(raw)

    def validate(value: Any) -> Any:
        # Set through Session State: what is not an index of an option gives way to
        # the default, as in Streamlit.
        return value if value is None or _is_index(value, count) else default

    result: int | None = draw(
        self,
        Spec(
            kind="feedback",
            label="",
            key=key,
            shape=(options,),
            default=default,
            default_given=default is not None,
            decode=decode,
            encode=lambda value: None if value is None else int(value),
            validate=validate,
            props={
                "options": options,
                "count": count,
                "width": layout_width,
                "ignore_rerun": ignores(on_change),
            },
            extra_identity=(default, layout_width),
            keep=validate,
            callback=callback,
            args=args,
            kwargs=kwargs,
            persist=persist_state,
            bind=bind,
            disabled=disabled,
        ),
    )
    return result
