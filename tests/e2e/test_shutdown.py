"""SIGTERM while a run is still going: a real `ostinato run` process with the SQLite
store; the state that run had already set is written before the store closes and
comes back after a restart."""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

from tests.conftest import Server

APP = """
import time
import ostinato as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.session_state["note"] = f"set by run {st.session_state.runs}"
st.write(f"runs={st.session_state.runs} note={st.session_state.note}")
if st.session_state.runs == 2:
    time.sleep(60)  # a long computation, still going when the server is stopped
"""


class Tab:
    """One tab's websocket."""

    def __init__(self, url: str, token: str | None = None) -> None:
        self.ws: ClientConnection = connect(
            url.replace("http://", "ws://") + "/_ostinato/ws", open_timeout=5
        )
        self.ws.send(json.dumps({"t": "connect", "v": 1, "token": token, "page": ""}))
        self.buffer: list[dict[str, Any]] = []
        self.session = self.wait(lambda m: m["t"] == "session")
        self.token: str = self.session["token"]

    def wait(self, wanted: Callable[[dict[str, Any]], bool], timeout: float = 10) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            if not self.buffer:
                data = json.loads(self.ws.recv(max(deadline - time.monotonic(), 0.01)))
                self.buffer.extend(data if isinstance(data, list) else [data])
            message = self.buffer.pop(0)
            if wanted(message):
                return message

    def text(self, body: str) -> None:
        self.wait(lambda m: m["t"] == "delta" and m["el"].get("body") == body)


def test_sigterm_during_a_run_keeps_the_state_it_set(
    serve: Callable[..., Server], tmp_path: Path
) -> None:
    db = tmp_path / "sessions.db"
    options = ("--session.store", "sqlite", "--session.storeUrl", str(db))
    server = serve(APP, *options)
    tab = Tab(server.url)
    tab.text("runs=1 note=set by run 1")
    tab.wait(lambda m: m["t"] == "run_finished")
    tab.ws.send(json.dumps({"t": "rerun", "changes": {}, "triggers": []}))
    tab.text("runs=2 note=set by run 2")  # run 2 set its state and is now sleeping
    started = time.monotonic()
    server.process.send_signal(signal.SIGTERM)
    server.process.wait(15)
    stopped_in = time.monotonic() - started
    assert stopped_in < 10, stopped_in  # a short grace period, not the run's 60 s

    again = serve(server.script, *options, port=server.port)
    back = Tab(again.url, tab.token)
    assert back.session["resumed"] is True
    # The restored state is that of run 2 (the run SIGTERM interrupted), not run 1's.
    back.text("runs=3 note=set by run 3")
    again.process.send_signal(signal.SIGTERM)
    again.process.wait(15)
