"""st.chat_input: a message field that returns what the user sent in the run right
after they sent it, else None. Called at the top level of the main area it is
pinned to the bottom of the page (the "bottom" root); elsewhere it is inline."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping, Sequence
from typing import Any, Literal

from ostinato.config import get_option
from ostinato.elements.chat_message import check_width
from ostinato.elements.container import Container
from ostinato.elements.widget import Args, Callback, Spec, draw, widget_id
from ostinato.errors import FormError, OstinatoAPIException, WidgetValueError
from ostinato.runtime.files import UploadedFile, UploadStore
from ostinato.tree.node import BOTTOM, MAIN
from ostinato.tree.registry import element

AcceptFile = bool | Literal["multiple", "directory"]


class ChatInputValue(MutableMapping[str, Any]):
    """What st.chat_input returns when it accepts files: the message's `text` and
    its `files` (a list, empty when none), by attribute or by key."""

    def __init__(self, text: str, files: list[UploadedFile] | None = None) -> None:
        self.text = text
        self.files = list(files or [])

    def to_dict(self) -> dict[str, Any]:
        """A plain dict of the value's fields."""
        return {name: vars(self)[name] for name in ("text", "files") if name in vars(self)}

    def __getitem__(self, key: str) -> Any:
        if key not in self.to_dict():
            raise KeyError(f"Invalid key: {key}")
        return self.to_dict()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in ("text", "files"):
            raise KeyError(f"Invalid key: {key}")
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        if key not in self.to_dict():
            raise KeyError(f"Invalid key: {key}")
        delattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChatInputValue):
            return self.to_dict() == other.to_dict()
        return isinstance(other, dict) and self.to_dict() == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(f"{key}={value!r}" for key, value in self.to_dict().items())
        return f"ChatInputValue({shown})"


def _file_types(file_type: str | Sequence[str] | None) -> list[str]:
    """Allowed types as the page's file picker takes them: ".csv", "image/*"."""
    if file_type is None:
        return []
    types = [file_type] if isinstance(file_type, str) else list(file_type)
    out: list[str] = []
    for raw in types:
        if not isinstance(raw, str) or not raw.strip():
            raise OstinatoAPIException(
                f"st.chat_input file_type must be extensions or MIME types, got {raw!r}."
            )
        kind = raw.strip().lower()
        if kind in ("image", "audio", "video", "text"):
            kind = f"{kind}/*"
        elif "/" not in kind and not kind.startswith("."):
            kind = f".{kind}"
        out.append(kind)
    return out


def _allowed(name: str, mime: str, types: list[str]) -> bool:
    if not types:
        return True
    for kind in types:
        if kind.startswith(".") and name.lower().endswith(kind):
            return True
        if kind.endswith("/*") and mime.startswith(kind[:-1]):
            return True
        if kind == mime:
            return True
    return False


@element("chat_input", "chat_input")
def chat_input(
    self: Container,
    placeholder: str = "Your message",
    *,
    key: str | int | None = None,
    max_chars: int | None = None,
    max_upload_size: int | None = None,
    accept_file: AcceptFile = False,
    file_type: str | Sequence[str] | None = None,
    accept_audio: bool = False,
    audio_sample_rate: int | None = 16000,
    disabled: bool = False,
    submit_mode: Literal["submit", "disable", "stop"] = "submit",
    on_submit: Callback = None,
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    width: Any = "stretch",
    height: Any = "content",
) -> str | ChatInputValue | None:
    """A chat message field: the text sent (a ChatInputValue with the files when
    `accept_file`) in the run after the user sends it, else None."""
    if accept_file not in (True, False, "multiple", "directory"):
        raise OstinatoAPIException(
            "st.chat_input accept_file must be True, False, 'multiple' or 'directory', "
            f"got {accept_file!r}."
        )
    if submit_mode not in ("submit", "disable", "stop"):
        raise OstinatoAPIException(
            f"st.chat_input submit_mode must be 'submit', 'disable' or 'stop', got {submit_mode!r}."
        )
    if max_chars is not None and (
        isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1
    ):
        raise OstinatoAPIException(
            f"st.chat_input max_chars must be a positive integer or None, got {max_chars!r}."
        )
    if max_upload_size is not None and (
        isinstance(max_upload_size, bool)
        or not isinstance(max_upload_size, int)
        or max_upload_size < 1
    ):
        raise OstinatoAPIException(
            "st.chat_input max_upload_size must be a positive integer (megabytes), or None "
            "for the server.maxUploadSize option."
        )
    if accept_audio:
        raise OstinatoAPIException(
            "st.chat_input accept_audio=True is not supported yet by Ostinato: record audio "
            "with st.audio_input when it lands, or leave accept_audio False."
        )
    if height != "content" and height != "stretch":
        if isinstance(height, bool) or not isinstance(height, int) or height < 1:
            raise OstinatoAPIException(
                "st.chat_input height must be 'content', 'stretch' or a positive number of "
                f"pixels, got {height!r}."
            )
    shown_width = check_width("chat_input", width, allow_content=False)
    types = _file_types(file_type)
    files_on = accept_file is not False
    multiple = accept_file in ("multiple", "directory")

    ctx, parent = self._target()
    if ctx.form_of(parent) is not None:
        raise FormError(
            "st.chat_input cannot be used inside a st.form: a form sends its "
            "values with its submit button, a chat input sends on its own."
        )
    pinned = parent == MAIN
    target = Container(BOTTOM) if pinned else self
    session = ctx.session
    uploads = session.uploads if session is not None else UploadStore()
    holder: dict[str, str] = {}

    def decode(raw: Any) -> Any:
        described: Any
        if isinstance(raw, str):
            text, described = raw, []
        elif files_on and isinstance(raw, dict) and isinstance(raw.get("text", ""), str):
            text, described = str(raw.get("text", "")), raw.get("files") or []
            if not isinstance(described, list) or not all(isinstance(f, dict) for f in described):
                raise WidgetValueError("chat_input", placeholder, "files must be a list of files")
        else:
            raise WidgetValueError(
                "chat_input", placeholder, f"expected the message text, got {raw!r}"
            )
        if max_chars:
            text = text[:max_chars]
        if not files_on:
            return text
        files: list[UploadedFile] = []
        for one in described:
            stored = uploads.get(str(one.get("id")))
            if stored is None:
                raise WidgetValueError(
                    "chat_input", placeholder, f"no uploaded file with id {one.get('id')!r}"
                )
            if not _allowed(stored.name, stored.type, types):
                raise WidgetValueError(
                    "chat_input", placeholder, f"{stored.name} is not one of the types {types}"
                )
            files.append(UploadedFile(stored.file_id, stored.name, stored.type, stored.data))
        if not multiple:
            files = files[-1:]
        if "id" in holder:
            uploads.keep_only(holder["id"], set())  # each message's files are its own
        return ChatInputValue(text, files)

    def encode(value: Any) -> Any:
        # A message is sent once and not shown back: the page keeps one field whose
        # element stays the same from run to run (what the user types survives).
        return None

    def validate(value: Any) -> Any:
        # Code may put text in the field (shown, not sent): the value stays None.
        return None

    prefill: str | None = None
    if key is not None and ctx.state.set_by_code(str(key)):
        preset = ctx.state[str(key)]
        if isinstance(preset, str):
            prefill = preset
    spec = Spec(
        kind="chat_input",
        label=str(placeholder),
        key=key,
        shape=(accept_file, tuple(types), max_chars, max_upload_size),
        default=None,
        default_given=False,
        decode=decode,
        encode=encode,
        validate=validate,
        props={
            "placeholder": str(placeholder),
            "max_chars": max_chars,
            "accept_file": accept_file,
            "file_type": types,
            "max_upload_mb": max_upload_size or get_option("server.maxUploadSize"),
            "submit_mode": submit_mode,
            "width": shown_width,
            "height": height,
            "pinned": pinned,
            "prefill": prefill,
            "upload_url": "",
        },
        extra_identity=(submit_mode, accept_audio, audio_sample_rate, shown_width, height),
        callback=on_submit,
        args=args,
        kwargs=kwargs,
        one_shot=True,
        disabled=bool(disabled),
    )
    holder["id"] = widget_id(spec, ctx.page_scope)
    if files_on and session is not None:
        spec.props["upload_url"] = f"/_ostinato/upload/{session.id}/{holder['id']}"
    value = draw(target, spec)
    if isinstance(value, ChatInputValue):
        for uploaded in value.files:
            if not uploaded.closed:
                uploaded.seek(0)
    return value  # type: ignore[no-any-return]
