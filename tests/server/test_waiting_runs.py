"""Runs that wait do not make other sessions' runs wait: over real websockets, many
sessions' runs block at once, and another session's click and a placeholder
updated in a loop still reach their tabs while those runs wait."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Server
from tests.server.client import Tab

WAITERS = 150
"""More than the 64 pool threads runs used to share."""

OPTIONS: tuple[str, ...] = ()

GATE = f"""
import threading
barrier = threading.Barrier({WAITERS}, timeout=30)
"""

APP = """
import os
import time
from pathlib import Path

import ostinato as st

import gate

if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Wait"):
    # Stands for I/O: returns only once every waiting session's run is here.
    gate.barrier.wait()
    st.write(f"all {gate.barrier.parties} arrived")
if st.button("Add"):
    st.session_state.n += 1
st.write(f"count {st.session_state.n}")
if st.button("Stream"):
    box = st.empty()
    for tick in range(5):
        box.write(f"tick {tick}")
        # The next tick only once the tab has seen this one (the test acknowledges).
        ack = Path(os.environ["ACKS"]) / f"ack-{tick}"
        deadline = time.monotonic() + 20
        while not ack.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        if not ack.exists():
            st.error(f"tick {tick} was not acknowledged: the tab never got it")
            break
"""


def first_run(tab: Tab) -> dict[str, str]:
    """The ids of the app's buttons, by label."""
    run = tab.run(timeout=15)
    return {str(el["label"]): str(el["id"]) for el in run.of_type("button")}


def test_many_waiting_runs_do_not_stall_other_sessions(
    serve: Callable[..., Server], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "gate.py").write_text(GATE)
    acks = tmp_path / "acks"
    acks.mkdir()
    monkeypatch.setenv("ACKS", str(acks))
    server = serve(APP, *OPTIONS)
    waiting = [Tab(server.url) for _ in range(WAITERS)]
    ids = [first_run(tab) for tab in waiting]
    probe = Tab(server.url)
    probe_ids = first_run(probe)
    streamer = Tab(server.url)
    stream_ids = first_run(streamer)
    try:
        # All but one wait at the barrier, each holding its run's thread.
        for tab, buttons in zip(waiting[:-1], ids[:-1], strict=True):
            tab.rerun(triggers=[buttons["Wait"]])
        # Another session's click is answered meanwhile, three times over.
        for expected in (1, 2, 3):
            probe.rerun(triggers=[probe_ids["Add"]])
            assert f"count {expected}" in probe.run(timeout=15).texts()
        # A placeholder updated in a loop reaches its tab update by update.
        streamer.rerun(triggers=[stream_ids["Stream"]])
        for tick in range(5):
            while True:
                message = streamer.recv(timeout=15)
                if message["t"] == "delta" and message["el"].get("body") == f"tick {tick}":
                    break
            (acks / f"ack-{tick}").touch()
        assert streamer.run(timeout=15).status == "ok"
        # The last one arrives: every waiting run finishes.
        waiting[-1].rerun(triggers=[ids[-1]["Wait"]])
        for tab in waiting:
            texts = tab.run(timeout=30).texts()
            assert f"all {WAITERS} arrived" in texts
    finally:
        for tab in [*waiting, probe, streamer]:
            tab.close()


HOLD = """
import os
import time
from pathlib import Path

import ostinato as st

if st.button("Hold"):
    release = Path(os.environ["RELEASE"])
    deadline = time.monotonic() + 20
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    st.write("released")
st.write("done")
"""


def test_a_run_past_max_concurrent_runs_is_shown_queued_then_runs(
    serve: Callable[..., Server], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = tmp_path / "release"
    monkeypatch.setenv("RELEASE", str(release))
    server = serve(HOLD, "--runner.maxConcurrentRuns", "1")
    holder, other = Tab(server.url), Tab(server.url)
    try:
        hold = first_run(holder)["Hold"]
        first_run(other)
        holder.rerun(triggers=[hold])
        holder.recv_type("run_started", timeout=10)
        other.rerun()
        queued = other.recv(timeout=10)
        assert queued == {"t": "run_queued", "limit": 1}
        release.touch()
        assert "released" in holder.run(timeout=15).texts()
        assert other.run(timeout=15).texts() == ["done"]
    finally:
        holder.close()
        other.close()
