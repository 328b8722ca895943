"""Status and progress elements in AppTest: st.spinner, st.progress, st.status,
st.toast, st.balloons, st.snow, st.skeleton (issue 14)."""

from __future__ import annotations

from typing import Any

import pytest

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


def test_spinner_refuses_a_show_time_that_is_not_a_bool() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nwith st.spinner("x", show_time="yes"):\n    pass\n'
    ).run()
    assert "show_time must be True or False" in at.exception[0].value


def test_spinner_refuses_a_bad_width() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nwith st.spinner("x", width="wide"):\n    pass\n'
    ).run()
    assert "Invalid width value: 'wide'" in at.exception[0].value


# -- st.progress ------------------------------------------------------------------


def test_progress_values_and_update_in_place() -> None:
    at = AppTest.from_string(
        "import ostinato as st\n"
        'bar = st.progress(0.25, "Loading *data*")\n'
        'bar.progress(70, text="Almost")\n'
        "st.progress(0)\n"
        "st.progress(1.0000000001)\n"
        "st.progress(0.999)\n"
    ).run()
    assert not at.exception
    assert [(p.value, p.text) for p in at.progress] == [
        (70, "Almost"),
        (0, ""),
        (100, ""),
        (99, ""),
    ]
    assert [e.type for e in at.main.children.values()] == ["progress"] * 4


def test_progress_slot_takes_other_elements_and_can_be_cleared() -> None:
    at = AppTest.from_string(
        "import ostinato as st\n"
        "bar = st.progress(3)\n"
        'bar.write("replaced")\n'
        "other = st.progress(4)\n"
        "other.empty()\n"
    ).run()
    assert [e.type for e in at.main.children.values()] == ["markdown", "empty"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.progress(101)", "set to 101, is outside the required range [0, 100]"),
        ("st.progress(-1)", "set to -1, is outside the required range [0, 100]"),
        ("st.progress(1.2)", "set to 1.2, is outside the required range [0.0, 1.0]"),
        ('st.progress("5")', "Invalid `value` type. Expected one of: int, float."),
        ("st.progress(True)", "Invalid `value` type"),
        ("st.progress(0.5, text=5)", "Invalid `text` type. Expected one of: str."),
        ('st.progress(5, width="content")', "Invalid width value: 'content'"),
    ],
)
def test_progress_refuses_bad_input(call: str, message: str) -> None:
    at = AppTest.from_string(f"import ostinato as st\n{call}\n").run()
    assert message in at.exception[0].value


# -- st.status --------------------------------------------------------------------

STATUS_APP = """
import ostinato as st
with st.status("Work") as s:
    st.write("in")
st.status("Two", expanded=True, state="error")
s3 = st.status("three")
s3.update(label="**3**", state="complete", expanded=True)
s3.write("x")
s4 = st.status("four", expanded=True)
s4.update(label="f")
try:
    with st.status("boom"):
        raise ValueError("v")
except ValueError:
    st.write("caught")
with st.status("up") as u:
    u.update(state="error")
"""


def test_status_label_icon_state_and_expanded_as_streamlit() -> None:
    at = AppTest.from_string(STATUS_APP).run()
    assert not at.exception
    got = [(s.label, s.icon, s.state, s.expanded) for s in at.status]
    # As Streamlit 1.67's AppTest reports them for this script.
    assert got == [
        ("Work", ":material/check:", "complete", False),
        ("Two", ":material/error:", "error", True),
        ("**3**", ":material/check:", "complete", True),
        ("f", "spinner", "running", False),
        ("boom", ":material/error:", "error", False),
        ("up", ":material/error:", "error", False),
    ]
    assert at.status[0].markdown.values == ["in"]
    assert at.status[2].markdown.values == ["x"]
    assert at.markdown.values[-1] == "caught"
    assert at.status[2].props["html"] == "<strong>3</strong>"
    assert not at.expander


def test_status_streams_its_updates_to_the_page() -> None:
    def script() -> None:
        with st.status("Step", expanded=True) as s:
            st.write("a")
            s.update(label="Done", expanded=False)

    sent = streamed(script)
    blocks = [
        (m["path"], m["el"]["label"], m["el"]["state"]) for m in sent if m["el"]["type"] == "block"
    ]
    assert blocks == [
        ([0, 0], "Step", "running"),
        ([0, 0], "Done", "running"),
        ([0, 0], "Done", "complete"),
    ]
    # An update names no children: the page keeps what the container holds.
    assert [m["path"] for m in sent if m["el"]["type"] == "markdown"] == [[0, 0, 0]]
    updates = [m["el"]["user_expanded"] for m in sent if m["el"]["type"] == "block"]
    assert updates == [True, False, True]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.status("x", state="bad")', "Invalid `state` value"),
        ('st.status("x", type="bad")', "Invalid `type` value"),
        ('st.status("x").update(state="nope")', "Invalid `state` value"),
        ('st.status("x", width="content")', "Invalid width value: 'content'"),
        ("st.status(5)", "st.status label must be str, got int"),
        ('st.status("x", expanded="yes")', "st.status expanded must be bool, got str"),
        ('st.status("x").update(label=5)', "st.status label must be str or None, got int"),
        ('st.status("x").update(expanded="no")', "expanded must be bool or None, got str"),
    ],
)
def test_status_refuses_bad_input(call: str, message: str) -> None:
    at = AppTest.from_string(f"import ostinato as st\n{call}\n").run()
    assert message in at.exception[0].value


# -- st.toast ---------------------------------------------------------------------

TOAST_APP = """
import ostinato as st
t = st.toast("Hello **x**", icon="🎉")
t.toast("Updated")
st.toast("long", duration="long")
st.toast("inf", duration="infinite")
st.toast("n", duration=7, icon=":material/home:")
st.toast(5)
st.sidebar.toast("side")
with st.sidebar:
    st.toast("side2")
c = st.container()
c.toast("in container")
st.write("after")
"""


def test_toasts_go_to_the_event_area_unless_written_into_a_container() -> None:
    at = AppTest.from_string(TOAST_APP).run()
    assert not at.exception
    # In page order, as Streamlit 1.67's AppTest lists them.
    assert [(t.value, t.icon, t.duration) for t in at.toast] == [
        ("in container", "", 4),
        ("side", "", 4),
        ("Updated", "", 4),
        ("long", "", 10),
        ("inf", "", 0),
        ("n", ":material/home:", 7),
        ("5", "", 4),
        ("side2", "", 4),
    ]
    assert [e.type for e in at.main.children.values()] == ["flex_container", "markdown"]
    assert [e.type for e in at.sidebar.children.values()] == ["toast"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.toast("")', "The `body` parameter is required"),
        ('st.toast("a", duration=0)', "Invalid `duration` value"),
        ('st.toast("a", duration="x")', "Invalid `duration` value"),
        ('st.toast("a", duration=True)', "Invalid `duration` value"),
        ('st.toast("a", icon="notanemoji")', 'The value "notanemoji" is not a valid icon'),
        ('st.toast("a", icon=3)', "Invalid `icon` type"),
    ],
)
def test_toast_refuses_bad_input(call: str, message: str) -> None:
    at = AppTest.from_string(f"import ostinato as st\n{call}\n").run()
    assert message in at.exception[0].value


def test_toast_icons_accept_emoji_sequences_and_material_names() -> None:
    at = AppTest.from_string(
        "import ostinato as st\n"
        'for icon in ["👍🏽", "🇫🇷", "👨‍👩‍👧", "❤️", ":material/thumb_up:", "  "]:\n'
        '    st.toast("x", icon=icon)\n'
    ).run()
    assert not at.exception
    assert [t.icon for t in at.toast] == ["👍🏽", "🇫🇷", "👨‍👩‍👧", "❤️", ":material/thumb_up:", ""]


# -- st.balloons, st.snow, st.skeleton --------------------------------------------


def test_balloons_and_snow_are_elements_of_the_run() -> None:
    at = AppTest.from_string(
        "import ostinato as st\nst.balloons()\nst.snow()\nst.write('after')\n"
    ).run()
    assert [(e.type, e.value) for e in at.main.children.values()] == [
        ("balloons", None),
        ("snow", None),
        ("markdown", "after"),
    ]


def test_skeleton_standalone_and_as_a_context_manager() -> None:
    at = AppTest.from_string(
        "import ostinato as st\n"
        "s = st.skeleton()\n"
        "with st.skeleton(height=100) as k:\n"
        '    st.write("inside")\n'
        'st.skeleton(height="stretch", width=300)\n'
        "r = st.skeleton()\n"
        'r.write("filled")\n'
        "st.write(type(s).__name__)\n"
    ).run()
    assert not at.exception
    assert [(e.type, e.value) for e in at.main.children.values()] == [
        ("skeleton", None),
        ("empty", None),
        ("markdown", "inside"),
        ("skeleton", None),
        ("markdown", "filled"),
        ("markdown", "SkeletonPlaceholder"),
    ]


def test_skeleton_in_a_with_block_shows_transiently_in_its_slot() -> None:
    def script() -> None:
        with st.skeleton(height=50):
            st.write("x")

    sent = streamed(script)
    assert [(m["path"], m["el"]["type"]) for m in sent] == [
        ([0, 0], "block"),
        ([0, 0, 0], "skeleton"),
        ([0, 0, 0], "nothing"),
        ([0, 0, 0], "skeleton"),
        ([0, 1], "markdown"),
        ([0, 0, 0], "nothing"),
    ]
    assert sent[3]["el"]["delayed"] is True


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.skeleton(height=0)", "Invalid height value: 0"),
        ('st.skeleton(height="content")', "Invalid height value: 'content'"),
        ('st.skeleton(width="content")', "Invalid width value: 'content'"),
    ],
)
def test_skeleton_refuses_bad_sizes(call: str, message: str) -> None:
    at = AppTest.from_string(f"import ostinato as st\n{call}\n").run()
    assert message in at.exception[0].value


def test_a_toast_from_a_callback_shows_in_that_run_only() -> None:
    at = AppTest.from_string(
        "import ostinato as st\n"
        'st.button("Go", on_click=lambda: st.toast("Clicked!"))\n'
        'st.write("x")\n'
    ).run()
    assert not at.toast
    at.button[0].click().run()
    assert [t.value for t in at.toast] == ["Clicked!"]
    assert [e.type for e in at][-2:] == ["event", "toast"]
    at.run()
    assert not at.toast
