"""What issue 10's fixes look like in the page: st.write's inline values, st.empty
holding one element, and form submit keys that stay out of the page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Server

APP = """
import time
import ostinato as st
st.write("Count = ", 3, "and", 2.5)
with st.empty():
    for i in range(10):
        st.write(f"step {i}")
        time.sleep(0.01)
slot = st.empty()
slot.text("first")
slot.text("second")
with st.form("my_form"):
    name = st.text_input("Name")
    sent = st.form_submit_button("Submit")
st.write("sent:", sent, "name:", name)
"""


def test_inline_values_one_slot_and_no_submit_key(serve: Callable[..., Server], page: Any) -> None:
    server = serve(APP)
    page.goto(server.url)
    page.get_by_text("step 9").wait_for()
    paragraph = page.locator("p", has_text="Count =")
    assert [c.inner_text() for c in paragraph.locator("code").all()] == ["3", "2.5"]
    for i in range(9):
        assert page.get_by_text(f"step {i}", exact=True).count() == 0
    assert page.get_by_text("second", exact=True).count() == 1
    assert page.get_by_text("first", exact=True).count() == 0
    page.get_by_label("Name").fill("Ada")
    page.get_by_role("button", name="Submit").click()
    page.locator("p", has_text="name:").locator("code", has_text="True").wait_for()
    assert "FormSubmitter" not in page.content()


LONELY = """
import ostinato as st
with st.form("lonely"):
    st.text_input("Name")
if st.checkbox("Add the button"):
    with st.form("fixed"):
        st.form_submit_button("Send")
"""


def test_a_form_without_submit_button_says_so(serve: Callable[..., Server], page: Any) -> None:
    server = serve(LONELY)
    page.goto(server.url)
    notice = page.locator("form.ost-form .ost-form-no-submit")
    notice.wait_for()
    assert "no submit button" in notice.inner_text()
    page.get_by_text("Add the button").click()
    page.get_by_role("button", name="Send").wait_for()
    assert notice.count() == 1


CLEARING = """
import ostinato as st
with st.form("entry", clear_on_submit=True):
    item = st.text_input("Item")
    qty = st.number_input("Qty", value=1)
    added = st.form_submit_button("Add")
if added:
    st.write(f"added {item} x{qty}")
st.button("Elsewhere")
"""


def test_clear_on_submit_empties_the_form_in_the_page(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(CLEARING)
    page.goto(server.url)
    item = page.get_by_label("Item")
    qty = page.get_by_role("spinbutton", name="Qty")
    item.fill("apple")
    qty.fill("4")
    page.get_by_role("button", name="Add").click()
    page.get_by_text("added apple x4").wait_for()
    assert item.input_value() == "" and qty.input_value() == "1"
    page.get_by_role("button", name="Elsewhere").click()
    page.get_by_text("added apple x4").wait_for(state="detached")
    assert item.input_value() == "" and qty.input_value() == "1"
    item.fill("pear")
    page.get_by_role("button", name="Add").click()
    page.get_by_text("added pear x1").wait_for()


HELP = '''
import ostinato as st

class Basket:
    """Holds fruit."""
    def add(self, fruit, count=1):
        """Put fruit in."""

st.write(Basket)
'''


def test_help_of_a_class_in_the_page(serve: Callable[..., Server], page: Any) -> None:
    server = serve(HELP)
    page.goto(server.url)
    box = page.get_by_role("group", name="Basket")
    box.wait_for()
    assert "class" in box.inner_text() and "Holds fruit." in box.inner_text()
    assert box.get_by_text("1 member").is_visible()
    assert box.get_by_text("Put fruit in.").is_visible()


DEFERRED = """
import ostinato as st
st.session_state.setdefault("made", 0)

def report():
    st.session_state.made += 1
    return f"report {st.session_state.made}\\n"

st.download_button("Get report", report, file_name="report.txt")
st.write("made:", st.session_state.made)
"""


def test_a_deferred_download_runs_its_function_on_click(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(DEFERRED)
    page.goto(server.url)
    page.get_by_text("made: 0").wait_for()
    for n in (1, 2):
        with page.expect_download() as download:
            page.get_by_role("button", name="Get report").click()
        assert Path(download.value.path()).read_text() == f"report {n}\n"
        assert download.value.suggested_filename == "report.txt"
