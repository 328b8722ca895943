"""st.select_slider: a slider over a list of options, or a range of them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.options import Options
from ostinato.elements.sizing import check_width
from ostinato.elements.widget import Args, Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


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
    width: int | str = "stretch",
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
            width=check_width("select_slider", width, allow_content=False),
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
