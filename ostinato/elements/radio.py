"""st.radio: radio buttons, one option chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.options import single_choice
from ostinato.elements.sizing import check_width
from ostinato.elements.widget import Args, Callback, LabelVisibility
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("radio", "radio")
def radio(
    self: Container,
    label: str,
    options: Iterable[Any],
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Sequence[str] | None = None,
    label_visibility: LabelVisibility = "visible",
    width: int | str = "content",
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> Any:
    """Radio buttons; returns the chosen option (None when `index=None` and untouched)."""
    return single_choice(
        self, "radio", label, options, index, format_func, key, help, on_change, args, kwargs,
        disabled, label_visibility, persist_state,
        {"horizontal": horizontal, "captions": list(captions or []), "markdown_options": True},
        bind,
        width=check_width("radio", width, allow_content=True),
    )  # fmt: skip
