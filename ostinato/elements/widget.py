"""Helper (registers nothing): what every widget does: compute its identity,
register with Session State, and add itself to the page."""

from __future__ import annotations

import hashlib
import json
import numbers
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ostinato.errors import (
    CachedWidgetWarning,
    DuplicateWidgetID,
    FormError,
    OstinatoAPIException,
)
from ostinato.state.session_state import Persist, SessionState, WidgetMeta
from ostinato.tree import markdown
from ostinato.tree.node import Node, Path
from ostinato.tree.notices import exception_node

if TYPE_CHECKING:
    from ostinato.elements.container import Container

LabelVisibility = Literal["visible", "hidden", "collapsed"]
Callback = Callable[..., Any] | None
Args = tuple[Any, ...] | list[Any] | None
"""What a widget passes to its callback as positional arguments."""


@dataclass
class Spec:
    """A widget being drawn: what identifies it, how its values travel, what it shows."""

    kind: str
    label: str
    key: str | int | None
    shape: tuple[Any, ...]
    """Parameters that change which values are valid; part of a keyed widget's identity."""
    default: Any
    default_given: bool
    decode: Callable[[Any], Any]
    encode: Callable[[Any], Any]
    validate: Callable[[Any], Any]
    props: dict[str, Any] = field(default_factory=dict)
    extra_identity: tuple[Any, ...] = ()
    """Further parameters that identify a widget without a key (its default, help, ...)."""
    callback: Callback = None
    args: tuple[Any, ...] | list[Any] | None = None
    kwargs: dict[str, Any] | None = None
    trigger: bool = False
    settable: bool = True
    one_shot: bool = False
    """The value lasts one run (st.chat_input): see WidgetMeta.one_shot."""
    persist: Persist = None
    bind: str | None = None
    """"query-params": the value lives in the URL too, so a shared link restores it."""
    help: str | None = None
    disabled: bool = False
    label_visibility: LabelVisibility = "visible"
    keep: Callable[[Any], Any] | None = None
    """For a keyed widget whose identity leaves out some parameters (a radio's options,
    a number_input's range): the value it kept from earlier runs as it can be now,
    e.g. the default when the kept value is no longer among the options."""
    width: str | int | None = None
    """Streamlit 1.67's `width` ("stretch", "content" or pixels), already validated;
    None for a widget without one."""
    dress: Callable[[Node], None] | None = None
    """Finishes the node before it is added (st.dataframe: its value is the table and
    its rows are made lazily, while the widget's value is the selection)."""


def widget_id(spec: Spec, page: str = "") -> str:
    """A stable id: the key and shape when keyed, else kind, label and parameters;
    and the page drawing it, unless it persists for the whole session."""
    scope = "" if spec.persist == "session" else page
    if spec.key is not None:
        basis = repr((spec.kind, "key", str(spec.key), spec.shape, scope))
    else:
        basis = repr((spec.kind, spec.label, spec.shape, spec.extra_identity, spec.help, scope))
    digest = hashlib.blake2b(basis.encode(), digest_size=8).hexdigest()
    return f"{spec.kind}-{digest}"


def draw(container: Container, spec: Spec) -> Any:
    """Register the widget for this run and add it to the page; return its value.

    Script thread.
    """
    return draw_at(container, spec)[0]


def draw_at(container: Container, spec: Spec) -> tuple[Any, Path]:
    """As `draw`, also returning where the node went (a stateful container's block,
    which its `dress` made, is written into through that path). Script thread."""
    if spec.label_visibility not in ("visible", "hidden", "collapsed"):
        raise OstinatoAPIException(
            f"label_visibility must be one of 'visible', 'hidden' or 'collapsed', "
            f"got {spec.label_visibility!r}."
        )
    if spec.persist not in (None, "page", "session"):
        raise OstinatoAPIException(
            f"persist_state must be None, 'page' or 'session', got {spec.persist!r}."
        )
    if spec.persist == "session" and spec.key is None:
        raise OstinatoAPIException(
            f'st.{spec.kind} "{spec.label}": persist_state="session" needs a key= so the '
            "value can be found again on another page."
        )
    ctx, parent = container._target()
    ctx.checkpoint()
    if ctx.recorders:  # inside a cached function: warn where the widget is, as Streamlit
        warning = exception_node(CachedWidgetWarning())
        warning.props["is_warning"] = True
        ctx.add(parent, warning)
    key = None if spec.key is None else str(spec.key)
    form_id = ctx.form_of(parent)
    if form_id is not None and spec.kind in ("button", "download_button"):
        raise FormError(
            f'st.{spec.kind} "{spec.label}" cannot be used inside the form "{form_id}": '
            "a form's values are sent by its st.form_submit_button. Use that, or move "
            f"the st.{spec.kind} out of the form."
        )
    if form_id is not None and spec.callback is not None and spec.kind != "form_submit_button":
        raise FormError(
            f'st.{spec.kind} "{spec.label}" is inside a form, where only the submit button '
            "may have a callback. Move on_change to st.form_submit_button(on_click=...)."
        )
    wid = widget_id(spec, ctx.page_scope)
    state = ctx.state
    if state.is_drawn(wid) or (key is not None and key in ctx.widget_keys):
        raise DuplicateWidgetID(spec.kind, spec.label, key)
    if key is not None:
        ctx.widget_keys.add(key)
    ctx.widget_count += 1
    meta = WidgetMeta(
        id=wid,
        kind=spec.kind,
        label=spec.label,
        key=key,
        decode=spec.decode,
        validate=spec.validate,
        encode=spec.encode,
        callback=spec.callback,
        args=tuple(spec.args or ()),
        kwargs=dict(spec.kwargs or {}),
        trigger=spec.trigger,
        settable=spec.settable,
        one_shot=spec.one_shot,
        persist=spec.persist,
        page=state.page,
        form_id=form_id,
        default=spec.default,
        order=ctx.widget_count,
    )
    query = ctx.session.query if ctx.session is not None else None
    if spec.bind is not None:
        _check_bind(spec, key)
        if query is not None and key is not None and key in query and not state.knows(wid, key):
            _adopt_from_query(spec, state, key, query.get_all(key))
    if key is not None and spec.keep is not None:
        _keep_valid(spec, state, wid, key)
    value = state.register_widget(meta, spec.default, spec.default_given)
    if spec.bind is not None and query is not None and key is not None:
        if _same_wire(spec, value, spec.default):
            query.pop(key, None)
        else:
            query[key] = _to_query(spec, value)
    props = {
        "id": wid,
        "key": key,
        "label": spec.label,
        "label_html": markdown.render_label(spec.label, spec.props.get("icon")),
        "help": spec.help,
        **({"help_html": markdown.render(str(spec.help))} if spec.help else {}),
        "disabled": spec.disabled,
        "label_visibility": spec.label_visibility,
        **({} if spec.width is None else {"width": spec.width}),
        **spec.props,
        "value": spec.encode(value),
    }
    if form_id is not None:
        props["form_id"] = form_id
        if form_id in ctx.clearing_forms and not spec.trigger:
            # The page shows this after a submit (clear_on_submit); Session State keeps
            # the submitted value until the form is submitted again, as in Streamlit.
            props["default"] = spec.encode(spec.default)
    node = Node(spec.kind, props, value=value)
    if spec.dress is not None:
        spec.dress(node)
    return value, ctx.add(parent, node)


def _keep_valid(spec: Spec, state: SessionState, wid: str, key: str) -> None:
    """Replace a value the widget kept from an earlier run that its parameters no
    longer allow (the options or the range changed under the same key)."""
    assert spec.keep is not None
    try:
        kept = state.widget_value(wid)
    except KeyError:
        return
    if key not in state or state[key] is not kept:
        return  # set through Session State since: validated when registered
    fixed = spec.keep(kept)
    if fixed is not kept:
        state.preset(key, fixed)


def plain_number(value: Any) -> Any:
    """A Python int or float for a number of another type (numpy scalars, say), so
    that widgets return plain values; anything else as it is."""
    if isinstance(value, bool) or type(value) in (int, float):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value)
    return value


def identity(value: Any) -> Any:
    """Encode/decode/validate for values that travel as they are."""
    return value


_TEXT_KINDS = {
    "text_input", "text_area", "color_picker", "date_input", "time_input", "date_time_input",
    "tabs",  # the open tab's label
}  # fmt: skip


def _check_bind(spec: Spec, key: str | None) -> None:
    if spec.bind != "query-params":
        raise OstinatoAPIException(
            f'st.{spec.kind} "{spec.label}": bind must be "query-params" or None, '
            f"got {spec.bind!r}."
        )
    if key is None:
        raise OstinatoAPIException(
            f'st.{spec.kind} "{spec.label}": bind="query-params" needs a key=, which names '
            "the parameter in the URL."
        )


def _same_wire(spec: Spec, a: Any, b: Any) -> bool:
    try:
        return bool(spec.encode(a) == spec.encode(b))
    except Exception:  # values the widget cannot encode count as different
        return False


def _to_query(spec: Spec, value: Any) -> list[str]:
    """The URL form of a widget's value: option labels, text as is, else JSON."""
    wire = spec.encode(value)
    items = wire if isinstance(wire, list) else [wire]
    labels = spec.props.get("options")
    if labels is not None:
        items = [labels[i] if isinstance(i, int) else i for i in items]
    return [item if isinstance(item, str) else json.dumps(item) for item in items]


def _adopt_from_query(spec: Spec, state: SessionState, key: str, texts: list[str]) -> None:
    """Start the widget from its URL value; a value it cannot take is ignored."""
    labels = spec.props.get("options")

    def one(text: str) -> Any:
        if labels is not None:
            if text not in labels and spec.props.get("accept_new_options"):
                return text  # a typed option (accept_new_options) travels as its text
            return labels.index(text)
        if spec.kind in _TEXT_KINDS:
            return text
        return json.loads(text)

    try:
        wire_default = spec.encode(spec.default)
        wire = [one(t) for t in texts] if isinstance(wire_default, list) else one(texts[-1])
        state.preset(key, spec.decode(wire))
    except (ValueError, IndexError, OstinatoAPIException):
        pass
