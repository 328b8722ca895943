"""The websocket protocol against a real server: runs, isolation, resume, refusals."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus

from tests.conftest import Server
from tests.server.client import Tab

COUNTER = """
import ostinato as st
st.session_state.setdefault("count", 0)
def add():
    st.session_state.count += 1
st.button("Add", on_click=add)
st.write(f"Count = {st.session_state.count}")
"""


def test_counter_click_reruns_with_callback(serve: Callable[..., Server]) -> None:
    server = serve(COUNTER)
    tab = Tab(server.url)
    first = tab.run()
    assert first.texts() == ["Count = 0"]
    button = first.of_type("button")[0]
    for expected in (1, 2, 3):
        tab.rerun(triggers=[button["id"]])
        assert tab.run().texts() == [f"Count = {expected}"]


def test_two_tabs_are_isolated(serve: Callable[..., Server]) -> None:
    server = serve(COUNTER)
    one, two = Tab(server.url), Tab(server.url)
    button = one.run().of_type("button")[0]["id"]
    two.run()
    one.rerun(triggers=[button])
    one.rerun(triggers=[button])
    assert one.run().texts()[-1] in ("Count = 1", "Count = 2")
    two.rerun()
    assert two.run().texts() == ["Count = 0"]
    assert one.session["id"] != two.session["id"]
    assert len(one.token) >= 40


def test_reconnect_with_token_resumes_the_session(serve: Callable[..., Server]) -> None:
    server = serve(COUNTER)
    tab = Tab(server.url)
    button = tab.run().of_type("button")[0]["id"]
    tab.rerun(triggers=[button])
    assert tab.run().texts() == ["Count = 1"]
    tab.close()
    again = Tab(server.url, token=tab.token)
    assert again.session["resumed"] is True
    assert again.session["id"] == tab.session["id"]
    assert again.run().texts() == ["Count = 1"]
    stranger = Tab(server.url, token="not-a-real-token")
    assert stranger.session["resumed"] is False
    assert stranger.run().texts() == ["Count = 0"]


@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        ("not json at all", "not JSON"),
        ("[1, 2, 3]", "JSON object"),
        (json.dumps({"t": "explode"}), "unknown message type"),
        (json.dumps({"t": "rerun", "changes": "nope"}), "wrong type"),
        (json.dumps({"t": "rerun", "triggers": [1, 2]}), "widget ids"),
    ],
)
def test_malformed_frames_are_refused_and_the_session_goes_on(
    serve: Callable[..., Server], frame: str, reason: str
) -> None:
    server = serve(COUNTER)
    tab = Tab(server.url)
    button = tab.run().of_type("button")[0]["id"]
    other = Tab(server.url)
    other.run()
    tab.ws.send(frame)
    error = tab.recv_type("error")
    assert reason in error["message"]
    tab.rerun(triggers=[button])
    assert tab.run().texts() == ["Count = 1"]
    other.rerun()
    assert other.run().texts() == ["Count = 0"]


def test_invalid_widget_value_is_refused_before_the_script(serve: Callable[..., Server]) -> None:
    server = serve(
        'import ostinato as st\nv = st.slider("Level", 0, 10, key="level")\nst.write(f"v={v}")\n'
    )
    tab = Tab(server.url)
    slider = tab.run().of_type("slider")[0]
    tab.rerun(changes={slider["id"]: 99})
    error = tab.recv_type("error")
    assert "must lie between" in error["message"]
    tab.rerun(changes={slider["id"]: 7})
    assert tab.run().texts() == ["v=7"]


def test_oversized_message_is_refused_at_its_header(serve: Callable[..., Server]) -> None:
    server = serve(COUNTER, "--server.maxMessageSize", "1")
    other = Tab(server.url)
    other.run()
    tab = Tab(server.url)
    tab.run()
    # The frame's header announces more than 1 MB: the server closes the connection
    # (code 1009, "message too big") before reading the body.
    with pytest.raises(ConnectionClosed) as closed:
        tab.ws.send(json.dumps({"t": "rerun", "changes": {"x": "a" * (2 * 1024 * 1024)}}))
        while True:
            tab.recv()
    if closed.value.rcvd is not None:
        assert closed.value.rcvd.code == 1009
    other.rerun()
    assert other.run().texts() == ["Count = 0"]
    healthy = Tab(server.url)
    assert healthy.run().texts() == ["Count = 0"]


def test_foreign_origin_is_refused(serve: Callable[..., Server]) -> None:
    server = serve(COUNTER)
    with pytest.raises(InvalidStatus) as refused:
        Tab(server.url, origin="https://evil.example")
    assert refused.value.response.status_code == 403
    same = Tab(server.url, origin=server.url)
    assert same.run().texts() == ["Count = 0"]


def test_exception_is_sent_and_the_next_run_works(serve: Callable[..., Server]) -> None:
    server = serve(
        "import ostinato as st\n"
        "st.write('before')\n"
        "if st.button('Boom'):\n"
        "    raise ValueError('kaboom')\n"
    )
    tab = Tab(server.url)
    button = tab.run().of_type("button")[0]["id"]
    tab.rerun(triggers=[button])
    run = tab.run()
    assert run.status == "error"
    (shown,) = run.of_type("exception")
    assert shown["exc_type"] == "ValueError"
    assert shown["message"] == "kaboom"
    assert any("raise ValueError" in line for line in shown["traceback"])
    assert run.texts() == ["before"]
    tab.rerun()
    again = tab.run()
    assert again.status == "ok"
    assert again.of_type("exception") == []


def test_session_is_freed_after_the_disconnected_ttl(serve: Callable[..., Server]) -> None:
    server = serve(COUNTER, "--server.disconnectedSessionTTL", "1")
    tab = Tab(server.url)
    button = tab.run().of_type("button")[0]["id"]
    tab.rerun(triggers=[button])
    assert tab.run().texts() == ["Count = 1"]
    tab.close()
    time.sleep(2.5)
    late = Tab(server.url, token=tab.token)
    assert late.session["resumed"] is False
    assert late.run().texts() == ["Count = 0"]
