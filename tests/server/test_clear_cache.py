"""The clear_cache message on a real server: it clears st.cache_data and
st.cache_resource for every session of the process, and the sender's Session State."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ostinato.server import protocol
from tests.conftest import Server
from tests.server.client import Tab

COUNTED = """
import ostinato as st
from pathlib import Path

@st.cache_data
def computed():
    log = Path("computed.log")
    log.write_text(log.read_text() + "x" if log.exists() else "x")
    return len(log.read_text())

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"computed {computed()}, run {st.session_state.runs}")
"""


def test_clear_cache_parses_and_takes_no_fields() -> None:
    assert protocol.parse('{"t": "clear_cache"}') == protocol.ClearCache()
    with pytest.raises(protocol.ProtocolError, match="no fields"):
        protocol.parse('{"t": "clear_cache", "all": true}')


def test_clear_cache_clears_every_sessions_cache_and_the_senders_state(
    serve: Callable[..., Server],
) -> None:
    server = serve(COUNTED)
    first = Tab(server.url)
    assert first.run().texts() == ["computed 1, run 1"]
    second = Tab(server.url)
    assert second.run().texts() == ["computed 1, run 1"]  # the other session's entry
    first.send({"t": "clear_cache"})
    first.send({"t": "ping"})
    assert first.recv_type("pong")
    second.rerun()
    assert second.run().texts() == ["computed 2, run 2"]
    first.rerun()
    assert first.run().texts() == ["computed 2, run 1"]


def test_viewers_cannot_clear_the_cache(serve: Callable[..., Server]) -> None:
    server = serve(COUNTED, "--client.toolbarMode", "viewer")
    tab = Tab(server.url)
    assert tab.run().texts() == ["computed 1, run 1"]
    tab.send({"t": "clear_cache"})
    refused = tab.recv_type("error")
    assert "developer" in str(refused)
    tab.rerun()
    assert tab.run().texts() == ["computed 1, run 2"]
