"""`make bench`: Ostinato against Streamlit 1.67.0, same apps, same machine, one run.

Writes bench/RESULTS.md and prints it. `python -m bench --quick` runs fewer clicks
and sessions (for a look, not for the record). Only loopback addresses are used;
Streamlit runs with --server.address 127.0.0.1 --browser.gatherUsageStats false.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import resource
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / ".work"
ST_VENV = HERE / ".venv-streamlit"
ST_VERSION = "1.67.0"
APPS = ("counter", "wide", "table")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

MEASURE_JS = """
async ({button, expected}) => {
  const target = [...document.querySelectorAll('button')].find(b => b.innerText.trim() === button);
  const seen = (records) => records.some(r => {
    const text = r.type === 'characterData' ? r.target.data
      : [...r.addedNodes].map(n => n.textContent || '').join(' ');
    return text.includes(expected);
  });
  return await new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      if (seen(records)) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(document.body, {childList: true, subtree: true, characterData: true});
    const start = performance.now();
    target.click();
  });
}
"""

ARM_JS = """
({expected}) => {
  window.__latency = new Promise((resolve) => {
    let start = 0;
    const mark = () => { start = performance.now(); };
    addEventListener('pointerdown', mark, {capture: true, once: true});
    const observer = new MutationObserver((records) => {
      const hit = records.some(r => (r.type === 'characterData' ? r.target.data
        : [...r.addedNodes].map(n => n.textContent || '').join(' ')).includes(expected));
      if (hit && start) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(document.body, {childList: true, subtree: true, characterData: true});
  });
}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def raise_fd_limit() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


@dataclass(frozen=True)
class Framework:
    name: str
    python: Path
    health: str

    def app(self, app: str) -> Path:
        return WORK / self.name / f"{app}.py"

    def command(self, script: Path, port: int) -> list[str]:
        if self.name == "streamlit":
            return [
                str(ST_VENV / "bin" / "streamlit"), "run", str(script),
                "--server.port", str(port), "--server.address", "127.0.0.1",
                "--server.headless", "true", "--browser.gatherUsageStats", "false",
                "--server.fileWatcherType", "none",
            ]  # fmt: skip
        return [
            str(self.python), "-m", "ostinato.cli", "run", str(script),
            "--server.port", str(port), "--server.address", "127.0.0.1",
        ]  # fmt: skip


OSTINATO = Framework("ostinato", Path(sys.executable), "/_ostinato/health")
STREAMLIT = Framework("streamlit", ST_VENV / "bin" / "python", "/_stcore/health")
FRAMEWORKS = (OSTINATO, STREAMLIT)


def ensure_streamlit() -> None:
    """Streamlit in its own venv, never a project dependency."""
    # The marker names what is installed: a venv from before the chart libraries gets them.
    marker = ST_VENV / f".streamlit-{ST_VERSION}-charts"
    if marker.exists():
        return
    print(f"installing Streamlit {ST_VERSION} into {ST_VENV} ...", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(ST_VENV)], check=True)
    pip = [str(ST_VENV / "bin" / "python"), "-m", "pip", "install", "-q"]
    # plotly, matplotlib and graphviz: what the library-chart scenarios draw with
    # (altair and pydeck come with Streamlit).
    libraries = ["plotly", "matplotlib", "graphviz"]
    subprocess.run([*pip, f"streamlit=={ST_VERSION}", "websockets", *libraries], check=True)
    marker.touch()


def prepare_apps() -> None:
    """The reference apps as written for Streamlit, and the same with the import swapped."""
    for framework in FRAMEWORKS:
        (WORK / framework.name).mkdir(parents=True, exist_ok=True)
        for app in (*APPS, "waits"):
            source = (HERE / "apps" / f"{app}.py").read_text()
            if framework is OSTINATO:
                source = source.replace("import streamlit as st", "import ostinato as st")
            framework.app(app).write_text(source)


@contextmanager
def server(framework: Framework, app: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = free_port()
    process = subprocess.Popen(
        framework.command(framework.app(app), port),
        cwd=WORK / framework.name,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=raise_fd_limit,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + framework.health, timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"{framework.name} did not start") from None
                time.sleep(0.05)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def expected_text(n: int) -> str:
    return f"Count = {n}"


def browser_latency(browser: Any, framework: Framework, app: str, clicks: int) -> dict[str, Any]:
    """Click → new text visible, measured inside the page; then with real mouse input."""
    with server(framework, app) as (url, _):
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(url)
        page.get_by_text(expected_text(0), exact=False).first.wait_for(timeout=60000)
        page.wait_for_timeout(500)
        inside = []
        for n in range(1, clicks + 1):
            inside.append(
                page.evaluate(MEASURE_JS, {"button": "Increment", "expected": expected_text(n)})
            )
            page.wait_for_timeout(100)
        mouse = []
        for n in range(clicks + 1, clicks + 1 + max(10, clicks // 5)):
            page.evaluate(ARM_JS, {"expected": expected_text(n)})
            page.get_by_role("button", name="Increment", exact=True).first.click()
            mouse.append(page.evaluate("window.__latency"))
            page.wait_for_timeout(100)
        page.close()
    inside.sort()
    return {
        "median": statistics.median(inside),
        "p95": inside[int(len(inside) * 0.95) - 1],
        "mouse_median": statistics.median(mouse),
        "clicks": len(inside),
    }


PAINT_JS = """() => {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const nav = performance.getEntriesByType("navigation")[0];
  const resources = performance.getEntriesByType("resource");
  const bytes = (e) => e.transferSize || e.encodedBodySize || 0;
  return {
    fcp: paint ? paint.startTime : null,
    bytes: bytes(nav) + resources.reduce((sum, e) => sum + bytes(e), 0),
    files: 1 + resources.length,
  };
}"""


def first_paint(browser: Any, framework: Framework, loads: int) -> dict[str, float]:
    """The counter app in a fresh browser context (nothing cached), server already
    running: ms from navigation to the first text painted, and to the app's text;
    bytes the page loaded (page, scripts, styles, fonts)."""
    paints, texts, weights = [], [], []
    with server(framework, "counter") as (url, _):
        for index in range(loads + 1):
            context = browser.new_context(viewport={"width": 1200, "height": 900})
            page = context.new_page()
            started = time.perf_counter()
            page.goto(url)
            page.get_by_text("Count = 0").first.wait_for(timeout=60000)
            text_ms = (time.perf_counter() - started) * 1000
            page.wait_for_timeout(1500)  # fonts and late chunks are counted too
            measured = page.evaluate(PAINT_JS)
            context.close()
            if index == 0:
                continue  # the server's first page (its caches) is not what visitors see
            if measured["fcp"] is not None:
                paints.append(float(measured["fcp"]))
            texts.append(text_ms)
            weights.append(float(measured["bytes"]))
    return {
        "fcp_ms": statistics.median(paints) if paints else float("nan"),
        "text_ms": statistics.median(texts),
        "kb": statistics.median(weights) / 1024,
    }


def cold_start(browser: Any, framework: Framework, runs: int) -> float:
    """Seconds from starting the server process to the first text in the browser."""
    times = []
    for _ in range(runs):
        port = free_port()
        page = browser.new_page()
        started = time.perf_counter()
        process = subprocess.Popen(
            framework.command(framework.app("counter"), port),
            cwd=WORK / framework.name,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while True:  # the page is opened as soon as the port accepts connections
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.perf_counter() - started > 60:
                        raise
                    time.sleep(0.01)
            page.goto(f"http://127.0.0.1:{port}", timeout=30000)
            page.get_by_text("Count = 0").first.wait_for(timeout=60000)
            times.append(time.perf_counter() - started)
        finally:
            page.close()
            process.terminate()
            process.wait(10)
    return statistics.median(times)


def load(
    framework: Framework, sessions: int, seconds: float, memory: bool = False
) -> dict[str, Any]:
    with server(framework, "counter") as (url, process):
        command = [
            str(framework.python), "-m", "bench.load", framework.name, "--url", url,
            "--pid", str(process.pid), "--sessions", str(sessions), "--seconds", str(seconds),
        ]  # fmt: skip
        if memory:
            command.append("--memory")
        out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
        if out.returncode != 0:
            raise RuntimeError(out.stderr[-2000:])
        result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
        return result


def waits(framework: Framework, part: str, sessions: int, timeout: float) -> dict[str, Any]:
    """One part of bench/waits.py on a fresh server of bench/apps/waits.py."""
    with server(framework, "waits") as (url, process):
        command = [
            str(framework.python), "-m", "bench.waits", framework.name, "--url", url,
            "--pid", str(process.pid), "--part", part, "--sessions", str(sessions),
            "--timeout", str(timeout),
        ]  # fmt: skip
        out = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=timeout + 60
        )
        last = (out.stdout.strip().splitlines() or ["{}"])[-1]
        if out.returncode != 0:
            reason = json.loads(last).get("error") if last.startswith("{") else None
            raise RuntimeError(reason or (out.stderr.strip().splitlines() or ["failed"])[-1])
        result: dict[str, Any] = json.loads(last)
        return result


def waits_parts(framework: Framework, quick: bool) -> dict[str, dict[str, Any] | str]:
    """Every part for one framework: its result, or why it has none."""
    sessions = 50 if quick else 200
    tabs = 200 if quick else 1000
    plan = {"wait": (sessions, 240.0), "stream": (sessions, 240.0), "tabs": (tabs, 480.0),
            "spin": (10, 120.0)}  # fmt: skip
    results: dict[str, dict[str, Any] | str] = {}
    for part, (count, timeout) in plan.items():
        started = time.monotonic()
        try:
            results[part] = waits(framework, part, count, timeout)
        except subprocess.TimeoutExpired:
            results[part] = f"no answer in {timeout + 60:.0f} s"
        except Exception as error:  # a failed part is a row of "—", not a failed bench
            results[part] = str(error)[:80] or type(error).__name__
        print(f"waits {framework.name} {part} ({time.monotonic() - started:.0f} s): "
              f"{results[part]}", flush=True)  # fmt: skip
    return results


def waits_rows(
    add: Callable[[str, str, str, str], None],
    ours_w: dict[str, dict[str, Any] | str],
    theirs_w: dict[str, dict[str, Any] | str],
    quick: bool,
) -> None:
    """The rows of "runs that wait", from both frameworks' parts."""

    def pair(part: str, key: str, unit: str, digits: int = 1, scale: float = 1.0,
             higher_is_better: bool = False) -> tuple[str, str, str]:  # fmt: skip
        values: list[tuple[float | None, str]] = []
        for results in (ours_w, theirs_w):
            result = results[part]
            if isinstance(result, str):
                values.append((None, f"— ({result})"))
            elif result.get(key) is None:
                values.append((None, f"— ({result.get(key + '_why', 'no value')})"))
            else:
                value = float(result[key]) * scale
                values.append((value, fmt(value, unit, digits).strip()))
        (ours_v, ours_s), (theirs_v, theirs_s) = values
        return ours_s, theirs_s, ratio(ours_v, theirs_v, higher_is_better)

    sessions = 50 if quick else 200
    tabs = 200 if quick else 1000
    waiting = f"{sessions} sessions whose runs wait 3 s"
    add(f"{waiting}: last run finished", *pair("wait", "last_s", "s", 2))
    add(f"{waiting}: median run finished", *pair("wait", "median_s", "s", 2))
    add("counter click → update during those runs: p50", *pair("wait", "probe_p50_ms", "ms"))
    add("counter click → update during those runs: max", *pair("wait", "probe_max_ms", "ms"))
    add(f"server threads, {tabs:,} idle tabs", *pair("tabs", "idle_threads", "", 0))
    add(f"server RSS, {tabs:,} idle tabs", *pair("tabs", "idle_rss_kb", "MB", 0, 1 / 1024))
    add(f"server threads, {tabs:,} waiting runs", *pair("tabs", "peak_threads", "", 0))
    add(f"server RSS, {tabs:,} waiting runs", *pair("tabs", "peak_rss_kb", "MB", 0, 1 / 1024))
    add(f"{tabs:,} sessions whose runs wait 3 s: last run finished",
        *pair("tabs", "last_s", "s", 2))  # fmt: skip
    spinning = "counter click → update while 10 sessions spin the CPU 3 s"
    add(f"{spinning}: p50", *pair("spin", "probe_p50_ms", "ms"))
    add(f"{spinning}: max", *pair("spin", "probe_max_ms", "ms"))
    ours_s, theirs_s, how = pair("stream", "max_gap_ms", "ms")
    seen = [
        f" ({r['ticks']} of 20 seen)" if isinstance(r, dict) else ""
        for r in (ours_w["stream"], theirs_w["stream"])
    ]
    add(f"placeholder updates while {sessions} runs wait: largest gap between two updates",
        ours_s + seen[0], theirs_s + seen[1], how)  # fmt: skip


def harness(framework: Framework, app: str, clicks: int, store: str = "memory",
            store_url: str = "") -> float:  # fmt: skip
    command = [str(framework.python), "-m", "bench.harness", framework.name,
               str(framework.app(app)), "--clicks", str(clicks)]  # fmt: skip
    if framework is OSTINATO:
        command += ["--store", store, "--store-url", store_url]
    out = subprocess.run(command, cwd=WORK / framework.name, capture_output=True, text=True,
                         timeout=1800, env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return float(json.loads(out.stdout.strip().splitlines()[-1])["mean_ms"])


@contextmanager
def redis_server() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(0.5)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)


def hardware() -> str:
    """Cores, CPU model, RAM, OS and Python of this machine, for a results file."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}"
    )


def machine() -> str:
    chromium = subprocess.run(
        [CHROMIUM, "--version"], capture_output=True, text=True
    ).stdout.strip()
    return (
        f"{hardware()}, {chromium}, Streamlit {ST_VERSION}; load clients run on the same machine."
    )


def ratio(ours: float | None, theirs: float | None, higher_is_better: bool = False) -> str:
    if not ours or not theirs:
        return "—"
    word = "more" if ours >= theirs else "less"
    value = max(ours, theirs) / min(ours, theirs)
    better = (ours >= theirs) == higher_is_better
    return f"{value:.1f}× {word}{'' if better or value < 1.05 else ' (worse)'}"


def fmt(value: float | None, unit: str, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f} {unit}"


BUILT_IN = ("browser", "load", "memory", "waits", "apptest", "stores")
"""Parts measured by this module."""
MODULES = ("cache", "chat", "charts", "dataframe", "data_editor", "fragments")
"""Parts measured by bench/<part>.py, whose `measure(quick)` returns the rows."""
PARTS = BUILT_IN + MODULES
"""The parts of the run, in order; `--only` picks some (their rows replace the same
figures in an existing RESULTS.md, the others stay as last measured)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer clicks and sessions")
    parser.add_argument(
        "--only", default="", help=f"comma-separated parts to run, of: {', '.join(PARTS)}"
    )
    args = parser.parse_args()
    quick = args.quick
    only = {p.strip() for p in args.only.split(",") if p.strip()}
    unknown = only - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s) {sorted(unknown)}; parts are: {', '.join(PARTS)}")
    parts = [p for p in PARTS if not only or p in only]
    clicks = 30 if quick else 100
    ensure_streamlit()
    prepare_apps()
    raise_fd_limit()
    rows: list[tuple[str, str, str, str]] = []

    def add(figure: str, ours: str, theirs: str, how: str) -> None:
        rows.append((figure, ours, theirs, how))
        print(f"{figure:58} {ours:>18} {theirs:>18} {how:>14}", flush=True)

    if "browser" in parts:
        browser_part(add, clicks, quick)
    if "load" in parts:
        load_part(add, quick)
    if "memory" in parts:
        memory_part(add, quick)
    if "waits" in parts:
        waits_started = time.monotonic()
        ours_w, theirs_w = waits_parts(OSTINATO, quick), waits_parts(STREAMLIT, quick)
        waits_rows(add, ours_w, theirs_w, quick)
        print(f"runs that wait: {time.monotonic() - waits_started:.0f} s", flush=True)
    runs = 50 if quick else 200
    if "apptest" in parts:
        for app in APPS:
            ours_ms = harness(OSTINATO, app, runs)
            theirs_ms = harness(STREAMLIT, app, max(20, runs // 4))
            add(f"AppTest rerun, {app}", fmt(ours_ms, "ms", 2), fmt(theirs_ms, "ms", 2),
                ratio(ours_ms, theirs_ms))  # fmt: skip
    store_rows: list[tuple[str, str, str, str]] | None = None
    if "stores" in parts:
        store_rows = stores_part(runs)
    for name in MODULES:
        if name in parts:
            module = importlib.import_module(f"bench.{name}")
            for row in module.measure(quick):
                add(*row)
    write_results(rows, store_rows, quick, partial=bool(only))


def browser_part(add: Callable[[str, str, str, str], None], clicks: int, quick: bool) -> None:
    """Click → text in Chromium, first paint, page weight and cold start, both frameworks."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for app in APPS:
            ours = browser_latency(browser, OSTINATO, app, clicks)
            theirs = browser_latency(browser, STREAMLIT, app, clicks)
            add(f"click → text, in page, {app}: median", fmt(ours["median"], "ms"),
                fmt(theirs["median"], "ms"), ratio(ours["median"], theirs["median"]))  # fmt: skip
            add(f"click → text, in page, {app}: p95", fmt(ours["p95"], "ms"),
                fmt(theirs["p95"], "ms"), ratio(ours["p95"], theirs["p95"]))  # fmt: skip
            add(f"click → text, real mouse input, {app}: median", fmt(ours["mouse_median"], "ms"),
                fmt(theirs["mouse_median"], "ms"),
                ratio(ours["mouse_median"], theirs["mouse_median"]))  # fmt: skip
        loads = 3 if quick else 7
        ours_paint = first_paint(browser, OSTINATO, loads)
        theirs_paint = first_paint(browser, STREAMLIT, loads)
        add("counter page: first contentful paint (median)", fmt(ours_paint["fcp_ms"], "ms", 0),
            fmt(theirs_paint["fcp_ms"], "ms", 0),
            ratio(ours_paint["fcp_ms"], theirs_paint["fcp_ms"]))  # fmt: skip
        add("counter page: navigation → app's text shown (median)",
            fmt(ours_paint["text_ms"], "ms", 0), fmt(theirs_paint["text_ms"], "ms", 0),
            ratio(ours_paint["text_ms"], theirs_paint["text_ms"]))  # fmt: skip
        add("counter page: weight (page, scripts, styles, fonts; as transferred)",
            fmt(ours_paint["kb"], "KB", 0), fmt(theirs_paint["kb"], "KB", 0),
            ratio(ours_paint["kb"], theirs_paint["kb"]))  # fmt: skip
        starts = 2 if quick else 3
        ours_start = cold_start(browser, OSTINATO, starts)
        theirs_start = cold_start(browser, STREAMLIT, starts)
        add("server start → first text in the browser", fmt(ours_start, "s", 2),
            fmt(theirs_start, "s", 2), ratio(ours_start, theirs_start))  # fmt: skip
        browser.close()


def load_part(add: Callable[[str, str, str, str], None], quick: bool) -> None:
    """Reruns/s, latency and CPU per rerun of protocol-level clients, both frameworks."""
    for sessions in (1, 50, 500):
        if quick and sessions == 500:
            continue
        ours = load(OSTINATO, sessions, 5)
        try:
            theirs = load(STREAMLIT, sessions, 5 if sessions < 500 else 60)
        except (RuntimeError, subprocess.TimeoutExpired) as error:  # e.g. handshakes timed out
            print(f"streamlit load, {sessions} sessions: {str(error)[-300:]}", flush=True)
            theirs = {"reruns_per_s": None, "p50_ms": None, "p95_ms": None,
                      "cpu_ms_per_rerun": None}  # fmt: skip
        add(f"counter reruns/s, {sessions} sessions", fmt(ours["reruns_per_s"], "/s"),
            fmt(theirs["reruns_per_s"], "/s"),
            ratio(ours["reruns_per_s"], theirs["reruns_per_s"], True))  # fmt: skip
        add(f"counter rerun latency p50 / p95, {sessions} sessions",
            f"{fmt(ours['p50_ms'], '')}/ {fmt(ours['p95_ms'], 'ms')}",
            f"{fmt(theirs['p50_ms'], '')}/ {fmt(theirs['p95_ms'], 'ms')}",
            ratio(ours["p50_ms"], theirs["p50_ms"]))  # fmt: skip
        add(f"server CPU per rerun, {sessions} sessions", fmt(ours["cpu_ms_per_rerun"], "ms", 2),
            fmt(theirs["cpu_ms_per_rerun"], "ms", 2),
            ratio(ours["cpu_ms_per_rerun"], theirs["cpu_ms_per_rerun"]))  # fmt: skip


def memory_part(add: Callable[[str, str, str, str], None], quick: bool) -> None:
    """Memory per held session, both frameworks."""
    for sessions in (100, 1000, 5000):
        if quick and sessions > 100:
            continue
        ours = load(OSTINATO, sessions, 0, memory=True)
        theirs_why = "not run (time)"
        try:
            theirs = load(STREAMLIT, sessions, 0, memory=True) if sessions <= 1000 else None
        except (RuntimeError, subprocess.TimeoutExpired) as error:  # e.g. handshakes timed out
            theirs, theirs_why = None, f"— ({str(error).strip().splitlines()[-1][:60]})"
        add(f"memory per held session, {sessions} sessions", fmt(ours["kb_per_session"], "KB"),
            fmt(theirs["kb_per_session"], "KB") if theirs else theirs_why,
            ratio(ours["kb_per_session"], theirs["kb_per_session"]) if theirs else "—")  # fmt: skip


def stores_part(runs: int) -> list[tuple[str, str, str, str]]:
    """Per-rerun cost of each session store (Ostinato only)."""
    store_rows: list[tuple[str, str, str, str]] = []
    with redis_server() as redis_url:
        for app in ("counter", "wide"):
            costs = {
                "memory": harness(OSTINATO, app, runs),
                "sqlite": harness(OSTINATO, app, runs, "sqlite", str(WORK / "bench-sessions.db")),
                "redis": harness(OSTINATO, app, runs, "redis", redis_url),
            }
            store_rows.append(
                (app, *(fmt(costs[k], "ms", 2) for k in ("memory", "sqlite", "redis")))
            )
            print(f"store cost {app}: {costs}", flush=True)
    return store_rows


def write_results(
    rows: list[tuple[str, ...]],
    store_rows: list[tuple[str, ...]] | None,
    quick: bool,
    partial: bool = False,
) -> None:
    """RESULTS.md from this run's rows; a partial run (`--only`) keeps the figures it
    did not measure as they were, each row tagged with when it was measured."""
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    old_rows, old_stores = read_results() if partial else ({}, [])
    measured = {a: (a, b, c, d) for a, b, c, d in rows}
    merged = [measured.pop(a, row) for a, row in old_rows.items()] + list(measured.values())
    rows = merged if partial else rows
    if store_rows is None:
        store_rows = old_stores
    lines = [
        "# Benchmark results",
        "",
        f"Made by `make bench`{' --quick' if quick else ''} on {stamp}"
        + (
            " (this time only `--only` parts; the other rows are from the previous run)."
            if partial
            else "."
        ),
        "",
        f"Machine: {machine()}",
        "",
        "| figure | Ostinato | Streamlit | Ostinato vs Streamlit |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows),
        "",
        "Per-rerun cost of each session store (Ostinato, AppTest, button click + rerun, state "
        "written after every run):",
        "",
        "| app | memory | sqlite | redis |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in store_rows),
        "",
        "Notes: in-page latency dispatches the click inside the page and stops when a "
        "MutationObserver sees the new text (~100 ms between clicks); real mouse input goes "
        "through Playwright and headless Chromium's input pipeline. Reruns/s come from a "
        "protocol-level client on the same 2 cores (each session clicks as soon as its last "
        "rerun finished). Memory is the server's RSS growth divided by the number of "
        "connected sessions that finished their first run; Streamlit at 5,000 sessions is "
        "not run because opening them takes minutes of its CPU.",
        "",
        "Runs that wait (bench/waits.py against bench/apps/waits.py, a fresh server for "
        "each part, sessions opened 64 at a time over the same protocol-level websocket "
        'client): all sessions click "Wait" (`time.sleep(3)`, standing for any I/O) at '
        "once and the time from the clicks to each run's end (Ostinato `run_finished`, "
        'Streamlit `script_finished`) is taken. Meanwhile a probe session clicks "Add" '
        "(a counter), waits for that run's end, pauses 100 ms and clicks again; its latency "
        "is click → its run finished. Threads (`Threads:`) and RSS (`VmRSS`) come from "
        "/proc/PID/status of the server: idle 11 s after the last tab opened (past "
        "Ostinato's 10 s idle-thread timeout), then the peak (sampled every 50 ms) while "
        'every tab\'s "Wait" run is in progress. The CPU row has 10 sessions busy-loop '
        "for 3 s while the probe clicks. The placeholder row has one session click "
        '"Stream" (one `st.empty()` rewritten 20 times, 100 ms apart) while the others '
        "wait, and takes the largest gap between two placeholder updates its tab received "
        '(ideal ≈ 100 ms; updates the server merged before sending are not seen). "—" '
        "gives the reason a part has no figure.",
        "",
    ]
    text = "\n".join(lines)
    (HERE / "RESULTS.md").write_text(text)
    print("\n" + text)


def read_results() -> tuple[dict[str, tuple[str, ...]], list[tuple[str, ...]]]:
    """The figure rows and store rows of the current RESULTS.md (empty if none)."""
    path = HERE / "RESULTS.md"
    figures: dict[str, tuple[str, ...]] = {}
    stores: list[tuple[str, ...]] = []
    if not path.exists():
        return figures, stores
    for line in path.read_text().splitlines():
        cells = tuple(c.strip() for c in line.strip().strip("|").split("|"))
        if not line.startswith("| ") or cells[0] in ("figure", "app") or set(cells[0]) <= {"-"}:
            continue
        if len(cells) == 4 and cells[0] in ("counter", "wide", "table"):
            stores.append(cells)
        elif len(cells) == 4:
            figures[cells[0]] = cells
    return figures, stores


if __name__ == "__main__":
    main()
