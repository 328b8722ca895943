"""st.button and st.download_button: triggers, True for exactly one run after a click."""

from __future__ import annotations

import pytest

from ostinato.testing.v1 import AppTest
from tests.elements.widget_checks import script_error

BUTTON_APP = """
import ostinato as st
st.session_state.setdefault("log", [])
def clicked(who, *, times):
    st.session_state.log.append((who, times, st.session_state.p))
st.write(f"seen={st.session_state.get('p')}")
pressed = st.button("Press", key="p", on_click=clicked, args=("me",), kwargs={"times": 2})
st.write(f"pressed={pressed} state={st.session_state.p}")
"""


def test_button_is_true_for_exactly_one_run_after_a_click() -> None:
    at = AppTest.from_string(BUTTON_APP).run()
    assert at.button(key="p").value is False
    assert at.markdown.values == ["seen=None", "pressed=False state=False"]
    at.button(key="p").click().run()
    assert at.button(key="p").value is True
    assert at.markdown.values == ["seen=True", "pressed=True state=True"]
    at.run()
    assert at.button(key="p").value is False
    assert at.markdown.values == ["seen=False", "pressed=False state=False"]


def test_on_click_gets_args_and_kwargs_and_sees_the_click() -> None:
    at = AppTest.from_string(BUTTON_APP).run()
    at.button(key="p").click().run()
    assert at.session_state.log == [("me", 2, True)]
    at.run()
    at.button(key="p").click().run()
    assert at.session_state.log == [("me", 2, True), ("me", 2, True)]


def test_button_label_and_type() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.button("Save", type="primary", help="Saves it")\n'
    ).run()
    button = at.button[0]
    assert (button.label, button.type, button.key, button.help) == (
        "Save",
        "button",
        None,
        "Saves it",
    )
    assert button.props["kind"] == "primary"


def test_set_value_false_is_no_click() -> None:
    at = AppTest.from_string(BUTTON_APP).run()
    at.button[0].set_value(False).run()
    assert at.markdown.values[1] == "pressed=False state=False"
    assert at.session_state.log == []


@pytest.mark.parametrize(
    ("body", "exc_type", "fragment"),
    [
        ('st.button("B", type="huge")', "OstinatoAPIException", '"primary", "secondary"'),
        ('st.download_button("D", data=3)', "OstinatoAPIException", "got int"),
        ('st.download_button("D", "x", type="loud")', "OstinatoAPIException", "got 'loud'"),
    ],
)
def test_bad_arguments_are_clear_errors(body: str, exc_type: str, fragment: str) -> None:
    shown_type, message = script_error(body)
    assert shown_type == exc_type
    assert fragment in message


@pytest.mark.parametrize(
    "call", ['st.button("B", key="k")', 'st.download_button("D", "x", key="k")']
)
def test_value_cannot_be_set_through_session_state(call: str) -> None:
    exc_type, message = script_error("st.session_state.k = True\n" + call)
    assert exc_type == "WidgetValueSetError"
    assert '"k"' in message and "cannot be set using st.session_state" in message


DOWNLOAD_APP = """
import io
import pandas as pd
import ostinato as st
st.session_state.setdefault("log", [])
def got(name, *, n):
    st.session_state.log.append((name, n, st.session_state.d))
clicked = st.download_button("Get CSV", "a,b\\n1,2\\n", file_name="x.csv", key="d",
                             on_click=got, args=("csv",), kwargs={"n": 1})
st.download_button("Bytes", b"\\x00\\x01", file_name="blob.bin")
st.download_button("Frame", pd.DataFrame({"a": [1]}), file_name="f.csv")
st.download_button("File", io.BytesIO(b"abc"), file_name="notes.txt", mime="text/markdown")
st.write(f"clicked={clicked}")
"""


def test_download_button_offers_its_data_and_is_a_trigger() -> None:
    at = AppTest.from_string(DOWNLOAD_APP).run()
    assert not at.exception
    props = [(b.props["file_name"], b.props["mime"]) for b in at.download_button]
    assert props == [
        ("x.csv", "text/csv"),
        ("blob.bin", "application/octet-stream"),
        ("f.csv", "text/csv"),
        ("notes.txt", "text/markdown"),
    ]
    assert all(b.props["url"] for b in at.download_button)
    assert at.markdown.values == ["clicked=False"]
    at.download_button(key="d").click().run()
    assert at.markdown.values == ["clicked=True"]
    assert at.session_state.log == [("csv", 1, True)]
    # A trigger goes back to False when the run that saw the click ends.
    assert at.session_state.d is False
    at.run()
    assert at.markdown.values == ["clicked=False"]


def test_a_button_key_set_by_a_test_between_runs_is_no_error() -> None:
    """As in Streamlit: only the run's own code may not set it; a value set from
    outside the run gives way to the button's own (False unless clicked)."""
    at = AppTest.from_string(
        'import ostinato as st\nst.write("pressed:", st.button("Go", key="go"))\n'
    )
    at.run()
    at.session_state["go"] = True
    at.run()
    assert not at.exception
    assert at.markdown.values == ["pressed: `False`"] and at.session_state["go"] is False


def test_download_button_callable_data_is_not_called_while_the_script_runs() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.session_state.setdefault("made", 0)
def make():
    st.session_state.made += 1
    return "payload"
got = st.download_button("Get", data=make, file_name="p.txt")
st.write(f"got={got} made={st.session_state.made}")
"""
    ).run()
    assert not at.exception, at.exception
    assert at.markdown.values == ["got=False made=0"]
    assert at.download_button[0].props["deferred"] is True
    at.download_button[0].click().run()
    assert at.markdown.values == ["got=True made=0"]
    at.run()
    assert at.markdown.values == ["got=False made=0"]
