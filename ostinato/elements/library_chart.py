"""Helper (registers nothing): what the library charts (st.plotly_chart,
st.pydeck_chart, st.echarts_chart, st.graphviz_chart) share: their size checks,
`on_select` checks, and the read-only selection state a chart with `on_select`
returns and keeps in Session State under its key."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.widget import Spec, draw
from ostinato.errors import OstinatoAPIException, WidgetValueError
from ostinato.tree.node import Node

if TYPE_CHECKING:
    from ostinato.elements.container import Container

Size = Literal["stretch", "content"] | int
OnSelect = Literal["ignore", "rerun"] | Callable[..., Any]

READ_ONLY = "A chart's selection state cannot be changed: it follows what the user selects."


class ChartState(dict[str, Any]):
    """A read-only dict whose items read as attributes too (`event.selection.points`);
    nested dicts come back the same way. What a chart with `on_select` returns."""

    def __getitem__(self, key: str) -> Any:
        item = super().__getitem__(key)
        return ChartState(item) if isinstance(item, dict) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {key!r}"
            ) from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError(READ_ONLY)

    def __setitem__(self, key: str, value: Any) -> None:
        raise TypeError(READ_ONLY)

    def __delitem__(self, key: str) -> None:
        raise TypeError(READ_ONLY)

    def update(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError(READ_ONLY)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))


def check_size(
    command: str, name: str, value: Any, *, content: bool = True, stretch: bool = True
) -> None:
    """`width`/`height`: a positive int (pixels), or "stretch"/"content" where allowed."""
    words = [w for w, ok in (("stretch", stretch), ("content", content)) if ok]
    if isinstance(value, str) and value in words:
        return
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return
    options = ["a positive integer (pixels)", *(repr(w) for w in words)]
    accepted = f"{', '.join(options[:-1])} or {options[-1]}"
    raise OstinatoAPIException(f"st.{command} {name} must be {accepted}, got {value!r}.")


def check_on_select(on_select: Any) -> None:
    """OstinatoAPIException unless `on_select` is "ignore", "rerun" or a callable."""
    if not (
        callable(on_select) or (isinstance(on_select, str) and on_select in ("ignore", "rerun"))
    ):
        raise OstinatoAPIException(
            f'on_select must be "ignore", "rerun" or a callable, got {on_select!r}.'
        )


def check_theme(command: str, theme: Any) -> None:
    """OstinatoAPIException unless `theme` is "streamlit" or None."""
    if theme not in ("streamlit", None):
        raise OstinatoAPIException(
            f'st.{command} theme must be "streamlit" or None, got {theme!r}.'
        )


def container_width(width: Any, use_container_width: bool | None) -> Any:
    """Streamlit's deprecated `use_container_width`: True → "stretch", False →
    "content" unless a width in pixels is given."""
    if use_container_width is None:
        return width
    if use_container_width:
        return "stretch"
    return width if isinstance(width, int) and not isinstance(width, bool) else "content"


def identity(*parts: Any) -> str:
    """A short digest of what identifies a chart without a key (its spec, sizes, …)."""
    text = json.dumps(parts, default=str, sort_keys=True)
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def selection_chart(
    self: Container,
    kind: str,
    props: dict[str, Any],
    *,
    key: str | int | None,
    on_select: OnSelect,
    empty: dict[str, Any],
    shape: tuple[Any, ...],
    ident: str,
    state_type: type[ChartState] = ChartState,
) -> Any:
    """Add the chart as a widget whose value is its selection (`empty` until the user
    selects); returns that value as `state_type`. Script thread."""

    def wrap(raw: Any) -> ChartState:
        selection = dict(empty)
        if isinstance(raw, dict) and isinstance(raw.get("selection"), dict):
            selection.update(raw["selection"])
        return state_type({"selection": selection})

    def decode(raw: Any) -> ChartState:
        if raw is not None and not (
            isinstance(raw, dict) and isinstance(raw.get("selection"), dict)
        ):
            raise WidgetValueError(kind, "", f"expected {{'selection': {{...}}}}, got {raw!r}")
        return wrap(raw)

    def encode(value: Any) -> Any:
        return json.loads(json.dumps(value, default=str))

    def refuse(raw: Any) -> Any:
        raise OstinatoAPIException(READ_ONLY)

    return draw(
        self,
        Spec(
            kind=kind,
            label="",
            key=key,
            shape=shape,
            default=wrap(None),
            default_given=False,
            decode=decode,
            encode=encode,
            validate=refuse,
            props={"label_html": "", **props},
            extra_identity=(ident,),
            callback=on_select if callable(on_select) else None,
            settable=False,
        ),
    )


def add_chart(self: Container, kind: str, props: dict[str, Any]) -> None:
    """Add a chart without selections. Script thread."""
    self._add(Node(kind, props))
