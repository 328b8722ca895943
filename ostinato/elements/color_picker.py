"""st.color_picker: a colour chooser; colours travel as hex strings."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.sizing import check_width
from ostinato.elements.widget import Args, Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


_HEX = re.compile(r"^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$")


@element("color_picker", "color_picker")
def color_picker(
    self: Container,
    label: str,
    value: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: int | str = "content",
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> str:
    """A colour chooser; returns the colour as given ("#AbCdEf" keeps its case, "#FA0"
    stays short); a colour the user picks comes back as "#rrggbb"."""

    def validate(raw: Any) -> str:
        if not isinstance(raw, str) or not _HEX.match(raw):
            raise WidgetValueError(
                "color_picker", label, f'expected a hex colour like "#ff8800", got {raw!r}'
            )
        return raw

    def preset(raw: Any) -> Any:
        # Set through Session State: a string is taken as it is ("blue" too).
        if isinstance(raw, str):
            return raw
        raise TypeError(
            f'st.color_picker "{label}": Session State holds {raw!r} '
            f"({type(raw).__name__}), which is not a string."
        )

    initial = validate(value) if value is not None else "#000000"
    return str(
        draw(
            self,
            Spec(
                width=check_width("color_picker", width, allow_content=True),
                kind="color_picker",
                label=label,
                key=key,
                shape=(),
                default=initial,
                default_given=value is not None,
                decode=validate,
                encode=str,
                validate=preset,
                extra_identity=(initial,),
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
    )
