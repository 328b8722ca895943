"""Serve each app with Ostinato and with Streamlit 1.67, screenshot both at four views,
and write one side-by-side composite per (app, view) to docs/screens/."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.conftest import free_port, start_server
from tests.e2e.screens.apps import APPS, App

ROOT = Path(__file__).resolve().parents[3]
ST_BIN = ROOT / "bench" / ".venv-streamlit" / "bin" / "streamlit"
OUT = ROOT / "docs" / "screens"
MAX_BYTES = 300_000
TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class View:
    name: str
    width: int
    height: int
    dark: bool


VIEWS = (
    View("desktop-light", 1280, 800, False),
    View("desktop-dark", 1280, 800, True),
    View("phone-light", 390, 844, False),
    View("phone-dark", 390, 844, True),
)

# Streamlit is done when its root says the script is not running and no running icon shows.
ST_IDLE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return false;
  const state = app.getAttribute('data-test-script-state');
  if (state === 'running' || state === 'initial' || state === 'rerunRequested') return false;
  return !document.querySelector('[data-testid="stStatusWidgetRunningIcon"],'
    + '[data-testid="stStatusWidgetRunningManIcon"]');
}"""

# Streamlit's data grids draw on a canvas once they have measured their full width.
ST_GRIDS_JS = """() => {
  return [...document.querySelectorAll('[data-testid="stDataFrame"]')].every((grid) => {
    const parent = grid.parentElement.getBoundingClientRect().width;
    return grid.querySelector('canvas') && grid.getBoundingClientRect().width >= 0.9 * parent;
  });
}"""

# Fonts loaded and two quiet animation frames: what is on screen is what stays there.
SETTLED_JS = """async () => {
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}"""


@contextmanager
def streamlit_server(script: Path) -> Iterator[str]:
    """`streamlit run script` on a free loopback port, stopped on the way out."""
    port = free_port()
    command = [
        str(ST_BIN), "run", str(script), "--server.address", "127.0.0.1",
        "--server.port", str(port), "--server.headless", "true",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    process = subprocess.Popen(
        command,
        cwd=script.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start for {script}") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@contextmanager
def ostinato_server(script: Path) -> Iterator[str]:
    """`ostinato run script` (tests/conftest.py's start_server), stopped on the way out."""
    server = start_server(script)
    try:
        yield server.url
    finally:
        server.stop()


def write_app(app: App, framework: str, where: Path) -> Path:
    folder = where / framework / app.name
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in app.source(framework).items():
        (folder / name).write_text(text)
    return folder / next(iter(app.files))


def shoot(browser: Any, url: str, framework: str, app: App, view: View) -> bytes:
    """A viewport screenshot (PNG) once the page has finished rendering."""
    context = browser.new_context(
        viewport={"width": view.width, "height": view.height},
        color_scheme="dark" if view.dark else "light",
    )
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(url)
        if framework == "streamlit":
            page.locator('[data-testid="stApp"]').wait_for()
            page.get_by_text(app.ready).first.wait_for()
            page.wait_for_function(ST_IDLE_JS)
            try:
                page.wait_for_function(ST_GRIDS_JS, timeout=10_000)
            except PlaywrightTimeoutError:
                print(f"screens: {app.name} {view.name}: Streamlit grid not sized", flush=True)
        else:
            page.get_by_text(app.ready).first.wait_for()
            page.locator("body[data-running=false]").wait_for(state="attached")
        page.evaluate(SETTLED_JS)
        page.wait_for_timeout(400)  # canvases (data grids) and transitions
        shot: bytes = page.screenshot()
        return shot
    finally:
        context.close()


COMPOSITE_HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
html, body {{ margin: 0; background: #8a8f98; font: 600 {label}px/1.2 sans-serif; }}
.row {{ display: flex; gap: {gap}px; padding: {gap}px; width: max-content; }}
figure {{ margin: 0; }}
figcaption {{ color: #fff; padding: 0 0 {pad}px 2px; }}
img {{ display: block; width: {width}px; box-shadow: 0 0 0 1px #555; }}
</style></head><body><div class="row">
<figure><figcaption>Ostinato — {title}</figcaption><img src="data:image/png;base64,{ours}"></figure>
<figure><figcaption>Streamlit 1.67 — {title}</figcaption>
<img src="data:image/png;base64,{theirs}"></figure>
</div></body></html>"""


def composite(
    browser: Any, work: Path, ours: bytes, theirs: bytes, title: str, view: View
) -> bytes:
    """The two screenshots side by side, labelled, as a PNG of at most MAX_BYTES (scaled
    down until it fits)."""
    page = browser.new_page(viewport={"width": 800, "height": 600})
    try:
        result = b""
        for scale in (1.0, 0.85, 0.7, 0.6, 0.5, 0.4):
            width = round(view.width * scale)
            html = COMPOSITE_HTML.format(
                label=max(14, round(22 * scale)) if view.width > 500 else 16,
                gap=16,
                pad=8,
                width=width,
                title=title,
                ours=base64.b64encode(ours).decode(),
                theirs=base64.b64encode(theirs).decode(),
            )
            file = work / "composite.html"
            file.write_text(html)
            page.goto(file.as_uri())
            page.wait_for_function(
                "() => [...document.images].every((i) => i.complete && i.naturalWidth)"
            )
            result = page.screenshot(type="png", full_page=True)
            if len(result) <= MAX_BYTES:
                break
        return result
    finally:
        page.close()


def readme(written: list[tuple[str, str, str, int]], differences: str) -> str:
    lines = [
        "# Ostinato next to Streamlit 1.67",
        "",
        "Written by `make screenshot` (tests/e2e/screens/). Each image shows the same app,",
        "written for Streamlit, run by Ostinato (left, with `import ostinato as st`) and by",
        "Streamlit 1.67 (right), in a fresh browser profile at desktop (1280×800) and phone",
        "(390×844) width, with the browser's colour scheme light or dark. Only the first",
        "screen (the viewport) is captured.",
        "",
        "| app | " + " | ".join(view.name for view in VIEWS) + " |",
        "|---" * (len(VIEWS) + 1) + "|",
    ]
    for app in APPS:
        cells = []
        for view in VIEWS:
            hit = [w for w in written if w[0] == app.name and w[1] == view.name]
            cells.append(f"[{hit[0][2]}]({hit[0][2]}) ({hit[0][3] // 1000} KB)" if hit else "—")
        lines.append(f"| {app.name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n\n" + differences


def main() -> list[tuple[str, str, str, int]]:
    """Write docs/screens/*.png and docs/screens/README.md; return what was written."""
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM, CHROMIUM_ARGS

    if not ST_BIN.exists():
        raise SystemExit(f"{ST_BIN} is missing: run `make streamlit`")
    OUT.mkdir(parents=True, exist_ok=True)
    written: list[tuple[str, str, str, int]] = []
    # A fixed folder, so that the paths in the errors app's tracebacks stay the same.
    work = Path(tempfile.gettempdir()) / "ostinato-screens"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for app in APPS:
                    started = time.monotonic()
                    shots: dict[str, dict[str, bytes]] = {}
                    ours_script = write_app(app, "ostinato", work)
                    theirs_script = write_app(app, "streamlit", work)
                    with (
                        ostinato_server(ours_script) as ours,
                        streamlit_server(theirs_script) as theirs,
                    ):
                        for view in VIEWS:
                            shots[view.name] = {
                                "ostinato": shoot(browser, ours, "ostinato", app, view),
                                "streamlit": shoot(browser, theirs, "streamlit", app, view),
                            }
                    for view in VIEWS:
                        pair = shots[view.name]
                        title = f"{app.name}, {view.name}"
                        image = composite(
                            browser, work, pair["ostinato"], pair["streamlit"], title, view
                        )
                        name = f"{app.name}-{view.name}.png"
                        (OUT / name).write_bytes(image)
                        written.append((app.name, view.name, name, len(image)))
                    print(f"screens: {app.name} in {time.monotonic() - started:.1f} s", flush=True)
            finally:
                browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    differences_file = Path(__file__).with_name("differences.md")
    differences = differences_file.read_text() if differences_file.exists() else ""
    (OUT / "README.md").write_text(readme(written, differences))
    print(f"wrote {len(written)} composites and README.md to {OUT.relative_to(ROOT)}")
    return written


if __name__ == "__main__":
    main()
