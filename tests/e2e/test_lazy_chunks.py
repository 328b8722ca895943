"""The page's heavy libraries come in chunks fetched only by pages that use them
(ostinato/frontend/build.mjs): the counter app loads app.js and the small chunks
of code app.js shares with lazy ones (preloaded beside it), no lazy chunk."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Server
from tests.e2e import apps

DIST = Path(__file__).parents[2] / "ostinato" / "frontend" / "dist"


def test_the_counter_page_loads_no_lazy_chunk(serve: Callable[..., Server], page: Any) -> None:
    server = serve(apps.COUNTER)
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(server.url)
    page.get_by_text("Count = 0").wait_for()
    page.get_by_role("button", name="Increment").click()
    page.get_by_text("Count = 1").wait_for()
    shared = json.loads((DIST / "shared-chunks.json").read_text())
    loaded = sorted(url.split("/_ostinato/static/", 1)[1] for url in scripts)
    assert loaded == sorted(["app.js", *shared])
    # Lazy entry chunks are named after their module (katex-…, vega-…); shared
    # code is in anonymous chunk-… files.
    assert all(Path(path).name.startswith("chunk-") for path in shared)
    assert page.evaluate("document.querySelector('script[src$=\"app.js\"]').type") == "module"


def test_shared_chunks_are_preloaded_with_the_page(serve: Callable[..., Server]) -> None:
    import httpx

    server = serve(apps.COUNTER)
    html = httpx.get(server.url).text
    for path in json.loads((DIST / "shared-chunks.json").read_text()):
        assert re.search(rf'<link rel="modulepreload" href="[./]*/?_ostinato/static/{path}"', html)
        assert httpx.get(f"{server.url}/_ostinato/static/{path}").status_code == 200
