"""A small protocol client for tests: connect, read until a run finishes, send changes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from websockets.sync.client import ClientConnection, connect


@dataclass
class Run:
    """What one run sent: its deltas (path → element) and its status."""

    elements: dict[tuple[int, ...], dict[str, Any]] = field(default_factory=dict)
    status: str = ""

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        """Elements of `kind`, in path order."""
        return [el for _, el in sorted(self.elements.items()) if el["type"] == kind]

    def texts(self) -> list[str]:
        """Markdown bodies, in path order."""
        return [el["body"] for el in self.of_type("markdown")]


class Tab:
    """One tab's websocket, speaking the protocol of docs/PROTOCOL.md."""

    def __init__(self, base_url: str, token: str | None = None, origin: str | None = None):
        ws_url = base_url.replace("http://", "ws://") + "/_ostinato/ws"
        headers = {"Origin": origin} if origin else None
        self.buffer: list[dict[str, Any]] = []
        self.ws: ClientConnection = connect(ws_url, additional_headers=headers, open_timeout=5)
        self.ws.send(json.dumps({"t": "connect", "v": 1, "token": token, "page": ""}))
        self.session = self.recv_type("session")
        self.token: str = self.session["token"]

    def recv(self, timeout: float = 5) -> dict[str, Any]:
        """The next message (frames may hold one message or an array of several)."""
        if not self.buffer:
            data = json.loads(self.ws.recv(timeout))
            self.buffer.extend(data if isinstance(data, list) else [data])
        message: dict[str, Any] = self.buffer.pop(0)
        return message

    def recv_type(self, kind: str, timeout: float = 5) -> dict[str, Any]:
        """Skip messages until one of type `kind`."""
        while True:
            message = self.recv(timeout)
            if message["t"] == kind:
                return message

    def run(self, timeout: float = 5) -> Run:
        """Collect deltas until a run finishes (not one interrupted by a rerun)."""
        run = Run()
        while True:
            message = self.recv(timeout)
            if message["t"] == "delta":
                run.elements[tuple(message["path"])] = message["el"]
            elif message["t"] == "run_started":
                run = Run()
            elif message["t"] == "run_finished" and message["status"] != "rerun":
                run.status = message["status"]
                return run

    def rerun(
        self, changes: dict[str, Any] | None = None, triggers: list[str] | None = None
    ) -> None:
        """Send widget changes."""
        self.send({"t": "rerun", "changes": changes or {}, "triggers": triggers or []})

    def send(self, message: dict[str, Any]) -> None:
        """Send a message as JSON."""
        self.ws.send(json.dumps(message))

    def close(self) -> None:
        """Close the websocket."""
        self.ws.close()
