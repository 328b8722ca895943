"""Fragment reruns on both frameworks in one run, and run_every timers at scale.

A page of 200 elements with a fragment holding one slider, served by each
framework (same app, import swapped) to headless Chromium: the slider moved by
the keyboard → the fragment's new text visible (p50, measured inside the page
from the keydown), the server process's CPU per fragment rerun (/proc stat over
the moves), and the websocket bytes the page received per rerun (Ostinato's also
with 2,000 elements around the fragment: the figure must not grow with the page).
Then 100 protocol-level sessions on a page whose fragment has run_every="100ms":
the server's CPU while they idle (Ostinato only: Streamlit's run_every timers
run in the browser, so protocol clients do not drive them).

`.venv/bin/python -m bench.fragments [--quick]` prints the rows.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from typing import Any

from bench.__main__ import (
    CHROMIUM,
    CHROMIUM_ARGS,
    FRAMEWORKS,
    OSTINATO,
    STREAMLIT,
    WORK,
    Framework,
    ensure_streamlit,
    fmt,
    ratio,
    server,
)
from bench.load import cpu_seconds

PAGE = """
import streamlit as st
for i in range({rows}):
    st.write(f"Row {{i}} of the page around the fragment")

@st.fragment
def part():
    value = st.slider("Level", 0, 1000, 0)
    st.write(f"Value = {{value}}")

part()
"""

TICKING = """
import streamlit as st
st.session_state.setdefault("ticks", 0)
for i in range(50):
    st.write(f"Row {i}")

@st.fragment(run_every="100ms")
def clock():
    st.session_state.ticks += 1
    st.write(f"Ticks: {st.session_state.ticks}")

clock()
"""

ARM_KEY_JS = """
({expected}) => {
  window.__latency = new Promise((resolve) => {
    let start = 0;
    addEventListener('keydown', () => { start = performance.now(); }, {capture: true, once: true});
    const observer = new MutationObserver((records) => {
      const hit = records.some(r => (r.type === 'characterData' ? r.target.data
        : [...r.addedNodes].map(n => n.textContent || '').join(' ')).includes(expected));
      if (hit && start) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(document.body, {childList: true, subtree: true, characterData: true});
  });
}
"""


def write_app(framework: Framework, name: str, source: str) -> None:
    if framework is OSTINATO:
        source = source.replace("import streamlit as st", "import ostinato as st")
    (WORK / framework.name).mkdir(parents=True, exist_ok=True)
    framework.app(name).write_text(source)


def slider_moves(browser: Any, framework: Framework, app: str, moves: int) -> dict[str, float]:
    """Move the fragment's slider `moves` times: latency p50, server CPU and bytes
    received per move."""
    with server(framework, app) as (url, process):
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        received = [0]

        def frames(ws: Any) -> None:
            ws.on(
                "framereceived", lambda payload: received.__setitem__(0, received[0] + len(payload))
            )

        page.on("websocket", frames)
        for attempt in range(4):
            # Another build of the page's files may be under way on a shared machine:
            # a page that found them missing is loaded again.
            page.goto(url)
            try:
                page.get_by_text("Value = 0", exact=True).wait_for(timeout=30_000)
                break
            except Exception:
                if attempt == 3:
                    raise
        page.wait_for_timeout(800)
        slider = page.get_by_role("slider").first
        slider.focus()
        # One move first: the page's own first-interaction work is not measured.
        page.keyboard.press("ArrowRight")
        page.get_by_text("Value = 1", exact=True).wait_for(timeout=30_000)
        page.wait_for_timeout(500)
        latencies: list[float] = []
        bytes_before, cpu_before = received[0], cpu_seconds(process.pid)
        for n in range(2, moves + 2):
            page.evaluate(ARM_KEY_JS, {"expected": f"Value = {n}"})
            page.keyboard.press("ArrowRight")
            latencies.append(float(page.evaluate("window.__latency")))
            page.wait_for_timeout(150)
        page.wait_for_timeout(300)
        cpu = cpu_seconds(process.pid) - cpu_before
        sent = received[0] - bytes_before
        page.close()
    return {
        "p50": statistics.median(latencies),
        "cpu": cpu / moves,
        "bytes": sent / moves,
    }


async def idle_timers(url: str, sessions: int, seconds: float, pid: int) -> dict[str, float]:
    """`sessions` protocol tabs on the run_every page, reading what they are sent:
    the server's CPU (cores) and the fragment runs per second while they idle."""
    from bench.load import OstinatoTab

    tabs = [OstinatoTab(url) for _ in range(sessions)]
    await asyncio.gather(*(tab.open() for tab in tabs))
    finished = [0]
    counting = [False]

    async def drain(tab: Any) -> None:
        try:
            while True:
                data = json.loads(await tab.ws.recv())
                for message in data if isinstance(data, list) else [data]:
                    if message.get("t") == "run_finished" and counting[0]:
                        finished[0] += 1
        except Exception:
            return

    readers = [asyncio.create_task(drain(tab)) for tab in tabs]
    await asyncio.sleep(2.0)
    counting[0] = True
    cpu_before, started = cpu_seconds(pid), time.monotonic()
    await asyncio.sleep(seconds)
    cpu = cpu_seconds(pid) - cpu_before
    wall = time.monotonic() - started
    runs = finished[0]
    for reader in readers:
        reader.cancel()
    await asyncio.gather(*(tab.close() for tab in tabs), return_exceptions=True)
    return {"cores": cpu / wall, "runs_per_s": runs / wall}


def measure(quick: bool) -> list[tuple[str, str, str, str]]:
    """Rows (figure, ours, Streamlit's, ratio) for bench/RESULTS.md."""
    from playwright.sync_api import sync_playwright

    ensure_streamlit()
    moves = 15 if quick else 40
    for framework in FRAMEWORKS:
        write_app(framework, "fragments_200", PAGE.format(rows=200))
        write_app(framework, "fragments_ticking", TICKING)
    write_app(OSTINATO, "fragments_2000", PAGE.format(rows=2000))
    results: dict[str, dict[str, float]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for framework in (OSTINATO, STREAMLIT):
            results[framework.name] = slider_moves(browser, framework, "fragments_200", moves)
        big = slider_moves(browser, OSTINATO, "fragments_2000", moves)
        browser.close()
    sessions, seconds = (100, 4.0) if quick else (100, 10.0)
    with server(OSTINATO, "fragments_ticking") as (url, process):
        idle = asyncio.run(idle_timers(url, sessions, seconds, process.pid))
    ours, theirs = results["ostinato"], results["streamlit"]
    return [
        (
            "Fragment slider moved → fragment text visible, p50 (200-element page)",
            fmt(ours["p50"], "ms"),
            fmt(theirs["p50"], "ms"),
            ratio(ours["p50"], theirs["p50"]),
        ),
        (
            "Server CPU per fragment rerun (200-element page)",
            fmt(ours["cpu"] * 1e3, "ms", 2),
            fmt(theirs["cpu"] * 1e3, "ms", 2),
            ratio(ours["cpu"], theirs["cpu"]),
        ),
        (
            "Bytes sent per fragment rerun (200-element page)",
            f"{ours['bytes']:.0f} B",
            f"{theirs['bytes']:.0f} B",
            ratio(ours["bytes"], theirs["bytes"]),
        ),
        (
            "Bytes sent per fragment rerun, Ostinato, 2,000-element page",
            f"{big['bytes']:.0f} B",
            "–",
            f"{big['bytes'] / ours['bytes']:.2f}x the 200-element page",
        ),
        (
            f'run_every="100ms" fragments, {sessions} idle sessions: server CPU',
            f"{idle['cores']:.2f} cores ({idle['runs_per_s']:.0f} runs/s)",
            "n/a (timers run in its browser)",
            "target < 0.5 core",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    for row in measure(args.quick):
        print(" | ".join(row))


if __name__ == "__main__":
    main()
