"""Runs: fresh namespace, script folder on sys.path, compile once, rerun and stop,
magic, errors shown with the user's frames, interruption by a newer request."""

from __future__ import annotations

import time
from pathlib import Path

from ostinato.config import set_option
from ostinato.runtime.runtime import Runtime
from ostinato.runtime.script import Script
from ostinato.testing.v1 import AppTest


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
st.write(f"{seen} {st.session_state.runs}")
"""
    )
    at.run()
    at.run()
    assert at.markdown.values == ["fresh 2"]


def test_script_folder_is_importable() -> None:
    at = AppTest.from_file("apps/helper_app/app.py").run()
    assert at.markdown.values == ["hello from a module beside the script"]


def test_script_compiles_once_per_version(tmp_path: Path) -> None:
    path = tmp_path / "app.py"
    path.write_text("x = 1\n")
    script = Script(str(path))
    first = script.code(magic=True)
    assert script.code(magic=True) is first
    time.sleep(0.01)
    path.write_text("x = 2  # changed\n")
    assert script.code(magic=True) is not first


def test_rerun_starts_again_and_stop_keeps_what_was_written() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.session_state.setdefault("n", 0)
st.session_state.n += 1
st.write(f"n={st.session_state.n}")
if st.session_state.n < 3:
    st.rerun()
st.write("before stop")
st.stop()
st.write("never")
"""
    ).run()
    assert at.markdown.values == ["n=3", "before stop"]
    assert not at.exception


def test_magic_writes_bare_expressions() -> None:
    at = AppTest.from_string(
        '''
"""A docstring is not shown."""
import pandas as pd
import ostinato as st
st.session_state.k = 1
"some text"
42
{"a": 1}
df = pd.DataFrame({"x": [1, 2]})
df
st.session_state
None
print("calls are not shown")
st.slider("s", 0, 10, 3)
def inner():
    "a function's docstring is not shown either"
    "inner value"
inner()
'''
    ).run()
    assert at.markdown.values == ["some text", "42", "inner value"]
    assert [j.value for j in at.json] == ['{\n  "a": 1\n}', '{\n  "k": 1\n}']
    assert len(at.dataframe) == 1


def test_magic_can_be_turned_off() -> None:
    set_option("runner.magicEnabled", False)
    at = AppTest.from_string('import ostinato as st\n"quiet"\n42\n').run()
    assert at.markdown.values == []


def test_exception_is_shown_with_user_frames_and_the_session_goes_on() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def helper():
    raise ValueError("bad value")
st.write("before")
if st.checkbox("explode", key="x"):
    helper()
st.write("after")
"""
    ).run()
    assert not at.exception
    at.checkbox[0].check().run()
    (shown,) = at.exception
    assert shown.exc_type == "ValueError"
    assert shown.message == "bad value"
    trace = "\n".join(shown.stack_trace)
    assert "helper()" in trace and 'raise ValueError("bad value")' in trace
    assert "ostinato/runtime" not in trace and "script_runner" not in trace
    assert at.markdown.values == ["before"]
    at.checkbox[0].uncheck().run()
    assert not at.exception
    assert at.markdown.values == ["before", "after"]


def test_syntax_error_is_shown() -> None:
    at = AppTest.from_string("import ostinato as st\nst.write('x'\n").run()
    assert at.exception[0].exc_type == "SyntaxError"


def test_st_exception_writes_an_exception() -> None:
    at = AppTest.from_string(
        "import ostinato as st\ntry:\n    1 / 0\nexcept ZeroDivisionError as e:\n"
        "    st.exception(e)\nst.write('goes on')\n"
    ).run()
    assert at.exception[0].exc_type == "ZeroDivisionError"
    assert at.markdown.values == ["goes on"]


def test_newer_request_interrupts_a_run_at_the_next_st_call(tmp_path: Path) -> None:
    script = tmp_path / "slow.py"
    script.write_text(
        "import time\nimport ostinato as st\n"
        "st.session_state.setdefault('started', 0)\n"
        "st.session_state.setdefault('finished', 0)\n"
        "st.session_state.started += 1\n"
        "for i in range(40):\n    st.write(f'step {i}')\n    time.sleep(0.02)\n"
        "st.session_state.finished += 1\n"
    )
    runtime = Runtime(str(script))
    session = runtime.create_session()
    statuses: list[str] = []
    session.attach(lambda m: statuses.append(m["status"]) if m["t"] == "run_finished" else None)
    session.rerun()
    time.sleep(0.2)
    session.rerun()
    assert session.wait_idle(10)
    assert statuses == ["rerun", "ok"]
    assert session.state["started"] == 2
    assert session.state["finished"] == 1
    texts = [n.props["body"] for n in session.roots[0].children or []]
    assert texts == [f"step {i}" for i in range(40)]
    runtime.shutdown()


def test_two_sessions_of_one_runtime_do_not_share_state(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import ostinato as st\nst.session_state.setdefault('n', 0)\nst.session_state.n += 1\n"
    )
    runtime = Runtime(str(script))
    one, two = runtime.create_session(), runtime.create_session()
    for _ in range(3):
        one.rerun()
        one.wait_idle(5)
    two.rerun()
    two.wait_idle(5)
    assert one.state["n"] == 3 and two.state["n"] == 1
    assert one.id != two.id and one.token != two.token
    runtime.shutdown()


def test_run_timeout_raises() -> None:
    at = AppTest.from_string("import time\nimport ostinato as st\ntime.sleep(2)\n")
    try:
        at.run(timeout=0.2)
    except RuntimeError as exc:
        assert "timed out after 0.2" in str(exc)
    else:
        raise AssertionError("no timeout")
