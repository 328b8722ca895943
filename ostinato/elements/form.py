"""st.form and st.form_submit_button: widgets whose changes reach the script together,
when submitted. Both live here (nodes "block:form" and "form_submit_button") because
each checks and updates the run's record of open forms that the other relies on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.sizing import button_width, check_height, check_width
from ostinato.elements.trigger import trigger_spec
from ostinato.elements.widget import Callback, draw
from ostinato.errors import FormError
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("form", "block:form")
def form(
    self: Container,
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
    width: int | str = "stretch",
    height: int | str = "content",
) -> Container:
    """A form: its widgets send their values only when its submit button is clicked."""
    width = check_width("form", width)
    height = check_height("form", height)
    from ostinato.elements.container import Container

    ctx, parent = self._target()
    outer = ctx.form_of(parent)
    if outer is not None:
        raise FormError(
            f'st.form "{key}" is inside the form "{outer}"; forms cannot be nested. '
            "Close the outer form first."
        )
    form_id = str(key)
    if form_id in ctx.forms:
        raise FormError(
            f'There are two forms with the key "{form_id}". Give each st.form its own key.'
        )
    props = {
        "kind": "form",
        "form_id": form_id,
        "border": border,
        "enter": enter_to_submit,
        "width": width,
        "height": height,
    }
    path = ctx.add(parent, Node("block", props, children=[]))
    ctx.forms[form_id] = (path, False)
    if clear_on_submit:
        ctx.clearing_forms.add(form_id)
    return Container(path)


@element("form_submit_button", "form_submit_button")
def form_submit_button(
    self: Container,
    label: str = "Submit",
    help: str | None = None,
    on_click: Callback = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    key: str | int | None = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: int | str = "content",
) -> bool:
    """The button that submits its form: True in the run after a click."""
    ctx, parent = self._target()
    form_id = ctx.form_of(parent)
    if form_id is None:
        raise FormError(
            f'st.form_submit_button "{label}" must be inside a form: '
            'with st.form("my_form"): ... st.form_submit_button()'
        )
    path, _ = ctx.forms[form_id]
    ctx.forms[form_id] = (path, True)
    auto_key = key is None
    if auto_key:
        # Streamlit's key for a submit button, so tests can find it by key.
        key = f"FormSubmitter:{form_id}-{label}"
    spec = trigger_spec(
        "form_submit_button", label, key, help, on_click, args, kwargs, type, icon, disabled
    )
    spec.props["auto_key"] = auto_key
    spec.props["width"] = button_width("form_submit_button", width, use_container_width)
    spec.extra_identity = (form_id,)
    return bool(draw(self, spec))
