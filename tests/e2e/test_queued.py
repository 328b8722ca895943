"""A run past runner.maxConcurrentRuns shows as queued in its page, never silently
stalled, and runs once a thread frees up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Server

HOLD = """
import os
import time
from pathlib import Path

import ostinato as st

st.session_state.setdefault("n", 0)
if st.button("Hold"):
    release = Path(os.environ["RELEASE"])
    deadline = time.monotonic() + 30
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
if st.button("Add"):
    st.session_state.n += 1
st.write(f"count {st.session_state.n}")
"""


def test_a_queued_run_says_so_in_the_page(
    serve: Callable[..., Server], context: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = tmp_path / "release"
    monkeypatch.setenv("RELEASE", str(release))
    server = serve(HOLD, "--runner.maxConcurrentRuns", "1")
    holder, other = context.new_page(), context.new_page()
    for tab in (holder, other):
        tab.set_default_timeout(10_000)
        tab.goto(server.url)
        tab.get_by_text("count 0").wait_for()
    holder.get_by_role("button", name="Hold").click()
    holder.locator("#ostinato-running", has_text="Running…").wait_for()
    other.get_by_role("button", name="Add").click()
    queued = other.locator("#ostinato-running")
    queued.get_by_text("Queued…").wait_for()
    assert "runner.maxConcurrentRuns" in (queued.get_attribute("title") or "")
    release.touch()
    other.get_by_text("count 1").wait_for()
    other.locator("#ostinato-running").wait_for(state="hidden")
