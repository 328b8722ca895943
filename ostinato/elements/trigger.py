"""Helper (registers nothing): the spec of button-like widgets (st.button,
st.download_button, st.form_submit_button): triggers True for one run after a click."""

from __future__ import annotations

from typing import Any, Literal

from ostinato.elements.widget import Callback, Spec
from ostinato.errors import OstinatoAPIException


def _trigger_decode(value: Any) -> bool:
    return bool(value)


def trigger_spec(
    kind: str,
    label: str,
    key: str | int | None,
    help: str | None,
    on_click: Callback,
    args: tuple[Any, ...] | list[Any] | None,
    kwargs: dict[str, Any] | None,
    type: str,
    icon: str | None,
    disabled: bool,
    persist: Literal["page", "session"] | None = None,
) -> Spec:
    """The spec of a button-like widget: a trigger that Session State cannot set."""
    if type not in ("primary", "secondary", "tertiary"):
        raise OstinatoAPIException(
            f'st.{kind} type must be "primary", "secondary" or "tertiary", got {type!r}.'
        )
    return Spec(
        kind=kind,
        label=label,
        key=key,
        shape=(),
        default=False,
        default_given=False,
        decode=_trigger_decode,
        encode=lambda value: None,
        validate=_trigger_decode,
        props={"kind": type, "icon": icon},
        callback=on_click,
        args=args,
        kwargs=kwargs,
        trigger=True,
        settable=False,
        persist=persist,
        help=help,
        disabled=disabled,
    )
