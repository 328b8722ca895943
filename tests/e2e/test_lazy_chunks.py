"""The page's heavy libraries come in chunks fetched only by pages that use them
(ostinato/frontend/build.mjs): the counter app loads one script, app.js."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import Server
from tests.e2e import apps


def test_the_counter_page_loads_only_the_main_script(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(apps.COUNTER)
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(server.url)
    page.get_by_text("Count = 0").wait_for()
    page.get_by_role("button", name="Increment").click()
    page.get_by_text("Count = 1").wait_for()
    assert [url.rsplit("/", 1)[-1] for url in scripts] == ["app.js"]
    assert page.evaluate("document.querySelector('script[src$=\"app.js\"]').type") == "module"
