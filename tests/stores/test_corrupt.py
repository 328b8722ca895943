"""Damaged stored state, in a real SQLite file and a real redis-server: every one of
many malformed records resumes its tab with what could be read (the rest named in
a notice), or starts it fresh with a notice; none raises out of resume (which
would drop the tab's websocket on every retry)."""

from __future__ import annotations

import base64
import copy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ostinato.config import set_option
from ostinato.runtime.runtime import Runtime
from ostinato.runtime.session import Session
from ostinato.stores.persistence import Persistence, token_hash
from tests.conftest import RedisServer

APP = """
import ostinato as st
st.session_state.setdefault("good", 0)
st.session_state.setdefault("bad", 0)
level = st.slider("Level", 0, 10, 2, key="level")
name = st.text_input("Name", "ada", key="name")
st.write(f"good={st.session_state.good} level={level} name={name}")
"""

Record = dict[str, Any]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def bad_values() -> list[Any]:
    """Values of one key that no codec could read back."""
    random = os.urandom(64)
    arrow_like = b"\xff\xff\xff\xff" + os.urandom(60)
    return [
        {"$t": "bytes", "v": "!!not base64!!"},
        {"$t": "bytes", "v": 5},
        {"$t": "arrow", "v": _b64(random)},
        {"$t": "arrow", "series": True, "v": _b64(arrow_like)},
        {"$t": "arrow", "v": None},
        {"$t": "ndarray", "dtype": "<f8", "shape": [3], "v": _b64(b"12")},
        {"$t": "ndarray", "dtype": "not a dtype", "shape": [1], "v": ""},
        {"$t": "ndarray", "dtype": "|O", "shape": [1], "v": _b64(b"\0" * 8)},
        {"$t": "datetime", "v": "yesterday"},
        {"$t": "date", "v": 20240101},
        {"$t": "time", "v": None},
        {"$t": "timedelta", "v": "one day"},
        {"$t": "timedelta", "v": [1]},
        {"$t": "decimal", "v": "twelve"},
        {"$t": "uuid", "v": "not-a-uuid"},
        {"$t": "complex", "v": [1]},
        {"$t": "float", "v": "huge"},
        {"$t": "tuple", "v": 5},
        {"$t": "set", "v": [[1, 2]]},
        {"$t": "frozenset", "v": None},
        {"$t": "dict", "v": [[[1], 2]]},
        {"$t": "dict", "v": [1, 2, 3]},
        {"$t": "odict", "v": "x"},
        {"$t": "counter", "v": [["a"]]},
        {"$t": "defaultdict", "factory": "os:system", "v": []},
        {"$t": "enum", "cls": 5, "v": 1},
        {"$t": "enum", "cls": "subprocess:Popen", "v": "ls"},
        {"$t": "dataclass", "cls": "no_such_module:Thing", "v": {}},
        {"$t": "namedtuple", "cls": "os:stat_result", "v": [1]},
        {"$t": "pickle", "v": _b64(b"cos\nsystem\n(S'echo pwned'\ntR.")},
        {"$t": "pickle", "sig": "0" * 64, "v": "%%%"},
        {"$t": "no such tag", "v": 1},
        [{"$t": "bytes", "v": "?"}],
        {"nested": {"$t": "uuid", "v": "?"}},
    ]


def malformed_records(template: Record) -> list[bytes]:
    """Many damaged versions of a real stored session."""
    records: list[bytes] = [
        b"",
        b"\x00\xff\xfe garbage",
        os.urandom(200),
        b"\xff\xff\xff\xff" + os.urandom(100),  # Arrow IPC-ish bytes
        b"{",
        b'{"user": ',
        b"[]",
        b"42",
        b'"a string"',
        b"null",
        b"[" * 100_000 + b"]" * 100_000,
        json.dumps({"id": "someone else", "user": {}}).encode(),
    ]

    def changed(edit: Callable[[Record], None]) -> bytes:
        record = copy.deepcopy(template)
        edit(record)
        return json.dumps(record).encode()

    for value in bad_values():
        records.append(changed(lambda r, v=value: r["user"].__setitem__("bad", v)))
    level_id = next(wid for wid, (key, _) in template["widgets"].items() if key == "level")
    shapes: list[Callable[[Record], None]] = [
        lambda r: r.__setitem__("user", []),
        lambda r: r.__setitem__("user", "text"),
        lambda r: r.__setitem__("widgets", 7),
        lambda r: r["widgets"].__setitem__(level_id, 5),
        lambda r: r["widgets"].__setitem__(level_id, ["level", 1, 2]),
        lambda r: r["widgets"].__setitem__(level_id, [3, 4]),
        lambda r: r["widgets"].__setitem__(level_id, ["level", {"$t": "uuid", "v": "?"}]),
        lambda r: r["widgets"].__setitem__("no-such-widget", ["ghost", 1]),
        lambda r: r.__setitem__("xsrf", 5),
        lambda r: r.__setitem__("page", ["a"]),
        lambda r: r.__setitem__("query", {"a": 1}),
        lambda r: r.pop("xsrf"),
        lambda r: r.pop("user"),
        lambda r: r.__setitem__("v", "???"),
    ]
    records += [changed(edit) for edit in shapes]
    return records


def run(session: Session) -> None:
    session.rerun({}, ())
    assert session.wait_idle(10)


def texts(session: Session) -> list[str]:
    return [n.props["body"] for n in session.roots[0].children or [] if n.type == "markdown"]


def resume_every_record(script: Path) -> tuple[int, int]:
    """Store each malformed record under a session of its own, then resume them all
    in a new runtime (a restart); returns (kept what could be read, fresh)."""
    first = Runtime(str(script), persistence=Persistence.from_options())
    persistence = first.persistence
    assert persistence is not None
    original = first.create_session()
    run(original)
    original.state["good"] = 41
    original.persist()
    loaded = persistence.load(original.token)
    assert loaded is not None
    template = json.loads(loaded[1])
    records = malformed_records(template)
    assert len(records) >= 50
    tokens = []
    for i, data in enumerate(records):
        session_id, token = f"damaged-{i}", f"token-{i}-{os.urandom(8).hex()}"
        data = data.replace(json.dumps(original.id).encode(), json.dumps(session_id).encode())
        assert persistence.store.save(session_id, token_hash(token), data, 60, 0)
        tokens.append(token)
    first.shutdown()

    second = Runtime(str(script), persistence=Persistence.from_options())
    kept = fresh = 0
    for i, token in enumerate(tokens):
        session = second.resume(token)  # never raises
        assert session is not None and session.id == f"damaged-{i}", i
        messages: list[dict[str, Any]] = []
        session.attach(messages.append)
        run(session)
        assert session.last_status == "ok", (i, records[i][:200])
        notices = [m["message"] for m in messages if m["t"] == "notice"]
        (body,) = texts(session)
        if session.state["good"] == 41:
            kept += 1
            assert body.startswith("good=41 "), (i, body)
        else:
            fresh += 1
            assert body == "good=0 level=2 name=ada", (i, body)
            said = ("starts fresh", "could not be restored")
            assert any(w in n for n in notices for w in said), (i, records[i][:200], notices)
        damaged_key = i >= 12 and i < 12 + len(bad_values())
        if damaged_key:  # the damaged key is named; the rest of the session kept
            assert session.state["good"] == 41, i
            assert any('st.session_state["bad"]' in n for n in notices), (i, notices)
            assert session.state["bad"] == 0
        # Later runs are ordinary, and the session is written whole again.
        run(session)
        assert session.last_status == "ok"
        again = second.persistence
        assert again is not None
        stored = again.load(token)
        assert stored is not None
        assert again.decode(stored[1], session.id).problems == [], i
    second.shutdown()
    return kept, fresh


def test_malformed_sqlite_records_resume_or_start_fresh(tmp_path: Path) -> None:
    set_option("session.store", "sqlite")
    set_option("session.storeUrl", str(tmp_path / "sessions.db"))
    set_option("session.allowPickle", True)
    script = tmp_path / "app.py"
    script.write_text(APP)
    kept, fresh = resume_every_record(script)
    assert kept + fresh >= 50
    assert kept >= 40  # a damaged key or shape loses only that part


@pytest.mark.timeout(60)
def test_malformed_redis_records_resume_or_start_fresh(
    tmp_path: Path, redis_server: RedisServer
) -> None:
    set_option("session.store", "redis")
    set_option("session.storeUrl", redis_server.url)
    set_option("session.secret", "a-secret-shared-by-workers")
    set_option("session.allowPickle", True)
    script = tmp_path / "app.py"
    script.write_text(APP)
    kept, fresh = resume_every_record(script)
    assert kept + fresh >= 50
    assert kept >= 40


def test_restored_widget_value_of_the_wrong_type_falls_back_to_the_default(
    tmp_path: Path,
) -> None:
    set_option("session.store", "sqlite")
    set_option("session.storeUrl", str(tmp_path / "sessions.db"))
    script = tmp_path / "app.py"
    script.write_text(APP)
    first = Runtime(str(script), persistence=Persistence.from_options())
    session = first.create_session()
    run(session)
    token = session.token
    first.shutdown()
    import sqlite3

    with sqlite3.connect(tmp_path / "sessions.db") as db:
        (data,) = db.execute("SELECT data FROM sessions").fetchone()
        record = json.loads(data)
        wid = next(w for w, (key, _) in record["widgets"].items() if key == "level")
        record["widgets"][wid] = ["level", "not a number"]
        db.execute("UPDATE sessions SET data = ?", (json.dumps(record).encode(),))
    back = Runtime(str(script), persistence=Persistence.from_options()).resume(token)
    assert back is not None
    run(back)
    assert back.last_status == "ok"
    assert back.state["level"] == 2 and back.state["name"] == "ada"


def test_a_served_tab_with_a_damaged_record_keeps_its_connection(
    serve: Callable[..., Any], tmp_path: Path
) -> None:
    from websockets.sync.client import connect

    from ostinato.stores.sqlite import SqliteStore

    db = tmp_path / "sessions.db"
    store = SqliteStore(str(db))
    damaged = {
        "not-json": b"\x00\xff garbage",
        "arrow-bytes": b"\xff\xff\xff\xff" + os.urandom(100),
        "wrong-shape": b'{"user": [1, 2], "widgets": "x"}',
        "bad-key": json.dumps(
            {"id": "bad-key", "xsrf": "x", "user": {"good": 41, "bad": {"$t": "uuid", "v": "?"}},
             "widgets": {}}
        ).encode(),
    }  # fmt: skip
    for session_id, data in damaged.items():
        store.save(session_id, token_hash(f"token-{session_id}"), data, 60, 0)
    store.close()
    server = serve(APP, "--session.store", "sqlite", "--session.storeUrl", str(db))
    url = server.url.replace("http://", "ws://") + "/_ostinato/ws"
    for session_id in damaged:
        with connect(url, open_timeout=5) as ws:
            ws.send(json.dumps({"t": "connect", "v": 1, "token": f"token-{session_id}"}))
            seen: list[dict[str, Any]] = []
            while not any(m["t"] == "run_finished" for m in seen):
                data = json.loads(ws.recv(10))
                seen.extend(data if isinstance(data, list) else [data])
            (hello,) = [m for m in seen if m["t"] == "session"]
            assert hello["resumed"] and hello["id"] == session_id
            notices = [m["message"] for m in seen if m["t"] == "notice"]
            finished = [m for m in seen if m["t"] == "run_finished"]
            assert finished[0]["status"] == "ok" and notices, (session_id, seen)
            bodies = [m["el"].get("body") for m in seen if m["t"] == "delta"]
            if session_id == "bad-key":
                assert 'st.session_state["bad"]' in notices[0]
                assert "good=41 level=2 name=ada" in bodies
            else:
                assert "good=0 level=2 name=ada" in bodies
