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
        self.page: dict[tuple[int, ...], dict[str, Any]] = {}
        """What the page shows (path → element): the server sends only what changed."""
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
        self._track(message)
        return message

    def _track(self, message: dict[str, Any]) -> None:
        """Keep `page` as the page would."""
        if message["t"] == "delta":
            self.page[tuple(message["path"])] = message["el"]
        elif message["t"] == "patch":
            self._patch(message)
        elif message["t"] == "run_finished" and message["status"] != "rerun":
            self._cut(message)

    def recv_type(self, kind: str, timeout: float = 5) -> dict[str, Any]:
        """Skip messages until one of type `kind`."""
        while True:
            message = self.recv(timeout)
            if message["t"] == kind:
                return message

    def run(self, timeout: float = 5) -> Run:
        """Follow a run until it finishes (not one interrupted by a rerun): the page
        as it then shows, as a page keeps it (elements the run left unchanged are
        not sent again; `patch` edits one; `run_finished` cuts containers)."""
        while True:
            message = self.recv(timeout)
            if message["t"] == "run_finished" and message["status"] != "rerun":
                return Run(dict(self.page), message["status"])

    def _patch(self, message: dict[str, Any]) -> None:
        path = tuple(message["path"])
        el = {**self.page[path], **message.get("set", {})}
        for key in message.get("unset", []):
            el.pop(key, None)
        for key, (start, removed, inserted) in message["splice"].items():
            units = self.page[path][key].encode("utf-16-le")
            text = units[: 2 * start].decode("utf-16-le") + inserted
            el[key] = text + units[2 * (start + removed) :].decode("utf-16-le")
        self.page[path] = el

    def _cut(self, message: dict[str, Any]) -> None:
        """Drop what the finished run no longer has (full `sizes`, or only `trim`)."""
        full = "sizes" in message
        limits: dict[str, int] = message["sizes"] if full else message.get("trim", {})

        def gone(path: tuple[int, ...]) -> bool:
            for depth in range(2, len(path) + 1):
                parent = ".".join(map(str, path[: depth - 1]))
                if (full or parent in limits) and path[depth - 1] >= limits.get(parent, 0):
                    return True
            return False

        self.page = {path: el for path, el in self.page.items() if not gone(path)}

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
