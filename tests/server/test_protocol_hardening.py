"""Hostile frames against a real server: each is refused with an `error` reply (or a
clean close), the connection and the session go on, a well-behaved tab alongside
keeps working, widget values stay valid and the log holds no traceback."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.conftest import Server
from tests.server.client import Tab

APP = """
import datetime as dt
import ostinato as st
st.session_state.setdefault("count", 0)
def add():
    st.session_state.count += 1
st.button("Add", on_click=add)
d = st.slider("Day", dt.date(2024, 1, 1), dt.date(2024, 12, 31), key="day")
i = st.slider("Int", 0, 10, key="int")
f = st.slider("Float", 0.0, 1.0, key="float")
n = st.number_input("Num", value=1.5, key="num")
st.dataframe({"a": list(range(50))})
st.write(f"Count = {st.session_state.count}")
st.write(f"values={d!s}|{i}|{f}|{n}")
"""


def widget_ids(run: Any) -> dict[str, str]:
    """Label → id of the run's widgets."""
    return {
        el["label"]: el["id"]
        for el in run.elements.values()
        if "id" in el and "label" in el and el["type"] != "dataframe"
    }


def assert_alive(tab: Tab, other: Tab, button: str, expected: int) -> None:
    """The hostile tab's session still runs, and so does the well-behaved one's."""
    tab.rerun(triggers=[button])
    run = tab.run()
    assert f"Count = {expected}" in run.texts()
    other.rerun()
    assert "Count = 0" in other.run().texts()


def assert_no_traceback(server: Server) -> str:
    server.stop()
    out = server.output()
    assert "Traceback" not in out, out
    assert "Exception in ASGI application" not in out, out
    return out


@pytest.fixture
def app(serve: Callable[..., Server]) -> tuple[Server, Tab, Tab, dict[str, str]]:
    server = serve(APP)
    tab = Tab(server.url)
    ids = widget_ids(tab.run())
    other = Tab(server.url)
    other.run()
    return server, tab, other, ids


def test_deeply_nested_json_is_refused(app: tuple[Server, Tab, Tab, dict[str, str]]) -> None:
    server, tab, other, ids = app
    for depth in (50, 100_000):
        tab.ws.send('{"t": "rerun", "changes": {"x": ' + "[" * depth + "]" * depth + "}}")
        assert "nested deeper" in tab.recv_type("error")["message"]
    assert_alive(tab, other, ids["Add"], 1)
    assert_no_traceback(server)


@pytest.mark.parametrize(
    ("label", "wire"),
    [
        ("Day", "1e20"),
        ("Day", "Infinity"),
        ("Int", "Infinity"),
        ("Int", "NaN"),
        ("Float", "9" * 400),
        ("Float", "-Infinity"),
        ("Num", "9" * 400),
        ("Num", "NaN"),
        ("Num", "1e400"),
    ],
)
def test_overflowing_and_non_finite_numbers_are_refused(
    app: tuple[Server, Tab, Tab, dict[str, str]], label: str, wire: str
) -> None:
    server, tab, other, ids = app
    tab.ws.send('{"t": "rerun", "changes": {"' + ids[label] + '": ' + wire + "}}")
    assert tab.recv_type("error")["message"].startswith("Refused")
    # The widget keeps a valid value, and later deltas of it still encode.
    tab.rerun(changes={ids["Int"]: 3})
    run = tab.run()
    assert "values=2024-01-01|3|0.0|1.5" in run.texts()
    tab.rerun(triggers=[ids["Add"]])
    assert "values=2024-01-01|3|0.0|1.5" in tab.run().texts()
    other.rerun()
    assert "Count = 0" in other.run().texts()
    assert_no_traceback(server)


def test_rows_with_a_boolean_start_is_refused(
    app: tuple[Server, Tab, Tab, dict[str, str]],
) -> None:
    server, tab, other, ids = app
    for frame in (
        {"t": "rows", "path": [0, 5], "start": True, "end": 10},
        {"t": "rows", "path": [0, True], "start": 0, "end": 10},
        {"t": "rows", "path": [0, 5], "start": 0, "end": 10**30},
    ):
        tab.send(frame)
        assert "Refused" in tab.recv_type("error")["message"]
    tab.send({"t": "rows", "path": [0, 5], "start": 10, "end": 20})
    assert tab.recv_type("rows")["start"] == 10
    assert_alive(tab, other, ids["Add"], 1)
    assert_no_traceback(server)


def raw_connect(server: Server, payload: str) -> Any:
    ws = connect(server.url.replace("http://", "ws://") + "/_ostinato/ws", open_timeout=5)
    ws.send(payload)
    return ws


def test_lone_surrogates_in_connect_are_refused(serve: Callable[..., Server]) -> None:
    server = serve(APP)
    other = Tab(server.url)
    other.run()
    for field in ("token", "query", "page"):
        ws = raw_connect(server, '{"t": "connect", "v": 1, "' + field + '": "a\\ud800b"}')
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(5)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
        assert "surrogate" in closed.value.rcvd.reason
    # In a rerun: refused, the session goes on (its runs still finish).
    tab = Tab(server.url)
    button = widget_ids(tab.run())["Add"]
    tab.ws.send('{"t": "rerun", "page": "x\\udc00", "changes": {"k\\ud800": 1}}')
    assert "surrogate" in tab.recv_type("error")["message"]
    assert_alive(tab, other, button, 1)
    assert_no_traceback(server)


def test_close_reason_is_cut_by_utf8_bytes(serve: Callable[..., Server]) -> None:
    server = serve(APP)
    # A connect refused with a reason made of multi-byte characters.
    ws = raw_connect(server, json.dumps({"t": "connect", "v": "é" * 200}, ensure_ascii=False))
    with pytest.raises(ConnectionClosed) as closed:
        ws.recv(5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
    assert 0 < len(closed.value.rcvd.reason.encode()) <= 123
    assert "protocol version" in closed.value.rcvd.reason
    healthy = Tab(server.url)
    assert "Count = 0" in healthy.run().texts()
    assert_no_traceback(server)


def test_refused_frames_are_logged_once_not_per_frame(serve: Callable[..., Server]) -> None:
    server = serve(APP, "--logger.level", "info")
    tab = Tab(server.url)
    button = widget_ids(tab.run())["Add"]
    for _ in range(300):
        tab.ws.send('{"t": "rerun", "changes": {"x": ' + "[" * 5000 + "]" * 5000 + "}}")
        tab.ws.send('{"t": "rows", "path": [0], "start": true, "end": 1}')
    for _ in range(600):
        tab.recv_type("error")
    tab.rerun(triggers=[button])
    assert "Count = 1" in tab.run().texts()
    out = assert_no_traceback(server)
    assert out.count("Refused") == 0  # refused frames are debug-level only
    assert len(out.splitlines()) < 30


def test_oversized_client_frame_is_refused_at_the_websocket_layer(
    serve: Callable[..., Server],
) -> None:
    server = serve(APP, "--server.maxClientMessageSize", "64")
    other = Tab(server.url)
    other.run()
    tab = Tab(server.url)
    tab.run()
    # 60 KB is fine; 100 KB closes with 1009, at the frame's header.
    tab.rerun(changes={"unknown": "a" * 60_000})
    assert tab.run().status == "ok"
    with pytest.raises(ConnectionClosed) as closed:
        tab.rerun(changes={"unknown": "a" * 100_000})
        while True:
            tab.recv()
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
    other.rerun()
    assert "Count = 0" in other.run().texts()
    assert_no_traceback(server)


def rss_kb(server: Server) -> int:
    with open(f"/proc/{server.process.pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


BIG = """
import ostinato as st
st.dataframe({"a": list(range(3000)), "b": ["y" * 20] * 3000})
for i in range(100):
    st.write(f"{i} " + "x" * 3000)
"""


def never_reading(server: Server) -> socket.socket:
    """A websocket client that sends frames and reads nothing, on a raw socket."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", server.port))
    sock.sendall(
        b"GET /_ostinato/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
        b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        b"Sec-WebSocket-Version: 13\r\n\r\n"
    )
    time.sleep(0.2)
    send_frame(sock, '{"t": "connect", "v": 1}')
    return sock


def send_frame(sock: socket.socket, text: str) -> None:
    data = text.encode()
    assert len(data) < 126
    mask = b"\x01\x02\x03\x04"
    sock.sendall(
        bytes([0x81, 0x80 | len(data)]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data))
    )


def test_a_tab_that_never_reads_keeps_the_server_bounded(serve: Callable[..., Server]) -> None:
    server = serve(BIG)
    other = Tab(server.url)
    other.run()
    sock = never_reading(server)
    sock.settimeout(5)
    time.sleep(1)
    before = rss_kb(server)
    deadline = time.monotonic() + 8
    while time.monotonic() < deadline:
        send_frame(sock, '{"t": "rerun"}')
        time.sleep(0.01)
    grown = rss_kb(server) - before
    # Unbounded, this grows by several MB per second: runs superseded before they
    # were sent are dropped from the queue.
    assert grown < 15_000, f"RSS grew by {grown} KB"
    other.rerun()
    assert other.run(timeout=10).status == "ok"
    sock.close()
    assert_no_traceback(server)


def test_a_slow_reader_past_the_queue_limit_is_closed(serve: Callable[..., Server]) -> None:
    server = serve(BIG, "--server.maxOutgoingQueueSize", "1")
    other = Tab(server.url)
    other.run()
    ws = connect(
        server.url.replace("http://", "ws://") + "/_ostinato/ws", open_timeout=5, max_queue=1
    )
    ws.send(json.dumps({"t": "connect", "v": 1}))
    # Rows replies and pongs are never superseded: asked for and never read, they
    # pile up past the limit (300 windows of 2,000 rows: ~20 MB, more than the
    # kernel's socket buffers hold).
    for _ in range(300):
        ws.send('{"t": "rows", "path": [0, 0], "start": 0, "end": 2000}')
        ws.send('{"t": "ping"}')
    time.sleep(2)
    with pytest.raises(ConnectionClosed) as closed:
        while True:
            ws.recv(10)
    assert closed.value.rcvd is not None, "the server cut the socket without a close frame"
    assert closed.value.rcvd.code == 1008
    assert "server.maxOutgoingQueueSize" in closed.value.rcvd.reason
    other.rerun()
    assert other.run(timeout=10).status == "ok"
    out = assert_no_traceback(server)
    assert out.count("server.maxOutgoingQueueSize") <= 2


def test_text_frames_that_are_not_utf8_leave_no_traceback(serve: Callable[..., Server]) -> None:
    server = serve(APP)
    other = Tab(server.url)
    other.run()
    for _ in range(20):
        sock = never_reading(server)
        # A masked text frame whose bytes are not UTF-8: closed (1007) by the
        # websocket layer, logged once, without a traceback.
        sock.sendall(bytes([0x81, 0x82, 0, 0, 0, 0, 0xFF, 0xFE]))
        sock.close()
    other.rerun()
    assert "Count = 0" in other.run().texts()
    out = assert_no_traceback(server)
    assert out.count("Invalid UTF-8") <= 2


def test_repeated_errors_are_logged_once_per_interval_with_a_count(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    from ostinato.server.connection import RateLimitedLog

    limited = RateLimitedLog(logging.getLogger("test.limited"), interval=0.2)
    with caplog.at_level(logging.INFO, "test.limited"):
        for _ in range(100):
            limited.log(logging.ERROR, "same", "Something failed: %s", "x")
        limited.log(logging.ERROR, "other", "Another thing failed")
        time.sleep(0.25)
        limited.log(logging.ERROR, "same", "Something failed: %s", "x")
    messages = [record.getMessage() for record in caplog.records]
    assert messages == [
        "Something failed: x",
        "Another thing failed",
        "Something failed: x (99 more like it in the last 0.2 s)",
    ]


def test_a_100_mb_frame_is_refused_at_its_header(serve: Callable[..., Server]) -> None:
    import struct

    server = serve(APP)
    sock = never_reading(server)
    sock.settimeout(5)
    before = rss_kb(server)
    # Announce 100 MB and send 64 KB of it: the close comes without the rest.
    size = 100 * 1024 * 1024
    sock.sendall(bytes([0x81, 0x80 | 127]) + struct.pack("!Q", size) + b"\0\0\0\0")
    sock.sendall(b"a" * 65536)
    assert close_code(sock) == 1009
    assert rss_kb(server) - before < 5_000
    sock.close()
    healthy = Tab(server.url)
    assert "Count = 0" in healthy.run().texts()
    assert_no_traceback(server)


def close_code(sock: socket.socket) -> int:
    """Read a raw websocket (HTTP answer, then server frames) up to its close frame."""
    import struct

    data = b""

    def need(count: int) -> bytes:
        nonlocal data
        while len(data) < count:
            chunk = sock.recv(65536)
            assert chunk, "closed without a close frame"
            data += chunk
        taken, data = data[:count], data[count:]
        return taken

    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, "closed before the handshake's answer"
        data += chunk
    data = data[data.index(b"\r\n\r\n") + 4 :]
    while True:
        head = need(2)
        length = head[1] & 0x7F
        if length == 126:
            length = struct.unpack("!H", need(2))[0]
        elif length == 127:
            length = struct.unpack("!Q", need(8))[0]
        payload = need(length)
        if head[0] & 0x0F == 0x8:
            return int(struct.unpack("!H", payload[:2])[0])
