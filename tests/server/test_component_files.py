"""A declared component's folder through a real server: its files at
/_ostinato/component/<name>/ with their MIME types; nothing outside the folder
(`..`, encoded or not, absolute paths, links leading out); a url= component is
not served, and the server never fetches its URL. A value the page sends for a
component reaches the script, bytes and Arrow tables included, and a malformed
one is refused without ending the session."""

from __future__ import annotations

import base64
import http.client
import http.server
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from ostinato.elements.component import arrow_parts
from tests.conftest import Server
from tests.server.client import Run, Tab
from tests.server.serving import running

APP = """
import ostinato as st
import ostinato.components.v1 as components
folder = components.declare_component("widget", path="{folder}")
dev = components.declare_component("dev", url="{dev}")
value = folder(key="w", default="nothing yet")
st.write("value:", repr(value))
st.write("type:", type(value).__name__)
dev(key="d")
"""


@pytest.fixture
def component(tmp_path: Path) -> Path:
    """A component folder with files of several types, and a secret beside it."""
    folder = tmp_path / "frontend" / "build"
    (folder / "static" / "js").mkdir(parents=True)
    (folder / "index.html").write_text("<!doctype html><p>the component</p>")
    (folder / "static" / "js" / "main.js").write_text("console.log('component');")
    (folder / "static" / "main.css").write_text("p { color: red; }")
    (folder / "static" / "module.mjs").write_text("export const x = 1;")
    (folder / "static" / "code.wasm").write_bytes(b"\0asm\1\0\0\0")
    (folder / "static" / "data.json").write_text('{"a": 1}')
    (tmp_path / "frontend" / "secret.txt").write_text("not for the browser")
    os.symlink(tmp_path / "frontend" / "secret.txt", folder / "link.txt")
    return folder


class DevServer:
    """A stand-in for a component's dev server that counts what it is asked."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        seen = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen.append(self.path)
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture
def dev() -> Iterator[DevServer]:
    server = DevServer()
    yield server
    server.httpd.shutdown()


def _started(serve: Callable[..., Server], folder: Path, dev: DevServer) -> tuple[Server, Tab, Run]:
    server = serve(APP.format(folder=folder, dev=dev.url))
    tab = Tab(server.url)
    return server, tab, tab.run()


def test_the_folder_is_served_with_mime_types(
    serve: Callable[..., Server], component: Path, dev: DevServer
) -> None:
    server, tab, _ = _started(serve, component, dev)
    base = f"{server.url}/_ostinato/component/app_0.widget"
    expected = {
        "index.html": "text/html",
        "": "text/html",
        "static/js/main.js": "text/javascript",
        "static/main.css": "text/css",
        "static/module.mjs": "text/javascript",
        "static/code.wasm": "application/wasm",
        "static/data.json": "application/json",
    }
    for path, mime in expected.items():
        answer = httpx.get(f"{base}/{path}")
        assert answer.status_code == 200, path
        assert answer.headers["content-type"].split(";")[0] == mime, path
        assert answer.headers["x-content-type-options"] == "nosniff"
    assert "the component" in httpx.get(f"{base}/index.html").text
    assert httpx.get(f"{base}/static/js/main.js").text == "console.log('component');"
    tab.close()


@pytest.mark.parametrize(
    "path",
    [
        "../secret.txt",
        "%2e%2e/secret.txt",
        "..%2fsecret.txt",
        "static/../../secret.txt",
        "static/%2e%2e/%2e%2e/secret.txt",
        "link.txt",
        "/etc/passwd",
        "%2fetc%2fpasswd",
        "..\\secret.txt",
        "missing.js",
        "static",
    ],
)
def test_nothing_outside_the_folder_is_served(
    serve: Callable[..., Server], component: Path, dev: DevServer, path: str
) -> None:
    server, tab, _ = _started(serve, component, dev)
    # Sent as written (an HTTP client would resolve the dots before sending).
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", f"/_ostinato/component/app_0.widget/{path}")
    answer = conn.getresponse()
    body = answer.read().decode("utf-8", "replace")
    conn.close()
    assert answer.status == 404
    assert "not for the browser" not in body
    assert "root:" not in body
    tab.close()


def test_unknown_and_url_components_are_not_served_nor_fetched(
    serve: Callable[..., Server], component: Path, dev: DevServer
) -> None:
    server, tab, run = _started(serve, component, dev)
    assert httpx.get(f"{server.url}/_ostinato/component/app_0.nope/index.html").status_code == 404
    answer = httpx.get(f"{server.url}/_ostinato/component/app_0.dev/index.html")
    assert answer.status_code == 404
    element = run.of_type("component_instance")
    assert [e["src"] for e in element] == [
        "/_ostinato/component/app_0.widget/index.html",
        dev.url,
    ]
    assert dev.requests == []
    tab.close()


def _value_text(tab: Tab) -> list[str]:
    return [text for text in tab.run().texts() if "value:" in text or "type:" in text]


def test_values_from_the_page_reach_the_script(
    serve: Callable[..., Server], component: Path, dev: DevServer
) -> None:
    import pandas as pd

    _, tab, run = _started(serve, component, dev)
    wid = run.of_type("component_instance")[0]["id"]
    tab.rerun({wid: {"t": "json", "v": {"clicks": 2, "names": ["a", "b"]}}})
    texts = " ".join(_value_text(tab))
    assert "{'clicks': 2, 'names': ['a', 'b']}" in texts and "dict" in texts
    tab.rerun({wid: {"t": "bytes", "v": base64.b64encode(b"\x00\x01raw").decode()}})
    texts = " ".join(_value_text(tab))
    assert "b'\\x00\\x01raw'" in texts and "bytes" in texts
    table = arrow_parts(pd.DataFrame({"x": [1, 2], "y": ["p", "q"]}))
    tab.rerun({wid: {"t": "dataframe", "v": table}})
    texts = " ".join(_value_text(tab))
    assert "DataFrame" in texts
    tab.close()


def test_a_malformed_value_is_refused_and_the_session_goes_on(
    serve: Callable[..., Server], component: Path, dev: DevServer
) -> None:
    _, tab, run = _started(serve, component, dev)
    wid = run.of_type("component_instance")[0]["id"]
    for bad in (
        {"t": "bytes", "v": "not base64!"},
        {"t": "dataframe", "v": {"data": "AAAA", "index": "AAAA", "columns": "AAAA"}},
        {"t": "mystery", "v": 1},
        [1, 2, 3],
        {"v": 1},
    ):
        tab.rerun({wid: bad})
        assert tab.recv_type("error")["message"].startswith("Refused change")
    tab.rerun({wid: {"t": "json", "v": "still here"}})
    assert "value: 'still here'" in " ".join(_value_text(tab))
    tab.close()


def test_the_folder_is_served_under_the_base_url_path(
    tmp_path: Path, component: Path, dev: DevServer
) -> None:
    script = tmp_path / "app_0.py"
    script.write_text(APP.format(folder=component, dev=dev.url))
    with running(script, base="apps/one") as server:
        tab = Tab(server.url)
        assert tab.run().of_type("component_instance")
        answer = httpx.get(f"{server.url}/_ostinato/component/app_0.widget/index.html")
        assert answer.status_code == 200 and "the component" in answer.text
        root = server.url.removesuffix("/apps/one")
        outside = httpx.get(f"{root}/_ostinato/component/app_0.widget/index.html")
        assert outside.status_code == 404
        tab.close()
