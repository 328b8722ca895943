"""The page's bundle travels compressed to browsers that accept it."""

from __future__ import annotations

import gzip
from collections.abc import Callable

import httpx

from tests.conftest import Server


def test_scripts_and_styles_are_sent_gzipped(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n")
    for name in ("app.js", "app.css"):
        url = f"{server.url}/_ostinato/static/{name}"
        plain = httpx.get(url, headers={"Accept-Encoding": "identity"}, timeout=5)
        with httpx.stream("GET", url, headers={"Accept-Encoding": "gzip"}, timeout=5) as packed:
            # A large file is streamed, so its compressed size is what arrives.
            wire = b"".join(packed.iter_raw())
        assert plain.status_code == packed.status_code == 200
        assert "content-encoding" not in plain.headers
        assert packed.headers["content-encoding"] == "gzip"
        assert len(wire) < len(plain.content) / 2
        assert gzip.decompress(wire) == plain.content
