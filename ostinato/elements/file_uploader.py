"""st.file_uploader: the page uploads files over HTTP first, then sends their ids."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.config import get_option
from ostinato.elements.sizing import check_width
from ostinato.elements.widget import Callback, LabelVisibility, Spec, draw
from ostinato.errors import WidgetValueError
from ostinato.runtime.context import get_run_context
from ostinato.runtime.files import UploadedFile, UploadStore
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("file_uploader", "file_uploader")
def file_uploader(
    self: Container,
    label: str,
    type: str | list[str] | None = None,
    accept_multiple_files: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: int | str = "stretch",
    persist_state: Literal["page", "session"] | None = None,
) -> Any:
    """Lets the user upload files; returns an UploadedFile (a list of them when
    `accept_multiple_files`), or None / [] before any upload."""
    accept = None
    if type is not None:
        types = [type] if isinstance(type, str) else list(type)
        accept = [t if t.startswith(".") or "/" in t else f".{t}" for t in types]
    ctx = get_run_context()
    session = ctx.session
    uploads = session.uploads if session is not None else UploadStore()
    holder: dict[str, str] = {}

    def decode(raw: Any) -> Any:
        if not isinstance(raw, list) or not all(isinstance(f, dict) for f in raw):
            raise WidgetValueError("file_uploader", label, f"expected a list of files, got {raw!r}")
        files = []
        for described in raw:
            stored = uploads.get(str(described.get("id")))
            if stored is None:
                raise WidgetValueError(
                    "file_uploader", label, f"no uploaded file with id {described.get('id')!r}"
                )
            if accept and not any(
                stored.name.lower().endswith(a.lower()) or stored.type == a for a in accept
            ):
                raise WidgetValueError(
                    "file_uploader", label, f"{stored.name} is not one of the types {accept}"
                )
            files.append(UploadedFile(stored.file_id, stored.name, stored.type, stored.data))
        if "id" in holder:
            uploads.keep_only(holder["id"], {f.file_id for f in files})
        if accept_multiple_files:
            return files
        return files[-1] if files else None

    def encode(value: Any) -> list[dict[str, object]]:
        files = value if isinstance(value, list) else [] if value is None else [value]
        # Only uploaded files travel (a test may have put something else under the key).
        return [
            {"id": f.file_id, "name": f.name, "size": f.size, "type": f.type}
            for f in files
            if isinstance(f, UploadedFile)
        ]

    def refuse(value: Any) -> Any:
        return value

    upload_url = ""
    spec = Spec(
        width=check_width("file_uploader", width, allow_content=False),
        kind="file_uploader",
        label=label,
        key=key,
        shape=(tuple(accept or ()), accept_multiple_files),
        default=[] if accept_multiple_files else None,
        default_given=False,
        decode=decode,
        encode=encode,
        validate=refuse,
        props={
            "accept": accept,
            "multiple": accept_multiple_files,
            "max_upload_mb": get_option("server.maxUploadSize"),
        },
        callback=on_change,
        args=args,
        kwargs=kwargs,
        settable=False,
        persist=persist_state,
        help=help,
        disabled=disabled,
        label_visibility=label_visibility,
    )
    from ostinato.elements.widget import widget_id

    holder["id"] = widget_id(spec, self._target()[0].page_scope)
    if session is not None:
        upload_url = f"/_ostinato/upload/{session.id}/{holder['id']}"
    spec.props["upload_url"] = upload_url
    value = draw(self, spec)
    # Every run reads its files from the start, as if freshly uploaded.
    for uploaded in value if isinstance(value, list) else [value]:
        if isinstance(uploaded, UploadedFile) and not uploaded.closed:
            uploaded.seek(0)
    return value
