"""Redis failover, with a real redis-server: while many tabs of a dead worker wait
for its leases to run out on the surviving worker, a brand-new visitor there is
served at once (waiting for a lease holds no thread of the event loop's default
pool, which every new tab needs)."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ostinato.config import set_option
from ostinato.runtime.runtime import Runtime
from ostinato.runtime.session import Session
from ostinato.stores.persistence import Persistence
from tests.conftest import RedisServer, run_coroutine

APP = """
import ostinato as st
st.session_state.setdefault("n", 0)
st.session_state.n += 1
st.write(f"n={st.session_state.n}")
"""

PENDING = 12
"""Tabs of the dead worker resuming at once."""


def run(session: Session) -> None:
    session.rerun({}, ())
    assert session.wait_idle(10)


def test_new_visitor_is_served_promptly_while_resumes_wait(
    tmp_path: Path, redis_server: RedisServer
) -> None:
    set_option("session.store", "redis")
    set_option("session.storeUrl", redis_server.url)
    set_option("session.secret", "a-secret-shared-by-workers")
    set_option("session.leaseTTL", 3.0)
    script = tmp_path / "app.py"
    script.write_text(APP)
    dead = Runtime(str(script), persistence=Persistence.from_options())
    tokens = []
    for _ in range(PENDING):
        session = dead.create_session()
        run(session)
        tokens.append(session.token)
    died = time.monotonic()  # the worker stops renewing: its leases run out in 3 s

    survivor = Runtime(str(script), persistence=Persistence.from_options())

    async def failover() -> tuple[float, list[Session | None], float]:
        # The server's default pool as on a small machine (2 CPUs: 6 threads).
        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(6))
        resumes = [asyncio.create_task(survivor.resume_async(token)) for token in tokens]
        await asyncio.sleep(0.5)
        started = time.monotonic()
        visitor = await asyncio.to_thread(survivor.create_session)  # as the server does
        await asyncio.to_thread(run, visitor)
        latency = time.monotonic() - started
        resumed = await asyncio.gather(*resumes)
        return latency, resumed, time.monotonic() - died

    latency, resumed, failover_took = run_coroutine(failover())
    assert latency < 0.5, f"a new visitor waited {latency:.2f} s during the failover"
    assert failover_took >= 2.5  # the resumes did wait for the dead worker's leases
    for session in resumed:
        assert session is not None and session.state["n"] == 1
        run(session)
        assert session.state["n"] == 2
    survivor.shutdown()
    dead.shutdown()
