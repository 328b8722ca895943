"""The AppTest API itself, as tests written for Streamlit's AppTest use it."""

from __future__ import annotations

import pytest

from ostinato.testing.v1 import AppTest
from ostinato.testing.v1.element_tree import Block


def test_from_file_is_relative_to_the_calling_test() -> None:
    at = AppTest.from_file("scripts/counter.py").run()
    assert at.markdown.values == ["Count = 0"]
    with pytest.raises(FileNotFoundError, match="no script"):
        AppTest.from_file("scripts/missing.py")


def test_from_function_with_args_and_kwargs() -> None:
    def script(greeting: str, *, times: int) -> None:
        import ostinato as st

        st.write(greeting * times)

    at = AppTest.from_function(script, args=("hi",), kwargs={"times": 3}).run()
    assert at.markdown.values == ["hihihi"]
    with pytest.raises(ValueError, match="not a literal"):
        AppTest.from_function(script, args=(object(),))


def test_actions_chain_into_run_and_lookup_by_key() -> None:
    at = AppTest.from_file("scripts/counter.py").run()
    at.button(key="add").click().run()
    assert at.button(key="add").label == "Add"
    assert at.markdown[0].value == "Count = 1"
    slider = at.slider(key="step")
    assert slider.value == 1
    assert slider.set_value(3) is slider
    assert slider.value == 3  # the pending value, before the run
    slider.run()
    assert at.slider(key="step").value == 3
    with pytest.raises(KeyError, match="No widget with key 'nope'"):
        at.slider(key="nope")


def test_session_state_read_and_written_before_a_run() -> None:
    at = AppTest.from_file("scripts/counter.py")
    at.session_state["count"] = 41
    at.session_state.step = 5
    at.run()
    assert at.markdown.values == ["Count = 41"]
    assert at.slider[0].value == 5
    assert sorted(at.session_state.keys()) == ["add", "count", "step"]
    assert at.session_state["count"] == 41 and "count" in at.session_state


def test_element_tree_main_sidebar_children_and_get() -> None:
    at = AppTest.from_file("scripts/counter.py").run()
    assert [e.type for e in at.main] == ["button", "markdown"]
    assert [e.type for e in at.sidebar] == ["slider"]
    assert isinstance(at.main, Block) and at.main.children[1].value == "Count = 0"
    assert [e.type for e in at.get("slider")] == ["slider"]
    assert at.get("markdown")[0].value == "Count = 0"
    assert len(at.button) == 1 and at.button.values == [False]
    assert at.exception == []
