"""`make screenshot`: serve the demo, click through it, save docs/demo.png; then write
docs/screens/ (six apps, Ostinato next to Streamlit 1.67, see tests/e2e/screens/)."""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, DEMO, start_server


def main(target: str) -> None:
    server = start_server(DEMO)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.goto(server.url)
            page.get_by_role("button", name="Add one").click()
            page.get_by_text("Count = 1").wait_for()
            page.get_by_label("Your name").fill("Ada")
            page.get_by_label("Your name").press("Enter")
            page.get_by_text("Hello, Ada!").wait_for()
            page.get_by_role("button", name="Divide by zero").click()
            page.get_by_text("ZeroDivisionError").wait_for()
            page.locator("body[data-running=false]").wait_for()
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=target, full_page=True)
            browser.close()
    finally:
        server.stop()
    print(f"wrote {target}")


if __name__ == "__main__":
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    if "--screens-only" not in sys.argv:
        main(args[0] if args else "docs/demo.png")
    if "--demo-only" not in sys.argv:
        from tests.e2e.screens import shoot

        shoot.main()
