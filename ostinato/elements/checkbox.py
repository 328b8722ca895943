"""st.checkbox: a box that is checked or not."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.checkable import draw_checkable
from ostinato.elements.sizing import check_width
from ostinato.elements.widget import Args, Callback, LabelVisibility
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("checkbox", "checkbox")
def checkbox(
    self: Container,
    label: str,
    value: bool = False,
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
) -> bool:
    """A checkbox; returns whether it is checked."""
    return draw_checkable(
        self, "checkbox", label, value, key, help, on_change, args, kwargs, disabled,
        label_visibility, persist_state, bind,
        width=check_width("checkbox", width, allow_content=True),
    )  # fmt: skip
