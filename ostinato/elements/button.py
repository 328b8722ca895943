"""st.button: a trigger that is True for exactly one run after a click."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.sizing import button_width
from ostinato.elements.trigger import trigger_spec
from ostinato.elements.widget import Callback, draw
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("button", "button")
def button(
    self: Container,
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callback = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    persist_state: Literal["page", "session"] | None = None,
) -> bool:
    """A button: True in the run that follows a click, False otherwise."""
    spec = trigger_spec(
        "button", label, key, help, on_click, args, kwargs, type, icon, disabled, persist_state
    )
    spec.props["width"] = button_width("button", width, use_container_width)
    return bool(draw(self, spec))
