"""The page's bundle travels compressed to browsers that accept it."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.conftest import Server


def test_scripts_and_styles_are_sent_gzipped(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n")
    for name in ("app.js", "app.css"):
        url = f"{server.url}/_ostinato/static/{name}"
        plain = httpx.get(url, headers={"Accept-Encoding": "identity"}, timeout=5)
        packed = httpx.get(url, headers={"Accept-Encoding": "gzip"}, timeout=5)
        assert plain.status_code == packed.status_code == 200
        assert "content-encoding" not in plain.headers
        assert packed.headers["content-encoding"] == "gzip"
        assert int(packed.headers["content-length"]) < len(plain.content) / 2
        assert packed.content == plain.content  # httpx decompresses: same bytes
