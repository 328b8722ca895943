"""st.multiselect: any number of options, in the order chosen."""

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
    width: int | str = "stretch",
    persist_state: Persist = None,
    bind: Literal["query-params"] | None = None,
    accept_new_options: bool = False,
) -> Any:
    """Choose any number of options; returns them in the order they were chosen (a
    value set through Session State as it was given, a tuple say); with
    `accept_new_options` also the texts a user typed that are no options."""
    opts = Options("multiselect", label, options, format_func)
    accept_new = bool(accept_new_options)

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
        if not accept_new:
            for item in chosen:
                opts.index_of(item)
        return check_count(chosen)

    def validate(value: Any) -> Any:
        # Set through Session State: taken as it is (a tuple stays a tuple) when every
        # item is an option (or new ones are accepted); otherwise the others are dropped.
        items = listed(value)
        known = check_count([item for item in items if accept_new or opts.has(item)])
        return value if len(known) == len(items) and value is not None else known

    def keep(value: Any) -> Any:
        items = listed(value)
        known = [item for item in items if accept_new or opts.has(item)]
        return value if len(known) == len(items) else known

    def one(raw: Any) -> Any:
        return opts.typed(raw) if accept_new and isinstance(raw, str) else opts.at(raw)

    def decode(raw: Any) -> list[Any]:
        if not isinstance(raw, list):
            raise WidgetValueError("multiselect", label, f"expected a list of indexes, got {raw!r}")
        return strict([one(i) for i in raw])

    initial = strict(default)
    return draw(
        self,
        Spec(
            width=check_width("multiselect", width, allow_content=False),
            kind="multiselect",
            label=label,
            key=key,
            shape=(max_selections, accept_new) if accept_new else (max_selections,),
            default=initial,
            default_given=bool(initial),
            decode=decode,
            encode=lambda value: [opts.wire(v, accept_new) for v in listed(value)],
            validate=validate,
            props={
                "options": opts.labels,
                "max_selections": max_selections,
                "placeholder": placeholder,
                **({"accept_new_options": True} if accept_new else {}),
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
