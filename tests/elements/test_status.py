"""Status and progress elements in AppTest: st.spinner, st.progress, st.status,
st.toast, st.balloons, st.snow, st.skeleton (issue 14)."""

from __future__ import annotations

from typing import Any

import ostinato as st
from ostinato.runtime.context import RunContext, reset_run_context, set_run_context
from ostinato.state.session_state import SessionState
from ostinato.testing.v1 import AppTest
from ostinato.tree import registry


def streamed(script: Any) -> list[dict[str, Any]]:
    """The deltas a run of `script` (a function) streams to the page, in order."""
    sent: list[dict[str, Any]] = []
    ctx = RunContext(SessionState(), None, 1, sent.append)
    token = set_run_context(ctx)
    try:
        script()
    finally:
        reset_run_context(token)
    return sent


def test_spinner_is_not_part_of_the_run_like_streamlits_transient_elements() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nwith st.spinner("Wait"):\n    x = 1\nst.write("after")\n'
    ).run()
    assert not at.exception
    assert [e.type for e in at.main.children.values()] == ["markdown"]
    assert at.markdown.values == ["after"]


def test_spinner_streams_its_text_at_the_next_slot_and_clears_it() -> None:
    def script() -> None:
        st.write("first")
        with st.spinner("Loading **data**", show_time=True):
            pass

    sent = streamed(script)
    assert [(m["path"], m["el"]["type"]) for m in sent] == [
        ([0, 0], "markdown"),
        ([0, 1], "spinner"),
        ([0, 1], "nothing"),
    ]
    shown = sent[1]["el"]
    assert shown["html"] == "<p>Loading <strong>data</strong></p>" and shown["show_time"] is True


def test_spinner_whose_slot_an_element_took_is_not_cleared_over_it() -> None:
    def script() -> None:
        with st.spinner():
            st.write("result")

    sent = streamed(script)
    assert [(m["path"], m["el"]["type"]) for m in sent] == [
        ([0, 0], "spinner"),
        ([0, 0], "markdown"),
    ]
    assert sent[0]["el"]["text"] == "In progress..."


def test_spinner_is_reachable_through_the_registry_for_cache_spinners() -> None:
    def script() -> None:
        with registry.lookup("spinner").function(st.sidebar, "Running `f()`.", _cache=True):
            pass

    sent = streamed(script)
    assert sent[0]["path"] == [1, 0] and sent[0]["el"]["cache"] is True


def test_spinner_refuses_a_bad_width() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nwith st.spinner("x", width="wide"):\n    pass\n'
    ).run()
    assert "Invalid width value: 'wide'" in at.exception[0].value
