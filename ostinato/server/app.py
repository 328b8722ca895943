"""The ASGI app: page, assets, websocket, uploads, media and health."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket

from ostinato.config import get_option
from ostinato.runtime.runtime import Runtime
from ostinato.server.connection import Connection
from ostinato.server.upload import media, upload
from ostinato.server.watcher import watch_script

log = logging.getLogger("ostinato.server")

DIST = Path(__file__).resolve().parent.parent / "frontend" / "dist"

_MISSING_BUNDLE = """<!doctype html><meta charset="utf-8"><title>Ostinato</title>
<h1>The page is not built</h1>
<p>The browser bundle is missing from <code>{dist}</code>. Run <code>make install</code>
(it runs <code>npm ci &amp;&amp; npm run build</code> in <code>ostinato/frontend</code>).</p>"""


async def index(request: Request) -> Response:
    """The page, for `/` and for every page path of the app."""
    page = DIST / "index.html"
    if not page.exists():
        return HTMLResponse(_MISSING_BUNDLE.format(dist=DIST), status_code=500)
    return FileResponse(page, headers={"Cache-Control": "no-cache"})


async def health(request: Request) -> Response:
    """Liveness probe for load balancers."""
    return PlainTextResponse("ok")


async def stats(request: Request) -> Response:
    """Who this worker is and how many sessions it holds (for operators and tests)."""
    runtime: Runtime = request.app.state.runtime
    worker = runtime.persistence.owner if runtime.persistence is not None else ""
    return JSONResponse({"worker": worker, "sessions": len(runtime)})


class App:
    """The ASGI app: tabs' websockets go straight to their Connection (no
    middleware frames held for the life of every tab); everything else, and
    the lifespan, to the Starlette app."""

    def __init__(self, inner: Starlette, runtime: Runtime) -> None:
        self.inner = inner
        self.runtime = runtime
        self.state = inner.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket" and scope["path"] == "/_ostinato/ws":
            await Connection(WebSocket(scope, receive, send), self.runtime).serve()
        else:
            await self.inner(scope, receive, send)


async def _expire(runtime: Runtime) -> None:
    while True:
        await asyncio.sleep(1.0)
        ttl = float(get_option("server.disconnectedSessionTTL"))
        for session_id in await asyncio.to_thread(runtime.expire, ttl):
            log.debug("Session %s expired", session_id)


async def _renew(runtime: Runtime) -> None:
    """Keep this worker's leases while its tabs are connected (shared stores)."""
    assert runtime.persistence is not None
    interval = runtime.persistence.lease_ttl / 3
    while True:
        await asyncio.sleep(interval)
        for session in await asyncio.to_thread(runtime.renew_leases):
            log.warning("Lost the lease of session %s to another worker", session.id)
            session.send({"t": "_close", "reason": "This session moved to another worker."})


def create_app(runtime: Runtime, watch: bool = True) -> App:
    """The server for one runtime; `watch` enables rerun-on-save notices."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        tasks = [asyncio.create_task(_expire(runtime))]
        if runtime.persistence is not None and runtime.persistence.leases is not None:
            tasks.append(asyncio.create_task(_renew(runtime)))
        if watch:
            tasks.append(asyncio.create_task(watch_script(runtime)))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            runtime.shutdown()

    routes = [
        Route("/_ostinato/health", health),
        Route("/_ostinato/stats", stats),
        Route("/_ostinato/upload/{session_id}/{widget_id}", upload, methods=["POST"]),
        Route("/_ostinato/media/{session_id}/{digest}", media),
        Mount("/_ostinato/static", StaticFiles(directory=DIST, check_dir=False)),
        Route("/{path:path}", index),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.runtime = runtime
    return App(app, runtime)
