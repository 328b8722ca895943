"""st.download_button: a button that downloads data as a file."""

from __future__ import annotations

import io
import mimetypes
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.sizing import button_width
from ostinato.elements.trigger import trigger_spec
from ostinato.elements.widget import Callback, draw
from ostinato.errors import OstinatoAPIException
from ostinato.runtime.context import RunContext, get_run_context, reset_run_context, set_run_context
from ostinato.state.session_state import SessionState
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def _as_bytes(data: Any) -> bytes:
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        return data.encode()
    if isinstance(data, io.IOBase) and hasattr(data, "read"):
        content = data.read()
        return content.encode() if isinstance(content, str) else bytes(content)
    if hasattr(data, "to_csv"):
        return str(data.to_csv(index=False)).encode()
    raise OstinatoAPIException(
        f"st.download_button data must be str, bytes, a file or a DataFrame, "
        f"got {type(data).__name__}."
    )


@element("download_button", "download_button")
def download_button(
    self: Container,
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callback = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: int | str = "content",
    persist_state: Literal["page", "session"] | None = None,
) -> bool:
    """A button that downloads `data` as a file; True in the run after a click.

    `data` may be a callable returning the content: it is called only when the file
    is downloaded, never while the script runs."""
    deferred = callable(data) and not isinstance(data, io.IOBase)
    name = file_name or "download"
    kind = (
        mime
        or mimetypes.guess_type(name)[0]
        or ("text/plain" if isinstance(data, str) else "application/octet-stream")
    )
    ctx = get_run_context()
    url = ""
    size: int | None = None
    if deferred:
        if ctx.session is not None:
            identity = f"{key}\0{label}\0{getattr(data, '__qualname__', '')}"
            url = ctx.session.media.put_deferred(_deferred(data, ctx.state), kind, name, identity)
    else:
        payload = _as_bytes(data)
        size = len(payload)
        if ctx.session is not None:
            url = ctx.session.media.put(payload, kind, name)
    spec = trigger_spec(
        "download_button", label, key, help, on_click, args, kwargs, type, icon, disabled,
        persist_state,
    )  # fmt: skip
    spec.props.update({"url": url, "file_name": name, "mime": kind, "deferred": deferred})
    spec.props["width"] = button_width("download_button", width, use_container_width)
    # A callable is new in every run (a lambda, say): its name identifies it.
    content = size if size is not None else getattr(data, "__qualname__", data.__class__.__name__)
    spec.extra_identity = (name, kind, content)
    return bool(draw(self, spec))


def _deferred(make: Callable[[], Any], state: SessionState) -> Callable[[], bytes]:
    """The content of a deferred download, made when the file is fetched (on a server
    thread), with st.session_state pointing at the session's state."""

    def content() -> bytes:
        token = set_run_context(RunContext(state))
        try:
            return _as_bytes(make())
        finally:
            reset_run_context(token)

    return content
