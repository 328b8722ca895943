"""File uploads (POST, per session and widget) and downloads (media)."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message

from ostinato.config import get_option
from ostinato.runtime.runtime import Runtime

XSRF_HEADER = "x-ostinato-xsrf"


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


async def upload(request: Request) -> Response:
    """Store the files of a multipart POST for one widget of one session."""
    runtime: Runtime = request.app.state.runtime
    session = runtime.get(request.path_params["session_id"])
    if session is None:
        return JSONResponse({"error": "Unknown or expired session; reload the page."}, 404)
    if get_option("server.enableXsrfProtection"):
        token = request.headers.get(XSRF_HEADER, "")
        if not hmac.compare_digest(token.encode(), session.xsrf.encode()):
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
                stored = session.uploads.add(
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
    session = runtime.get(request.path_params["session_id"])
    found = session.media.get(request.path_params["digest"]) if session else None
    if found is None:
        return Response("Not found (the page may be out of date; reload it).", 404)
    data, mime, name = found
    safe = name.replace('"', "")
    return Response(
        data, media_type=mime, headers={"Content-Disposition": f'attachment; filename="{safe}"'}
    )
