"""Caching in the page (issue 14): the spinner of a slow cache miss, and "Clear cache"
from the menu and the C key, which asks first. Scripts that must be caught mid-run
wait for a file the test writes, so nothing depends on timing."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Server

SLOW_MISS = """
import time
from pathlib import Path
import ostinato as st

@st.cache_data
def load(n):
    while not Path("go").exists():
        time.sleep(0.02)
    return n * 2

@st.cache_data(show_spinner="Fetching the **rows**...")
def rows():
    while not Path("go2").exists():
        time.sleep(0.02)
    return 3

st.write("before")
st.write("loaded", load(21))
st.write("rows", rows())
"""


def test_a_slow_miss_shows_the_spinner_until_it_is_computed(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(SLOW_MISS)
    page.goto(server.url)
    spinner = page.locator(".ost-spinner-element")
    spinner.get_by_text("Running load(...).").wait_for()
    assert spinner.locator("code").inner_text() == "load(...)"
    assert page.get_by_text("before").is_visible()
    Path(server.script.parent, "go").touch()
    page.get_by_text("loaded 42").wait_for()
    spinner.get_by_text("Fetching the rows...").wait_for()
    assert spinner.locator("strong").inner_text() == "rows"
    Path(server.script.parent, "go2").touch()
    page.get_by_text("rows 3").wait_for()
    assert spinner.count() == 0
    page.locator("body").press("r")  # hits: no spinner, same page
    page.locator("body[data-running=false]").wait_for(state="attached")
    assert page.get_by_text("loaded 42").is_visible() and spinner.count() == 0


COUNTED = """
from pathlib import Path
import ostinato as st

@st.cache_data
def computed():
    log = Path("computed.log")
    log.write_text(log.read_text() + "x" if log.exists() else "x")
    return len(log.read_text())

@st.cache_resource
def resource():
    return object()

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"computed {computed()} times, run {st.session_state.runs}")
st.text_input("Name")
"""


def computations(server: Server) -> str:
    return Path(server.script.parent, "computed.log").read_text()


def test_clear_cache_from_the_menu_asks_then_clears(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(COUNTED)
    page.goto(server.url)
    page.get_by_text("computed 1 times, run 1").wait_for()
    page.get_by_role("button", name="Main menu").click()
    item = page.get_by_role("menuitem", name="Clear cache")
    assert item.locator("kbd").inner_text() == "C"
    item.click()
    dialog = page.get_by_role("dialog", name="Clear caches")
    assert "@st.cache_data and @st.cache_resource" in dialog.inner_text()
    dialog.get_by_role("button", name="Cancel").click()
    dialog.wait_for(state="detached")
    page.locator("body").press("r")
    page.get_by_text("computed 1 times, run 2").wait_for()
    assert computations(server) == "x"
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="Clear cache").click()
    page.get_by_role("dialog", name="Clear caches").get_by_role(
        "button", name="Clear caches"
    ).click()
    page.get_by_role("dialog", name="Clear caches").wait_for(state="detached")
    page.locator("body").press("r")
    # Cleared, and so is Session State (as Streamlit does): the runs count again from 1.
    page.get_by_text("computed 2 times, run 1").wait_for()
    assert computations(server) == "xx"


def test_the_c_key_clears_after_asking_but_not_while_typing(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(COUNTED)
    page.goto(server.url)
    page.get_by_text("computed 1 times, run 1").wait_for()
    field = page.get_by_label("Name")
    field.click()
    page.keyboard.type("cc")
    time.sleep(0.3)
    assert field.input_value() == "cc"
    assert page.get_by_role("dialog").count() == 0
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("c")
    dialog = page.get_by_role("dialog", name="Clear caches")
    dialog.get_by_role("button", name="Clear caches").click()
    dialog.wait_for(state="detached")
    page.keyboard.press("r")
    page.get_by_text("computed 2 times, run 1").wait_for()


def test_viewers_have_no_clear_cache(serve: Callable[..., Server], page: Any) -> None:
    server = serve(COUNTED, "--client.toolbarMode", "viewer")
    page.goto(server.url)
    page.get_by_text("computed 1 times, run 1").wait_for()
    page.locator("body").press("c")
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="Rerun").wait_for()
    assert page.get_by_role("menuitem", name="Clear cache").count() == 0
    assert page.get_by_role("dialog").count() == 0
