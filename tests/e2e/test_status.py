"""Status and progress in the page: spinner, progress, status, toast, balloons and
snow (issue 14). Scripts that must be caught mid-run wait for a file the test
writes, so nothing depends on timing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Server

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
