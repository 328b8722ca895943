"""st.dataframe, st.table and st.metric's sparklines in Chromium: sorting by a header
without a rerun, selecting rows, searching, the CSV download, cells formatted by
type, Styler colours, and a million-row table scrolled to its end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Server

FIRST_RUN_MS = 90_000
"""How long the first run may take to show: it imports pandas on a busy machine."""

RUNS = """
import datetime as dt
import pandas as pd
import ostinato as st
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")
"""

FRUIT = (
    RUNS
    + """
df = pd.DataFrame({"fruit": ["cherry", "apple", "banana"], "n": [30, 10, 20]})
"""
)


def first_cell(page: Any, column: int) -> str:
    """The text of the first drawn row's cell in `column` (0: the first data column)."""
    cells = page.locator(".ost-df-table tbody tr[aria-rowindex='2'] td")
    return str(cells.nth(column).inner_text())


def test_a_header_click_sorts_the_rows_without_a_rerun(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(FRUIT + "st.dataframe(df, hide_index=True)\n")
    page.goto(server.url)
    page.get_by_role("cell", name="cherry").wait_for(timeout=FIRST_RUN_MS)
    assert first_cell(page, 0) == "cherry"
    header = page.get_by_role("button", name="n", exact=True)
    header.click()
    page.locator("th[aria-sort='ascending']").wait_for()
    page.wait_for_function(
        "() => document.querySelector(\".ost-df-table tbody tr[aria-rowindex='2'] td\")"
        "?.textContent === 'apple'"
    )
    header.click()
    page.locator("th[aria-sort='descending']").wait_for()
    page.wait_for_function(
        "() => document.querySelector(\".ost-df-table tbody tr[aria-rowindex='2'] td\")"
        "?.textContent === 'cherry'"
    )
    assert first_cell(page, 1) == "30"
    header.click()  # third click: the data's own order again
    page.locator("th[aria-sort='ascending'], th[aria-sort='descending']").wait_for(state="detached")
    assert page.get_by_text("Runs: 1").is_visible()


def test_a_rerun_that_draws_the_same_table_keeps_it_as_it_is(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(FRUIT + 'st.button("Again")\nst.dataframe(df, hide_index=True)\n')
    page.goto(server.url)
    page.get_by_role("cell", name="cherry").wait_for(timeout=FIRST_RUN_MS)
    page.get_by_role("button", name="n", exact=True).click()
    page.locator("th[aria-sort='ascending']").wait_for()
    page.evaluate("document.querySelector('.ost-df-table').dataset.mark = 'kept'")
    page.get_by_role("button", name="Again").click()
    page.get_by_text("Runs: 2").wait_for()
    # Not sent again: the same table, still sorted as the user left it.
    assert page.locator(".ost-df-table[data-mark='kept'] th[aria-sort='ascending']").count() == 1


def test_selecting_rows_reruns_with_the_selection(serve: Callable[..., Server], page: Any) -> None:
    server = serve(
        FRUIT
        + 'event = st.dataframe(df, on_select="rerun", key="pick")\n'
        + 'st.write(f"Selected rows: {event.selection.rows}")\n'
        + "st.write(f\"In state: {st.session_state.pick['selection']['rows']}\")\n"
    )
    page.goto(server.url)
    page.get_by_text("Selected rows: []").wait_for(timeout=FIRST_RUN_MS)
    page.get_by_role("checkbox", name="Select row 2").check()
    page.get_by_text("Selected rows: [1]").wait_for()
    page.get_by_text("In state: [1]").wait_for()
    page.get_by_role("checkbox", name="Select row 3").check()
    page.get_by_text("Selected rows: [1, 2]").wait_for()
    # The table drawn by the new run shows the selection it was given.
    assert page.get_by_role("checkbox", name="Select row 2").is_checked()
    # Sorted, a row is still named by its position in the data.
    page.get_by_role("button", name="n", exact=True).click()
    page.wait_for_function(
        "() => document.querySelector(\".ost-df-table tbody tr[aria-rowindex='2'] "
        "td:nth-child(2)\")?.textContent === 'apple'"
    )
    page.get_by_role("checkbox", name="Select row 1").uncheck()  # apple, position 1
    page.get_by_text("Selected rows: [2]").wait_for()


def test_search_keeps_the_rows_that_contain_the_text(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(FRUIT + "st.dataframe(df)\n")
    page.goto(server.url)
    page.get_by_role("cell", name="cherry").wait_for(timeout=FIRST_RUN_MS)
    page.locator(".ost-dataframe-wrap").hover()
    page.get_by_role("button", name="Search").click()
    page.get_by_role("searchbox", name="Search the table").fill("AN")
    page.get_by_text("1 of 3 rows match").wait_for()
    assert page.get_by_role("cell", name="banana").is_visible()
    assert page.get_by_role("cell", name="cherry").count() == 0
    page.get_by_role("searchbox", name="Search the table").fill("")
    page.get_by_role("cell", name="cherry").wait_for()
    assert page.get_by_text("Runs: 1").is_visible()


def test_the_csv_download_holds_the_rows_as_shown(
    serve: Callable[..., Server], page: Any, tmp_path: Path
) -> None:
    server = serve(
        FRUIT
        + 'df["price"] = [1234.5, 0.25, None]\n'
        + "price = st.column_config.NumberColumn(format='dollar')\n"
        + 'st.dataframe(df, hide_index=True, column_config={"price": price})\n'
    )
    page.goto(server.url)
    page.get_by_role("cell", name="cherry").wait_for(timeout=FIRST_RUN_MS)
    page.get_by_role("button", name="n", exact=True).click()
    page.locator("th[aria-sort='ascending']").wait_for()
    page.locator(".ost-dataframe-wrap").hover()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download as CSV").click()
    saved = tmp_path / "table.csv"
    download.value.save_as(saved)
    assert download.value.suggested_filename.endswith("_export.csv")
    assert saved.read_text(encoding="utf-8-sig").splitlines() == [
        "fruit,n,price",
        "apple,10,$0.25",
        "banana,20,",
        'cherry,30,"$1,234.50"',
    ]


def test_cells_read_as_their_types(serve: Callable[..., Server], page: Any) -> None:
    server = serve(
        RUNS
        + """
df = pd.DataFrame({
    "int": [1234567, None],
    "float": [3.14159265, float("inf")],
    "ok": [True, False],
    "when": pd.to_datetime(["2024-01-02 03:04:05", "2024-06-07 08:09:10"]).tz_localize("UTC"),
    "day": [dt.date(2024, 2, 29), None],
    "tags": [["a", "b"], []],
    "pct": [0.256, 0.5],
})
st.dataframe(df, hide_index=True, column_config={
    "pct": st.column_config.NumberColumn("Share", format="percent"),
    "day": st.column_config.DateColumn(format="MMM D, YYYY"),
})
"""
    )
    page.goto(server.url)
    page.get_by_role("cell", name="1234567", exact=True).wait_for(timeout=FIRST_RUN_MS)
    row = page.locator(".ost-df-table tbody tr[aria-rowindex='2'] td")
    texts = [row.nth(i).inner_text() for i in range(7)]
    assert texts[:2] == ["1234567", "3.1416"]
    assert texts[3:5] == ["2024-01-02 03:04:05+00:00", "Feb 29, 2024"]
    assert texts[6] == "25.6%"
    assert row.nth(0).evaluate("td => getComputedStyle(td).textAlign") == "right"
    assert row.nth(2).locator("input[type=checkbox]").is_checked()
    assert row.nth(5).locator(".ost-pill").all_inner_texts() == ["a", "b"]
    second = page.locator(".ost-df-table tbody tr[aria-rowindex='3'] td")
    assert second.nth(0).inner_text() == "None"  # missing: the placeholder, dimmed
    assert second.nth(1).inner_text() == "∞"
    assert not second.nth(2).locator("input[type=checkbox]").is_checked()
    assert page.get_by_role("columnheader", name="Share").is_visible()


def test_selected_cells_copy_as_tab_separated_text(serve: Callable[..., Server], page: Any) -> None:
    server = serve(FRUIT + "st.dataframe(df, hide_index=True)\n")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page.goto(server.url)
    page.get_by_role("cell", name="cherry").wait_for(timeout=FIRST_RUN_MS)
    page.get_by_role("cell", name="cherry").click()
    page.get_by_role("cell", name="10", exact=True).click(modifiers=["Shift"])
    page.keyboard.press("Control+C")
    assert page.evaluate("navigator.clipboard.readText()") == "cherry\t30\napple\t10"


def test_styler_colours_and_table_markdown_and_a_sparkline(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(
        RUNS
        + """
df = pd.DataFrame({"v": [1.0, 5.0, 3.0]})
st.dataframe(df.style.highlight_max(color="rgb(255, 0, 0)").format("{:.2f}"))
st.table(pd.DataFrame({"text": ["**bold** move", "plain"], "n": [1, 2]}))
st.metric("Visitors", 42, "+3", chart_data=[1, 3, 2, 5], chart_type="bar")
"""
    )
    page.goto(server.url)
    top = page.get_by_role("cell", name="5.00", exact=True)
    top.wait_for(timeout=FIRST_RUN_MS)
    assert top.evaluate("td => getComputedStyle(td).backgroundColor") == "rgb(255, 0, 0)"
    assert (
        page.get_by_role("cell", name="1.00", exact=True).evaluate(
            "td => getComputedStyle(td).backgroundColor"
        )
        != "rgb(255, 0, 0)"
    )
    table = page.get_by_test_id("ost-table")
    assert table.locator("strong").inner_text() == "bold"
    assert table.locator("tbody tr").count() == 2
    bars = page.get_by_test_id("ost-metric").locator("svg rect")
    assert bars.count() == 4


def test_a_million_rows_scroll_to_the_last(serve: Callable[..., Server], page: Any) -> None:
    server = serve(
        RUNS
        + """
import numpy as np
names = [f"c{i}" for i in range(10)]
df = pd.DataFrame(np.arange(10_000_000).reshape(1_000_000, 10), columns=names)
st.dataframe(df, height=400)
"""
    )
    page.goto(server.url)
    page.get_by_role("cell", name="9", exact=True).wait_for(timeout=FIRST_RUN_MS)
    assert page.locator(".ost-df-table tbody tr").count() < 100
    page.locator(".ost-dataframe").evaluate("el => { el.scrollTop = el.scrollHeight; }")
    page.get_by_role("cell", name="9999999", exact=True).wait_for()
    page.get_by_role("rowheader", name="999999", exact=True).wait_for()
    assert page.locator(".ost-df-table tbody tr").count() < 100
    assert page.get_by_text("Runs: 1").is_visible()
