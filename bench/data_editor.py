"""A data_editor cell edit on both frameworks in Chromium, driven as a user does:
click the first cell of column "n", Enter opens its editor, Ctrl+A and type a
number, Enter commits; measured from that Enter's keydown (in the page) to the
script's text with the returned value visible ("First = <number>"). Streamlit's
grid is a canvas (glide-data-grid): the cell is clicked at its place on the canvas
and the overlay editor takes the keys. Ostinato's is an HTML table: the cell is
clicked and its input takes them.

`.venv/bin/python -m bench.data_editor [--quick]` prints the rows.
"""

from __future__ import annotations

import argparse
import statistics
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

rng = np.random.default_rng(0)
df = pd.DataFrame({
    "n": np.arange(1000),
    "x": rng.standard_normal(1000),
    "name": [f"row {i}" for i in range(1000)],
    "ok": rng.integers(0, 2, 1000).astype(bool),
})
out = st.data_editor(df, key="ed", hide_index=True, height=400)
st.write(f"First = {out['n'].iloc[0]}")
"""

ARM_ENTER_JS = """
({expected}) => {
  window.__latency = new Promise((resolve) => {
    setTimeout(() => resolve(null), 20000);
    let start = 0;
    const mark = (e) => { if (e.key === 'Enter' && !start) start = performance.now(); };
    addEventListener('keydown', mark, {capture: true});
    const observer = new MutationObserver((records) => {
      const hit = records.some(r => (r.type === 'characterData' ? r.target.data
        : [...r.addedNodes].map(n => n.textContent || '').join(' ')).includes(expected));
      if (hit && start) {
        observer.disconnect();
        removeEventListener('keydown', mark, {capture: true});
        resolve(performance.now() - start);
      }
    });
    observer.observe(document.body, {childList: true, subtree: true, characterData: true});
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
        framework.app("data_editor").write_text(source)


def _click_first_cell(page: Any, framework: Framework) -> None:
    if framework is OSTINATO:
        page.locator(".ost-de-table tbody tr[aria-rowindex='2'] [data-col='0']").click()
        return
    canvas = page.locator("[data-testid='stDataFrameResizable'] canvas").first
    box = canvas.bounding_box()
    assert box is not None
    # First data row (the header is one row of 35 px), first column.
    page.mouse.click(box["x"] + 30, box["y"] + 35 + 17)


def edits(browser: Any, framework: Framework, count: int) -> dict[str, float]:
    """Edit → "First = n" visible, `count` times."""
    with server(framework, "data_editor") as (url, _):
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(url)
        page.get_by_text("First = 0").first.wait_for(timeout=120_000)
        if framework is OSTINATO:
            page.locator(".ost-de-table tbody tr").nth(3).wait_for(timeout=60_000)
        else:
            page.locator("[data-testid='stDataFrameResizable'] canvas").first.wait_for(
                timeout=60_000
            )
        page.wait_for_timeout(1500)
        times = []
        for n in range(1, count + 1):
            value = 5000 + n
            _click_first_cell(page, framework)
            page.wait_for_timeout(150)
            page.keyboard.press("Enter")  # opens the cell's editor on both
            page.wait_for_timeout(300)
            page.keyboard.press("Control+A")
            page.keyboard.type(str(value))
            page.wait_for_timeout(150)
            page.evaluate(ARM_ENTER_JS, {"expected": f"First = {value}"})
            page.keyboard.press("Enter")
            took = page.evaluate("window.__latency")
            if took is None:
                raise RuntimeError(f"{framework.name}: the edit of {value} never showed")
            times.append(took)
            page.wait_for_timeout(200)
        page.close()
    times.sort()
    return {"p50": statistics.median(times), "p95": times[max(0, int(len(times) * 0.95) - 1)]}


def measure(quick: bool) -> list[tuple[str, str, str, str]]:
    """Rows (figure, ours, Streamlit's, ratio) for bench/RESULTS.md."""
    from playwright.sync_api import sync_playwright

    ensure_streamlit()
    prepare()
    count = 10 if quick else 40
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ours = edits(browser, OSTINATO, count)
        theirs = edits(browser, FRAMEWORKS[1], count)
        browser.close()
    return [
        ("data_editor 1,000 × 4: cell edit (Enter) → returned value visible, p50",
         fmt(ours["p50"], "ms"), fmt(theirs["p50"], "ms"), ratio(ours["p50"], theirs["p50"])),
        ("data_editor 1,000 × 4: cell edit (Enter) → returned value visible, p95",
         fmt(ours["p95"], "ms"), fmt(theirs["p95"], "ms"), ratio(ours["p95"], theirs["p95"])),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    for row in measure(args.quick):
        print(" | ".join(row))


if __name__ == "__main__":
    main()
