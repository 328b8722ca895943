"""Forms batch widget changes until submitted (AppTest drives the real runtime)."""

from __future__ import annotations

from ostinato.testing.v1 import AppTest

FORM = """
import ostinato as st
st.session_state.setdefault("submits", [])
def on_submit(tag, *, loud=False):
    st.session_state.submits.append((tag, loud, st.session_state.name))
with st.form("profile", clear_on_submit={clear}):
    name = st.text_input("Name", key="name")
    age = st.slider("Age", 0, 100, 30)
    sent = st.form_submit_button(
        "Save", on_click=on_submit, args=("saved",), kwargs={{"loud": True}}
    )
st.write(f"name={{name}} age={{age}} sent={{sent}}")
"""


def form_app(clear: bool = False) -> AppTest:
    return AppTest.from_string(FORM.format(clear=clear)).run()


def test_changes_wait_for_the_submit_button() -> None:
    at = form_app()
    at.text_input[0].input("Ada")
    at.slider[0].set_value(40)
    assert at.markdown.values == ["name= age=30 sent=False"]
    at.button[0].click().run()
    assert at.markdown.values == ["name=Ada age=40 sent=True"]
    assert at.session_state.name == "Ada"


def test_submit_callback_runs_once_with_args_and_sees_new_values() -> None:
    at = form_app()
    at.text_input[0].input("Bo")
    at.button[0].click().run()
    assert at.session_state.submits == [("saved", True, "Bo")]
    at.run()
    assert at.session_state.submits == [("saved", True, "Bo")]


def test_clear_on_submit_keeps_the_submitted_values_in_state() -> None:
    """As in Streamlit's AppTest: the page shows the defaults after the submit (see
    tests/e2e/test_fidelity.py); Session State keeps the values until the next submit."""
    at = form_app(clear=True)
    at.text_input[0].input("Cy")
    at.slider[0].set_value(70)
    at.button[0].click().run()
    assert at.markdown.values == ["name=Cy age=70 sent=True"]
    assert at.text_input[0].props["default"] == "" and at.slider[0].props["default"] == 30
    at.run()
    assert at.markdown.values == ["name=Cy age=70 sent=False"]
    assert at.session_state.name == "Cy"


def test_a_run_without_the_submit_drops_the_forms_changes() -> None:
    at = form_app()
    at.text_input[0].input("Dee")
    at.run()
    at.button[0].click().run()
    assert at.markdown.values == ["name= age=30 sent=True"]


def test_form_method_style_works() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
form = st.form("f")
choice = form.selectbox("Pick", ["a", "b"])
done = form.form_submit_button()
st.write(f"{choice} {done}")
"""
    ).run()
    at.selectbox[0].select("b")
    at.button[0].click().run()
    assert at.markdown.values == ["b True"]
    assert at.form[0].form_id == "f"


def test_on_change_inside_a_form_is_refused() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
with st.form("f"):
    st.checkbox("Tick", on_change=lambda: None)
    st.form_submit_button()
"""
    ).run()
    assert "only the submit button may have a callback" in at.exception[0].message


def test_form_without_submit_button_is_no_error_for_the_script() -> None:
    """As in Streamlit, the page says the button is missing (tests/e2e/test_fidelity.py);
    the run itself goes on without an element or exception."""
    at = AppTest.from_string(
        'import ostinato as st\nwith st.form("lonely"):\n    st.text_input("x")\n'
        'st.write("after")\n'
    )
    at.run()
    assert not at.exception and not at.error
    assert at.markdown.values == ["after"]
    assert [e.type for e in at.form[0].children.values()] == ["text_input"]


def test_form_inside_a_form_raises() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nwith st.form("outer"):\n    with st.form("inner"):\n        pass\n'
    ).run()
    assert "forms cannot be nested" in at.exception[0].message


def test_submit_button_outside_a_form_raises() -> None:
    at = AppTest.from_string("import ostinato as st\nst.form_submit_button('Go')\n").run()
    assert "must be inside a form" in at.exception[0].message


def test_a_button_inside_a_form_raises() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
with st.form("f"):
    st.text_input("Name")
    st.button("Plain")
    st.form_submit_button()
st.write("after")
"""
    ).run()
    assert "cannot be used inside the form" in at.exception[0].message
    assert [e.type for e in at.form[0].children.values()] == ["text_input"]
    assert not at.markdown
