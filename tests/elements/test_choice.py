"""Widgets that choose: checkbox, toggle, radio, selectbox, multiselect,
select_slider (single and range) and color_picker."""

from __future__ import annotations

from typing import Any

import pytest

from ostinato.testing.v1 import AppTest
from tests.elements.widget_checks import (
    CALLBACK,
    check_first_value_from_session_state,
    check_value_key_and_callback,
    script_error,
)

# kind, widget call, value before, value set by the user (also valid as a preset).
CASES: list[tuple[str, str, Any, Any]] = [
    ("checkbox", f'st.checkbox("Agree", {CALLBACK})', False, True),
    ("checkbox", f'st.checkbox("Agree", True, {CALLBACK})', True, False),
    ("toggle", f'st.toggle("Power", {CALLBACK})', False, True),
    ("radio", f'st.radio("Pick", ["x", "y", "z"], {CALLBACK})', "x", "z"),
    ("radio", f'st.radio("Pick", ["x", "y"], index=None, {CALLBACK})', None, "y"),
    ("selectbox", f'st.selectbox("Pick", [10, 20, 30], index=1, {CALLBACK})', 20, 30),
    ("selectbox", f'st.selectbox("Pick", ["a", "b"], index=None, {CALLBACK})', None, "b"),
    ("multiselect", f'st.multiselect("Pick", ["a", "b", "c"], default=["a"], {CALLBACK})',
     ["a"], ["c", "a"]),
    ("multiselect", f'st.multiselect("Pick", ["a", "b", "c"], {CALLBACK})', [], ["b"]),
    ("select_slider", f'st.select_slider("Size", ["S", "M", "L"], value="M", {CALLBACK})',
     "M", "L"),
    ("select_slider", f'st.select_slider("Size", ["S", "M", "L"], {CALLBACK})', "S", "M"),
    ("select_slider", f'st.select_slider("Span", ["S", "M", "L", "XL"], value=("S", "L"), '
     f"{CALLBACK})", ("S", "L"), ("M", "XL")),
    ("color_picker", f'st.color_picker("Colour", "#ff0000", {CALLBACK})', "#ff0000", "#00ff00"),
    ("color_picker", f'st.color_picker("Colour", {CALLBACK})', "#000000", "#123abc"),
]  # fmt: skip
IDS = [f"{case[0]}-{index}" for index, case in enumerate(CASES)]


@pytest.mark.parametrize(("kind", "call", "before", "new"), CASES, ids=IDS)
def test_value_key_and_callback(kind: str, call: str, before: Any, new: Any) -> None:
    check_value_key_and_callback(kind, call, before, new)


@pytest.mark.parametrize(("kind", "call", "before", "new"), CASES, ids=IDS)
def test_first_value_from_session_state(kind: str, call: str, before: Any, new: Any) -> None:
    check_first_value_from_session_state(kind, call, new, new)


@pytest.mark.parametrize(
    ("call", "preset", "expected"),
    [
        # Taken as they are, as in Streamlit.
        ('st.multiselect("M", ["a", "b"], key="w")', ("b", "a"), ("b", "a")),
        ('st.multiselect("M", ["a", "b"], key="w")', ["b", "a"], ["b", "a"]),
        ('st.select_slider("S", ["a", "b", "c"], ("a", "b"), key="w")', ("c", "a"), ("c", "a")),
        ('st.color_picker("C", key="w")', "#ABC", "#ABC"),
        ('st.color_picker("C", key="w")', "blue", "blue"),
        ('st.toggle("T", key="w")', 1, 1),
        ('st.slider("S", 0, 10, key="w")', 3.0, 3.0),
        ('st.number_input("N", key="w")', 3, 3),
        ('st.number_input("N", 0, 9, key="w")', 2.0, 2.0),
        ('st.text_input("T", max_chars=3, key="w")', "abcdef", "abcdef"),
        # Not among the options: the default instead, silently.
        ('st.radio("R", ["a", "b", "c"], index=1, key="w")', "z", "b"),
        ('st.selectbox("S", [1, 2], key="w")', 3, 1),
        ('st.selectbox("S", [1, 2], index=None, key="w")', 3, None),
        ('st.select_slider("S", ["a", "b"], key="w")', "q", "a"),
        ('st.select_slider("S", ["a", "b", "c"], ("a", "b"), key="w")', "a", ("a", "b")),
        # A multiselect drops the items that are not options.
        ('st.multiselect("M", ["a", "b"], key="w")', ["kiwi", "b", "q"], ["b"]),
        # Outside a number_input's range: its default.
        ('st.number_input("N", 0, 10, 4, key="w")', 99, 4),
    ],
)
def test_values_set_in_session_state_by_the_script(call: str, preset: Any, expected: Any) -> None:
    at = AppTest.from_string(
        f"import ostinato as st\nst.session_state.w = {preset!r}\nst.write(repr({call}))\n"
    ).run()
    assert not at.exception, at.exception
    assert at.markdown.values == [repr(expected)]
    assert at.session_state.w == expected
    assert type(at.session_state.w) is type(expected)


@pytest.mark.parametrize(
    ("call", "preset"),
    [
        ('st.checkbox("C", key="w")', "yes"),
        ('st.toggle("T", key="w")', 1.5),
        ('st.color_picker("C", key="w")', 123),
        ('st.text_input("T", key="w")', 42),
        ('st.number_input("N", key="w")', "x"),
    ],
)
def test_session_state_value_of_the_wrong_type_is_a_type_error(call: str, preset: Any) -> None:
    at = AppTest.from_string(
        f"import ostinato as st\nst.session_state.w = {preset!r}\n{call}\n"
    ).run()
    assert [e.exc_type for e in at.exception] == ["TypeError"]


def test_keyed_choices_keep_their_value_while_the_options_change() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
more = st.session_state.get("more", False)
opts = ["a", "b", "c", "d"] if more else ["a", "b", "c"]
st.write(repr((st.radio("R", opts, key="r"), st.selectbox("S", opts, key="s"),
               st.multiselect("M", opts, key="m"), st.select_slider("L", opts, key="l"))))
"""
    ).run()
    at.radio[0].set_value("c")
    at.selectbox[0].select("b")
    at.multiselect[0].set_value(["c", "a"])
    at.select_slider[0].set_value("c")
    at.run()
    at.session_state["more"] = True
    at.run()
    assert at.markdown.values == [repr(("c", "b", ["c", "a"], "c"))]


def test_keyed_choices_fall_back_when_their_value_is_no_longer_an_option() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
fewer = st.session_state.get("fewer", False)
opts = ["a", "b"] if fewer else ["a", "b", "c"]
st.write(repr((st.radio("R", opts, index=1, key="r"), st.selectbox("S", opts, key="s"),
               st.multiselect("M", opts, key="m"))))
"""
    ).run()
    at.radio[0].set_value("c")
    at.selectbox[0].select("c")
    at.multiselect[0].set_value(["c", "a"])
    at.run()
    at.session_state["fewer"] = True
    at.run()
    assert at.markdown.values == [repr(("b", "a", ["a"]))]
    assert at.session_state.r == "b"


def test_unkeyed_choice_starts_over_when_its_options_change() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
opts = ["a", "b", "c"] if st.session_state.get("more") else ["a", "b"]
st.write(st.selectbox("S", opts))
"""
    ).run()
    at.selectbox[0].select("b").run()
    at.session_state["more"] = True
    at.run()
    assert at.markdown.values == ["a"]


def test_multiselect_max_selections_change_starts_over() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
most = 2 if st.session_state.get("fewer") else 3
st.write(repr(st.multiselect("M", ["a", "b", "c"], max_selections=most, key="m")))
"""
    ).run()
    at.multiselect[0].set_value(["a"]).run()
    at.session_state["fewer"] = True
    at.run()
    assert at.markdown.values == ["[]"]


@pytest.mark.parametrize(
    ("body", "state", "fragment"),
    [
        # Options that are not in the list.
        ('st.radio("R", ["a", "b"], index=2)', {}, "index 2"),
        ('st.radio("R", ["a", "b"], index=-1)', {}, "index -1"),
        ('st.selectbox("S", ["a", "b"], index=5)', {}, "index 5"),
        ('st.selectbox("S", ["a", "b"], index="0")', {}, "index '0'"),
        ('st.multiselect("M", ["a", "b"], default=["z"])', {}, "'z' is not one of the options"),
        ('st.multiselect("M", ["a", "b", "c"], default=["a", "b"], max_selections=1)', {},
         "max_selections is 1"),
        ('st.select_slider("S", ["a", "b"], value="q")', {}, "'q' is not one of the options"),
        ('st.select_slider("S", [])', {}, "options must not be empty"),
        # Values of the wrong type.
        ('st.color_picker("C", "red")', {}, 'hex colour like "#ff8800"'),
        ('st.color_picker("C", "#ABCD")', {}, 'hex colour like "#ff8800"'),
        ('st.multiselect("M", ["a", "b", "c"], max_selections=1, key="w")', {"w": ["a", "b"]},
         "max_selections is 1"),
        ('st.checkbox("C", label_visibility="gone")', {}, "label_visibility"),
    ],
)  # fmt: skip
def test_bad_values_are_clear_errors(body: str, state: dict[str, Any], fragment: str) -> None:
    exc_type, message = script_error(body, **state)
    assert exc_type in ("WidgetValueError", "OstinatoAPIException")
    assert fragment in message
    kind = body.split("(")[0].removeprefix("st.")
    if exc_type == "WidgetValueError":
        assert message.startswith(f"st.{kind} ")


def test_options_show_their_format_func_labels_and_return_the_option() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
city = st.radio("City", [1, 2, 3], format_func=lambda n: f"City #{n}", key="city")
size = st.selectbox("Size", {"s": "Small", "l": "Large"}, format_func=str.upper)
st.write(f"{city!r} {size!r}")
"""
    ).run()
    assert at.radio[0].options == ["City #1", "City #2", "City #3"]
    assert at.selectbox[0].options == ["S", "L"]
    at.radio[0].set_value(3).run()
    assert at.markdown.values == ["3 's'"]
    assert at.radio[0].index == 2


def test_selectbox_select_index_and_unknown_option() -> None:
    at = AppTest.from_string('import ostinato as st\nst.selectbox("S", ["a", "b", "c"])\n').run()
    assert at.selectbox[0].index == 0
    at.selectbox[0].select_index(2).run()
    assert at.selectbox[0].value == "c"
    with pytest.raises(Exception, match="not one of the options"):
        at.selectbox[0].select("zz")


def test_options_from_a_dataframe_column_or_a_generator() -> None:
    at = AppTest.from_string(
        """
import pandas as pd
import ostinato as st
st.selectbox("From frame", pd.DataFrame({"name": ["ann", "bob"], "age": [1, 2]}))
st.radio("From generator", (n * n for n in range(3)))
"""
    ).run()
    assert at.selectbox[0].options == ["ann", "bob"]
    assert at.radio[0].options == ["0", "1", "4"]


def test_multiselect_select_unselect_and_order() -> None:
    at = AppTest.from_string('import ostinato as st\nst.multiselect("M", ["a", "b", "c"])\n')
    at.run()
    at.multiselect[0].select("b").select("a").run()
    assert at.multiselect[0].value == ["b", "a"]
    at.multiselect[0].unselect("b").run()
    assert at.multiselect[0].value == ["a"]


def test_checkbox_check_and_uncheck() -> None:
    at = AppTest.from_string('import ostinato as st\nst.write(st.checkbox("C"))\n').run()
    at.checkbox[0].check().run()
    assert at.markdown.values == ["`True`"]
    at.checkbox[0].uncheck().run()
    assert at.markdown.values == ["`False`"]


def test_select_slider_range_set_range() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.write(st.select_slider("S", list("abcde"), ("b", "d")))\n'
    ).run()
    assert at.select_slider[0].props["range"] is True
    at.select_slider[0].set_range("a", "c").run()
    assert at.select_slider[0].value == ("a", "c")
    assert at.markdown.values == ["`('a', 'c')`"]


def test_color_picker_pick() -> None:
    at = AppTest.from_string('import ostinato as st\nst.write(st.color_picker("C", key="c"))\n')
    at.run()
    at.color_picker(key="c").pick("#FF8800").run()
    assert at.markdown.values == ["#FF8800"]
    assert at.color_picker[0].value == "#FF8800"


@pytest.mark.parametrize("given", ["#AbCdEf", "#FA0", "#000000"])
def test_color_picker_returns_its_value_as_given(given: str) -> None:
    at = AppTest.from_string(f'import ostinato as st\nst.write(st.color_picker("C", "{given}"))\n')
    assert at.run().markdown.values == [given]


def test_checkbox_with_a_default_keeps_the_session_state_value() -> None:
    at = AppTest.from_string(
        "import ostinato as st\nst.session_state.c = False\n"
        'st.write(st.checkbox("C", True, key="c"))\n'
    ).run()
    assert at.markdown.values == ["`False`"]
