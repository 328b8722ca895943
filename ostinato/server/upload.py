"""File uploads (POST, per session and widget) and downloads (media)."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message

from ostinato.config import get_option
from ostinato.runtime.files import MediaStore, UploadStore
from ostinato.runtime.runtime import Runtime
from ostinato.runtime.session import Session
from ostinato.server.cors import refusal

XSRF_HEADER = "x-ostinato-xsrf"
log = logging.getLogger("ostinato.server")


class _TooLarge(Exception):
    pass


def _refuse_too_large(limit_mb: int) -> JSONResponse:
    return JSONResponse(
        {
            "error": f"File too large: uploads are limited to {limit_mb} MB. "
            "The server option server.maxUploadSize raises the limit."
        },
        status_code=413,
    )


def _counting(
    receive: Callable[[], Awaitable[Message]], limit: int
) -> Callable[[], Awaitable[Message]]:
    """Wrap `receive` so that a body larger than `limit` bytes stops being read."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _TooLarge()
        return message

    return wrapped


def _session_files(runtime: Runtime, session_id: str) -> tuple[str, UploadStore, MediaStore] | None:
    """(XSRF token, uploads, media) of a session, live here or kept in a shared store
    (so an upload may reach any worker). None when the session is unknown. Blocking."""
    session = runtime.get(session_id)
    if session is not None:
        return session.xsrf, session.uploads, session.media
    persistence = runtime.persistence
    if persistence is None or persistence.blobs is None:
        return None
    data = persistence.store.load(session_id)
    if data is None:
        return None
    xsrf = str(json.loads(data)["xsrf"])
    prefix = f"/_ostinato/media/{session_id}"
    blobs = persistence.blobs
    return xsrf, UploadStore(session_id, blobs), MediaStore(prefix, session_id, blobs)


_UPLOADER_KINDS = ("file_uploader", "chat_input", "camera_input", "audio_input")
_UPLOADER_ID = re.compile(rf"(?:{'|'.join(_UPLOADER_KINDS)})-[0-9a-f]{{16}}")
"""Widgets that take uploads: st.file_uploader, st.chat_input with accept_file, and
st.camera_input / st.audio_input (their captured file)."""


@dataclass
class _Target:
    """Where an upload goes: one uploader of one session."""

    xsrf: str
    uploads: UploadStore
    run: int | None
    """Runs the session had started when the upload arrived; None when the files
    must not be dropped unclaimed (the uploader is in a form, which sends its value
    only on submit, or the session lives on another worker)."""
    held: int
    """Bytes the session's other uploads hold (those a single-file uploader's new
    file replaces left out)."""
    session: Session | None = None
    """The session, when it lives here."""


def _target(runtime: Runtime, session_id: str, widget_id: str) -> _Target | str | None:
    """The upload's target; an error text when the session drew no such uploader;
    None when the session is unknown. Blocking."""
    session = runtime.get(session_id)
    if session is None:
        found = _session_files(runtime, session_id)
        if found is None:
            return None
        # Its widgets live with the worker that runs it: only the id's form is checked.
        if not _UPLOADER_ID.fullmatch(widget_id):
            return _NO_UPLOADER
        return _Target(found[0], found[1], None, 0)
    meta = session.state.widget_meta(widget_id)
    if meta is None or meta.kind not in _UPLOADER_KINDS:
        return _NO_UPLOADER
    runner = session.runner
    finished = runner.run_count - (1 if runner.running else 0)
    session.uploads.drop_unclaimed(finished)
    single = meta.default is None
    held = session.uploads.held_bytes(besides=widget_id if single else None)
    run = None if meta.form_id is not None else runner.run_count
    return _Target(session.xsrf, session.uploads, run, held, session)


_NO_UPLOADER = (
    "No file uploader with this id on the page of this session (the page may be out "
    "of date; reload it)."
)


def _refuse_session_full(limit_mb: int) -> JSONResponse:
    return JSONResponse(
        {
            "error": f"Too much uploaded data: one session holds at most {limit_mb} MB of "
            "uploads at once. Remove a file first; the server option "
            "server.maxSessionUploadSize raises the limit."
        },
        status_code=413,
    )


async def upload(request: Request) -> Response:
    """Store the files of a multipart POST for one uploader the session drew."""
    runtime: Runtime = request.app.state.runtime
    refused = refusal(request.scope)
    if refused is not None:
        return JSONResponse({"error": f"{refused}."}, 403)
    session_id = request.path_params["session_id"]
    widget_id = request.path_params["widget_id"]
    target = await asyncio.to_thread(_target, runtime, session_id, widget_id)
    if target is None:
        return JSONResponse({"error": "Unknown or expired session; reload the page."}, 404)
    if isinstance(target, str):
        return JSONResponse({"error": target}, 404)
    if get_option("server.enableXsrfProtection"):
        token = request.headers.get(XSRF_HEADER, "")
        if not hmac.compare_digest(token.encode(), target.xsrf.encode()):
            return JSONResponse({"error": "Missing or wrong XSRF token."}, 403)
    limit_mb = int(get_option("server.maxUploadSize"))
    limit = limit_mb * 1024 * 1024
    session_mb = int(get_option("server.maxSessionUploadSize"))
    room = session_mb * 1024 * 1024 - target.held
    length = request.headers.get("content-length")
    if length is not None and length.isdigit():
        if int(length) > limit + 64 * 1024:
            return _refuse_too_large(limit_mb)
        if int(length) > room + 64 * 1024:
            return _refuse_session_full(session_mb)
    counted = Request(request.scope, _counting(request.receive, limit + 64 * 1024))
    received: list[tuple[str, str, bytes]] = []
    try:
        async with counted.form(max_files=100) as form:
            for item in form.getlist("files"):
                if not isinstance(item, UploadFile):
                    continue
                data = await item.read()
                if len(data) > limit:
                    return _refuse_too_large(limit_mb)
                name = item.filename or "upload"
                received.append((name, item.content_type or "application/octet-stream", data))
    except _TooLarge:
        return _refuse_too_large(limit_mb)
    if not received:
        return JSONResponse({"error": 'No files in the "files" field of the form.'}, 400)
    if sum(len(data) for _, _, data in received) > room:
        return _refuse_session_full(session_mb)
    files: list[dict[str, Any]] = []
    for name, mime, data in received:
        stored = await asyncio.to_thread(
            target.uploads.add, widget_id, name, mime, data, target.run
        )
        files.append(stored.describe())
    if target.run is not None and target.session is not None:
        unclaimed: Unclaimed = request.app.state.unclaimed
        unclaimed.watch(target.session)
    return JSONResponse({"files": files})


class Unclaimed:
    """Sessions that hold uploads no rerun has claimed yet; `sweep` drops those
    whose next run has ended. Event loop only."""

    def __init__(self) -> None:
        self._sessions: weakref.WeakValueDictionary[str, Session] = weakref.WeakValueDictionary()

    def watch(self, session: Session) -> None:
        """`session` holds unclaimed uploads."""
        self._sessions[session.id] = session

    def sweep(self) -> None:
        """Drop the unclaimed uploads of every run that has ended since they arrived."""
        for session_id, session in list(self._sessions.items()):
            runner = session.runner
            session.uploads.drop_unclaimed(runner.run_count - (1 if runner.running else 0))
            if not session.uploads.has_unclaimed():
                self._sessions.pop(session_id, None)

    def __len__(self) -> int:
        return len(self._sessions)


def _media_store(runtime: Runtime, session_id: str) -> MediaStore | None:
    """The media of a session living here, or (with a shared store) those it put
    there from any worker: a GET needs no XSRF token, so the session's record is
    not read. None when neither has it. Blocking."""
    session = runtime.get(session_id)
    if session is not None:
        return session.media
    persistence = runtime.persistence
    if persistence is None or persistence.blobs is None:
        return None
    return MediaStore(f"/_ostinato/media/{session_id}", session_id, persistence.blobs)


_RANGE = re.compile(r"bytes=(\d*)-(\d*)")


def _byte_range(header: str, size: int) -> tuple[int, int] | str | None:
    """The (first, last) bytes a `Range` header asks for; None to send the whole file
    (no header, or one this server does not serve: several ranges, other units);
    "unsatisfiable" when it asks for nothing the file has."""
    match = _RANGE.fullmatch(header.strip())
    if match is None or (not match[1] and not match[2]):
        return None
    if not match[1]:
        length = int(match[2])
        if length == 0 or size == 0:
            return "unsatisfiable"
        return max(0, size - length), size - 1
    first = int(match[1])
    last = int(match[2]) if match[2] else size - 1
    if first >= size or last < first:
        return "unsatisfiable"
    return first, min(last, size - 1)


def _shows_safely(mime: str) -> bool:
    """True for types a browser shows without running anything of them: images but
    SVG, audio, video, subtitles and PDF."""
    kind = mime.split(";")[0].strip().lower()
    if kind == "image/svg+xml":
        return False
    return kind.startswith(("image/", "audio/", "video/")) or kind in (
        "text/vtt",
        "application/pdf",
    )


CACHE_FOREVER = "private, max-age=31536000, immutable"
"""Media URLs name their content's hash: what one serves never changes."""


async def media(request: Request) -> Response:
    """Serve a file a run offered: a download (`attachment`) or media the page shows
    (`inline`), with single byte ranges so a video can be seeked."""
    runtime: Runtime = request.app.state.runtime
    store = await asyncio.to_thread(_media_store, runtime, request.path_params["session_id"])
    found = None
    if store is not None:
        try:
            found = await asyncio.to_thread(store.get, request.path_params["digest"])
        except Exception as exc:  # the app's own data function (a deferred download)
            log.exception("The data function of a download raised")
            return Response(f"The app could not make this file: {type(exc).__name__}: {exc}", 500)
    if found is None:
        return Response("Not found (the page may be out of date; reload it).", 404)
    data, mime, name, inline, deferred = found
    # The app picks the type of audio and video (st.video(data, format=…)): a type a
    # browser would run as a page of this origin (HTML, SVG) is never shown inline.
    inline = inline and _shows_safely(mime)
    headers = {
        "Content-Disposition": content_disposition(name, inline),
        "Accept-Ranges": "bytes",
        "Cache-Control": "no-store" if deferred else CACHE_FOREVER,
    }
    wanted = _byte_range(request.headers.get("range", ""), len(data))
    if wanted == "unsatisfiable":
        headers["Content-Range"] = f"bytes */{len(data)}"
        return Response(b"", status_code=416, headers=headers)
    if isinstance(wanted, tuple):
        first, last = wanted
        headers["Content-Range"] = f"bytes {first}-{last}/{len(data)}"
        return Response(data[first : last + 1], 206, headers=headers, media_type=mime)
    return Response(data, media_type=mime, headers=headers)


def content_disposition(name: str, inline: bool = False) -> str:
    """`attachment` (or `inline`, for media the page shows) with the file name (RFC
    6266): control characters dropped, an ASCII fallback for old clients and the
    exact name as UTF-8 in `filename*`."""
    clean = "".join(ch for ch in name if ch.isprintable()).strip() or "download"
    fallback = "".join(ch if " " <= ch <= "~" and ch not in '"\\' else "_" for ch in clean)
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(clean, safe='')}"
