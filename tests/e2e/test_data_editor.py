"""st.data_editor in Chromium: a cell edited by keyboard reaches the script (which
writes the returned value), a row added and one deleted with num_rows="dynamic",
a disabled column that cannot be edited, a checkbox column toggled, and the editor
at 390 px."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import Server

FIRST_RUN_MS = 90_000
"""The first run imports pandas on a busy machine."""

APP = """
import pandas as pd
import ostinato as st
fruit = ["apple", "banana", "cherry"]
df = pd.DataFrame({"fruit": fruit, "n": [1, 2, 3], "ok": [True, False, True]})
out = st.data_editor(df, key="ed", num_rows=NUM_ROWS, disabled=DISABLED)
st.write(f"fruit={list(out['fruit'])}")
st.write(f"n={list(out['n'])}")
st.write(f"ok={list(out['ok'])}")
st.write(f"state={dict(st.session_state.ed)}")
"""


def app(num_rows: str = "fixed", disabled: str = "False") -> str:
    return APP.replace("NUM_ROWS", repr(num_rows)).replace("DISABLED", disabled)


def cell(page: Any, row: int, column: int) -> Any:
    """The cell of a data row (0-based) and a data column (0: the first shown)."""
    return page.locator(f".ost-de-table tbody tr[aria-rowindex='{row + 2}'] [data-col]").nth(column)


def open_app(serve: Callable[..., Server], page: Any, script: str) -> None:
    server = serve(script)
    page.goto(server.url)
    page.get_by_text("fruit=['apple', 'banana', 'cherry']").wait_for(timeout=FIRST_RUN_MS)


def test_a_cell_edited_with_the_keyboard_is_returned_to_the_script(
    serve: Callable[..., Server], page: Any
) -> None:
    open_app(serve, page, app())
    target = cell(page, 1, 2)  # index column first: "n" of the second row
    assert target.inner_text() == "2"
    target.dblclick()
    editor = page.get_by_role("spinbutton", name="n, row 2")
    editor.fill("42")
    editor.press("Enter")
    page.get_by_text("n=[1, 42, 3]").wait_for()
    page.get_by_text("state={'edited_rows': {1: {'n': 42}}, 'added_rows': [], 'deleted_rows': []}")
    assert cell(page, 1, 2).inner_text() == "42"
    # Typing on a focused cell starts editing; Escape leaves the value as it was.
    cell(page, 0, 1).click()
    page.keyboard.type("kiwi")
    page.keyboard.press("Escape")
    assert cell(page, 0, 1).inner_text() == "apple"
    # Tab commits and moves right.
    cell(page, 0, 1).click()
    page.keyboard.type("kiwi")
    page.keyboard.press("Tab")
    page.get_by_text("fruit=['kiwi', 'banana', 'cherry']").wait_for()
    assert "ost-df-focus" in (cell(page, 0, 2).get_attribute("class") or "")


def test_rows_are_added_and_deleted_with_dynamic_rows(
    serve: Callable[..., Server], page: Any
) -> None:
    open_app(serve, page, app("dynamic"))
    page.get_by_role("button", name="+ Add row").click()
    editor = page.get_by_role("textbox", name="fruit, row 4")
    editor.fill("date")
    editor.press("Enter")
    page.get_by_text("fruit=['apple', 'banana', 'cherry', 'date']").wait_for()
    page.get_by_text("n=[1.0, 2.0, 3.0, nan]").wait_for()
    page.get_by_role("checkbox", name="Select row 1").check()
    page.get_by_role("button", name="Delete selected rows").click()
    page.get_by_text("fruit=['banana', 'cherry', 'date']").wait_for()
    page.get_by_text("'deleted_rows': [0]").wait_for()
    assert cell(page, 0, 0).inner_text() == "banana"


def test_a_disabled_column_cannot_be_edited(serve: Callable[..., Server], page: Any) -> None:
    open_app(serve, page, app(disabled='["fruit"]'))
    target = cell(page, 0, 1)
    assert target.get_attribute("aria-readonly") == "true"
    target.dblclick()
    page.keyboard.type("kiwi")
    page.keyboard.press("Enter")
    assert page.locator(".ost-de-editor").count() == 0
    assert target.inner_text() == "apple"
    assert page.get_by_text("fruit=['apple', 'banana', 'cherry']").count() == 1


def test_a_checkbox_column_is_toggled(serve: Callable[..., Server], page: Any) -> None:
    open_app(serve, page, app())
    box = page.get_by_role("checkbox", name="ok, row 2")
    assert not box.is_checked()
    box.click()
    page.get_by_text("ok=[True, True, True]").wait_for()
    assert page.get_by_role("checkbox", name="ok, row 2").is_checked()
    # Space on a focused checkbox cell toggles it back.
    cell(page, 1, 3).click()
    page.keyboard.press(" ")
    page.get_by_text("ok=[True, False, True]").wait_for()


def test_the_editor_fits_a_narrow_screen(serve: Callable[..., Server], page: Any) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    open_app(serve, page, app("dynamic"))
    add = page.get_by_role("button", name="+ Add row")
    box = add.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390


def test_with_on_change_ignore_an_edit_waits_for_the_next_rerun(
    serve: Callable[..., Server], page: Any
) -> None:
    script = app().replace('key="ed",', 'key="ed", on_change="ignore",') + 'st.button("Go")\n'
    open_app(serve, page, script)
    cell(page, 0, 2).dblclick()
    editor = page.get_by_role("spinbutton", name="n, row 1")
    editor.fill("7")
    editor.press("Enter")
    assert cell(page, 0, 2).inner_text() == "7"
    page.wait_for_timeout(500)  # no rerun comes: the script still has the old value
    assert page.get_by_text("n=[1, 2, 3]").count() == 1
    page.get_by_role("button", name="Go").click()
    page.get_by_text("n=[7, 2, 3]").wait_for()


def test_the_editor_and_an_open_cell_editor_pass_an_axe_audit(
    serve: Callable[..., Server], page: Any
) -> None:
    from tests.e2e.test_a11y import audit

    open_app(serve, page, app("dynamic"))
    assert audit(page) == []
    cell(page, 0, 0).dblclick()
    page.get_by_role("textbox", name="fruit, row 1").wait_for()
    assert audit(page) == []
