"""st.text_input: a one-line text box."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.sizing import check_width
from ostinato.elements.text_box import draw_text_box
from ostinato.elements.widget import Args, Callback, LabelVisibility
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("text_input", "text_input")
def text_input(
    self: Container,
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: str | int | None = None,
    type: Literal["default", "password"] = "default",
    help: str | None = None,
    autocomplete: str | None = None,
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
) -> str | None:
    """A one-line text box; the page sends its value on Enter or when it loses focus."""
    return draw_text_box(
        self, "text_input", label, value, max_chars, key, help, on_change, args, kwargs,
        disabled, label_visibility, persist_state,
        {"placeholder": placeholder, "password": type == "password", "autocomplete": autocomplete},
    bind,
        width=check_width("text_input", width, allow_content=False),
    )  # fmt: skip
