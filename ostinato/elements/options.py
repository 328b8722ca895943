"""Helper (registers nothing): the options of choice widgets, their labels and
wire indexes, and the single-choice widget that st.radio and st.selectbox share."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.widget import Args, Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError
from ostinato.state.session_state import Persist
from ostinato.tree.markdown import render_label

if TYPE_CHECKING:
    from ostinato.elements.container import Container


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

    def typed(self, text: str) -> Any:
        """What a user typed into a widget with accept_new_options: the option whose
        label it is, else the text itself (a new option)."""
        for index, label in enumerate(self.labels):
            if label == text:
                return self.values[index]
        return text

    def wire(self, value: Any, accept_new: bool) -> int | str:
        """The wire form of one chosen `value`: its option index, or (with
        accept_new_options) a value that is no option as its text."""
        if accept_new and not self.has(value):
            return str(value)
        return self.index_of(value)


def single_choice(
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
    accept_new: bool = False,
    width: str | int | None = None,
) -> Any:
    """The widget choosing one option (radio, selectbox); with `accept_new` a value
    typed by the user (a string) or set through Session State may be no option."""
    opts = Options(kind, label, options, format_func)
    if props.pop("markdown_options", False):
        # Options (and captions) are Markdown, as Streamlit's radio draws them.
        props["options_html"] = [render_label(text) for text in opts.labels]
        props["captions_html"] = [render_label(str(text)) for text in props.get("captions", [])]
    if index is not None and (
        isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < max(len(opts), 1)
    ):
        raise WidgetValueError(
            kind, label, f"index {index!r} must be between 0 and the number of options - 1"
        )
    default = opts.values[index] if index is not None and len(opts) else None

    def decode(raw: Any) -> Any:
        if accept_new and isinstance(raw, str):
            return opts.typed(raw)
        return None if raw is None else opts.at(raw)

    def validate(value: Any) -> Any:
        # A value that is not among the options (set through Session State, or kept
        # while the options changed) gives way to the default, silently.
        if value is not None and not accept_new and not opts.has(value):
            return default
        return value

    return draw(
        self,
        Spec(
            width=width,
            kind=kind,
            label=label,
            key=key,
            shape=(accept_new,) if accept_new else (),
            default=default,
            default_given=index not in (0, None),
            decode=decode,
            encode=lambda value: None if value is None else opts.wire(value, accept_new),
            validate=validate,
            props={
                "options": opts.labels,
                **props,
                **({"accept_new_options": True} if accept_new else {}),
            },
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
