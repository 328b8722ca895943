"""Sessions written after each run and read back by a new Runtime (a restart),
driven through the real Session and ScriptRunner."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from ostinato.config import set_option
from ostinato.runtime.runtime import Runtime
from ostinato.runtime.session import Session
from ostinato.stores.persistence import Persistence
from tests.conftest import RedisServer

APP = """
import datetime
import ostinato as st
st.session_state.setdefault("count", 0)
st.session_state.setdefault("log", [])
def add(n):
    st.session_state.count += n
    st.session_state.log.append(("add", n))
st.button("Add", on_click=add, args=(1,), key="add")
level = st.slider("Level", 0, 10, 2, key="level")
when = st.date_input("When", datetime.date(2024, 5, 1))
st.write(f"count={st.session_state.count} level={level} when={when}")
"""


def run(session: Session, changes: dict[str, object] | None = None, triggers=()) -> None:
    session.rerun(changes or {}, triggers)
    assert session.wait_idle(10)


def widget(session: Session, kind: str) -> dict[str, object]:
    return next(n.props for n in session.roots[0].children or [] if n.type == kind)


def texts(session: Session) -> list[str]:
    return [n.props["body"] for n in session.roots[0].children or [] if n.type == "markdown"]


@pytest.fixture
def sqlite_options(tmp_path: Path) -> Path:
    set_option("session.store", "sqlite")
    set_option("session.storeUrl", str(tmp_path / "sessions.db"))
    return tmp_path / "app.py"


def test_state_and_widgets_survive_a_restart(sqlite_options: Path) -> None:
    sqlite_options.write_text(APP)
    first = Runtime(str(sqlite_options), persistence=Persistence.from_options())
    session = first.create_session()
    run(session)
    button = widget(session, "button")["id"]
    run(session, triggers=[button])
    run(session, triggers=[button])
    run(session, {widget(session, "slider")["id"]: 7})
    run(session, {widget(session, "date_input")["id"]: "2024-06-02"})
    assert texts(session) == ["count=2 level=7 when=2024-06-02"]
    token = session.token
    first.shutdown()

    second = Runtime(str(sqlite_options), persistence=Persistence.from_options())
    back = second.resume(token)
    assert back is not None and back.id == session.id
    assert back.state["count"] == 2
    assert back.state["level"] == 7
    assert back.state["log"] == [("add", 1), ("add", 1)]
    run(back)
    # Widgets drawn with their restored values; no callback fired because of the restore.
    assert texts(back) == ["count=2 level=7 when=2024-06-02"]
    assert back.state["log"] == [("add", 1), ("add", 1)]
    assert second.resume("unknown-token") is None
    second.shutdown()


def test_only_finished_runs_are_written(sqlite_options: Path) -> None:
    sqlite_options.write_text(APP)
    runtime = Runtime(str(sqlite_options), persistence=Persistence.from_options())
    session = runtime.create_session()
    run(session)
    assert runtime.persistence is not None
    loaded = runtime.persistence.load(session.token)
    assert loaded is not None
    record = json.loads(loaded[1])
    assert record["user"]["count"] == 0
    assert session.token not in loaded[1].decode()
    runtime.shutdown()


def test_not_durable_key_is_reported_once_and_kept_in_memory(
    sqlite_options: Path, caplog: pytest.LogCaptureFixture
) -> None:
    sqlite_options.write_text(
        "import threading\nimport ostinato as st\n"
        "st.session_state.setdefault('lock', threading.Lock())\n"
        "st.session_state.setdefault('n', 0)\nst.session_state.n += 1\n"
    )
    runtime = Runtime(str(sqlite_options), persistence=Persistence.from_options())
    session = runtime.create_session()
    messages: list[dict[str, object]] = []
    session.attach(messages.append)
    with caplog.at_level(logging.WARNING, logger="ostinato.runtime"):
        run(session)
        run(session)
    notices = [m["message"] for m in messages if m["t"] == "notice"]
    assert len(notices) == 1
    assert 'st.session_state["lock"] is kept in memory only' in str(notices[0])
    assert "session.allowPickle" in str(notices[0])
    assert sum("kept in memory only" in r.message for r in caplog.records) == 1
    assert "lock" in session.state
    token = session.token
    runtime.shutdown()
    restored = Runtime(str(sqlite_options), persistence=Persistence.from_options()).resume(token)
    assert restored is not None
    assert restored.state["n"] == 2
    assert "lock" not in restored.state


def test_allow_pickle_stores_signed_values(sqlite_options: Path) -> None:
    set_option("session.allowPickle", True)
    sqlite_options.write_text(
        "import fractions\nimport ostinato as st\n"
        "st.session_state.setdefault('f', fractions.Fraction(1, 3))\n"
    )
    runtime = Runtime(str(sqlite_options), persistence=Persistence.from_options())
    session = runtime.create_session()
    run(session)
    token = session.token
    runtime.shutdown()
    back = Runtime(str(sqlite_options), persistence=Persistence.from_options()).resume(token)
    assert back is not None
    import fractions

    assert back.state["f"] == fractions.Fraction(1, 3)


def test_tampered_blob_is_refused_and_only_its_key_is_lost(sqlite_options: Path) -> None:
    set_option("session.allowPickle", True)
    sqlite_options.write_text(
        "import fractions\nimport ostinato as st\n"
        "st.session_state.setdefault('f', fractions.Fraction(1, 3))\n"
        "st.session_state.setdefault('n', 5)\n"
    )
    runtime = Runtime(str(sqlite_options), persistence=Persistence.from_options())
    session = runtime.create_session()
    run(session)
    token = session.token
    runtime.shutdown()
    import sqlite3

    db = sqlite3.connect(str(sqlite_options.parent / "sessions.db"))
    (data,) = db.execute("SELECT data FROM sessions").fetchone()
    record = json.loads(data)
    record["user"]["f"]["sig"] = "0" * 64
    db.execute("UPDATE sessions SET data = ?", (json.dumps(record).encode(),))
    db.commit()
    back = Runtime(str(sqlite_options), persistence=Persistence.from_options()).resume(token)
    assert back is not None and back.id == session.id
    assert "f" not in back.state and back.state["n"] == 5
    assert len(back.notices) == 1
    assert 'st.session_state["f"]' in back.notices[0] and "HMAC-SHA256" in back.notices[0]


def test_redis_sessions_move_between_workers(tmp_path: Path, redis_server: RedisServer) -> None:
    set_option("session.store", "redis")
    set_option("session.storeUrl", redis_server.url)
    set_option("session.secret", "a-secret-shared-by-workers")
    set_option("session.leaseTTL", 0.6)
    script = tmp_path / "app.py"
    script.write_text(APP)
    one = Runtime(str(script), persistence=Persistence.from_options())
    two = Runtime(str(script), persistence=Persistence.from_options())
    session = one.create_session()
    run(session)
    run(session, triggers=[widget(session, "button")["id"]])
    # While worker one keeps renewing its lease, worker two cannot take the session ...
    import threading
    import time

    from ostinato.runtime.runtime import SessionBusy

    stop = threading.Event()

    def keep_renewing() -> None:
        while not stop.wait(0.1):
            one.renew_leases()

    renewer = threading.Thread(target=keep_renewing)
    renewer.start()
    try:
        with pytest.raises(SessionBusy):
            two.resume(session.token)
    finally:
        stop.set()
        renewer.join()
    # ... but once worker one stops renewing (it died), its lease runs out.
    started = time.monotonic()
    moved = two.resume(session.token)
    assert moved is not None and moved.fence > session.fence
    assert time.monotonic() - started > 0.3
    run(moved)
    assert texts(moved) == ["count=1 level=2 when=2024-05-01"]
    # Worker one lost the lease: its late write is refused by the fence.
    session.state["count"] = 99
    session.persist()
    assert session.lost
    assert one.renew_leases() == [session]
    run(moved, triggers=[widget(moved, "button")["id"]])
    assert texts(moved) == ["count=2 level=2 when=2024-05-01"]
    one.shutdown()
    two.shutdown()


def test_rotated_secret_still_reads_what_the_old_one_signed(sqlite_options: Path) -> None:
    set_option("session.allowPickle", True)
    set_option("session.secret", "the-old-secret-of-this-app")
    sqlite_options.write_text(
        "import fractions\nimport ostinato as st\n"
        "st.session_state.setdefault('f', fractions.Fraction(1, 3))\n"
    )
    runtime = Runtime(str(sqlite_options), persistence=Persistence.from_options())
    session = runtime.create_session()
    run(session)
    token = session.token
    runtime.shutdown()
    set_option("session.secret", "the-new-secret-of-this-app")
    refused = Runtime(str(sqlite_options), persistence=Persistence.from_options()).resume(token)
    assert refused is not None and "f" not in refused.state
    set_option("session.previousSecrets", ["the-old-secret-of-this-app"])
    back = Runtime(str(sqlite_options), persistence=Persistence.from_options()).resume(token)
    import fractions

    assert back is not None and back.state["f"] == fractions.Fraction(1, 3)
