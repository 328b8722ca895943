"""HTTP connections that stop sending are closed: server.httpHeaderTimeout and
server.httpIdleTimeout.

uvicorn times out a connection only while it idles between two requests
(keep-alive); one that connects and never completes its request headers, or
stops in the middle of a body, would be held forever. This protocol adds both
deadlines to uvicorn's h11 one: the headers of a request must be complete within
server.httpHeaderTimeout seconds of its first byte (or of the connection), and a
body may not stay silent for longer than server.httpIdleTimeout seconds (which
is also the keep-alive timeout). Websockets, once upgraded, are not concerned:
the page pings them."""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ostinato.config import get_option


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header deadline and a body idle timeout."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout = float(get_option("server.httpHeaderTimeout"))
        self.idle_timeout = float(get_option("server.httpIdleTimeout"))
        self._stall: asyncio.TimerHandle | None = None
        self._stall_kind = ""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        self._watch()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch(got_data=True)

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        super().connection_lost(exc)

    def _watch(self, got_data: bool = False) -> None:
        """Arm the deadline that fits where the request is."""
        if self.transport.is_closing() or self.transport.get_protocol() is not self:
            self._cancel()  # closed, or upgraded to a websocket
            return
        state = self.conn.their_state
        if state is h11.IDLE and (self.cycle is None or self.cycle.response_complete):
            # Waiting for (the rest of) a request's headers: one deadline, counted from
            # the first byte, that more bytes do not push back.
            if self._stall_kind != "headers":
                self._arm("headers", self.header_timeout)
        elif state is h11.SEND_BODY:
            if got_data or self._stall_kind != "body":
                self._arm("body", self.idle_timeout)
        else:
            self._cancel()

    def _arm(self, kind: str, seconds: float) -> None:
        self._cancel()
        self._stall_kind = kind
        self._stall = self.loop.call_later(seconds, self._expired)

    def _cancel(self) -> None:
        if self._stall is not None:
            self._stall.cancel()
        self._stall = None
        self._stall_kind = ""

    def _expired(self) -> None:
        self._stall = None
        kind, self._stall_kind = self._stall_kind, ""
        if self.transport.is_closing() or self.transport.get_protocol() is not self:
            return
        if kind == "body" and self.flow.read_paused:
            # The app has not taken what arrived yet: the client is not the one idling.
            self._arm("body", self.idle_timeout)
            return
        self.logger.debug("Closing an HTTP connection whose %s stalled", kind)
        if kind == "headers" and self.conn.their_state is h11.IDLE:
            body = b"Request timeout: the request's headers did not arrive in time.\n"
            self.transport.write(
                b"HTTP/1.1 408 Request Timeout\r\nContent-Type: text/plain\r\n"
                b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
            )
        elif self.cycle is not None and not self.cycle.response_complete:
            self.cycle.disconnected = True
            self.cycle.message_event.set()
        self.transport.close()
