"""One tab's websocket: attaches to a session, forwards the user's changes to it,
and streams its messages back. Script threads hand messages to the event loop
through a thread-safe call, so a slow client never blocks a script."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from ostinato.config import get_option
from ostinato.errors import OstinatoAPIException
from ostinato.runtime.runtime import Runtime, SessionBusy
from ostinato.runtime.session import Session
from ostinato.server import cors, protocol
from ostinato.stores.codec import TamperedState

log = logging.getLogger("ostinato.server")

CONNECT_TIMEOUT = 10.0


def origin_allowed(websocket: WebSocket) -> bool:
    """True when a page of the websocket's Origin may use the app (see cors.py)."""
    return cors.origin_allowed(websocket.headers.get("origin"), websocket.headers.get("host", ""))


class Connection:
    """Serves one websocket until it closes. Event loop only, except `_sink`."""

    def __init__(self, websocket: WebSocket, runtime: Runtime) -> None:
        self.websocket = websocket
        self.runtime = runtime
        self.loop = asyncio.get_running_loop()
        self.session: Session | None = None
        self._pending: list[dict[str, Any]] = []
        self._scheduled = False
        self._writer: asyncio.Task[None] | None = None
        self._open = True

    def _sink(self, message: dict[str, Any]) -> None:
        """Called by script threads: queue the message; the event loop sends what
        queued up in one frame per tick. No thread ever waits on the client."""
        self._pending.append(message)
        if not self._scheduled:
            self._scheduled = True
            self.loop.call_soon_threadsafe(self._wake)

    def _put(self, message: dict[str, Any]) -> None:
        """Queue a message from the event loop itself."""
        self._pending.append(message)
        self._wake()

    def _wake(self) -> None:
        if self._open and (self._writer is None or self._writer.done()):
            self._writer = self.loop.create_task(self._drain())

    async def serve(self) -> None:
        """Accept, attach to a session, then pump messages both ways until closed."""
        ws = self.websocket
        if not origin_allowed(ws):
            await ws.close(
                code=1008,
                reason="Origin not allowed: add it to server.corsAllowedOrigins",
            )
            return
        await ws.accept()
        try:
            session = await self._connect()
            if session is None:
                return
            while True:
                frame = await ws.receive()
                if frame["type"] == "websocket.disconnect":
                    break
                text = frame.get("text")
                if text is None:
                    raw = frame.get("bytes") or b""
                    text = raw.decode("utf-8", "replace")
                await self._handle(session, text)
        except WebSocketDisconnect:
            pass
        finally:
            if self.session is not None:
                self.session.detach(self._sink)
                await asyncio.to_thread(self.runtime.release, self.session)
            self._open = False
            if self._writer is not None:
                await self._writer

    async def _connect(self) -> Session | None:
        ws = self.websocket
        try:
            text = await asyncio.wait_for(ws.receive_text(), CONNECT_TIMEOUT)
            message = protocol.parse(text)
        except (TimeoutError, protocol.ProtocolError, KeyError) as exc:
            await ws.close(code=1008, reason=f"expected a connect message: {exc}"[:120])
            return None
        if not isinstance(message, protocol.Connect):
            await ws.close(code=1008, reason="the first message must be connect")
            return None
        runtime = self.runtime
        session: Session | None = None
        notice = None
        if message.token:
            try:
                session = await asyncio.to_thread(runtime.resume, message.token)
            except TamperedState as exc:
                notice = str(exc)
            except SessionBusy as exc:
                await ws.close(code=1013, reason=str(exc))
                return None
        resumed = False
        if session is not None and (message.fork or session.attached or session.lost):
            session = await asyncio.to_thread(runtime.fork, session, message.page)
        elif session is not None:
            resumed = True
            session.state.set_page(message.page)
        else:
            session = await asyncio.to_thread(runtime.create_session, message.page)
        if not resumed or message.query:
            session.query.set_query_string(message.query)
        if notice:
            session.notices.append(notice)
        self.session = session
        session.attach(self._sink)
        self._put(
            {
                "t": "session",
                "id": session.id,
                "token": session.token,
                "resumed": resumed,
                "config": {
                    "max_upload_mb": get_option("server.maxUploadSize"),
                    "xsrf": session.xsrf,
                    "toolbar_mode": get_option("client.toolbarMode"),
                    "show_sidebar_navigation": get_option("client.showSidebarNavigation"),
                },
            }
        )
        session.request_rerun()
        return session

    async def _handle(self, session: Session, text: str) -> None:
        limit = int(get_option("server.maxMessageSize")) * 1024 * 1024
        if len(text) > limit:
            await self.websocket.close(
                code=1009,
                reason="message larger than server.maxMessageSize; raise that option",
            )
            return
        try:
            message = protocol.parse(text)
        except protocol.ProtocolError as exc:
            self._put({"t": "error", "message": f"Refused message: {exc}"})
            return
        if isinstance(message, protocol.Ping):
            self._put({"t": "pong"})
        elif isinstance(message, protocol.Rows):
            window = await asyncio.to_thread(
                session.table_rows, message.path, message.start, message.end
            )
            if window is None:
                self._put({"t": "error", "message": "No table at that path any more."})
            else:
                self._put({"t": "rows", "path": list(message.path), **window})
        elif isinstance(message, protocol.Rerun):
            try:
                session.rerun(message.changes, message.triggers, message.page)
            except OstinatoAPIException as exc:
                self._put({"t": "error", "message": f"Refused change: {exc}"})
        else:
            self._put({"t": "error", "message": "Already connected."})

    async def _drain(self) -> None:
        """Send everything queued, one frame per batch (a JSON array when several)."""
        ws = self.websocket
        while self._pending and ws.application_state == WebSocketState.CONNECTED:
            self._scheduled = False
            batch, self._pending = self._pending, []
            closing = next((m for m in batch if m["t"] == "_close"), None)
            batch = [m for m in batch if m["t"] != "_close"]
            try:
                text = _encode(batch)
                if text:
                    await ws.send_text(text)
                if closing is not None:
                    await ws.close(code=1012, reason=str(closing.get("reason", ""))[:120])
                    return
            except (WebSocketDisconnect, RuntimeError, OSError):
                return


def _encode(batch: list[dict[str, Any]]) -> str:
    """The frame for a batch; a message that cannot be JSON (NaN) is dropped and logged."""
    try:
        return protocol.dumps_batch(batch) if batch else ""
    except ValueError:
        good = []
        for message in batch:
            try:
                protocol.dumps(message)
                good.append(message)
            except ValueError:
                log.exception("Dropped a %s message that is not valid JSON", message.get("t"))
        return protocol.dumps_batch(good) if good else ""
