"""Runs: fresh namespace, script folder on sys.path, compile once, rerun and stop,
magic, errors shown with the user's frames, interruption by a newer request, and
sessions kept apart."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import ostinato
import ostinato.config
from ostinato.runtime.runtime import Runtime
from ostinato.runtime.script import Script
from ostinato.runtime.session import Session
from ostinato.testing.v1 import AppTest


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Any]:
    """Factory: runtime(source) writes a script and returns a Runtime for it."""
    made: list[Runtime] = []

    def make(source: str) -> Runtime:
        path = tmp_path / f"app_{len(made)}.py"
        path.write_text(source)
        made.append(Runtime(str(path)))
        return made[-1]

    yield make
    for item in made:
        item.shutdown()


def run_once(session: Session, changes: dict[str, Any] | None = None) -> None:
    session.rerun(changes)
    assert session.wait_idle(5)


# -- every run starts afresh -------------------------------------------------------------


def test_every_run_starts_from_a_blank_namespace() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
try:
    seen = counter
except NameError:
    seen = "fresh"
counter = 1
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"{seen} {st.session_state.runs} {__name__}")
"""
    )
    at.run()
    at.run()
    assert at.markdown.values == ["fresh 2 __main__"]


def test_elements_of_the_last_run_only_are_shown() -> None:
    at = AppTest.from_string(
        "import ostinato as st\n"
        "st.session_state.setdefault('n', 0)\n"
        "st.session_state.n += 1\n"
        "for i in range(st.session_state.n):\n    st.text(i)\n"
    ).run()
    at.run()
    assert at.text.values == ["0", "1"]


def test_a_module_beside_the_script_is_importable() -> None:
    at = AppTest.from_file("apps/helper_app/app.py").run()
    assert at.markdown.values == ["hello from a module beside the script"]


def test_script_compiles_once_per_version_of_its_file(tmp_path: Path) -> None:
    path = tmp_path / "app.py"
    path.write_text("x = 1\n")
    script = Script(str(path))
    first = script.code(magic=True)
    assert script.code(magic=True) is first
    assert script.code(magic=True) is first
    path.write_text("x = 2\n")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    second = script.code(magic=True)
    assert second is not first
    assert script.code(magic=True) is second
    namespace: dict[str, Any] = {}
    exec(second, namespace)
    assert namespace["x"] == 2


def test_an_edited_script_runs_its_new_version(tmp_path: Path) -> None:
    path = tmp_path / "app.py"
    path.write_text("import ostinato as st\nst.write('first')\n")
    at = AppTest.from_file(path).run()
    assert at.markdown.values == ["first"]
    path.write_text("import ostinato as st\nst.write('second version')\n")
    at.run()
    assert at.markdown.values == ["second version"]


# -- st.rerun and st.stop -----------------------------------------------------------------


def test_rerun_starts_again_at_once() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.session_state.setdefault("n", 0)
st.session_state.n += 1
st.write(f"n={st.session_state.n}")
if st.session_state.n < 3:
    st.rerun()
    st.write("never after rerun")
"""
    ).run()
    assert at.markdown.values == ["n=3"]
    assert not at.exception


def test_stop_ends_the_run_quietly_keeping_what_was_written() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.write("before stop")
try:
    st.stop()
except Exception:
    st.write("an except Exception does not catch st.stop")
st.write("never")
"""
    ).run()
    assert at.markdown.values == ["before stop"]
    assert not at.exception


@pytest.mark.parametrize(
    ("line", "status"), [("pass", "ok"), ("st.stop()", "stopped"), ("1 / 0", "error")]
)
def test_the_session_knows_how_its_last_run_ended(runtime: Any, line: str, status: str) -> None:
    session: Session = runtime(f"import ostinato as st\nst.write('x')\n{line}\n").create_session()
    run_once(session)
    assert session.last_status == status
    # What was written before the end stays on the page.
    assert texts(session) == ["x"]


# -- magic ---------------------------------------------------------------------------------

MAGIC_APP = '''
"""A module docstring is not shown."""
import pandas as pd
import ostinato as st
st.session_state.k = 1
"some text"
42
3.5
{"a": 1}
[1, 2]
df = pd.DataFrame({"x": [1, 2]})
df
st.session_state
None
print("calls are not shown")
st.slider("s", 0, 10, 3)
st.text("an st call is not echoed")
def inner():
    "a function's docstring is not shown"
    "inner value"
inner()
class Thing:
    "a class docstring is not shown"
if True:
    "inside an if"
for i in range(2):
    i
'''


def test_magic_writes_bare_expressions() -> None:
    at = AppTest.from_string(MAGIC_APP).run()
    assert not at.exception
    assert at.markdown.values == [
        "some text", "`42`", "`3.5`", "inner value", "inside an if", "`0`", "`1`",
    ]  # fmt: skip
    assert [json.loads(j.value) for j in at.json] == [{"a": 1}, [1, 2], {"k": 1}]
    assert len(at.dataframe) == 1 and list(at.dataframe[0].value["x"]) == [1, 2]
    assert at.text.values == ["an st call is not echoed"]
    assert len(at.slider) == 1


@pytest.fixture
def magic_off() -> Iterator[None]:
    ostinato.config.set_option("runner.magicEnabled", False)
    yield
    ostinato.config.reset_options()


@pytest.mark.usefixtures("magic_off")
def test_magic_can_be_turned_off() -> None:
    at = AppTest.from_string(MAGIC_APP).run()
    assert at.markdown.values == []
    assert at.json.values == [] and len(at.dataframe) == 0
    assert at.text.values == ["an st call is not echoed"]


# -- errors ---------------------------------------------------------------------------------

ERROR_APP = """
import ostinato as st
def helper():
    raise ValueError("bad value")
st.write("before")
if st.checkbox("explode", key="x"):
    helper()
st.write("after")
"""


def test_exception_is_shown_with_the_users_frames_and_the_session_goes_on() -> None:
    at = AppTest.from_string(ERROR_APP).run()
    assert not at.exception
    at.checkbox[0].check().run()
    (shown,) = at.exception
    assert shown.exc_type == "ValueError"
    assert shown.message == "bad value"
    trace = shown.stack_trace
    assert len(trace) == 2
    assert "in <module>" in trace[0] and "helper()" in trace[0]
    assert "in helper" in trace[1] and 'raise ValueError("bad value")' in trace[1]
    package = os.path.dirname(os.path.abspath(ostinato.__file__))
    assert all(package not in line for line in trace)
    # Elements written before the exception stay; the exception is shown where it happened.
    assert [e.type for e in at.main.children.values()] == ["markdown", "checkbox", "exception"]
    assert at.markdown.values == ["before"]
    at.checkbox[0].uncheck().run()
    assert not at.exception
    assert at.markdown.values == ["before", "after"]


def test_exception_raised_inside_a_container_is_shown_after_the_main_area() -> None:
    """As in Streamlit: the blocks the exception left are closed; it shows at the end."""
    at = AppTest.from_string(
        """
import ostinato as st
st.write("top")
with st.sidebar:
    try:
        with st.expander("Caught"):
            raise KeyError("handled by the script")
    except KeyError:
        pass
    st.write("side")
left, right = st.columns(2)
with right:
    st.write("in the column")
    1 / 0
"""
    ).run()
    (shown,) = at.exception
    assert shown.exc_type == "ZeroDivisionError"
    assert [e.type for e in at.sidebar.children.values()] == ["expander", "markdown"]
    assert [e.type for e in at.columns[1].children.values()] == ["markdown"]
    assert [e.type for e in at.main.children.values()] == [
        "markdown",
        "flex_container",
        "exception",
    ]


def test_syntax_error_is_shown_with_its_line() -> None:
    at = AppTest.from_string("import ostinato as st\nst.write('x'\n").run()
    (shown,) = at.exception
    assert shown.exc_type == "SyntaxError"
    assert "line 2" in shown.message


def test_error_in_an_imported_module_shows_its_frames(tmp_path: Path) -> None:
    (tmp_path / "broken_helper.py").write_text("def fail():\n    return {}['missing']\n")
    (tmp_path / "app.py").write_text("import broken_helper\nbroken_helper.fail()\n")
    at = AppTest.from_file(tmp_path / "app.py").run()
    (shown,) = at.exception
    assert shown.exc_type == "KeyError"
    assert "broken_helper.py" in shown.stack_trace[-1]


# -- a newer request interrupts a run ------------------------------------------------------

SLOW_APP = """
import time
import ostinato as st
st.session_state.setdefault("started", 0)
st.session_state.setdefault("finished", 0)
st.session_state.started += 1
level = st.slider("Level", 0, 100, 0, key="level")
steps = 1 if st.session_state.get("quick") else 50
for i in range(steps):
    st.write(f"step {i} level {level}")
    time.sleep(0.01)
st.session_state.finished += 1
"""


class Recorder:
    """A connection that records the runs of the deltas and the runs' endings."""

    def __init__(self) -> None:
        self.deltas: list[int] = []
        self.statuses: list[str] = []

    def __call__(self, message: dict[str, Any]) -> None:
        if message["t"] == "delta":
            self.deltas.append(message["run"])
        elif message["t"] == "run_finished":
            self.statuses.append(message["status"])

    def wait_for_deltas(self, run: int, count: int) -> None:
        deadline = time.monotonic() + 5
        while self.deltas.count(run) < count:
            assert time.monotonic() < deadline, "the run wrote nothing"
            time.sleep(0.005)


def texts(session: Session) -> list[str]:
    return [n.props["body"] for n in session.roots[0].children or [] if n.type == "markdown"]


def test_newer_request_interrupts_a_run_at_the_next_st_call(runtime: Any) -> None:
    session: Session = runtime(SLOW_APP).create_session()
    recorder = Recorder()
    session.attach(recorder)
    session.rerun()
    recorder.wait_for_deltas(run=1, count=3)
    session.rerun()
    assert session.wait_idle(10)
    assert recorder.statuses == ["rerun", "ok"]
    assert session.last_status == "ok"
    # The first run stopped part way: it started but never finished.
    assert session.state["started"] == 2 and session.state["finished"] == 1
    assert 3 <= recorder.deltas.count(1) < 51
    # Nothing of the stopped run is left on the page.
    assert texts(session) == [f"step {i} level 0" for i in range(50)]


def test_interrupted_run_restarts_with_the_newest_widget_values(runtime: Any) -> None:
    session: Session = runtime(SLOW_APP).create_session()
    session.state["quick"] = True
    run_once(session)
    (slider,) = [n for n in session.roots[0].children or [] if n.type == "slider"]
    wid = slider.props["id"]
    session.state["quick"] = False
    recorder = Recorder()
    session.attach(recorder)
    session.rerun({wid: 30})
    recorder.wait_for_deltas(run=2, count=3)
    session.rerun({wid: 70})
    assert session.wait_idle(10)
    assert recorder.statuses == ["rerun", "ok"]
    assert session.state["level"] == 70
    assert session.state["finished"] == 2
    assert texts(session)[-1] == "step 49 level 70"
    assert all(text.endswith("level 70") for text in texts(session))


def test_two_sessions_of_one_runtime_never_share_state(runtime: Any) -> None:
    rt: Runtime = runtime(
        "import ostinato as st\nst.session_state.setdefault('n', 0)\nst.session_state.n += 1\n"
        "st.text_input('Name', key='name')\n"
    )
    one, two = rt.create_session(), rt.create_session()
    for _ in range(3):
        run_once(one)
    run_once(two)
    (name,) = [n for n in one.roots[0].children or [] if n.type == "text_input"]
    run_once(one, {name.props["id"]: "Ann"})
    run_once(two)
    assert one.state["n"] == 4 and two.state["n"] == 2
    assert one.state["name"] == "Ann" and two.state["name"] == ""
    assert one.id != two.id and one.token != two.token
    assert rt.get(one.id) is one and len(rt) == 2
