"""st.pills and st.segmented_control: options drawn as a row of buttons, one or any
number chosen (a "button_group" node, as Streamlit's AppTest names both)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.link_button import check_width
from ostinato.elements.options import Options
from ostinato.elements.widget import Args, Callback, LabelVisibility, Spec, draw
from ostinato.errors import OstinatoAPIException, WidgetValueError
from ostinato.state.session_state import Persist
from ostinato.tree.markdown import render_label
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

SelectionMode = Literal["single", "multi"]
OnChange = Callback | Literal["rerun", "ignore"]


def check_on_change(kind: str, on_change: Any) -> Callback:
    """The callback of `on_change` (None for "rerun"/"ignore"), or an
    OstinatoAPIException naming what it accepts."""
    if on_change is None or on_change in ("rerun", "ignore"):
        return None
    if callable(on_change):
        return on_change  # type: ignore[no-any-return]
    raise OstinatoAPIException(
        f'st.{kind} on_change must be a callable, "rerun", "ignore" or None, got {on_change!r}.'
    )


def ignores(on_change: Any) -> bool:
    """True for on_change="ignore": the page keeps a change for the next rerun."""
    return isinstance(on_change, str) and on_change == "ignore"


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, Iterable):
        return [value]
    return list(value)


def button_group(
    self: Container,
    style: Literal["pills", "segmented_control"],
    label: str,
    options: Any,
    selection_mode: Any,
    default: Any,
    required: bool,
    format_func: Callable[[Any], Any] | None,
    key: str | int | None,
    help: str | None,
    on_change: Any,
    args: Args,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: LabelVisibility,
    width: Any,
    wrap: bool | None,
    bind: Literal["query-params"] | None,
    persist: Persist,
) -> Any:
    """What st.pills and st.segmented_control share; `style` is which one."""
    if selection_mode not in ("single", "multi"):
        raise OstinatoAPIException(
            f"st.{style} selection_mode must be 'single' or 'multi', got {selection_mode!r}."
        )
    if required and selection_mode == "multi":
        raise OstinatoAPIException(
            f"st.{style}: required=True cannot be combined with selection_mode='multi'; "
            "`required` is only supported for single-select mode."
        )
    callback = check_on_change(style, on_change)
    opts = Options(style, label, options, format_func or str)
    multi = selection_mode == "multi"
    defaults = _listed(default)
    if not multi and len(defaults) > 1:
        raise OstinatoAPIException(
            f"The default argument to st.{style} must be a single value when "
            "selection_mode='single'."
        )
    for item in defaults:
        if not opts.has(item):
            raise OstinatoAPIException(
                f"st.{style} default {item!r} is not one of the options; every default "
                "value must also be among the options."
            )
    layout_width = check_width(style, width)
    single_default = defaults[0] if defaults else None
    initial: Any = defaults if multi else single_default

    def decode(raw: Any) -> Any:
        if not isinstance(raw, list) or (not multi and len(raw) > 1):
            raise WidgetValueError(style, label, f"expected a list of option indexes, got {raw!r}")
        chosen = []
        for index in raw:
            option = opts.at(index)
            if option not in chosen:
                chosen.append(option)
        if multi:
            return chosen
        if not chosen and required:
            raise WidgetValueError(style, label, "an option is required (required=True)")
        return chosen[0] if chosen else None

    def encode(value: Any) -> list[int]:
        if multi:
            return [opts.index_of(item) for item in _listed(value)]
        return [] if value is None else [opts.index_of(value)]

    def validate(value: Any) -> Any:
        # Set through Session State: kept when every item is an option; a single
        # value that is not gives way to the default, a list keeps the options it has.
        if multi:
            items = _listed(value)
            known = [item for item in items if opts.has(item)]
            return value if len(known) == len(items) and value is not None else known
        return value if value is None or opts.has(value) else single_default

    labels_html = [render_label(text) for text in opts.labels]
    return draw(
        self,
        Spec(
            kind="button_group",
            label=label,
            key=key,
            shape=(style, selection_mode),
            default=initial,
            default_given=bool(defaults),
            decode=decode,
            encode=encode,
            validate=validate,
            props={
                "style": style,
                "options": opts.labels,
                "options_html": labels_html,
                "multi": multi,
                "required": required,
                "width": layout_width,
                "wrap": wrap,
                "ignore_rerun": ignores(on_change),
            },
            extra_identity=(tuple(opts.labels), repr(initial), layout_width),
            keep=validate,
            callback=callback,
            args=args,
            kwargs=kwargs,
            persist=persist,
            bind=bind,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        ),
    )


@element("pills", "button_group")
def pills(
    self: Container,
    label: str,
    options: Iterable[Any],
    *,
    selection_mode: SelectionMode = "single",
    default: Sequence[Any] | Any | None = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: OnChange = "rerun",
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: int | Literal["content", "stretch"] = "content",
    wrap: bool | None = None,
    bind: Literal["query-params"] | None = None,
    persist_state: Persist = None,
) -> Any:
    """Options as pill buttons: the chosen option (or None) when `selection_mode` is
    "single", the list of chosen options when "multi"."""
    return button_group(
        self, "pills", label, options, selection_mode, default, required, format_func, key,
        help, on_change, args, kwargs, disabled, label_visibility, width, wrap, bind,
        persist_state,
    )  # fmt: skip


@element("segmented_control", "button_group")
def segmented_control(
    self: Container,
    label: str,
    options: Iterable[Any],
    *,
    selection_mode: SelectionMode = "single",
    default: Sequence[Any] | Any | None = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: OnChange = "rerun",
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: int | Literal["content", "stretch"] = "content",
    wrap: bool | None = None,
    bind: Literal["query-params"] | None = None,
    persist_state: Persist = None,
) -> Any:
    """Options as a row of joined buttons: the chosen option (or None) when
    `selection_mode` is "single", the list of chosen options when "multi"."""
    return button_group(
        self, "segmented_control", label, options, selection_mode, default, required,
        format_func, key, help, on_change, args, kwargs, disabled, label_visibility, width,
        wrap, bind, persist_state,
    )  # fmt: skip
