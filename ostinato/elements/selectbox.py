"""st.selectbox: a drop-down list, one option chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.options import single_choice
from ostinato.elements.sizing import check_width
from ostinato.elements.widget import Args, Callback, LabelVisibility
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("selectbox", "selectbox")
def selectbox(
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
    placeholder: str = "Choose an option",
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: int | str = "stretch",
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
    accept_new_options: bool = False,
) -> Any:
    """A drop-down list; returns the chosen option (None when `index=None` and untouched),
    or with `accept_new_options` the text a user typed that is no option."""
    return single_choice(
        self, "selectbox", label, options, index, format_func, key, help, on_change, args,
        kwargs, disabled, label_visibility, persist_state, {"placeholder": placeholder},
        bind, bool(accept_new_options),
        width=check_width("selectbox", width, allow_content=False),
    )  # fmt: skip
