"""File uploads (POST, per session and widget) and downloads (media)."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message

from ostinato.config import get_option
from ostinato.runtime.files import MediaStore, UploadStore
from ostinato.runtime.runtime import Runtime
from ostinato.server.cors import REFUSED, scope_allowed

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


async def upload(request: Request) -> Response:
    """Store the files of a multipart POST for one widget of one session."""
    runtime: Runtime = request.app.state.runtime
    if not scope_allowed(request.scope):
        return JSONResponse({"error": f"{REFUSED}."}, 403)
    found = await asyncio.to_thread(_session_files, runtime, request.path_params["session_id"])
    if found is None:
        return JSONResponse({"error": "Unknown or expired session; reload the page."}, 404)
    xsrf, uploads, _ = found
    if get_option("server.enableXsrfProtection"):
        token = request.headers.get(XSRF_HEADER, "")
        if not hmac.compare_digest(token.encode(), xsrf.encode()):
            return JSONResponse({"error": "Missing or wrong XSRF token."}, 403)
    limit_mb = int(get_option("server.maxUploadSize"))
    limit = limit_mb * 1024 * 1024
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit + 64 * 1024:
        return _refuse_too_large(limit_mb)
    counted = Request(request.scope, _counting(request.receive, limit + 64 * 1024))
    widget_id = request.path_params["widget_id"]
    files: list[dict[str, Any]] = []
    try:
        async with counted.form(max_files=100) as form:
            for item in form.getlist("files"):
                if not isinstance(item, UploadFile):
                    continue
                data = await item.read()
                if len(data) > limit:
                    return _refuse_too_large(limit_mb)
                stored = await asyncio.to_thread(
                    uploads.add,
                    widget_id,
                    item.filename or "upload",
                    item.content_type or "application/octet-stream",
                    data,
                )
                files.append(stored.describe())
    except _TooLarge:
        return _refuse_too_large(limit_mb)
    if not files:
        return JSONResponse({"error": 'No files in the "files" field of the form.'}, 400)
    return JSONResponse({"files": files})


async def media(request: Request) -> Response:
    """Serve a file a run offered for download."""
    runtime: Runtime = request.app.state.runtime
    files = await asyncio.to_thread(_session_files, runtime, request.path_params["session_id"])
    found = None
    if files is not None:
        try:
            found = await asyncio.to_thread(files[2].get, request.path_params["digest"])
        except Exception as exc:  # the app's own data function (a deferred download)
            log.exception("The data function of a download raised")
            return Response(f"The app could not make this file: {type(exc).__name__}: {exc}", 500)
    if found is None:
        return Response("Not found (the page may be out of date; reload it).", 404)
    data, mime, name = found
    return Response(
        data, media_type=mime, headers={"Content-Disposition": content_disposition(name)}
    )


def content_disposition(name: str) -> str:
    """`attachment` with the file name (RFC 6266): control characters dropped, an
    ASCII fallback for old clients and the exact name as UTF-8 in `filename*`."""
    clean = "".join(ch for ch in name if ch.isprintable()).strip() or "download"
    fallback = "".join(ch if " " <= ch <= "~" and ch not in '"\\' else "_" for ch in clean)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(clean, safe='')}"
