"""A page of 10 line charts of 10,000 points each, on both frameworks in Chromium:
a click on a button elsewhere on the page → the text under the charts updated
(p50 and p95, measured in the page), and the websocket bytes the page received
per click (Ostinato sends nothing for the unchanged charts). Also the size of
each lazily loaded chunk of the page (gzipped), which only pages using it fetch.

`.venv/bin/python -m bench.charts [--quick]` prints the rows.
"""

from __future__ import annotations

import argparse
import gzip
import re
import statistics
from pathlib import Path
from typing import Any

from bench.__main__ import (
    CHROMIUM,
    CHROMIUM_ARGS,
    FRAMEWORKS,
    MEASURE_JS,
    OSTINATO,
    ROOT,
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

if "count" not in st.session_state:
    st.session_state.count = 0


def increment():
    st.session_state.count += 1


st.button("Increment", on_click=increment)
for i in range(10):
    walk = np.random.default_rng(i).standard_normal(10_000).cumsum()
    st.line_chart(pd.DataFrame({"value": walk}), height=160)
st.write(f"Count = {st.session_state.count}")
"""

CHUNKS = ROOT / "ostinato" / "frontend" / "dist" / "chunks"
LAZY = ROOT / "ostinato" / "frontend" / "src" / "lazy"
_ENTRY = re.compile(r"-[A-Z0-9]{8}\.js")


def prepare() -> None:
    """The app for each framework (the import swapped for Ostinato's)."""
    for framework in FRAMEWORKS:
        (WORK / framework.name).mkdir(parents=True, exist_ok=True)
        source = (
            APP if framework is not OSTINATO else APP.replace("import streamlit", "import ostinato")
        )
        framework.app("charts").write_text(source)


def clicks(browser: Any, framework: Framework, count: int) -> dict[str, float]:
    """Click → "Count = n" visible under the ten charts, and bytes received per click."""
    with server(framework, "charts") as (url, _):
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        received = [0]

        def watch(socket: Any) -> None:
            socket.on(
                "framereceived", lambda frame: received.__setitem__(0, received[0] + _size(frame))
            )

        page.on("websocket", watch)
        page.goto(url)
        page.get_by_text("Count = 0").first.wait_for(timeout=120_000)
        page.locator("canvas, svg.marks").nth(9).wait_for(timeout=120_000)
        page.wait_for_timeout(1500)
        times = []
        before = received[0]
        for n in range(1, count + 1):
            times.append(
                page.evaluate(MEASURE_JS, {"button": "Increment", "expected": f"Count = {n}"})
            )
            page.wait_for_timeout(150)
        per_click = (received[0] - before) / count
        page.close()
    times.sort()
    return {
        "p50": statistics.median(times),
        "p95": times[max(0, int(len(times) * 0.95) - 1)],
        "bytes": per_click,
    }


def _size(frame: Any) -> int:
    payload = frame if isinstance(frame, str | bytes) else getattr(frame, "payload", b"")
    return len(payload.encode() if isinstance(payload, str) else payload)


_STATIC = re.compile(r'(?:from|import)\s*"\./(?:chunks/)?([\w.-]+\.js)"')
"""A static import in an ESM chunk (dynamic `import("…")` ones are fetched later)."""


def _closure(path: Path, found: set[Path]) -> set[Path]:
    """`path` and every chunk it imports statically, transitively."""
    if path in found or not path.exists():
        return found
    found.add(path)
    for name in _STATIC.findall(path.read_text(encoding="utf-8", errors="replace")):
        _closure(CHUNKS / name, found)
    return found


def chunk_rows() -> list[tuple[str, str, str, str]]:
    """Each lazily loaded library of the page (src/lazy/<name>.ts): the gzipped bytes
    a page fetches when it first uses it (its chunk and the shared chunks it needs
    that app.js does not already load)."""
    loaded = _closure(CHUNKS.parent / "app.js", set())
    rows = []
    for module in sorted(LAZY.glob("*.ts")):
        entry = [
            p
            for p in CHUNKS.glob(f"{module.stem}-*.js")
            if _ENTRY.fullmatch(p.name[len(module.stem) :])
        ]
        if not entry:
            continue
        needed = _closure(entry[0], set()) - loaded
        size = sum(len(gzip.compress(p.read_bytes(), 9)) for p in needed) / 1024
        rows.append(
            (
                f"lazy chunk {module.stem}: fetched on first use (gzipped)",
                f"{size:.0f} KB",
                "—",
                "—",
            )
        )
    return rows


def measure(quick: bool) -> list[tuple[str, str, str, str]]:
    """Rows (figure, ours, Streamlit's, ratio) for bench/RESULTS.md."""
    from playwright.sync_api import sync_playwright

    ensure_streamlit()
    prepare()
    count = 15 if quick else 50
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ours = clicks(browser, OSTINATO, count)
        theirs = clicks(browser, FRAMEWORKS[1], count)
        browser.close()
    return [
        ("10 line charts × 10,000 points: click → update visible, p50", fmt(ours["p50"], "ms"),
         fmt(theirs["p50"], "ms"), ratio(ours["p50"], theirs["p50"])),
        ("10 line charts × 10,000 points: click → update visible, p95", fmt(ours["p95"], "ms"),
         fmt(theirs["p95"], "ms"), ratio(ours["p95"], theirs["p95"])),
        ("10 line charts × 10,000 points: websocket bytes per click",
         fmt(ours["bytes"] / 1024, "KB"), fmt(theirs["bytes"] / 1024, "KB"),
         ratio(ours["bytes"] or 1, theirs["bytes"])),
        *chunk_rows(),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    for row in measure(args.quick):
        print(" | ".join(row))


if __name__ == "__main__":
    main()
