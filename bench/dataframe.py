"""A 1,000,000-row × 10-column DataFrame in st.dataframe, on both frameworks in
Chromium (a fresh browser context per load, so nothing is cached; the frame
itself is made once, with st.cache_resource, so the figures are the frameworks'):

- first rows: navigation → the first row's text in the page (medians of loads);
- bytes: what the page received before that: HTTP transfer sizes (the page, its
  scripts and styles; Resource Timing in the page) plus websocket frames;
- scroll to the end: the table's scroller set to its bottom → the last row's text
  in the page.

Ostinato's table is an HTML <table> (its cells are read directly). Streamlit's grid
is a canvas (glide-data-grid); it keeps an accessible <table> mirror of the rows
it draws, whose cells are read the same way, and its scroller is `.dvn-scroller`.

`.venv/bin/python -m bench.dataframe [--quick]` prints the rows.
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

from bench.__main__ import (
    CHROMIUM,
    CHROMIUM_ARGS,
    FRAMEWORKS,
    OSTINATO,
    WORK,
    Framework,
    ensure_streamlit,
    fmt,
    ratio,
    server,
)

APP = """
import numpy as np
import pandas as pd
import streamlit as st

@st.cache_resource
def load():
    names = [f"c{i}" for i in range(10)]
    return pd.DataFrame(np.arange(10_000_000).reshape(1_000_000, 10), columns=names)


st.dataframe(load(), height=400)
"""

CELLS = {"ostinato": ".ost-df-table td", "streamlit": "[data-testid=stDataFrame] td"}
SCROLLER = {"ostinato": ".ost-dataframe", "streamlit": "[data-testid=stDataFrame] .dvn-scroller"}
FIRST = "9"
"""The first row's last cell."""
LAST = "9999999"
"""The last row's last cell."""

SEEN_JS = """
([selector, text]) => [...document.querySelectorAll(selector)].some((td) => td.textContent === text)
"""

BYTES_JS = """
() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  return (nav ? nav.transferSize : 0) + res.reduce((sum, r) => sum + (r.transferSize || 0), 0);
}
"""

SCROLL_JS = """
async ([scroller, selector, text]) => {
  const box = document.querySelector(scroller);
  const seen = () => [...document.querySelectorAll(selector)].some((td) => td.textContent === text);
  const start = performance.now();
  box.scrollTop = box.scrollHeight;
  box.dispatchEvent(new Event('scroll'));
  return await new Promise((resolve) => {
    const check = () => {
      if (seen()) resolve(performance.now() - start);
      else if (performance.now() - start > 60000) resolve(null);
      else requestAnimationFrame(check);
    };
    check();
  });
}
"""


def prepare() -> None:
    """The app for each framework (the import swapped for Ostinato's)."""
    for framework in FRAMEWORKS:
        (WORK / framework.name).mkdir(parents=True, exist_ok=True)
        source = (
            APP if framework is not OSTINATO else APP.replace("import streamlit", "import ostinato")
        )
        framework.app("dataframe").write_text(source)


def _size(frame: Any) -> int:
    return len(frame) if isinstance(frame, bytes | str) else len(str(frame))


def loads(browser: Any, framework: Framework, count: int) -> dict[str, float | None]:
    """Medians over `count` loads of a fresh page: ms to the first row, bytes before
    it (HTTP and websocket), and ms from scrolling to the end to the last row."""
    first: list[float] = []
    total: list[float] = []
    socket_bytes: list[float] = []
    scrolls: list[float] = []
    with server(framework, "dataframe") as (url, _):
        for attempt in range(count + 1):
            context = browser.new_context(viewport={"width": 1200, "height": 900})
            page = context.new_page()
            received = [0]
            counting = [True]

            def watch(
                socket: Any, received: list[int] = received, on: list[bool] = counting
            ) -> None:
                def frame(payload: Any) -> None:
                    if on[0]:
                        received[0] += _size(payload)

                socket.on("framereceived", frame)

            page.on("websocket", watch)
            start = time.perf_counter()
            page.goto(url)
            page.wait_for_function(
                SEEN_JS, arg=[CELLS[framework.name], FIRST], polling="raf", timeout=180_000
            )
            elapsed = (time.perf_counter() - start) * 1000
            counting[0] = False
            http = float(page.evaluate(BYTES_JS))
            page.wait_for_timeout(1000)
            scrolled = page.evaluate(
                SCROLL_JS, [SCROLLER[framework.name], CELLS[framework.name], LAST]
            )
            context.close()
            if attempt == 0:
                continue  # the first load warms the server (imports, the frame's creation)
            first.append(elapsed)
            total.append(http + received[0])
            socket_bytes.append(float(received[0]))
            if scrolled is not None:
                scrolls.append(float(scrolled))
    return {
        "first_ms": statistics.median(first),
        "bytes": statistics.median(total),
        "ws_bytes": statistics.median(socket_bytes),
        "scroll_ms": statistics.median(scrolls) if scrolls else None,
    }


def measure(quick: bool) -> list[tuple[str, str, str, str]]:
    """Rows for bench/RESULTS.md: (figure, Ostinato, Streamlit, ratio)."""
    from playwright.sync_api import sync_playwright

    ensure_streamlit()
    prepare()
    count = 2 if quick else 5
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ours = loads(browser, OSTINATO, count)
        theirs = loads(browser, FRAMEWORKS[1], count)
        browser.close()

    def kb(value: float | None) -> float | None:
        return None if value is None else value / 1024

    name = "1,000,000 × 10 DataFrame"
    return [
        (f"{name}: navigation → first rows visible (p50)", fmt(ours["first_ms"], "ms"),
         fmt(theirs["first_ms"], "ms"), ratio(ours["first_ms"], theirs["first_ms"])),
        (f"{name}: bytes received before first rows (HTTP + websocket)",
         fmt(kb(ours["bytes"]), "KB"), fmt(kb(theirs["bytes"]), "KB"),
         ratio(ours["bytes"], theirs["bytes"])),
        (f"{name}: websocket bytes before first rows", fmt(kb(ours["ws_bytes"]), "KB"),
         fmt(kb(theirs["ws_bytes"]), "KB"), ratio(ours["ws_bytes"], theirs["ws_bytes"])),
        (f"{name}: scroll to the end → last row visible (p50)", fmt(ours["scroll_ms"], "ms"),
         fmt(theirs["scroll_ms"], "ms"), ratio(ours["scroll_ms"], theirs["scroll_ms"])),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer loads")
    args = parser.parse_args()
    for row in measure(args.quick):
        print(" | ".join(row))


if __name__ == "__main__":
    main()
