"""The AppTest API itself, as tests written for Streamlit's AppTest use it."""

from __future__ import annotations

import time

import pytest

from ostinato.testing.v1 import AppTest
from ostinato.testing.v1.element_tree import Block, Button, Checkbox, Slider, TextInput


def test_from_file_is_relative_to_the_calling_test() -> None:
    at = AppTest.from_file("scripts/counter.py").run()
    assert at.markdown.values == ["Count = 0"]
    with pytest.raises(FileNotFoundError, match="no script"):
        AppTest.from_file("scripts/missing.py")


def test_from_string_dedents_the_source() -> None:
    at = AppTest.from_string(
        """
        import ostinato as st
        if True:
            st.write("indented")
        """
    ).run()
    assert at.markdown.values == ["indented"]


def test_from_function_with_args_and_kwargs() -> None:
    def script(greeting: str, *, times: int) -> None:
        import ostinato as st

        st.write(greeting * times)

    at = AppTest.from_function(script, args=("hi",), kwargs={"times": 3}).run()
    assert at.markdown.values == ["hihihi"]
    at.kwargs = {"times": 1}
    assert at.run().markdown.values == ["hi"]


def test_from_function_takes_any_objects_as_arguments() -> None:
    class Greeter:
        def greet(self) -> str:
            return "hello from an object"

    def script(greeter: "Greeter") -> None:  # noqa: UP037  (the script has no Greeter)
        import ostinato as st

        st.write(greeter.greet())

    at = AppTest.from_function(script, args=(Greeter(),)).run()
    assert at.markdown.values == ["hello from an object"]


def test_from_function_without_arguments() -> None:
    def script() -> None:
        import ostinato as st

        st.title("From a function")

    assert AppTest.from_function(script).run().title.values == ["From a function"]


def test_run_that_takes_too_long_raises() -> None:
    at = AppTest.from_string("import time\nimport ostinato as st\ntime.sleep(1)\n")
    start = time.monotonic()
    with pytest.raises(RuntimeError, match=r"timed out after 0\.1"):
        at.run(timeout=0.1)
    assert time.monotonic() - start < 0.9
    slow = AppTest.from_string("import time\ntime.sleep(1)\n", default_timeout=0.1)
    with pytest.raises(RuntimeError, match="timed out"):
        slow.run()


def test_run_returns_the_app_and_every_run_reruns() -> None:
    at = AppTest.from_file("scripts/counter.py")
    assert at.run() is at
    at.button(key="add").click().run()
    at.button(key="add").click().run()
    assert at.markdown.values == ["Count = 2"]


def test_element_lists_values_and_lookup_by_key() -> None:
    at = AppTest.from_file("scripts/layout.py").run()
    assert at.title.values == ["Layout"] and at.header.values == ["Options"]
    assert at.markdown.values == ["Hello, nobody"]
    assert len(at.text_input) == 1 and at.text_input.len == 1
    assert at.checkbox.values == [False]
    name = at.text_input(key="name")
    assert isinstance(name, TextInput)
    assert (name.type, name.key, name.label, name.value) == ("text_input", "name", "Name", "")
    assert at.selectbox(key="greeting").options == ["Hello", "Hi"]
    with pytest.raises(KeyError, match="No widget with key 'nope'"):
        at.slider(key="nope")
    assert at.exception == [] and not at.exception


def test_get_by_element_type() -> None:
    at = AppTest.from_file("scripts/layout.py").run()
    assert [e.type for e in at.get("text_input")] == ["text_input"]
    assert [e.value for e in at.get("header")] == ["Options"]
    assert [e.value for e in at.get("markdown")] == ["Hello, nobody"]
    assert at.get("metric") == []


def test_main_and_sidebar_iterate_in_page_order() -> None:
    at = AppTest.from_file("scripts/layout.py").run()
    assert [e.type for e in at.main] == [
        "main", "title", "flex_container", "column", "text_input", "column", "checkbox",
        "markdown",
    ]  # fmt: skip
    assert [e.type for e in at.sidebar] == ["sidebar", "header", "selectbox"]
    # Then the event area (st.toast), as Streamlit's AppTest iterates it.
    assert [e.type for e in at] == [e.type for e in [*at.main, *at.sidebar]] + ["event"]


def test_children_and_blocks() -> None:
    at = AppTest.from_file("scripts/layout.py").run()
    children = at.main.children
    assert list(children) == [0, 1, 2]
    assert [child.type for child in children.values()] == ["title", "flex_container", "markdown"]
    row = children[1]
    assert isinstance(row, Block) and len(row) == 2
    left, right = row.children.values()
    assert isinstance(left, Block) and left.type == "column"
    assert [e.type for e in left] == ["column", "text_input"]
    assert isinstance(right, Block) and isinstance(right[0], Checkbox)
    assert at.main[0].type == "title"
    assert len(at.columns) == 2 and at.columns[1].get("checkbox")[0].label == "Shout"


def test_chained_changes_then_run() -> None:
    at = AppTest.from_file("scripts/layout.py").run()
    at.text_input(key="name").input("Ann").run()
    assert at.markdown.values == ["Hello, Ann"]
    at.checkbox(key="shout").check()
    at.selectbox(key="greeting").select("Hi").run()
    assert at.markdown.values == ["HI, ANN"]
    assert at.session_state.greeting == "Hi" and at.session_state["shout"] is True


def test_set_value_returns_the_widget_and_shows_the_pending_value() -> None:
    at = AppTest.from_file("scripts/counter.py").run()
    slider = at.slider(key="step")
    assert isinstance(slider, Slider) and slider.value == 1
    assert slider.set_value(3) is slider
    assert slider.value == 3 and at.session_state.step == 1  # not run yet
    slider.run()
    assert at.slider(key="step").value == 3 and at.session_state.step == 3
    button = at.button(key="add")
    assert isinstance(button, Button)
    assert button.click() is button and button.value is True


def test_session_state_read_and_written_before_a_run() -> None:
    at = AppTest.from_file("scripts/counter.py")
    assert len(at.session_state) == 0 and "count" not in at.session_state
    at.session_state["count"] = 41
    at.session_state.step = 5
    assert at.session_state.count == 41 and at.session_state["step"] == 5
    at.run()
    assert at.markdown.values == ["Count = 41"]
    assert at.slider[0].value == 5
    assert sorted(at.session_state.keys()) == ["add", "count", "step"]
    # Written between runs, read by the next one.
    at.session_state.count = 100
    at.run()
    assert at.markdown.values == ["Count = 100"]


def test_two_apps_of_one_script_do_not_share_state() -> None:
    one = AppTest.from_file("scripts/counter.py").run()
    two = AppTest.from_file("scripts/counter.py").run()
    one.button[0].click().run()
    two.run()
    assert one.markdown.values == ["Count = 1"] and two.markdown.values == ["Count = 0"]


def test_widget_gone_after_a_run_cannot_be_changed() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nif st.checkbox("Show", True):\n    st.text_input("T", key="t")\n'
    ).run()
    text = at.text_input(key="t")
    at.checkbox[0].uncheck().run()
    assert len(at.text_input) == 0
    with pytest.raises(KeyError, match="no longer on the page"):
        text.input("late")


def test_values_a_test_sets_under_widget_keys_reach_the_widgets_as_in_streamlit() -> None:
    """A value set between runs goes through the widget's wire form with no callback;
    a single choice that is not an option is a ValueError from run()."""
    at = AppTest.from_string(
        """
import ostinato as st
st.session_state.setdefault("fired", 0)
def fired():
    st.session_state.fired += 1
n = st.number_input("N", key="n", on_change=fired)
city = st.selectbox("City", ["Oslo", "Rome"], key="c")
st.write(type(n).__name__, n, city, st.session_state.fired)
"""
    ).run()
    at.session_state["n"] = 7
    assert at.number_input(key="n").value == 7
    at.run()
    assert at.markdown.values == ["float `7.0` Oslo `0`"]
    at.session_state["c"] = "Paris"
    with pytest.raises(ValueError, match="Paris"):
        at.run()
    at.session_state["c"] = "Rome"
    at.run()
    assert at.markdown.values == ["float `7.0` Rome `0`"]


def test_query_params_are_a_dict_of_lists_after_a_run() -> None:
    """As in Streamlit's AppTest: keys set before a run reach st.query_params; after
    the run the dict holds what the script left, each key with its list of values."""
    at = AppTest.from_string(
        'import ostinato as st\nst.write(st.query_params)\nst.query_params["seen"] = "yes"\n'
    ).run()
    assert at.json[0].value == "{}" and at.query_params == {"seen": ["yes"]}
    at.query_params["n"] = 5
    at.run()
    assert at.json[0].value == '{"seen": "yes", "n": "5"}'
    assert at.query_params == {"seen": ["yes"], "n": ["5"]}


def test_choosing_a_missing_option_is_a_value_or_index_error() -> None:
    at = AppTest.from_string('import ostinato as st\nst.selectbox("S", ["a", "b"])\n').run()
    with pytest.raises(ValueError, match="'c' is not one of the options"):
        at.selectbox[0].select("c").run()
    with pytest.raises(IndexError):
        at.selectbox[0].select_index(2)
    with pytest.raises(ValueError, match="relative to the main script"):
        at.switch_page("pages/none.py")
