"""Helper (registers nothing): what st.camera_input and st.audio_input share, a widget
whose one file the page captures (a photo, a recording) and uploads over HTTP as
st.file_uploader's files go, then sends its id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.elements.button_group import check_on_change, ignores
from ostinato.elements.widget import Args, LabelVisibility, Spec, draw, widget_id
from ostinato.errors import OstinatoAPIException, WidgetValueError
from ostinato.runtime.files import UploadedFile, UploadStore

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def check_stretch_width(kind: str, width: Any) -> str | int:
    """`width` if it is "stretch" or a positive number of pixels."""
    if width == "stretch":
        return "stretch"
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width < 2**32:
        return width
    raise OstinatoAPIException(
        f'st.{kind} width must be "stretch" or a positive integer (pixels), got {width!r}.'
    )


def draw_capture(
    self: Container,
    kind: str,
    label: str,
    mime: str,
    key: str | int | None,
    help: str | None,
    on_change: Any,
    args: Args,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: LabelVisibility,
    width: Any,
    props: dict[str, Any],
) -> UploadedFile | None:
    """Draw the capture widget `kind`, whose file has the type `mime`; its value is
    the captured file (an UploadedFile), or None before a capture or once cleared."""
    callback = check_on_change(kind, on_change)
    layout_width = check_stretch_width(kind, width)
    ctx, _parent = self._target()
    session = ctx.session
    uploads = session.uploads if session is not None else UploadStore()
    holder: dict[str, str] = {}

    def decode(raw: Any) -> UploadedFile | None:
        if not isinstance(raw, list) or not all(isinstance(f, dict) for f in raw):
            raise WidgetValueError(kind, label, f"expected a list of files, got {raw!r}")
        files = []
        for described in raw[-1:]:
            stored = uploads.get(str(described.get("id")))
            if stored is None:
                raise WidgetValueError(
                    kind, label, f"no captured file with id {described.get('id')!r}"
                )
            if stored.type.lower() != mime:
                raise WidgetValueError(kind, label, f"{stored.name} is not of the type {mime}")
            files.append(UploadedFile(stored.file_id, stored.name, stored.type, stored.data))
        if "id" in holder:
            uploads.keep_only(holder["id"], {f.file_id for f in files})
        return files[-1] if files else None

    def encode(value: Any) -> list[dict[str, object]]:
        if not isinstance(value, UploadedFile):
            return []
        return [{"id": value.file_id, "name": value.name, "size": value.size, "type": value.type}]

    spec = Spec(
        kind=kind,
        label=label,
        key=key,
        shape=(),
        default=None,
        default_given=False,
        decode=decode,
        encode=encode,
        validate=lambda value: value,
        props={
            **props,
            "mime": mime,
            "width": layout_width,
            "upload_url": "",
            "ignore_rerun": ignores(on_change),
        },
        extra_identity=(layout_width, *props.values()),
        callback=callback,
        args=args,
        kwargs=kwargs,
        settable=False,
        help=help,
        disabled=disabled,
        label_visibility=label_visibility,
    )
    holder["id"] = widget_id(spec, ctx.page_scope)
    if session is not None:
        spec.props["upload_url"] = f"/_ostinato/upload/{session.id}/{holder['id']}"
    value = draw(self, spec)
    if isinstance(value, UploadedFile) and not value.closed:
        value.seek(0)  # every run reads the file from its start
    return value if isinstance(value, UploadedFile) else None
