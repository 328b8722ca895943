"""Widgets that choose: checkbox, toggle, radio, selectbox, multiselect,
select_slider and color_picker. Options travel as indexes into the list."""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.widget import Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

Persist = Literal["page", "session"] | None
Args = tuple[Any, ...] | list[Any] | None


def _checkbox(
    self: Container,
    kind: str,
    label: str,
    value: bool,
    key: str | int | None,
    help: str | None,
    on_change: Callback,
    args: Args,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: LabelVisibility,
    persist: Persist,
    bind: Literal["query-params"] | None = None,
) -> bool:
    def check(raw: Any) -> bool:
        if not isinstance(raw, bool):
            raise WidgetValueError(kind, label, f"expected True or False, got {raw!r}")
        return raw

    def preset(raw: Any) -> Any:
        # A number is taken as it is (1 checks the box); anything else is refused.
        if isinstance(raw, numbers.Integral):
            return raw
        raise TypeError(
            f'st.{kind} "{label}": Session State holds {raw!r} ({type(raw).__name__}), '
            "which is not True or False."
        )

    # A number set through Session State comes back as it is (1), as in Streamlit.
    result: bool = draw(
        self,
        Spec(
            kind=kind,
            label=label,
            key=key,
            shape=(),
            default=bool(value),
            default_given=bool(value),
            decode=check,
            encode=bool,
            validate=preset,
            extra_identity=(bool(value),),
            callback=on_change,
            args=args,
            kwargs=kwargs,
            persist=persist,
            bind=bind,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        ),
    )
    return result


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
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> bool:
    """A checkbox; returns whether it is checked."""
    return _checkbox(
        self, "checkbox", label, value, key, help, on_change, args, kwargs, disabled,
        label_visibility, persist_state, bind,
    )  # fmt: skip


@element("toggle", "toggle")
def toggle(
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
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> bool:
    """An on/off switch; returns whether it is on."""
    return _checkbox(
        self, "toggle", label, value, key, help, on_change, args, kwargs, disabled,
        label_visibility, persist_state, bind,
    )  # fmt: skip


class Options:
    """A widget's options and the labels the page shows for them."""

    def __init__(self, kind: str, label: str, options: Any, format_func: Callable[[Any], Any]):
        if getattr(options, "ndim", None) == 2 and hasattr(options, "columns"):
            # The first column of a DataFrame (`.name` would find a column "name").
            options = options[options.columns[0]]
        self.values: list[Any] = list(options) if options is not None else []
        self.labels = [str(format_func(option)) for option in self.values]
        self.kind = kind
        self.label = label

    def index_of(self, value: Any) -> int:
        """The index of `value`, or a WidgetValueError naming the valid options."""
        for index, option in enumerate(self.values):
            try:
                if option == value:
                    return index
            except Exception:  # options whose == is not a bool
                continue
        shown = ", ".join(repr(v) for v in self.values[:10])
        more = ", ..." if len(self.values) > 10 else ""
        raise WidgetValueError(
            self.kind, self.label, f"{value!r} is not one of the options [{shown}{more}]"
        )

    def has(self, value: Any) -> bool:
        """True if `value` is one of the options."""
        try:
            self.index_of(value)
        except WidgetValueError:
            return False
        return True

    def at(self, raw: Any) -> Any:
        """The option at wire index `raw`, or a WidgetValueError."""
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw < len(self.values):
            raise WidgetValueError(
                self.kind, self.label, f"option index {raw!r} is out of range 0..{len(self) - 1}"
            )
        return self.values[raw]

    def __len__(self) -> int:
        return len(self.values)


def _single_choice(
    self: Container,
    kind: str,
    label: str,
    options: Any,
    index: int | None,
    format_func: Callable[[Any], Any],
    key: str | int | None,
    help: str | None,
    on_change: Callback,
    args: Args,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: LabelVisibility,
    persist: Persist,
    props: dict[str, Any],
    bind: Literal["query-params"] | None = None,
) -> Any:
    opts = Options(kind, label, options, format_func)
    if index is not None and (
        isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < max(len(opts), 1)
    ):
        raise WidgetValueError(
            kind, label, f"index {index!r} must be between 0 and the number of options - 1"
        )
    default = opts.values[index] if index is not None and len(opts) else None

    def decode(raw: Any) -> Any:
        return None if raw is None else opts.at(raw)

    def validate(value: Any) -> Any:
        # A value that is not among the options (set through Session State, or kept
        # while the options changed) gives way to the default, silently.
        if value is not None and not opts.has(value):
            return default
        return value

    return draw(
        self,
        Spec(
            kind=kind,
            label=label,
            key=key,
            shape=(),
            default=default,
            default_given=index not in (0, None),
            decode=decode,
            encode=lambda value: None if value is None else opts.index_of(value),
            validate=validate,
            props={"options": opts.labels, **props},
            extra_identity=(tuple(opts.labels), index),
            keep=validate,
            callback=on_change,
            args=args,
            kwargs=kwargs,
            persist=persist,
            bind=bind,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        ),
    )


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
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> Any:
    """Radio buttons; returns the chosen option (None when `index=None` and untouched)."""
    return _single_choice(
        self, "radio", label, options, index, format_func, key, help, on_change, args, kwargs,
        disabled, label_visibility, persist_state,
        {"horizontal": horizontal, "captions": list(captions or [])}, bind,
    )  # fmt: skip


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
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> Any:
    """A drop-down list; returns the chosen option (None when `index=None` and untouched)."""
    return _single_choice(
        self, "selectbox", label, options, index, format_func, key, help, on_change, args,
        kwargs, disabled, label_visibility, persist_state, {"placeholder": placeholder},
    bind,
    )  # fmt: skip


@element("multiselect", "multiselect")
def multiselect(
    self: Container,
    label: str,
    options: Iterable[Any],
    default: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    *,
    max_selections: int | None = None,
    placeholder: str = "Choose options",
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> Any:
    """Choose any number of options; returns them in the order they were chosen (a
    value set through Session State as it was given, a tuple say)."""
    opts = Options("multiselect", label, options, format_func)

    def listed(value: Any) -> list[Any]:
        return [] if value is None else list(value) if isinstance(value, list | tuple) else [value]

    def check_count(chosen: list[Any]) -> list[Any]:
        if max_selections is not None and len(chosen) > max_selections:
            raise WidgetValueError(
                "multiselect",
                label,
                f"{len(chosen)} options chosen but max_selections is {max_selections}",
            )
        return chosen

    def strict(value: Any) -> list[Any]:
        chosen = listed(value)
        for item in chosen:
            opts.index_of(item)
        return check_count(chosen)

    def validate(value: Any) -> Any:
        # Set through Session State: taken as it is (a tuple stays a tuple) when every
        # item is an option; otherwise the items that are not are dropped.
        items = listed(value)
        known = check_count([item for item in items if opts.has(item)])
        return value if len(known) == len(items) and value is not None else known

    def keep(value: Any) -> Any:
        items = listed(value)
        known = [item for item in items if opts.has(item)]
        return value if len(known) == len(items) else known

    def decode(raw: Any) -> list[Any]:
        if not isinstance(raw, list):
            raise WidgetValueError("multiselect", label, f"expected a list of indexes, got {raw!r}")
        return strict([opts.at(i) for i in raw])

    initial = strict(default)
    return draw(
        self,
        Spec(
            kind="multiselect",
            label=label,
            key=key,
            shape=(max_selections,),
            default=initial,
            default_given=bool(initial),
            decode=decode,
            encode=lambda value: [opts.index_of(v) for v in listed(value)],
            validate=validate,
            props={
                "options": opts.labels,
                "max_selections": max_selections,
                "placeholder": placeholder,
            },
            extra_identity=(tuple(opts.labels), repr(initial)),
            keep=keep,
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


@element("select_slider", "select_slider")
def select_slider(
    self: Container,
    label: str,
    options: Iterable[Any] = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
) -> Any:
    """A slider over a list of options; a (low, high) value makes it a range."""
    opts = Options("select_slider", label, options, format_func)
    if not len(opts):
        raise WidgetValueError("select_slider", label, "options must not be empty")
    is_range = isinstance(value, list | tuple) and len(value) == 2

    def ordered(val: Any) -> Any:
        if is_range:
            if not isinstance(val, list | tuple) or len(val) != 2:
                raise WidgetValueError("select_slider", label, f"expected two options, got {val!r}")
            low, high = sorted((opts.index_of(val[0]), opts.index_of(val[1])))
            return (opts.values[low], opts.values[high])
        opts.index_of(val)
        return val

    def validate(val: Any) -> Any:
        # Set through Session State: taken as it is (a range in any order), unless an
        # item is not an option, when the default is used instead.
        items = list(val) if is_range and isinstance(val, list | tuple) else [val]
        if (is_range and len(items) != 2) or not all(opts.has(v) for v in items):
            return initial
        return tuple(val) if is_range else val

    def keep(val: Any) -> Any:
        fixed = validate(val)
        return val if fixed == val else fixed

    def decode(raw: Any) -> Any:
        if is_range:
            if not isinstance(raw, list) or len(raw) != 2:
                raise WidgetValueError("select_slider", label, f"expected two indexes, got {raw!r}")
            return ordered((opts.at(raw[0]), opts.at(raw[1])))
        return opts.at(raw)

    def encode(val: Any) -> Any:
        return [opts.index_of(v) for v in val] if is_range else opts.index_of(val)

    initial = ordered(value) if value is not None else opts.values[0]
    return draw(
        self,
        Spec(
            kind="select_slider",
            label=label,
            key=key,
            shape=(is_range,),
            default=initial,
            default_given=value is not None,
            decode=decode,
            encode=encode,
            validate=validate,
            props={"options": opts.labels, "range": is_range},
            extra_identity=(tuple(opts.labels), repr(initial)),
            keep=keep,
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
