"""Fragment runs on a live session (as the page drives them): a widget inside a
fragment reruns only the fragment, the rest of the tree and its widgets are left
alone, st.rerun's scopes, writes to containers outside the fragment, and the
run_every timers (stopped while no tab is attached, never keeping a session
past its TTL)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ostinato.runtime.fragments import TIMERS
from ostinato.runtime.runtime import Runtime
from ostinato.tree.node import Node


class Tab:
    """A session with a sink that keeps every message, as a connected tab."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.session = runtime.create_session()
        self.messages: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.session.attach(self.sink)

    def sink(self, message: dict[str, Any]) -> None:
        with self.lock:
            self.messages.append(message)

    def run(self, changes: dict[str, Any] | None = None, triggers: tuple[str, ...] = ()) -> None:
        self.session.rerun(changes, triggers, fragments=True)
        assert self.session.wait_idle(10)

    def take(self) -> list[dict[str, Any]]:
        with self.lock:
            taken, self.messages = self.messages, []
        return taken

    def find(self, key: str) -> Node:
        found = [n for n in walk(self.session.roots) if n.props.get("key") == key]
        assert len(found) == 1, key
        return found[0]

    def texts(self) -> list[str]:
        return [str(n.props.get("body")) for n in walk(self.session.roots) if n.type == "markdown"]


def walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        if node.children:
            yield from walk(node.children)


@pytest.fixture
def tab(tmp_path: Path) -> Iterator[Any]:
    made: list[Runtime] = []

    def make(source: str) -> Tab:
        path = tmp_path / f"app_{len(made)}.py"
        path.write_text(source)
        made.append(Runtime(str(path)))
        opened = Tab(made[-1])
        opened.run()
        return opened

    yield make
    for item in made:
        item.shutdown()


COUNTERS = """
import ostinato as st
st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
st.session_state.full += 1
st.slider("outside", 0, 10, key="out")
@st.fragment
def part():
    st.session_state.frag += 1
    value = st.slider("inside", 0, 10, key="in")
    st.markdown(f"fragment ran {st.session_state.frag} times, inside={value}")
part()
st.markdown(f"script ran {st.session_state.full} times")
"""


def test_a_widget_inside_reruns_only_the_fragment(tab: Any) -> None:
    t = tab(COUNTERS)
    t.take()
    t.run({t.find("in").props["id"]: 7})
    assert t.texts() == ["fragment ran 2 times, inside=7", "script ran 1 times"]
    messages = t.take()
    started = messages[0]
    fragment_path = started["scope"][0]
    assert started["t"] == "run_started"
    deltas = [m for m in messages if m["t"] == "delta"]
    assert deltas and all(m["path"][: len(fragment_path)] == fragment_path for m in deltas)
    assert messages[-1]["t"] == "run_finished" and messages[-1]["scope"] == [fragment_path]


def test_a_widget_outside_reruns_the_whole_script(tab: Any) -> None:
    t = tab(COUNTERS)
    t.run({t.find("out").props["id"]: 3})
    assert t.texts() == ["fragment ran 2 times, inside=0", "script ran 2 times"]


def test_widgets_keep_their_values_across_fragment_and_full_runs(tab: Any) -> None:
    t = tab(COUNTERS)
    t.run({t.find("out").props["id"]: 4})
    t.run({t.find("in").props["id"]: 9})
    assert t.find("out").props["value"] == 4
    assert t.session.state["out"] == 4
    t.run({t.find("out").props["id"]: 5})
    assert t.session.state["in"] == 9
    assert t.texts() == ["fragment ran 4 times, inside=9", "script ran 3 times"]


def test_cleanup_after_a_fragment_run_forgets_only_the_fragments_widgets(tab: Any) -> None:
    t = tab(
        """
import ostinato as st
st.checkbox("outside", key="keep_me")
@st.fragment
def part():
    if st.checkbox("show", value=True, key="show"):
        st.text_input("name", key="name")
part()
st.markdown(f"name={st.session_state.get('name')!r}")
"""
    )
    t.run({t.find("keep_me").props["id"]: True})
    t.run({t.find("name").props["id"]: "Ada"})
    assert t.session.state["name"] == "Ada"
    t.run({t.find("show").props["id"]: False})
    assert "name" not in t.session.state
    assert t.session.state["keep_me"] is True


def test_rerun_scope_fragment_reruns_the_fragment_and_app_the_script(tab: Any) -> None:
    t = tab(
        """
import ostinato as st
st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
st.session_state.full += 1
@st.fragment
def part():
    st.session_state.frag += 1
    if st.button("again", key="again") and st.session_state.frag < 4:
        st.rerun(scope="fragment")
    if st.button("all", key="all"):
        st.rerun()
part()
st.markdown(f"{st.session_state.full} {st.session_state.frag}")
"""
    )
    t.run(triggers=(t.find("again").props["id"],))
    assert (t.session.state["full"], t.session.state["frag"]) == (1, 3)
    assert t.texts() == ["1 1"]  # outside the fragment: not drawn again
    t.run(triggers=(t.find("all").props["id"],))
    assert t.texts() == ["2 5"]


def test_rerun_scope_fragment_in_a_full_run_is_refused(tab: Any) -> None:
    t = tab(
        """
import ostinato as st
@st.fragment
def part():
    st.rerun(scope="fragment")
part()
"""
    )
    errors = [n for n in walk(t.session.roots) if n.type == "exception"]
    assert len(errors) == 1
    assert errors[0].props["exc_type"] == "FragmentError"
    assert "during a rerun of that fragment" in errors[0].props["message"]


def test_fragment_writes_outside_go_to_their_own_place_and_are_redrawn(tab: Any) -> None:
    t = tab(
        """
import ostinato as st
st.session_state.setdefault("n", 0)
box = st.container()
box.markdown("box first")
@st.fragment
def part():
    st.session_state.n += 1
    st.button("go", key="go")
    box.markdown(f"from fragment {st.session_state.n}")
    st.sidebar.markdown(f"sidebar {st.session_state.n}")
part()
box.markdown("box last")
"""
    )
    assert t.texts() == ["box first", "from fragment 1", "box last", "sidebar 1"]
    t.run(triggers=(t.find("go").props["id"],))
    t.run(triggers=(t.find("go").props["id"],))
    assert t.texts() == ["box first", "from fragment 3", "box last", "sidebar 3"]


def test_a_fragment_rerun_cannot_write_where_its_full_run_did_not(tab: Any) -> None:
    t = tab(
        """
import ostinato as st
box = st.container()
box.markdown("box")
@st.fragment
def part():
    if st.button("go", key="go"):
        box.markdown("late")
    st.markdown("inside")
part()
"""
    )
    t.run(triggers=(t.find("go").props["id"],))
    errors = [n for n in walk(t.session.roots) if n.type == "exception"]
    assert [e.props["exc_type"] for e in errors] == ["FragmentError"]
    assert t.texts() == ["box"]


def test_an_error_in_a_fragment_shows_in_it_and_ends_the_run(tab: Any) -> None:
    t = tab(
        """
import ostinato as st
@st.fragment
def part():
    st.markdown("before")
    raise ValueError("boom")
part()
st.markdown("after")
"""
    )
    assert t.texts() == ["before"]
    errors = [n for n in walk(t.session.roots) if n.type == "exception"]
    assert [e.props["message"] for e in errors] == ["boom"]


TICKING = """
import ostinato as st
st.session_state.setdefault("ticks", 0)
st.markdown("static")
@st.fragment(run_every=0.05)
def clock():
    st.session_state.ticks += 1
    st.markdown(f"tick {st.session_state.ticks}")
clock()
"""


def wait_for(condition: Any, limit: float = 10.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "condition never held"
        time.sleep(0.02)


def test_run_every_reruns_the_fragment_while_a_tab_is_attached(tab: Any) -> None:
    t = tab(TICKING)
    wait_for(lambda: t.session.state["ticks"] >= 4)
    assert t.session.runner.run_count >= 4
    assert t.texts()[0] == "static"


def test_run_every_stops_on_detach_and_resumes_on_attach(tab: Any) -> None:
    t = tab(TICKING)
    wait_for(lambda: t.session.state["ticks"] >= 2)
    t.session.detach()
    wait_for(lambda: not TIMERS.active(t.session))
    assert t.session.wait_idle(10)
    stopped = t.session.state["ticks"]
    time.sleep(0.3)  # six intervals: a live timer would have ticked
    assert t.session.state["ticks"] == stopped
    t.session.attach(t.sink)
    wait_for(lambda: t.session.state["ticks"] >= stopped + 2)


def test_a_session_with_run_every_still_expires_at_its_ttl(tab: Any) -> None:
    t = tab(TICKING)
    wait_for(lambda: t.session.state["ticks"] >= 2)
    t.session.detach()
    time.sleep(0.2)  # timers tick on while detached would keep it busy, not alive
    assert t.runtime.expire(0.1) == [t.session.id]
    assert t.runtime.get(t.session.id) is None
    assert not TIMERS.active(t.session)


def page_of(rows: int) -> str:
    return f"""
import ostinato as st
for i in range({rows}):
    st.markdown(f"Row {{i}} around the fragment")
@st.fragment
def part():
    value = st.slider("Level", 0, 100, key="level")
    st.markdown(f"Level is {{value}}")
part()
"""


def test_a_fragment_rerun_sends_the_same_bytes_whatever_the_page_around_it(tab: Any) -> None:
    from ostinato.server.shown import ShownTree

    sent: dict[int, int] = {}
    for rows in (20, 2000):
        t = tab(page_of(rows))
        mirror = ShownTree()
        for message in t.take():
            mirror.encode(message)
        for value in (1, 2, 3):
            t.run({t.find("level").props["id"]: value})
        texts = [mirror.encode(m) for m in t.take()]
        sent[rows] = sum(len(text) for text in texts if text is not None)
        assert t.texts()[-1] == "Level is 3"
    # The same messages; only the fragment's index in the page has more digits.
    assert abs(sent[2000] - sent[20]) <= 3 * 4 * 2


DIALOG = """
import ostinato as st
st.session_state.setdefault("full", 0)
st.session_state.full += 1
def dismissed():
    st.session_state.dismissed = st.session_state.get("dismissed", 0) + 1
@st.dialog("Edit", on_dismiss=dismissed)
def edit():
    st.session_state.dialog_runs = st.session_state.get("dialog_runs", 0) + 1
    st.text_input("Name", key="name")
    st.markdown(f"dialog sees {st.session_state.name!r}")
if st.button("Open", key="open") or st.session_state.get("keep_open"):
    edit()
"""


def test_a_widget_in_a_dialog_reruns_the_dialog_only(tab: Any) -> None:
    t = tab(DIALOG)
    t.run(triggers=(t.find("open").props["id"],))
    assert t.session.state["full"] == 2
    dialogs = [n for n in walk(t.session.roots) if n.props.get("kind") == "dialog"]
    assert [d.props["title"] for d in dialogs] == ["Edit"]
    t.run({t.find("name").props["id"]: "Ada"})
    assert t.session.state["full"] == 2
    assert t.session.state["dialog_runs"] == 2
    assert "dialog sees 'Ada'" in t.texts()


def test_dismissing_a_dialog_calls_on_dismiss_and_reruns_the_script(tab: Any) -> None:
    t = tab(DIALOG)
    t.run(triggers=(t.find("open").props["id"],))
    dialog = next(n for n in walk(t.session.roots) if n.props.get("kind") == "dialog")
    t.run(triggers=(dialog.props["dismiss"],))
    assert t.session.state["dismissed"] == 1
    assert t.session.state["full"] == 3
    assert not [n for n in walk(t.session.roots) if n.props.get("kind") == "dialog"]


def test_a_fragment_slower_than_its_interval_still_finishes_its_runs(tab: Any) -> None:
    t = tab(
        """
import time
import ostinato as st
st.session_state.setdefault("done", 0)
@st.fragment(run_every=0.02)
def slow():
    st.markdown("working")
    time.sleep(0.1)
    st.markdown("still working")
    st.session_state.done += 1
slow()
"""
    )
    wait_for(lambda: t.session.state["done"] >= 4)


def test_a_nested_fragment_its_outer_fragment_stopped_drawing_is_gone(tab: Any) -> None:
    t = tab(
        """
import ostinato as st
st.session_state.setdefault("inner_runs", 0)
@st.fragment
def inner():
    st.session_state.inner_runs += 1
    st.checkbox("inner box", key="inner_box")
@st.fragment
def outer():
    show = st.checkbox("show inner", value=True, key="show")
    if show:
        inner()
    else:
        with st.container():
            st.checkbox("plain box", key="plain")
outer()
"""
    )
    t.run({t.find("inner_box").props["id"]: True})
    assert t.session.state["inner_runs"] == 2
    t.run({t.find("show").props["id"]: False})
    # The plain box's container sits where the inner fragment's block was: the box
    # belongs to the outer fragment, and the inner one is not run there.
    t.run({t.find("plain").props["id"]: True})
    assert t.session.state["inner_runs"] == 2
    assert t.session.state["plain"] is True
    assert [n.props["key"] for n in walk(t.session.roots) if n.type == "checkbox"] == [
        "show",
        "plain",
    ]
