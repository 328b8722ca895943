"""Callbacks: before the rerun, with args and kwargs, in draw order, above the output."""

from __future__ import annotations

from ostinato.testing.v1 import AppTest

APP = """
import ostinato as st
st.session_state.setdefault("calls", [])
def record(name, *, tag=""):
    st.session_state.calls.append((name, tag, st.session_state.get(name)))
st.text_input("A", key="a", on_change=record, args=("a",), kwargs={"tag": "first"})
st.slider("B", 0, 10, key="b", on_change=record, args=("b",), kwargs={"tag": "second"})
st.checkbox("C", key="c", on_change=record, args=("c",))
st.write(f"calls={len(st.session_state.calls)}")
"""


def test_callback_sees_the_new_value_and_runs_before_the_script() -> None:
    at = AppTest.from_string(APP).run()
    at.slider(key="b").set_value(4).run()
    assert at.session_state.calls == [("b", "second", 4)]
    assert at.markdown.values == ["calls=1"]


def test_several_changes_call_back_in_draw_order_each_once() -> None:
    at = AppTest.from_string(APP).run()
    at.checkbox(key="c").check()
    at.slider(key="b").set_value(2)
    at.text_input(key="a").input("x")
    at.run()
    assert at.session_state.calls == [("a", "first", "x"), ("b", "second", 2), ("c", "", True)]
    at.run()
    assert len(at.session_state.calls) == 3


def test_values_written_by_code_fire_no_callback() -> None:
    at = AppTest.from_string(APP).run()
    at.session_state["b"] = 9
    at.run()
    assert at.slider(key="b").value == 9
    assert at.session_state.calls == []


def test_callback_may_set_another_widgets_key() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def reset():
    st.session_state.level = 0
st.slider("Level", 0, 10, 5, key="level")
st.button("Reset", on_click=reset)
"""
    ).run()
    at.slider[0].set_value(8).run()
    assert at.slider[0].value == 8
    at.button[0].click().run()
    assert at.slider[0].value == 0
    assert at.session_state.level == 0


def test_callback_output_appears_above_the_script_output() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def shout():
    st.write("from the callback")
st.write("script first line")
st.button("Go", on_click=shout)
"""
    ).run()
    at.button[0].click().run()
    assert at.markdown.values == ["from the callback", "script first line"]
    at.run()
    assert at.markdown.values == ["script first line"]


def test_callback_that_raises_stops_the_run_and_is_shown() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def broken():
    raise RuntimeError("callback failed")
st.button("Go", on_click=broken)
st.write("script ran")
"""
    ).run()
    at.button[0].click().run()
    assert at.exception[0].message == "callback failed"
    assert at.markdown.values == []
    at.run()
    assert at.markdown.values == ["script ran"]


def test_callback_uses_the_args_of_the_last_draw() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.session_state.setdefault("n", 0)
st.session_state.setdefault("got", None)
def take(value):
    st.session_state.got = value
st.session_state.n += 1
st.button("Take", on_click=take, args=(st.session_state.n,))
"""
    ).run()
    at.run()
    at.button[0].click().run()
    assert at.session_state.got == 2
