"""st.menu_button: a button opening a menu of options; the option clicked is the
value for the one run that follows (None otherwise), as a button's True is."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.link_button import check_icon, check_width
from ostinato.elements.options import Options
from ostinato.elements.widget import Args, Callback, Spec, draw
from ostinato.errors import FormError, OstinatoAPIException, WidgetValueError
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("menu_button", "menu_button")
def menu_button(
    self: Container,
    label: str,
    options: Iterable[Any],
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callback = None,
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    width: int | Literal["content", "stretch"] = "content",
    format_func: Callable[[Any], Any] = str,
    wrap: bool | None = None,
) -> Any:
    """A button with a drop-down menu; returns the option clicked, in the run that
    follows the click only (None in other runs)."""
    label = "" if label is None else str(label)
    if on_click is not None and not callable(on_click):
        raise OstinatoAPIException(
            f"st.menu_button on_click must be a callable or None, got {on_click!r}."
        )
    ctx, parent = self._target()
    if ctx.form_of(parent) is not None:
        raise FormError(
            f'st.menu_button "{label}" cannot be used inside an st.form: a form sends its '
            "values with its st.form_submit_button. Move the menu button out of the form."
        )
    if type not in ("primary", "secondary", "tertiary"):
        raise OstinatoAPIException(
            f"st.menu_button type must be 'primary', 'secondary' or 'tertiary', got {type!r}."
        )
    opts = Options("menu_button", label, options, format_func)
    if not len(opts):
        raise OstinatoAPIException("st.menu_button needs options: provide at least one option.")
    if len(set(opts.labels)) != len(opts.labels):
        raise OstinatoAPIException(
            "st.menu_button: the format_func produced duplicate labels for the options; "
            "each option's label must be unique."
        )
    layout_width = check_width("menu_button", width)
    shown_icon = check_icon("menu_button", icon)

    def decode(raw: Any) -> Any:
        return None if raw is None else opts.at(raw)

    def refuse(value: Any) -> Any:
        raise WidgetValueError(
            "menu_button", label, "its value is the option clicked; it cannot be set"
        )

    return draw(
        self,
        Spec(
            kind="menu_button",
            label=label,
            key=key,
            shape=(),
            default=None,
            default_given=False,
            decode=decode,
            encode=lambda value: None if value is None else opts.index_of(value),
            validate=refuse,
            props={
                "options": opts.labels,
                "kind": type,
                "icon": shown_icon,
                "width": layout_width,
                "wrap": wrap,
            },
            extra_identity=(tuple(opts.labels), type, shown_icon, layout_width),
            callback=on_click,
            args=args,
            kwargs=kwargs,
            settable=False,
            one_shot=True,
            help=help,
            disabled=disabled,
        ),
    )
