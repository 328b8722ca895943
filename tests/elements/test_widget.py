"""What every widget shares: its identity across runs, its key, and the common
arguments (help, disabled, label_visibility, persist_state)."""

from __future__ import annotations

import pytest

from ostinato.testing.v1 import AppTest
from tests.elements.widget_checks import script_error


def test_a_widget_without_key_keeps_its_value_across_runs() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.write(st.slider("S", 0, 10, 1))\nst.write(st.text_input("T"))\n'
    ).run()
    at.slider[0].set_value(6)
    at.text_input[0].input("kept")
    at.run()
    at.run()
    assert at.markdown.values == ["`6`", "kept"]
    assert at.slider[0].key is None and len(at.session_state) == 0


def test_an_int_key_is_the_same_key_as_its_text() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.slider("S", 0, 10, 1, key=7)\nst.write(st.session_state["7"])\n'
    ).run()
    assert at.slider[0].key == "7"
    at.slider(key="7").set_value(3).run()
    assert at.markdown.values == ["`3`"]


def test_help_disabled_and_label_visibility_reach_the_page() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.checkbox("C", help="Tick me", disabled=True, '
        'label_visibility="collapsed")\n'
    ).run()
    box = at.checkbox[0]
    assert (box.help, box.disabled, box.props["label_visibility"]) == ("Tick me", True, "collapsed")


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('st.slider("S", label_visibility="gone")', "label_visibility must be one of"),
        ('st.text_input("T", key="t", persist_state="forever")', "persist_state must be None"),
        ('st.text_input("T", persist_state="session")', 'st.text_input "T": persist_state='),
    ],
)
def test_bad_common_arguments_are_clear_errors(body: str, fragment: str) -> None:
    exc_type, message = script_error(body)
    assert exc_type == "OstinatoAPIException"
    assert fragment in message


def test_widgets_in_the_sidebar_and_columns_are_found_in_page_order() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.sidebar.slider("Side", 0, 5, key="side")
left, right = st.columns(2)
right.slider("Right", 0, 5, key="right")
left.slider("Left", 0, 5, key="left")
"""
    ).run()
    assert [s.key for s in at.slider] == ["left", "right", "side"]
    at.slider(key="side").set_value(5).run()
    assert at.session_state.side == 5
