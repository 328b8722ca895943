"""The script watcher and the SQLite store beside the script: writes to the store
(`.ostinato/`) are not changes of the app."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from ostinato.runtime.runtime import Runtime
from ostinato.server.watcher import watch_script
from ostinato.stores.sqlite import SqliteStore
from tests.conftest import run_coroutine


def test_store_writes_beside_the_script_are_ignored(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    script = tmp_path / "app.py"
    script.write_text("import ostinato as st\nst.write('hi')\n")
    runtime = Runtime(str(script))
    session = runtime.create_session()
    messages: list[dict[str, Any]] = []
    session.attach(messages.append)
    store = SqliteStore(str(tmp_path / ".ostinato" / "sessions.db"))

    async def scenario() -> None:
        task = asyncio.create_task(watch_script(runtime))
        await asyncio.sleep(0.5)
        for i in range(10):  # a store written after every run
            store.save("id", "hash", b"x" * i, ttl=60, fence=0)
            (tmp_path / ".ostinato" / "cache.py").write_text(f"# {i}\n")
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.6)
        assert messages == []
        script.write_text("import ostinato as st\nst.write('changed')\n")
        for _ in range(50):
            if messages:
                break
            await asyncio.sleep(0.1)
        task.cancel()

    with caplog.at_level(logging.DEBUG):
        run_coroutine(scenario())
    store.close()
    runtime.shutdown()
    assert messages == [{"t": "script_changed"}]
    logged = [r.getMessage() for r in caplog.records if r.name.startswith("watchfiles")]
    detected = [line for line in logged if "detected" in line]
    assert detected and not any(".ostinato" in line for line in detected), detected
