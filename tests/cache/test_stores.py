"""The stores one cached function's entries live in: memory (LRU, ttl), disk
(persist="disk", surviving a restart, refusing a changed file) and Redis
(cache.store = "redis", shared by workers)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from ostinato.cache.stores import Entry, MemoryStore
from tests.conftest import RedisServer

ROOT = Path(__file__).resolve().parents[2]


def test_memory_store_keeps_the_most_recently_used_and_drops_expired_entries() -> None:
    released: list[object] = []
    store = MemoryStore(ttl=60, max_entries=2, released=released.append)
    now = time.monotonic()
    store.set("a", Entry("A", (), now))
    store.set("b", Entry("B", (), now))
    assert store.get("a") is not None  # a is now the most recent
    store.set("c", Entry("C", (), now))
    assert store.get("b") is None and released == ["B"]
    store.set("old", Entry("OLD", (), now - 61))  # evicts a, the least recently used
    assert store.get("old") is None and released == ["B", "A", "OLD"]
    assert store.get("c") is not None


RUNNER = """
import sys
from ostinato.config import set_option
from ostinato.testing.v1 import AppTest
for pair in sys.argv[2:]:
    name, _, value = pair.partition("=")
    set_option(name, value)
at = AppTest.from_file(sys.argv[1], default_timeout=30).run()
assert not at.exception, [e.message for e in at.exception]
print("|".join(str(m.value) for m in [*at.caption, *at.markdown]))
"""

PERSISTED = """
from pathlib import Path
import pandas as pd
import ostinato as st

@st.cache_data(persist="disk")
def load(n):
    with open("computed.log", "a") as log:
        log.write("x")
    st.caption("loaded")
    return pd.DataFrame({"n": range(n), "s": [f"v{i}" for i in range(n)]})

frame = load(5)
st.write("rows", len(frame), "last", frame["s"].iloc[-1])
"""


def run_app(app: Path, *options: str) -> str:
    """One AppTest run of `app` in a new Python process (a restart)."""
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(app), *options],
        cwd=app.parent,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_persisted_entries_survive_a_restart(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(PERSISTED)
    first = run_app(app)
    second = run_app(app)
    assert first == second == "loaded|rows `5` last v4"  # the caption replayed too
    assert (tmp_path / "computed.log").read_text() == "x"
    files = list((tmp_path / ".ostinato" / "cache").rglob("*.entry"))
    assert len(files) == 1
    blob = files[0].read_bytes()
    assert b"pickle" not in blob  # a DataFrame goes through the safe codec (Arrow)


def test_a_changed_persisted_entry_is_refused_and_computed_again(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(PERSISTED)
    run_app(app)
    (entry,) = (tmp_path / ".ostinato" / "cache").rglob("*.entry")
    entry.write_bytes(entry.read_bytes().replace(b'"t":', b'"t": ', 1))
    assert run_app(app) == "loaded|rows `5` last v4"
    assert (tmp_path / "computed.log").read_text() == "xx"


SHARED = """
import ostinato as st

@st.cache_data(ttl=3600)
def expensive(n):
    with open("computed.log", "a") as log:
        log.write("x")
    st.caption(f"computed {n}")
    return {"n": n, "squares": [i * i for i in range(n)]}

result = expensive(4)
st.write("squares", str(result["squares"]))
"""


def test_redis_shares_entries_between_workers(tmp_path: Path, redis_server: RedisServer) -> None:
    app = tmp_path / "app.py"
    app.write_text(SHARED)
    options = [
        "session.store=redis",
        f"session.storeUrl={redis_server.url}",
        "session.secret=a-secret-of-sixteen-chars",
        "cache.store=redis",
    ]
    first = run_app(app, *options)
    second = run_app(app, *options)  # another process: a second worker
    assert first == second == "computed 4|squares [0, 1, 4, 9]"
    assert (tmp_path / "computed.log").read_text() == "x"
    other_secret = [*options[:2], "session.secret=another-secret-16-chars", options[3]]
    assert run_app(app, *other_secret) == first  # a blob it cannot verify: computed again
    assert (tmp_path / "computed.log").read_text() == "xx"
    memory = run_app(app)  # cache.store = "memory": this process only
    assert memory == first and (tmp_path / "computed.log").read_text() == "xxx"


def test_memory_store_max_size_drops_the_least_recently_used_bytes() -> None:
    store = MemoryStore(ttl=None, max_entries=None, max_size=10)
    now = time.monotonic()
    store.set("a", Entry(b"aaaa", (), now))
    store.set("b", Entry(b"bbbb", (), now))
    store.get("a")
    store.set("c", Entry(b"cccc", (), now))  # 12 bytes: b, the least recently used, goes
    assert store.get("b") is None and store.get("a") is not None and store.get("c") is not None
    store.set("huge", Entry(b"h" * 50, (), now))  # alone larger than the bound: kept alone
    assert store.get("huge") is not None and len(store) == 1


CLAIMED = """
import os
import time
from pathlib import Path
import ostinato as st

@st.cache_data
def slow_total(n):
    with open("computed.log", "a") as log:
        log.write("x")
    while not Path("go").exists():
        time.sleep(0.02)
    return sum(range(n))

Path(f"started-{os.getpid()}").touch()
st.write("total", slow_total(10))
"""


def test_workers_missing_one_key_at_once_compute_it_once(
    tmp_path: Path, redis_server: RedisServer
) -> None:
    app = tmp_path / "app.py"
    app.write_text(CLAIMED)
    options = [
        "session.store=redis",
        f"session.storeUrl={redis_server.url}",
        "session.secret=a-secret-of-sixteen-chars",
        "cache.store=redis",
    ]
    command = [sys.executable, "-c", RUNNER, str(app), *options]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [
        subprocess.Popen(
            command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    try:
        log = tmp_path / "computed.log"
        deadline = time.monotonic() + 60
        while not (log.exists() and len(list(tmp_path.glob("started-*"))) == 2):
            assert time.monotonic() < deadline, "the workers did not both start"
            time.sleep(0.05)
        time.sleep(1.0)  # give the other worker time to reach the claim (not asserted)
        (tmp_path / "go").touch()
        outputs = [worker.communicate(timeout=120) for worker in workers]
    finally:
        for worker in workers:
            worker.kill()
    for worker, (out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
        assert out.decode().strip().splitlines()[-1] == "total `45`"
    assert log.read_text() == "x"
