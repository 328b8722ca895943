"""One tab's websocket: attaches to a session, forwards the user's changes to it,
and streams its messages back. Script threads hand messages to the event loop
through a thread-safe call, so a slow client never blocks a script."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from ostinato.cache.decorators import clear_all as clear_caches
from ostinato.config import get_option
from ostinato.errors import OstinatoAPIException
from ostinato.runtime.runtime import Runtime, SessionBusy
from ostinato.runtime.session import Session
from ostinato.runtime.st_context import ClientInfo
from ostinato.server import cors, memory, protocol
from ostinato.server.shown import ShownTree
from ostinato.state.validate import WireValueError
from ostinato.stores.codec import TamperedState

log = logging.getLogger("ostinato.server")

CONNECT_TIMEOUT = 10.0

CLOSE_TIMEOUT = 10.0
"""Seconds a close may wait for a tab that does not read before the socket is cut."""

QUEUE_CLOSE_CODE = 1008
"""Close code when a tab leaves more than server.maxOutgoingQueueSize unread."""

ERROR_TEXT = 500
"""Longest `error` reply, in characters (a refused value is quoted, cut)."""

GIVE_BACK_AFTER = 1 << 20
"""A connection whose queue once held this many bytes returns memory when it ends."""

KEPT_DELAY = 0.05
"""Seconds a `kept` may wait for a frame to go with (a run skipping a long page
sends one, not one per tick)."""

_RUN_MESSAGES = frozenset({"run_started", "delta", "run_finished"})


class RateLimitedLog:
    """Logs a repeated record once per `interval` seconds, with the count of those
    left out: a client that provokes one error per frame writes a line per interval,
    not a line (or a traceback) per frame. Any thread."""

    def __init__(self, logger: logging.Logger, interval: float = 10.0) -> None:
        self.logger = logger
        self.interval = interval
        self._lock = threading.Lock()
        self._seen: dict[str, tuple[float, int]] = {}

    def log(self, level: int, key: str, message: str, *args: Any, exc_info: bool = False) -> None:
        """Log `message % args` unless `key` was logged less than `interval` ago."""
        now = time.monotonic()
        with self._lock:
            last, skipped = self._seen.get(key, (-self.interval, 0))
            if now - last < self.interval:
                self._seen[key] = (last, skipped + 1)
                return
            if len(self._seen) > 1000:
                self._seen.clear()
            self._seen[key] = (now, 0)
        if skipped:
            message += f" ({skipped} more like it in the last {self.interval:g} s)"
        self.logger.log(level, message, *args, exc_info=exc_info)


limited = RateLimitedLog(log)
"""The server's log for errors a client can repeat at will."""


class _ClientErrorFilter(logging.Filter):
    """On uvicorn's log: errors a client provokes at will (a text frame that is not
    UTF-8) once per interval, with their count, and without a traceback."""

    MESSAGES = ("Invalid UTF-8 sequence received from client",)

    def __init__(self, interval: float = 10.0) -> None:
        super().__init__()
        self.interval = interval
        self._last: dict[str, float] = {}
        self._skipped: dict[str, int] = {}
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        text = str(record.msg)
        if not text.startswith(self.MESSAGES):
            return True
        now = time.monotonic()
        with self._lock:
            if now - self._last.get(text, -self.interval) < self.interval:
                self._skipped[text] = self._skipped.get(text, 0) + 1
                return False
            self._last[text] = now
            skipped = self._skipped.pop(text, 0)
        record.exc_info = None
        record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        if skipped:
            record.msg = f"{text} ({skipped} more like it in the last {self.interval:g} s)"
        return True


_client_errors = _ClientErrorFilter()


def quiet_client_errors() -> None:
    """Install the filter on uvicorn's error log (once)."""
    server_log = logging.getLogger("uvicorn.error")
    if _client_errors not in server_log.filters:
        server_log.addFilter(_client_errors)


class Outbox:
    """One connection's outgoing messages, encoded when queued (so their size is
    known), waiting for the writer. Deltas of a run older than the newest started
    one are dropped (that run's page is replaced anyway). Any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[tuple[str, int, str]] = []
        """(type, run or -1, JSON text)."""
        self.size = 0
        """Bytes queued (characters of JSON text, close to its UTF-8 size)."""
        self.peak = 0
        """The most bytes ever queued at once."""
        self.closed = False
        self.shown = ShownTree()
        """What the page holds: run messages are encoded against it (shown.py)."""
        self.skipped = False
        """The last message put was a delta the page holds (only a `kept` is owed)."""

    def put(self, message: dict[str, Any]) -> bool:
        """Queue `message`; False when it was dropped (closed, or not JSON). A delta
        the page already holds is not queued (True)."""
        try:
            encoded = self.shown.encode(message)
        except ValueError:
            kind = str(message.get("t"))
            limited.log(
                logging.ERROR,
                f"json:{kind}",
                "Dropped a %s message that is not valid JSON (NaN?)",
                kind,
            )
            return False
        self.skipped = encoded is None
        if encoded is None:
            return True
        text = encoded
        kind = str(message.get("t"))
        run = message.get("run")
        run = run if isinstance(run, int) else -1
        with self._lock:
            if self.closed:
                return False
            if kind == "run_started" and run >= 0:
                kept = [
                    item
                    for item in self._items
                    if not (item[0] in _RUN_MESSAGES and 0 <= item[1] < run)
                ]
                if len(kept) != len(self._items):
                    self._items = kept
                    self.size = sum(len(item[2]) for item in kept)
                    self.shown.reset()
            self._items.append((kind, run, text))
            self.size += len(text)
            self.peak = max(self.peak, self.size)
        return True

    def take(self) -> tuple[list[str], str | None]:
        """Everything queued (JSON texts), and the reason of a `_close` among it."""
        with self._lock:
            items, self._items, self.size = self._items, [], 0
        kinds = [kind for kind, _, _ in items if kind != "_close"]
        texts = [text for kind, _, text in items if kind != "_close"]
        kept = self.shown.take_kept()
        if kept is not None:
            # It belongs to the newest run: after that run's start, which fades the page.
            starts = [i for i, kind in enumerate(kinds) if kind == "run_started"]
            texts.insert(starts[-1] + 1 if starts else 0, kept)
        closing = next((text for kind, _, text in items if kind == "_close"), None)
        if closing is None:
            return texts, None
        return texts, str(json.loads(closing).get("reason", ""))

    def close(self) -> None:
        """Drop everything queued and refuse what comes."""
        with self._lock:
            self.closed = True
            self._items, self.size = [], 0

    def __bool__(self) -> bool:
        return bool(self._items) or self.shown.has_kept()


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
        self.outbox = Outbox()
        self.queue_limit = max(1, int(get_option("server.maxOutgoingQueueSize"))) * 1024 * 1024
        self.frame_limit = _frame_limit()
        self._scheduled = False
        self._kept_timer = False
        self._writer: asyncio.Task[None] | None = None
        self._sending = False
        """True while the writer waits for the client to take a frame."""
        self._open = True
        self._overflowed = False
        self._closer: asyncio.Task[None] | None = None

    def _sink(self, message: dict[str, Any]) -> None:
        """Called by script threads: queue the message; the event loop sends what
        queued up in one frame per tick. No thread ever waits on the client."""
        if not self.outbox.put(message):
            return
        if self.outbox.skipped:
            # Only a `kept` is owed: sent with the next frame, or after a moment.
            if not self._kept_timer:
                self._kept_timer = True
                try:
                    self.loop.call_soon_threadsafe(self._kept_later)
                except RuntimeError:
                    pass
            return
        if not self._scheduled:
            self._scheduled = True
            try:
                self.loop.call_soon_threadsafe(self._wake)
            except RuntimeError:  # the event loop is gone (shutdown)
                pass

    def _kept_later(self) -> None:
        self.loop.call_later(KEPT_DELAY, self._kept_due)

    def _kept_due(self) -> None:
        self._kept_timer = False
        self._wake()

    def _put(self, message: dict[str, Any]) -> None:
        """Queue a message from the event loop itself."""
        if self.outbox.put(message):
            self._wake()

    def _refuse(self, prefix: str, problem: object) -> None:
        """Answer a refused frame with an `error` message; log it at debug level."""
        text = f"{prefix}: {problem}"
        if len(text) > ERROR_TEXT:
            text = text[: ERROR_TEXT - 1] + "…"
        log.debug(
            "Refused a frame of session %s: %s", self.session.id if self.session else "-", text
        )
        self._put({"t": "error", "message": text})

    def _wake(self) -> None:
        self._scheduled = False
        if not self._open:
            return
        if self._sending and self.outbox.size > self.queue_limit and not self._overflowed:
            self._overflowed = True
            self._closer = self.loop.create_task(self._close_slow_reader())
            return
        if self._writer is None or self._writer.done():
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
        _limit_incoming(ws, self.frame_limit)
        quiet_client_errors()
        await ws.accept()
        try:
            session = await self._connect()
            if session is None:
                return
            while self._open:
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
            self._open = False
            self.outbox.close()
            if self.session is not None:
                self.session.detach(self._sink)
                await self.runtime.release_async(self.session)
            tasks = [task for task in (self._closer, self._writer) if task is not None]
            await asyncio.gather(*tasks, return_exceptions=True)
            if self.outbox.peak >= GIVE_BACK_AFTER:
                await asyncio.to_thread(memory.give_back)

    async def _connect(self) -> Session | None:
        ws = self.websocket
        try:
            text = await asyncio.wait_for(ws.receive_text(), CONNECT_TIMEOUT)
            if _too_large(text, self.frame_limit):
                raise protocol.ProtocolError("the frame is larger than server.maxClientMessageSize")
            message = protocol.parse(text)
        except (TimeoutError, protocol.ProtocolError, KeyError) as exc:
            log.debug("Refused a connect frame: %s", exc)
            await ws.close(
                code=1008, reason=protocol.close_reason(f"expected a connect message: {exc}")
            )
            return None
        except (WebSocketDisconnect, RuntimeError):
            return None
        if not isinstance(message, protocol.Connect):
            await ws.close(code=1008, reason="the first message must be connect")
            return None
        runtime = self.runtime
        session: Session | None = None
        notice = None
        if message.token:
            try:
                session = await runtime.resume_async(message.token)
            except TamperedState as exc:
                notice = str(exc)
            except SessionBusy as exc:
                await ws.close(code=1013, reason=protocol.close_reason(str(exc)))
                return None
        resumed = False
        created = session is None
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
        if message.scheme:
            session.scheme = message.scheme
        session.client = self._client_info(message.browser)
        session.attach(self._sink)
        self._put(
            {
                "t": "session",
                "id": session.id,
                "token": session.token,
                "resumed": resumed,
                "new": created,
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

    def _client_info(self, browser: protocol.Browser | None) -> ClientInfo:
        """st.context for this connection: its request's headers, cookies and address,
        and what the page said of its browser. Event loop."""
        ws = self.websocket
        headers = tuple(
            (name.decode("latin-1"), value.decode("latin-1")) for name, value in ws.headers.raw
        )
        browser = browser or protocol.Browser()
        return ClientInfo(
            headers=headers,
            cookies=dict(ws.cookies),
            remote_ip=ws.client.host if ws.client is not None else None,
            locale=browser.locale,
            timezone=browser.timezone,
            timezone_offset=browser.timezone_offset,
            url=browser.url,
            is_embedded=browser.embedded,
        )

    async def _handle(self, session: Session, text: str) -> None:
        """One client frame: parsed, validated, answered. Nothing a client sends can
        raise out of here (a bug of ours is logged, rate-limited, and answered)."""
        if _too_large(text, self.frame_limit):
            # Only when the websocket layer could not refuse it at its header.
            await self.websocket.close(
                code=1009,
                reason="message larger than server.maxClientMessageSize; raise that option",
            )
            return
        try:
            message = protocol.parse(text)
        except protocol.ProtocolError as exc:
            self._refuse("Refused message", exc)
            return
        try:
            await self._dispatch(session, message)
        except Exception as exc:
            limited.log(
                logging.ERROR,
                f"handle:{type(exc).__name__}:{type(message).__name__}",
                "Error handling a %s frame",
                type(message).__name__,
                exc_info=True,
            )
            self._refuse(
                "Refused message", f"the server could not handle it ({type(exc).__name__})"
            )

    async def _dispatch(self, session: Session, message: protocol.Message) -> None:
        if isinstance(message, protocol.Ping):
            self._put({"t": "pong"})
        elif isinstance(message, protocol.Stop):
            session.runner.stop()
        elif isinstance(message, protocol.Theme):
            session.scheme = message.scheme  # st.context.theme; the next run sees it
        elif isinstance(message, protocol.ClearCache):
            if str(get_option("client.toolbarMode")) in ("viewer", "minimal"):
                self._refuse("Refused message", "Clearing the cache is for the app's developer.")
                return
            await asyncio.to_thread(clear_caches)
            session.runner.when_idle(session.state.clear)
        elif isinstance(message, protocol.Rows):
            window = await asyncio.to_thread(
                session.table_rows, message.path, message.start, message.end, message.view()
            )
            if window is None:
                self._refuse("Refused message", "No table at that path any more.")
            else:
                self._put({"t": "rows", "path": list(message.path), **message.view(), **window})
        elif isinstance(message, protocol.Rerun):
            try:
                session.rerun(message.changes, message.triggers, message.page, fragments=True)
            except (OstinatoAPIException, WireValueError) as exc:
                self._refuse("Refused change", exc)
        else:
            self._refuse("Refused message", "Already connected.")

    async def _drain(self) -> None:
        """Send everything queued, one frame per batch (a JSON array when several)."""
        ws = self.websocket
        while self.outbox and ws.application_state == WebSocketState.CONNECTED:
            texts, closing = self.outbox.take()
            try:
                self._sending = True
                if texts:
                    await ws.send_text(texts[0] if len(texts) == 1 else "[" + ",".join(texts) + "]")
                if closing is not None:
                    await ws.close(code=1012, reason=protocol.close_reason(closing))
                    return
            except (WebSocketDisconnect, RuntimeError, OSError):
                return
            finally:
                self._sending = False
            if self._overflowed:
                return

    async def _close_slow_reader(self) -> None:
        """The tab left more than server.maxOutgoingQueueSize unread: free the queue,
        stop reading its frames and close with QUEUE_CLOSE_CODE (cut the socket if
        the tab does not take even the close frame)."""
        size = self.outbox.size
        self._open = False
        self.outbox.close()
        limited.log(
            logging.WARNING,
            "slow-reader",
            "Closed a tab that left %d KB of messages unread (server.maxOutgoingQueueSize)",
            size // 1024,
        )
        writer = self._writer
        if writer is not None and not writer.done():
            writer.cancel()
            try:
                await writer
            except (asyncio.CancelledError, Exception):
                pass
        reason = "The page did not read the server's messages: over server.maxOutgoingQueueSize"
        try:
            await asyncio.wait_for(
                self.websocket.close(code=QUEUE_CLOSE_CODE, reason=protocol.close_reason(reason)),
                CLOSE_TIMEOUT,
            )
        except (TimeoutError, RuntimeError, OSError, WebSocketDisconnect):
            _abort(self.websocket)


def _frame_limit() -> int:
    """Largest client frame in bytes: server.maxClientMessageSize (KB), and never more
    than server.maxMessageSize (MB)."""
    client = int(get_option("server.maxClientMessageSize")) * 1024
    overall = int(get_option("server.maxMessageSize")) * 1024 * 1024
    return max(1024, min(client, overall))


def _too_large(text: str, limit: int) -> bool:
    return len(text) > limit or (
        len(text) * 4 > limit and len(text.encode("utf-8", "replace")) > limit
    )


def _protocol_of(websocket: WebSocket) -> Any:
    """The ASGI server's protocol object behind the websocket, when it is uvicorn's
    (its receive is a bound method of it); None otherwise."""
    return getattr(getattr(websocket, "_receive", None), "__self__", None)


def _limit_incoming(websocket: WebSocket, limit: int) -> None:
    """Make the websocket layer refuse frames over `limit` bytes at their header
    (close 1009 before the body is read), where the server allows it (uvicorn's
    sans-I/O websockets). Elsewhere `_handle` refuses them after reading."""
    conn = getattr(_protocol_of(websocket), "conn", None)
    if conn is not None and hasattr(conn, "max_message_size"):
        current = conn.max_message_size
        conn.max_message_size = limit if current is None else min(current, limit)


def _abort(websocket: WebSocket) -> None:
    """Cut the connection of a tab that does not read (not even a close frame)."""
    transport = getattr(_protocol_of(websocket), "transport", None)
    if transport is not None and hasattr(transport, "abort"):
        transport.abort()
