"""The behaviour spec's widget rules (items 10-16) and the reference page's examples,
verbatim but for the import."""

from __future__ import annotations

import logging

import pytest

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


def test_reference_example_one_resets_celsius_every_run() -> None:
    at = AppTest.from_string(REFERENCE_EXAMPLE_1).run()
    assert at.slider(key="celsius").value == 50.0
    assert at.markdown.values == ["50.0"]
    at.slider(key="celsius").set_value(20.0).run()
    # 'count' is never set, so every run sets celsius back to 50.0 before the slider.
    assert at.slider(key="celsius").value == 50.0
    assert at.markdown.values == ["50.0"]


def test_reference_example_two_raises_for_the_button() -> None:
    at = AppTest.from_string(REFERENCE_EXAMPLE_2).run()
    (shown,) = at.exception
    assert "st.button" in shown.message and '"my_button"' in shown.message
    assert "cannot be set using st.session_state" in shown.message


def test_label_change_keeps_a_keyed_value_and_range_change_resets_it() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
label = st.session_state.get("label", "First")
high = st.session_state.get("high", 10)
st.slider(label, 0, high, 2, key="s")
"""
    ).run()
    at.slider(key="s").set_value(7).run()
    at.session_state["label"] = "Renamed"
    at.run()
    assert at.slider(key="s").label == "Renamed" and at.slider(key="s").value == 7
    at.session_state["high"] = 20
    at.run()
    assert at.slider(key="s").value == 2


@pytest.mark.parametrize(
    ("script", "named"),
    [
        ('st.slider("A", key="same")\nst.checkbox("B", key="same")', 'key "same"'),
        ('st.button("Go")\nst.button("Go")', 'label "Go"'),
    ],
)
def test_duplicate_widgets_raise_naming_key_or_label(script: str, named: str) -> None:
    at = AppTest.from_string(f"import ostinato as st\n{script}\n").run()
    assert at.exception[0].exc_type == "DuplicateWidgetID"
    assert named in at.exception[0].message


def test_same_label_with_different_keys_is_fine() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.button("Go", key="a")\nst.button("Go", key="b")\n'
    ).run()
    assert not at.exception and len(at.button) == 2


def test_setting_a_key_after_its_widget_raises() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.slider("S", 0, 10, key="s")\nst.session_state.s = 3\n'
    ).run()
    assert at.exception[0].exc_type == "WidgetModifiedAfterCreation"
    assert '"s"' in at.exception[0].message


def test_default_plus_session_state_keeps_state_and_warns_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    at = AppTest.from_string(
        "import ostinato as st\n"
        "if 'set' not in st.session_state:\n"
        "    st.session_state.set = True\n"
        "    st.session_state.level = 8\n"
        'st.slider("Level", 0, 10, value=3, key="level")\n'
    )
    with caplog.at_level(logging.WARNING, logger="ostinato.state"):
        at.run()
        at.run()
    assert at.slider[0].value == 8
    messages = [r.getMessage() for r in caplog.records if "level" in r.getMessage()]
    assert len(messages) == 1 and "default value" in messages[0]


def test_widget_not_drawn_loses_its_key_unless_persisted() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
show = st.checkbox("Show", value=True, key="show")
if show:
    st.text_input("Plain", key="plain")
    st.text_input("Page", key="paged", persist_state="page")
    st.text_input("Session", key="kept", persist_state="session")
"""
    ).run()
    for key in ("plain", "paged", "kept"):
        at.text_input(key=key).input(f"{key}!")
    at.run()
    at.checkbox[0].uncheck().run()
    assert "plain" not in at.session_state
    assert at.session_state.paged == "paged!" and at.session_state.kept == "kept!"
    at.checkbox[0].check().run()
    assert at.text_input(key="plain").value == ""
    assert at.text_input(key="paged").value == "paged!"


def test_persist_session_needs_a_key() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.text_input("X", persist_state="session")\n'
    ).run()
    assert "needs a key" in at.exception[0].message
