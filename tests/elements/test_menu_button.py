"""st.menu_button: the option clicked is the value for one run, its callback runs
first; its value cannot be set, and the errors a user sees."""

from __future__ import annotations

import pytest

from ostinato.testing.v1 import AppTest
from tests.elements.widget_checks import script_error

APP = """
import ostinato as st
st.session_state.setdefault("calls", [])
def chosen(tag, **kw):
    st.session_state.calls.append((tag, kw, st.session_state.m))
pick = st.menu_button("Export", [1, 2, 3], format_func=lambda n: f"#{n}", key="m",
                      on_click=chosen, args=("a",), kwargs={"k": 1}, icon=":material/download:")
st.write(f"{pick!r}")
"""


def test_the_option_clicked_lasts_one_run_and_calls_back() -> None:
    at = AppTest.from_string(APP).run()
    button = at.menu_button[0]
    assert (button.type, button.key, button.options) == ("menu_button", "m", ["#1", "#2", "#3"])
    assert button.format_func(2) == "#2"
    assert at.markdown.values == ["None"]
    at.menu_button("m").click(3).run()
    assert at.markdown.values == ["3"]
    assert at.menu_button[0].value == 3
    assert at.session_state.calls == [("a", {"k": 1}, 3)]
    at.run()
    assert at.markdown.values == ["None"]
    at.menu_button[0].click_index(0).run()
    assert at.markdown.values == ["1"]
    at.menu_button[0].click_index(0).run()  # the same option again: clicked again
    assert at.markdown.values == ["1"]
    assert len(at.session_state.calls) == 3


def test_its_value_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string(
        APP.replace("import ostinato as st", "import ostinato as st\nst.session_state.m = 2")
    ).run()
    assert 'st.menu_button widget with key "m" cannot be set' in at.exception[0].message


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('st.menu_button("N", [])', "at least one option"),
        ('st.menu_button("N", [1], type="danger")', "'primary', 'secondary' or 'tertiary'"),
        ('st.menu_button("N", [1, 2], format_func=lambda n: "x")', "duplicate labels"),
        ('with st.form("f"):\n    st.menu_button("N", [1])', "inside an st.form"),
        ('st.menu_button("N", [1], icon="not an icon")', "icon must be"),
    ],
)
def test_bad_parameters_name_what_they_accept(body: str, fragment: str) -> None:
    _kind, message = script_error(body)
    assert fragment in message
