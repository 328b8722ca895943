"""The ASGI app: page, assets, websocket, uploads, media and health."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send
from starlette.websockets import WebSocket

from ostinato.config import get_option
from ostinato.runtime.runtime import Runtime
from ostinato.server import cors, memory, theme
from ostinato.server.components import component_file
from ostinato.server.connection import Connection
from ostinato.server.cors import preflight, with_cors_headers
from ostinato.server.paths import base_path, page_root
from ostinato.server.upload import Unclaimed, media, upload
from ostinato.server.watcher import watch_script

log = logging.getLogger("ostinato.server")

DIST = Path(__file__).resolve().parent.parent / "frontend" / "dist"

_MISSING_BUNDLE = """<!doctype html><meta charset="utf-8"><title>Ostinato</title>
<h1>The page is not built</h1>
<p>The browser bundle is missing from <code>{dist}</code>. Run <code>make install</code>
(it runs <code>npm ci &amp;&amp; npm run build</code> in <code>ostinato/frontend</code>).</p>"""


async def index(request: Request) -> Response:
    """The page, for `/` and for every page path of the app. Its asset URLs are
    relative to where it was served (`./` or `../`), and so is the websocket the
    page opens: the app works under server.baseUrlPath and behind a proxy that
    adds a prefix of its own."""
    page = DIST / "index.html"
    try:
        html = await asyncio.to_thread(page.read_text, encoding="utf-8")
    except FileNotFoundError:
        return HTMLResponse(_MISSING_BUNDLE.format(dist=DIST), status_code=500)
    root = page_root(request.scope["path"][len(request.scope.get("root_path", "")) :])
    html = html.replace('"/_ostinato/', f'"{root}_ostinato/').replace(
        '<meta name="ostinato-root" content="/"', f'<meta name="ostinato-root" content="{root}"'
    )
    # The app's [theme], in the page itself: the first paint already has it.
    page_theme = theme.build(root)
    html = html.replace("<!--ostinato-theme-->", page_theme.head(), 1).replace(
        "<html ", f"<html{page_theme.html_attribute()} ", 1
    )
    return HTMLResponse(html, headers={"Cache-Control": "no-cache"})


class AppStatic(StaticFiles):
    """The project's static/ folder (server.enableStaticServing), at /app/static/."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Access-Control-Allow-Origin"] = "*"
        return response


async def no_static(request: Request) -> Response:
    """/app/static/ when server.enableStaticServing is off."""
    return PlainTextResponse(
        "Not found: static file serving is off (server.enableStaticServing).", 404
    )


async def health(request: Request) -> Response:
    """Liveness probe for load balancers."""
    return PlainTextResponse("ok")


async def origin_check(request: Request) -> Response:
    """Would a websocket from the page's origin (?origin=) be accepted here? The page
    asks when its websocket is refused, to say why (a browser does not tell)."""
    origin = request.query_params.get("origin", "")
    host = request.headers.get("host", "")
    allowed = cors.origin_allowed(origin, host, request.url.scheme)
    return JSONResponse({"allowed": allowed, "origin": origin, "host": host})


_FORWARDED = ("forwarded", "x-forwarded-for", "x-real-ip")


def _from_this_machine(request: Request) -> bool:
    """True for a request from a loopback address that no proxy forwarded."""
    client = request.client.host if request.client is not None else ""
    try:
        loopback = ipaddress.ip_address(client).is_loopback
    except ValueError:
        loopback = False
    return loopback and not any(name in request.headers for name in _FORWARDED)


async def stats(request: Request) -> Response:
    """Who this worker is and how many sessions it holds (for operators and tests):
    only to a client on this machine, never through a proxy."""
    if not _from_this_machine(request):
        return PlainTextResponse("Not found: /_ostinato/stats answers only on this machine.", 404)
    runtime: Runtime = request.app.state.runtime
    worker = runtime.persistence.owner if runtime.persistence is not None else ""
    return JSONResponse({"worker": worker, "sessions": len(runtime)})


def security_headers() -> list[tuple[bytes, bytes]]:
    """Headers every HTTP response carries: no MIME sniffing, no Referer to other
    sites, and framing only by the pages server.frameAncestors names."""
    ancestors = " ".join(str(get_option("server.frameAncestors")).split())
    headers = [
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
    ]
    if ancestors:
        value = f"frame-ancestors {ancestors}".encode("latin-1", "replace")
        headers.append((b"content-security-policy", value))
    legacy = {"'self'": b"SAMEORIGIN", "'none'": b"DENY"}.get(ancestors.lower())
    if legacy is not None:
        headers.append((b"x-frame-options", legacy))
    return headers


def with_security_headers(send: Send) -> Send:
    """Wrap `send` so that a response carries `security_headers` (unless it set its own)."""
    extra = security_headers()

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            present = {key.lower() for key, _ in headers}
            headers += [(k, v) for k, v in extra if k not in present]
            message = {**message, "headers": headers}
        await send(message)

    return sending


class App:
    """The ASGI app: tabs' websockets go straight to their Connection (no
    middleware frames held for the life of every tab); everything else, and
    the lifespan, to the Starlette app."""

    def __init__(self, inner: Starlette, runtime: Runtime, base: str = "") -> None:
        self.inner = inner
        self.runtime = runtime
        self.state = inner.state
        self.base = base
        """server.baseUrlPath: "" or "/a/b"; nothing is served outside it."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "lifespan":
            await self.inner(scope, receive, send)
            return
        path: str = scope["path"]
        # Mounted in another ASGI app (st.App) or behind --root-path: the path still
        # holds the mount's prefix, which root_path names.
        root: str = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :]
        if kind == "http" and (path == "" or (self.base and path == self.base)):
            query = scope.get("query_string", b"").decode("latin-1")
            target = f"{root}{self.base}/" + (f"?{query}" if query else "")
            await RedirectResponse(target, 307)(scope, receive, send)
            return
        if self.base:
            if not path.startswith(self.base + "/"):
                await self._outside(scope, receive, send)
                return
            scope = {**scope, "root_path": root + self.base}
            path = path[len(self.base) :]
        if kind == "websocket" and path == "/_ostinato/ws":
            websocket = WebSocket(scope, receive, send)
            refused = cors.refusal(scope)
            if refused is not None:
                await websocket.close(code=1008, reason=refused)
                return
            await Connection(websocket, self.runtime).serve()
        elif kind == "http":
            send = with_security_headers(send)
            if not await preflight(scope, receive, send):
                await self.inner(scope, receive, with_cors_headers(scope, send))
        else:
            await self.inner(scope, receive, send)

    async def _outside(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A request outside server.baseUrlPath."""
        if scope["type"] == "websocket":
            await WebSocket(scope, receive, send).close(code=1008, reason="Not found")
            return
        text = f"Not found: this app is served under {self.base}/ (server.baseUrlPath)."
        await PlainTextResponse(text, 404)(scope, receive, send)


async def _expire(runtime: Runtime) -> None:
    while True:
        await asyncio.sleep(1.0)
        ttl = float(get_option("server.disconnectedSessionTTL"))
        expired = await asyncio.to_thread(runtime.expire, ttl)
        for session_id in expired:
            log.debug("Session %s expired", session_id)
        if expired:
            await asyncio.to_thread(memory.give_back)


async def _sweep_uploads(unclaimed: Unclaimed) -> None:
    """Drop uploads no rerun claimed, soon after the run that followed them ends."""
    while True:
        await asyncio.sleep(0.5)
        if len(unclaimed):
            unclaimed.sweep()


async def _renew(runtime: Runtime) -> None:
    """Keep this worker's leases while its tabs are connected (shared stores)."""
    assert runtime.persistence is not None
    interval = runtime.persistence.lease_ttl / 3
    while True:
        await asyncio.sleep(interval)
        for session in await runtime.renew_leases_async():
            log.warning("Lost the lease of session %s to another worker", session.id)
            session.send({"t": "_close", "reason": "This session moved to another worker."})


def create_app(runtime: Runtime, watch: bool = True) -> App:
    """The server for one runtime; `watch` enables rerun-on-save notices (as far as
    server.fileWatcherType allows)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        tasks = [
            asyncio.create_task(_expire(runtime)),
            asyncio.create_task(_sweep_uploads(app.state.unclaimed)),
        ]
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

    theme.build()  # a bad [theme] option stops the start with an error naming it
    routes = [
        Route("/_ostinato/health", health),
        Route("/_ostinato/stats", stats),
        Route("/_ostinato/origin", origin_check),
        Route("/_ostinato/upload/{session_id}/{widget_id}", upload, methods=["POST"]),
        Route("/_ostinato/media/{session_id}/{digest}", media),
        Route("/_ostinato/component/{name}/{path:path}", component_file),
        # The bundle's scripts and styles travel compressed (about a third of their size).
        Mount(
            "/_ostinato/static",
            GZipMiddleware(StaticFiles(directory=DIST, check_dir=False), minimum_size=1024),
        ),
    ]
    if get_option("server.enableStaticServing"):
        folder = Path(runtime.script.folder) / "static"
        routes.append(Mount("/app/static", AppStatic(directory=folder, check_dir=False)))
    else:
        routes.append(Route("/app/static/{path:path}", no_static))
    routes.append(Route("/{path:path}", index))
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.runtime = runtime
    app.state.unclaimed = Unclaimed()
    return App(app, runtime, base_path())
