"""A short seeded protocol fuzzer against a real server: frames of every client
message type, with every field given valid, boundary and hostile values (widget
values of every kind of widget included). Every frame gets a reply or a clean
close, the log never shows an unhandled exception, and a normal session alongside
is unaffected."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from ostinato.server import protocol
from tests.conftest import Server
from tests.server.client import Tab

APP = """
import datetime as dt
import ostinato as st
st.session_state.setdefault("count", 0)
def add():
    st.session_state.count += 1
st.button("Add", on_click=add)
st.checkbox("Check")
st.toggle("Toggle")
st.radio("Radio", ["a", "b", "c"])
st.selectbox("Select", ["a", "b", "c"])
st.multiselect("Multi", ["a", "b", "c"], max_selections=2)
st.select_slider("SelSlider", ["a", "b", "c"])
st.select_slider("SelRange", ["a", "b", "c"], value=("a", "b"))
st.slider("Int", 0, 10)
st.slider("Float", 0.0, 1.0)
st.slider("Range", 0, 100, (10, 20))
st.slider("Day", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
st.slider("Time", dt.time(1, 0), dt.time(23, 0))
st.slider("Moment", dt.datetime(2024, 1, 1), dt.datetime(2024, 2, 1))
st.number_input("NumInt", 0, 100)
st.number_input("NumFloat", value=1.5)
st.text_input("Text", max_chars=20)
st.text_area("Area")
st.date_input("Date", dt.date(2024, 5, 5))
st.date_input("DateRange", (dt.date(2024, 5, 5), dt.date(2024, 6, 6)))
st.time_input("Clock", dt.time(12, 0))
st.color_picker("Color")
st.file_uploader("Upload")
with st.form("f"):
    st.text_input("InForm")
    st.form_submit_button("Submit")
st.dataframe({"a": list(range(3000))})
st.write(f"Count = {st.session_state.count}")
"""

FRAMES = 2000
SEED = 20261201


def hostile_values(rng: random.Random) -> list[Any]:
    """Wire values of every JSON type, at and past the boundaries."""
    deep: Any = []
    for _ in range(rng.choice([3, 15, 17, 40])):
        deep = [deep]
    return [
        None,
        True,
        False,
        0,
        -1,
        1,
        2,
        3,
        99,
        2**53,
        2**63 + 1,
        -(2**70),
        10**19,
        0.5,
        -0.0,
        1e20,
        1e308,
        -1e308,
        5e-324,
        86399,
        86400,
        -719163,
        2932897,
        "",
        "a",
        "x" * rng.choice([19, 21, 5000]),
        "2024-05-05",
        "2024-02-30",
        "9999-12-31",
        "0000-01-01",
        "12:00",
        "25:61",
        "12:00:00.5",
        "#ff0000",
        "#zzzzzz",
        "é\u2028\x00",
        [],
        [0],
        [0, 1],
        [1, 0],
        [2, 2, 2],
        [True, False],
        [None, None],
        ["2024-05-05", "2024-06-06"],
        ["2024-06-06", "bad"],
        [1e20, 1e20],
        [{"id": "x", "name": "n", "size": 1, "type": "t"}],
        [{"id": 5}],
        {},
        {"a": 1},
        deep,
    ]


RAW_TOKENS = ["NaN", "Infinity", "-Infinity", "9" * 400, "1e400", '"\\ud800"', '"a\\udfffb"']


def fuzz_frame(rng: random.Random, ids: list[str], triggers: list[str]) -> str:
    """One frame: mostly structurally valid messages with hostile field values, plus
    raw text JSON's encoder would never write (NaN, huge ints, lone surrogates)."""
    values = hostile_values(rng)
    kind = rng.choice(["rerun"] * 6 + ["rows", "rows", "ping", "connect", "junk", "raw"])
    if kind == "junk":
        return rng.choice(
            [
                "",
                "{",
                "[]",
                "null",
                '"t"',
                "[" * 3000,
                '{"t": 5}',
                '{"t": null}',
                '{"t": "rerun", "changes": []}',
                '{"t": "rerun", "triggers": "x"}',
                '{"t": "rerun", "page": 5}',
                json.dumps({"t": "nope", "x": "é" * 300}),
                "\x00\x01",
            ]
        )
    if kind == "raw":
        token = rng.choice(RAW_TOKENS)
        target = rng.choice(ids)
        return rng.choice(
            [
                f'{{"t": "rerun", "changes": {{"{target}": {token}}}}}',
                f'{{"t": "rerun", "changes": {{"{target}": [{token}, 1]}}}}',
                f'{{"t": "rows", "path": [0, 26], "start": {token}, "end": 5}}',
                f'{{"t": "rerun", "page": {token}}}',
                f'{{"t": "rerun", "triggers": [{token}]}}',
                f'{{"t": "ping", "x": {token}}}',
            ]
        )
    message: dict[str, Any] = {"t": kind}
    if kind == "rerun":
        changes: dict[str, Any] = {}
        for _ in range(rng.choice([0, 1, 1, 2, 5])):
            changes[rng.choice([*ids, "unknown", ""])] = rng.choice(values)
        message["changes"] = changes
        if rng.random() < 0.3:
            message["triggers"] = rng.sample(triggers, rng.randint(0, len(triggers)))
        if rng.random() < 0.1:
            message["triggers"] = rng.choice(values)
        if rng.random() < 0.1:
            message["page"] = rng.choice(["", "nope", "../..", 5, None, "a" * 3000])
    elif kind == "rows":
        message["path"] = rng.choice([[0, 26], [0, 0], [0, 999], [], [True], [0, -1], [0] * 100])
        message["start"] = rng.choice([0, 10, -1, True, 2**70, 1.5, "0", None])
        message["end"] = rng.choice([10, 2000, 2011, 0, False, 10**30, None])
    elif kind == "connect":
        message.update(v=1, token=rng.choice([None, "x", 5]), page="", query="?a=1")
    for name in rng.sample(["v", "token", "query", "fork", "page", "extra"], rng.randint(0, 2)):
        message[name] = rng.choice(values)
    return json.dumps(message, allow_nan=True)


def test_fuzzed_frames_get_replies_and_never_break_the_server(
    serve: Callable[..., Server],
) -> None:
    server = serve(APP)
    ws_url = server.url.replace("http://", "ws://") + "/_ostinato/ws"
    rng = random.Random(SEED)
    other = Tab(server.url)
    other.run()
    tab = Tab(server.url)
    first = tab.run()
    ids = [el["id"] for el in first.elements.values() if "id" in el]
    triggers = [
        el["id"]
        for el in first.elements.values()
        if el["type"] in ("button", "form_submit_button") and "id" in el
    ]
    started = time.monotonic()
    sent = errors = closes = 0
    for number in range(FRAMES):
        frame = fuzz_frame(rng, ids, triggers)
        # A ping after each frame: its pong proves the frame was answered (replies
        # come in order) and the connection still serves.
        try:
            tab.ws.send(frame)
            tab.ws.send(json.dumps({"t": "ping", "n": number}))
            while True:
                reply = tab.recv(10)
                if reply["t"] == "error":
                    errors += 1
                    assert reply["message"].startswith("Refused"), reply
                    assert len(reply["message"]) <= 500
                elif reply["t"] == "pong":
                    break
        except ConnectionClosed as closed:
            # Only a frame too large for the websocket layer may close it, cleanly.
            assert closed.rcvd is not None and closed.rcvd.code in (1008, 1009), frame[:200]
            closes += 1
            tab = Tab(server.url)
            tab.run()
        sent += 1
    # Fresh connections whose first frame is hostile: a session or a clean close.
    for _ in range(100):
        ws = connect(ws_url, open_timeout=5)
        ws.send(fuzz_frame(rng, ids, triggers).replace('"t": "rerun"', '"t": "connect"'))
        try:
            reply = json.loads(ws.recv(10))
            assert (reply[0] if isinstance(reply, list) else reply)["t"] == "session"
        except ConnectionClosed as closed:
            assert closed.rcvd is not None and closed.rcvd.code == 1008
        ws.close()
    elapsed = time.monotonic() - started
    assert sent == FRAMES and errors > FRAMES / 4 and closes == 0, (sent, errors, closes)
    assert elapsed < 30, elapsed
    # The fuzzed tab still runs; the normal tab was never touched.
    tab.rerun()
    assert tab.run(timeout=10).status in ("ok", "error")
    other.rerun()
    assert other.run(timeout=10).texts() == ["Count = 0"]
    server.stop()
    out = server.output()
    assert "Traceback" not in out, out[-5000:]
    assert "Exception in ASGI application" not in out, out[-5000:]


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=st.characters(codec=None, exclude_categories=())),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=20,
)
fields = st.sampled_from(["t", "v", "token", "page", "query", "fork", "changes", "triggers"])
fields_more = st.sampled_from(["path", "start", "end"])
kinds = st.sampled_from(["connect", "rerun", "ping", "rows", "other"])


@settings(max_examples=800, deadline=None, derandomize=True)
@given(
    kind=kinds,
    extra=st.dictionaries(fields | fields_more, json_values, max_size=4),
    junk=st.booleans(),
)
def test_parse_raises_only_protocol_errors(kind: str, extra: dict[str, Any], junk: bool) -> None:
    """protocol.parse gives a message or a ProtocolError, nothing else, for any JSON
    (NaN, Infinity, huge ints and lone surrogates included) and any text."""
    message = {"t": kind, **extra} if not junk else extra
    text = json.dumps(message, allow_nan=True, ensure_ascii=bool(len(extra) % 2))
    for frame in (text, text[: len(text) // 2], text.encode("utf-8", "surrogatepass")):
        try:
            parsed = protocol.parse(frame)
        except protocol.ProtocolError as exc:
            assert len(str(exc)) < 300
            continue
        # What passes is fit for the runtime: encodable, finite, typed.
        if isinstance(parsed, protocol.Rows):
            assert all(type(i) is int for i in (*parsed.path, parsed.start, parsed.end))
        if isinstance(parsed, protocol.Rerun):
            json.dumps(parsed.changes, allow_nan=False).encode("utf-8")
        if isinstance(parsed, protocol.Connect):
            (parsed.token or "").encode("utf-8")
            parsed.query.encode("utf-8")
