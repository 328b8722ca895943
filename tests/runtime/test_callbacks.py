"""Callbacks: they run before the script, with args and kwargs, in draw order, once
per change the user made, and what they write appears above the script's output."""

from __future__ import annotations

from ostinato.testing.v1 import AppTest

APP = """
import ostinato as st
st.session_state.setdefault("calls", [])
def record(name, *, tag=""):
    st.session_state.calls.append((name, tag, st.session_state.get(name)))
st.text_input("A", key="a", on_change=record, args=("a",), kwargs={"tag": "first"})
st.slider("B", 0, 10, key="b", on_change=record, args=("b",), kwargs={"tag": "second"})
st.sidebar.checkbox("C", key="c", on_change=record, args=("c",))
st.write(f"calls={len(st.session_state.calls)}")
"""


def test_callback_sees_the_new_value_and_runs_before_the_script() -> None:
    at = AppTest.from_string(APP).run()
    assert at.session_state.calls == []
    at.slider(key="b").set_value(4).run()
    assert at.session_state.calls == [("b", "second", 4)]
    assert at.markdown.values == ["calls=1"]


def test_several_changes_call_back_in_draw_order_each_once() -> None:
    at = AppTest.from_string(APP).run()
    at.checkbox(key="c").check()
    at.slider(key="b").set_value(2)
    at.slider(key="b").set_value(3)
    at.text_input(key="a").input("x")
    at.run()
    assert at.session_state.calls == [("a", "first", "x"), ("b", "second", 3), ("c", "", True)]
    assert at.markdown.values == ["calls=3"]
    at.run()
    assert len(at.session_state.calls) == 3


def test_a_change_back_to_the_same_value_is_no_change() -> None:
    at = AppTest.from_string(APP).run()
    at.slider(key="b").set_value(0).run()
    at.text_input(key="a").input("").run()
    assert at.session_state.calls == []


def test_values_written_by_code_fire_no_callback() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.session_state.setdefault("calls", 0)
def changed():
    st.session_state.calls += 1
def move():
    st.session_state.b = 7
if st.session_state.get("script_sets"):
    st.session_state.b = 5
st.slider("B", 0, 10, key="b", on_change=changed)
st.button("Move", on_click=move)
"""
    ).run()
    at.session_state["b"] = 9
    at.run()
    assert at.slider(key="b").value == 9
    at.session_state["script_sets"] = True
    at.run()
    assert at.slider(key="b").value == 5
    at.button[0].click().run()
    assert at.slider(key="b").value == 5  # the script set it again after the callback
    at.session_state["script_sets"] = False
    at.button[0].click().run()
    assert at.slider(key="b").value == 7
    assert at.session_state.calls == 0
    at.slider(key="b").set_value(1).run()
    assert at.session_state.calls == 1


def test_callback_may_set_another_widgets_key() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def reset():
    st.session_state.level = 0
def follow():
    st.session_state.level = st.session_state.source
st.slider("Level", 0, 10, 5, key="level")
st.button("Reset", on_click=reset)
st.number_input("Source", 0, 10, 5, key="source", on_change=follow)
"""
    ).run()
    at.slider[0].set_value(8).run()
    assert at.slider[0].value == 8
    at.button[0].click().run()
    assert at.slider[0].value == 0 and at.session_state.level == 0
    at.number_input[0].set_value(3).run()
    assert at.slider[0].value == 3 and at.session_state.level == 3


def test_callback_may_rewrite_its_own_widgets_value() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def shout():
    st.session_state.name = st.session_state.name.upper()
st.write(repr(st.text_input("Name", key="name", on_change=shout)))
"""
    ).run()
    at.text_input[0].input("ann").run()
    assert at.markdown.values == ["'ANN'"]
    assert at.text_input[0].value == "ANN"


def test_callback_output_appears_above_the_script_output() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def shout(word):
    st.write(f"from the callback: {word}")
    st.sidebar.write("callback in the sidebar")
st.write("script first line")
st.sidebar.write("script sidebar")
st.button("Go", on_click=shout, args=("hey",))
"""
    ).run()
    at.button[0].click().run()
    assert [e.value for e in at.main.children.values()][:2] == [
        "from the callback: hey",
        "script first line",
    ]
    assert [e.value for e in at.sidebar.children.values()] == [
        "callback in the sidebar",
        "script sidebar",
    ]
    at.run()
    assert at.markdown.values == ["script first line", "script sidebar"]


def test_callback_that_raises_stops_the_run_and_is_shown() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def broken(reason):
    raise RuntimeError(reason)
st.button("Go", on_click=broken, args=("callback failed",))
st.write("script ran")
"""
    ).run()
    at.button[0].click().run()
    (shown,) = at.exception
    assert (shown.exc_type, shown.message) == ("RuntimeError", "callback failed")
    assert len(shown.stack_trace) == 1 and "in broken" in shown.stack_trace[0]
    assert at.markdown.values == [] and len(at.button) == 0
    at.run()
    assert at.markdown.values == ["script ran"] and not at.exception


def test_callback_uses_the_args_of_the_last_draw() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.session_state.setdefault("n", 0)
st.session_state.setdefault("got", None)
def take(value, *, label):
    st.session_state.got = (value, label)
st.session_state.n += 1
n = st.session_state.n
st.button("Take", on_click=take, args=(n,), kwargs={"label": f"run {n}"})
st.checkbox("Tick", on_change=take, args=(n * 10,), kwargs={"label": "box"})
"""
    ).run()
    at.run()
    at.button[0].click().run()
    assert at.session_state.got == (2, "run 2")
    at.checkbox[0].check().run()
    assert at.session_state.got == (30, "box")


def test_button_callback_sees_the_click() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def clicked():
    st.session_state.seen = st.session_state.go
st.button("Go", key="go", on_click=clicked)
"""
    ).run()
    at.button[0].click().run()
    assert at.session_state.seen is True


def test_a_callback_writes_into_a_container_of_the_previous_run() -> None:
    """As in Streamlit, what a callback writes into a container drawn by the last run
    shows in that container when the script draws it again."""
    at = AppTest.from_string(
        """
import ostinato as st
box = st.container()
left, right = st.columns(2)
def fill():
    box.write("into the box")
    right.write("into the right column")
with left:
    st.button("Fill", on_click=fill)
st.write("script output")
"""
    ).run()
    at.button[0].click().run()
    assert not at.exception
    assert [e.value for e in at.container[0].children.values()] == ["into the box"]
    assert [e.value for e in at.columns[1].children.values()] == ["into the right column"]
    assert at.markdown.values[-1] == "script output"
    at.run()
    assert len(at.container[0]) == 0 and len(at.columns[1]) == 0
