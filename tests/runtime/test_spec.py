"""The behaviour spec's widget rules (items 10-16) and the reference page's two
examples, verbatim but for the import."""

from __future__ import annotations

import logging

import pytest

from ostinato import errors
from ostinato.testing.v1 import AppTest

REFERENCE_EXAMPLE_1 = """
import ostinato as st

if 'count' not in st.session_state:
    # set the initial default value of the slider widget
    st.session_state.celsius = 50.0

st.slider(
    "Temperature in Celsius",
    min_value=-100.0,
    max_value=100.0,
    key="celsius"
)

# This will get the value of the slider widget
st.write(st.session_state.celsius)
"""

REFERENCE_EXAMPLE_2 = """
import ostinato as st

if 'my_button' not in st.session_state:
    st.session_state.my_button = True
    # Streamlit will raise an Exception on trying to set the state of button
    st.button('Submit', key='my_button')
"""


def test_reference_example_one_shows_fifty_after_every_interaction() -> None:
    at = AppTest.from_string(REFERENCE_EXAMPLE_1).run()
    assert not at.exception
    assert at.slider(key="celsius").value == 50.0
    assert at.markdown.values == ["`50.0`"]
    # 'count' is never set, so every run puts celsius back to 50.0 before the slider.
    for moved_to in (20.0, -100.0, 99.5):
        at.slider(key="celsius").set_value(moved_to).run()
        assert not at.exception
        assert at.slider(key="celsius").value == 50.0
        assert at.session_state.celsius == 50.0
        assert at.markdown.values == ["`50.0`"]


def test_reference_example_two_refuses_to_set_the_button() -> None:
    at = AppTest.from_string(REFERENCE_EXAMPLE_2).run()
    (shown,) = at.exception
    assert shown.exc_type == "WidgetValueSetError"
    assert issubclass(errors.WidgetValueSetError, errors.StreamlitAPIException)
    assert shown.message.startswith(
        'Values for the st.button widget with key "my_button" cannot be set using st.session_state'
    )
    assert "Remove the assignment to st.session_state['my_button']" in shown.message
    assert len(at.button) == 0


# -- 10: identity -------------------------------------------------------------------------

IDENTITY_APP = """
import ostinato as st
label = st.session_state.get("label", "First")
default = st.session_state.get("default", 2)
high = st.session_state.get("high", 10)
options = st.session_state.get("options", ["a", "b", "c"])
st.slider(label, 0, high, default, key="s")
st.selectbox(label, options, key="box")
unkeyed = st.slider(label, 0, 10, 1)
"""


def test_label_or_default_change_keeps_a_keyed_value() -> None:
    at = AppTest.from_string(IDENTITY_APP).run()
    at.slider(key="s").set_value(7)
    at.selectbox(key="box").select("c")
    at.run()
    at.session_state["label"] = "Renamed"
    at.session_state["default"] = 3
    at.run()
    assert at.slider(key="s").label == "Renamed"
    assert (at.slider(key="s").value, at.selectbox(key="box").value) == (7, "c")


def test_range_change_resets_a_keyed_slider_and_options_change_keeps_a_choice() -> None:
    """Streamlit decides which parameters make a keyed widget a new one: a slider's
    range does; a selectbox's options do not (the value stays while it is an option)."""
    at = AppTest.from_string(IDENTITY_APP).run()
    at.slider(key="s").set_value(7)
    at.selectbox(key="box").select("c")
    at.run()
    at.session_state["high"] = 20
    at.session_state["options"] = ["a", "b", "c", "d"]
    at.run()
    assert (at.slider(key="s").value, at.selectbox(key="box").value) == (2, "c")
    at.session_state["options"] = ["x", "y"]
    at.run()
    assert at.selectbox(key="box").value == "x"


def test_label_change_makes_an_unkeyed_widget_a_new_one() -> None:
    at = AppTest.from_string(IDENTITY_APP).run()
    at.slider[1].set_value(9).run()
    assert at.slider[1].value == 9
    at.session_state["label"] = "Renamed"
    at.run()
    assert at.slider[1].value == 1


@pytest.mark.parametrize(
    ("script", "named"),
    [
        ('st.slider("A", key="same")\nst.checkbox("B", key="same")', 'the key "same"'),
        ('st.text_input("X", key="k")\nst.text_input("X", key="k")', 'the key "k"'),
        ('st.button("Go")\nst.button("Go")', 'st.button widgets with the label "Go"'),
        ('st.sidebar.slider("S")\nst.slider("S")', 'st.slider widgets with the label "S"'),
        ('c1, c2 = st.columns(2)\nc1.checkbox("C")\nc2.checkbox("C")', 'label "C"'),
    ],
)
def test_duplicate_widgets_raise_naming_key_or_label(script: str, named: str) -> None:
    at = AppTest.from_string(f"import ostinato as st\n{script}\nst.write('after')\n").run()
    (shown,) = at.exception
    assert shown.exc_type == "DuplicateWidgetID"
    assert issubclass(errors.DuplicateWidgetID, errors.OstinatoAPIException)
    assert named in shown.message
    assert at.markdown.values == []


def test_same_label_with_different_keys_or_parameters_is_fine() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.button("Go", key="a")\nst.button("Go", key="b")\n'
        'st.slider("S", 0, 10)\nst.slider("S", 0, 20)\n'
    ).run()
    assert not at.exception and len(at.button) == 2 and len(at.slider) == 2


# -- 11-13: values and keys -----------------------------------------------------------------


def test_session_state_set_before_the_widget_sets_its_value_every_run() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
if st.button("Reset"):
    st.session_state.name = "reset"
st.text_input("Name", "default", key="name")
st.write(st.session_state.name)
"""
    ).run()
    assert at.markdown.values == ["default"]
    at.text_input[0].input("typed").run()
    assert at.markdown.values == ["typed"]
    at.button[0].click().run()
    assert at.text_input[0].value == "reset" and at.markdown.values == ["reset"]


def test_setting_a_key_after_its_widget_was_drawn_raises() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.slider("S", 0, 10, key="s")\nst.write("drawn")\n'
        "st.session_state.s = 3\nst.write('never')\n"
    ).run()
    (shown,) = at.exception
    assert shown.exc_type == "WidgetModifiedAfterCreation"
    assert shown.message.startswith(
        'st.session_state["s"] cannot be modified after the widget with key "s" is drawn'
    )
    assert at.markdown.values == ["drawn"]
    assert at.slider[0].value == 0


# -- 14: default value and Session State ----------------------------------------------------


def test_default_plus_session_state_keeps_state_and_warns_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    at = AppTest.from_string(
        """
import ostinato as st
if st.session_state.get("again", True):
    st.session_state.again = False
    st.session_state.level = 8
st.slider("Level", 0, 10, value=3, key="level")
if st.button("Again"):
    st.session_state.again = True
"""
    )
    with caplog.at_level(logging.WARNING, logger="ostinato.state"):
        at.run()
        assert at.slider[0].value == 8
        at.button[0].click().run()
        at.run()
        assert at.slider[0].value == 8
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 1
    assert messages[0].startswith('The widget with key "level" was created with a default value')


def test_no_warning_without_an_explicit_default(caplog: pytest.LogCaptureFixture) -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.session_state.setdefault("level", 4)\n'
        'st.slider("Level", 0, 10, key="level")\nst.selectbox("Box", [1, 2], key="box")\n'
        'st.text_input("Text", key="text")\nst.number_input("N", key="n")\n'
    )
    at.session_state.box = 2
    at.session_state.text = "hi"
    at.session_state.n = 1.5
    with caplog.at_level(logging.WARNING, logger="ostinato.state"):
        at.run()
    assert (at.slider[0].value, at.selectbox[0].value) == (4, 2)
    assert (at.text_input[0].value, at.number_input[0].value) == ("hi", 1.5)
    assert caplog.records == []


# -- 15: triggers cannot be set through Session State ---------------------------------------


@pytest.mark.parametrize(
    ("kind", "call"),
    [
        ("button", 'st.button("B", key="k")'),
        ("download_button", 'st.download_button("D", "data", key="k")'),
        ("file_uploader", 'st.file_uploader("F", key="k")'),
    ],
)
def test_trigger_widgets_cannot_be_set_through_session_state(kind: str, call: str) -> None:
    at = AppTest.from_string(f"import ostinato as st\nst.session_state.k = True\n{call}\n").run()
    (shown,) = at.exception
    assert shown.exc_type == "WidgetValueSetError"
    assert f'st.{kind} widget with key "k"' in shown.message
    assert "cannot be set using st.session_state" in shown.message


def test_a_callback_setting_a_button_key_is_refused_too() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def press_for_the_user():
    st.session_state.b = True
st.button("B", key="b")
st.checkbox("Press it", on_change=press_for_the_user)
"""
    ).run()
    at.checkbox[0].check().run()
    (shown,) = at.exception
    assert shown.exc_type == "WidgetValueSetError" and '"b"' in shown.message


# -- 16: widgets not drawn are forgotten ----------------------------------------------------

HIDING_APP = """
import ostinato as st
st.session_state.had_plain = st.session_state.get("plain")
show = st.checkbox("Show", value=True, key="show")
if show:
    st.text_input("Plain", key="plain")
    st.text_input("Page", key="paged", persist_state="page")
    st.text_input("Session", key="kept", persist_state="session")
else:
    ending = st.session_state.get("ending")
    if ending == "stop":
        st.stop()
    if ending == "error":
        raise RuntimeError("ended by an error")
    if ending == "rerun":
        st.session_state.ending = None
        st.rerun()
"""


def hidden_app() -> AppTest:
    """HIDING_APP with its three inputs typed in, then hidden."""
    at = AppTest.from_string(HIDING_APP).run()
    for key in ("plain", "paged", "kept"):
        at.text_input(key=key).input(f"{key}!")
    at.run()
    return at


def test_widget_not_drawn_in_a_completed_run_loses_its_key_unless_persisted() -> None:
    at = hidden_app()
    at.checkbox[0].uncheck().run()
    assert "plain" not in at.session_state
    assert at.session_state.paged == "paged!" and at.session_state.kept == "kept!"
    at.checkbox[0].check().run()
    assert at.text_input(key="plain").value == ""
    assert at.text_input(key="paged").value == "paged!"
    assert at.text_input(key="kept").value == "kept!"


@pytest.mark.parametrize("ending", ["stop", "error"])
def test_runs_that_do_not_complete_forget_nothing(ending: str) -> None:
    at = hidden_app()
    at.session_state["ending"] = ending
    at.checkbox[0].uncheck().run()
    assert at.session_state.plain == "plain!"
    at.session_state["ending"] = None
    at.checkbox[0].check().run()
    assert at.text_input(key="plain").value == "plain!"


def test_a_run_ended_by_rerun_forgets_nothing_but_the_next_one_does() -> None:
    at = hidden_app()
    at.session_state["ending"] = "rerun"
    at.checkbox[0].uncheck().run()
    # The run that called st.rerun kept the key for the next run, which completed
    # without drawing the input and so dropped it.
    assert at.session_state.had_plain == "plain!"
    assert "plain" not in at.session_state and at.session_state.ending is None


def test_persist_page_is_dropped_on_a_page_switch_and_session_is_kept() -> None:
    at = AppTest.from_file("apps/persist/app.py").run()
    for key in ("plain", "paged", "kept"):
        at.text_input(key=key).input(f"{key}!")
    at.run()
    at.checkbox(key="show").uncheck().run()
    at.run()
    assert "plain" not in at.session_state
    assert (at.session_state.paged, at.session_state.kept) == ("paged!", "kept!")

    at.switch_page("other").run()
    assert at.title.values == ["Other"]
    # Session State is shared by all pages: the home page's keys are still readable
    # in the first run here, then the ones that do not persist go.
    assert at.markdown.values == ["keys=kept,paged,show"]
    at.run()
    assert at.markdown.values == ["keys=kept"]

    at.switch_page("app.py").run()
    assert at.title.values == ["Home"]
    assert at.text_input(key="kept").value == "kept!"
    assert at.text_input(key="paged").value == ""
    assert at.text_input(key="plain").value == ""


def test_persist_session_needs_a_key() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.text_input("X", persist_state="session")\n'
    ).run()
    (shown,) = at.exception
    assert shown.exc_type == "OstinatoAPIException"
    assert 'st.text_input "X": persist_state="session" needs a key=' in shown.message
