"""Status and progress in the page: spinner, progress, status, toast, balloons and
snow (issue 14). Scripts that must be caught mid-run wait for a file the test
writes, so nothing depends on timing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Server
from tests.e2e.test_a11y import VIEWS, audit


@pytest.fixture
def page(page: Any) -> Any:
    """The shared tab, with more patience: these apps start runs that wait, and the
    machine may be busy (no assertion depends on how long anything takes)."""
    page.set_default_timeout(30_000)
    return page


WAIT = """
import time
from pathlib import Path

def wait(name):
    while not Path(name).exists():
        time.sleep(0.02)
"""

SPINNER_APP = (
    WAIT
    + """
import ostinato as st

st.write("before")
with st.spinner("Crunching **numbers**..."):
    wait("go")
st.write("done")
with st.spinner("Timed", show_time=True):
    wait("go2")
st.write("all done")
"""
)


def test_spinner_shows_while_the_block_runs_and_goes_after(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(SPINNER_APP)
    page.goto(server.url)
    spinner = page.locator(".ost-spinner-element")
    spinner.get_by_role("status").get_by_text("numbers").wait_for()
    assert spinner.locator("strong").inner_text() == "numbers"
    assert page.get_by_text("before").is_visible()
    assert not page.get_by_text("done").is_visible()
    Path(server.script.parent, "go").touch()
    page.get_by_text("Timed").wait_for()
    assert page.get_by_text("Crunching").count() == 0
    time_text = page.locator(".ost-spinner-time")
    time_text.wait_for()
    first = time_text.inner_text()
    assert re.fullmatch(r"\(\d+\.\d seconds\)", first)
    page.wait_for_function(
        "first => document.querySelector('.ost-spinner-time').textContent !== first", arg=first
    )
    Path(server.script.parent, "go2").touch()
    page.get_by_text("all done").wait_for()
    assert page.locator(".ost-spinner-element").count() == 0
    assert page.get_by_text("done", exact=True).is_visible()


PROGRESS_APP = (
    WAIT
    + """
import ostinato as st

bar = st.progress(0, text="Starting")
wait("a")
bar.progress(40, text="Forty **percent**")
wait("b")
bar.progress(1.0, text="Done")
st.write("finished")
"""
)


def test_progress_bar_moves_mid_run(serve: Callable[..., Server], page: Any) -> None:
    server = serve(PROGRESS_APP)
    page.goto(server.url)
    bar = page.get_by_role("progressbar")
    page.locator("[role=progressbar][aria-valuenow='0']").wait_for()
    assert bar.get_attribute("aria-valuemin") == "0" and bar.get_attribute("aria-valuemax") == "100"
    assert page.get_by_text("Starting").is_visible()
    Path(server.script.parent, "a").touch()
    page.locator("[role=progressbar][aria-valuenow='40']").wait_for()
    assert page.get_by_role("progressbar", name="Forty percent").count() == 1
    fill = page.locator(".ost-progress-fill")
    assert fill.evaluate("el => el.style.width") == "40%"
    Path(server.script.parent, "b").touch()
    page.get_by_text("finished").wait_for()
    assert bar.get_attribute("aria-valuenow") == "100"
    assert page.get_by_role("progressbar").count() == 1


STATUS_APP = (
    WAIT
    + """
import ostinato as st

with st.status("Downloading", expanded=True) as status:
    st.write("step one")
    wait("a")
    status.update(label="Almost there", expanded=False)
    wait("b")
st.write("finished")
try:
    with st.status("Risky"):
        raise ValueError("broken")
except ValueError:
    st.write("caught")
"""
)


def test_status_label_state_and_expanded_follow_the_script(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(STATUS_APP)
    page.goto(server.url)
    box = page.locator("details.ost-status").first
    box.locator("summary", has_text="Downloading").wait_for()
    assert box.get_attribute("data-state") == "running"
    assert box.evaluate("el => el.open") is True
    assert page.get_by_text("step one").is_visible()
    Path(server.script.parent, "a").touch()
    box.locator("summary", has_text="Almost there").wait_for()
    assert box.evaluate("el => el.open") is False
    assert not page.get_by_text("step one").is_visible()
    # The user opens it; the state change at the end of the block keeps it open.
    box.locator("summary").click()
    assert page.get_by_text("step one").is_visible()
    Path(server.script.parent, "b").touch()
    page.get_by_text("caught").wait_for()
    assert box.get_attribute("data-state") == "complete"
    assert box.evaluate("el => el.open") is True
    risky = page.locator("details.ost-status", has_text="Risky")
    assert risky.get_attribute("data-state") == "error"
    assert risky.locator("summary").inner_text().endswith("Risky")


TOAST_APP = (
    WAIT
    + """
import ostinato as st

st.toast("First", icon="🎉", duration="infinite")
st.toast("Brief", duration=1)
st.toast("Sticky", duration="infinite")
t = st.toast("Loading", duration="infinite")
wait("a")
t.toast("Loaded", duration="infinite")
st.write("ran")
"""
)


def test_toasts_stack_update_leave_after_their_time_and_close(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(TOAST_APP)
    page.goto(server.url)
    toasts = page.locator("#ostinato-toasts .ost-st-toast")
    toasts.filter(has_text="Loading").wait_for()
    texts = toasts.all_inner_texts()
    assert [t.split("\n")[0] for t in texts if "Brief" not in t] == ["🎉", "Sticky", "Loading"]
    assert "First" in texts[0]
    Path(server.script.parent, "a").touch()
    toasts.filter(has_text="Loaded").wait_for()
    assert toasts.filter(has_text="Loading").count() == 0
    toasts.filter(has_text="Brief").wait_for(state="detached")
    sticky = toasts.filter(has_text="Sticky")
    assert sticky.is_visible()
    sticky.get_by_role("button", name="Close").click()
    sticky.wait_for(state="detached")
    assert toasts.filter(has_text="Loaded").is_visible()


EFFECTS_APP = """
import ostinato as st

if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Celebrate"):
    st.balloons()
if st.button("Let it snow"):
    st.snow()
if st.button("Count"):
    st.session_state.n += 1
st.write(f"Count = {st.session_state.n}")
"""


def test_balloons_and_snow_play_over_the_page_without_taking_clicks(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(EFFECTS_APP)
    page.goto(server.url)
    page.get_by_text("Count = 0").wait_for()
    for button, kind in (("Celebrate", "balloons"), ("Let it snow", "snow")):
        page.get_by_role("button", name=button).click()
        layer = page.locator(f".ost-effect[data-effect={kind}]")
        layer.wait_for(state="attached")
        assert layer.get_attribute("aria-hidden") == "true"
        before = page.locator("text=/Count = \\d+/").inner_text()
        # Playwright's click fails if another element (the overlay) would take it.
        page.get_by_role("button", name="Count").click(timeout=5000)
        assert layer.count() == 1
        number = int(before.split("= ")[1]) + 1
        page.get_by_text(f"Count = {number}").wait_for()
        layer.wait_for(state="detached")


def test_balloons_are_left_out_when_the_user_reduces_motion(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(EFFECTS_APP)
    page.emulate_media(reduced_motion="reduce")
    page.goto(server.url)
    page.get_by_text("Count = 0").wait_for()
    page.get_by_role("button", name="Celebrate").click()
    page.locator("[data-effect-slot=balloons]").wait_for(state="attached")
    # The page got the balloons and chose not to play them.
    assert page.locator("[data-effect-slot=balloons][data-played=false]").count() == 1
    assert page.locator(".ost-effect").count() == 0


A11Y_APP = (
    WAIT
    + """
import ostinato as st

st.progress(0.4, text="Loading **data**")
st.progress(75)
with st.status("Downloading data...", expanded=True):
    st.write("Searching for data...")
st.status("Failed step", state="error")
st.status("Compact", type="compact", state="complete")
st.skeleton(height=60)
st.toast("Saved!", icon="😍", duration="infinite")
st.toast("A message with **bold** text", duration="infinite")
with st.spinner("Wait for it...", show_time=True):
    wait("go")
"""
)


@pytest.mark.parametrize(
    ("viewport", "scheme"), [(v[1], v[2]) for v in VIEWS], ids=[v[0] for v in VIEWS]
)
def test_status_elements_have_no_serious_accessibility_violation(
    serve: Callable[..., Server], browser: Any, viewport: dict[str, int], scheme: str
) -> None:
    server = serve(A11Y_APP)
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    try:
        tab = context.new_page()
        tab.goto(server.url)
        tab.get_by_text("Wait for it...").wait_for()
        tab.locator(".ost-st-toast").nth(1).wait_for()
        # Contrast is judged once the toasts have slid in (they start transparent).
        tab.wait_for_function(
            "document.getAnimations().every(a => a.playState === 'finished'"
            " || !a.effect.target.closest('.ost-st-toast'))"
        )
        assert audit(tab) == []
    finally:
        context.close()


def test_a_long_toast_is_clamped_with_view_more(serve: Callable[..., Server], page: Any) -> None:
    server = serve(
        "import ostinato as st\n"
        'st.toast("Short one", duration="infinite")\n'
        'st.toast("long " * 120 + "END", duration="infinite")\n'
        'st.write("ran")\n'
    )
    page.goto(server.url)
    long = page.locator(".ost-st-toast", has_text="END")
    long.wait_for()
    more = long.get_by_role("button", name="view more")
    more.wait_for()
    assert (
        page.locator(".ost-st-toast", has_text="Short one")
        .get_by_role("button", name="view more")
        .is_hidden()
    )
    clamped = long.locator(".ost-st-toast-text").evaluate("el => el.getBoundingClientRect().height")
    more.click()
    long.get_by_role("button", name="view less").wait_for()
    assert (
        long.locator(".ost-st-toast-text").evaluate("el => el.getBoundingClientRect().height")
        > clamped
    )
