"""HTTP edges a user or an attacker meets on a real server: download names,
security headers, the stats route, the websocket's Host and scheme checks, stalled
connections, uploads to widgets the page never drew, and a malformed URL in the
page."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx

from tests.conftest import Server
from tests.server.client import Tab

DOWNLOADS = """
import ostinato as st
st.download_button("Report", "résumé data", file_name="résumé — 東京.txt")
st.download_button("Evil", "x", file_name="a\\r\\nSet-Cookie: pwned=1\\r\\n.txt")
"""


UPLOADER = """
import ostinato as st
f = st.file_uploader("Data", key="data")
st.write("no file" if f is None else f"{f.name}: {len(f.getvalue())} bytes")
if st.checkbox("Second uploader"):
    st.file_uploader("More", key="more")
"""


TWO_UPLOADERS = """
import ostinato as st
one = st.file_uploader("One")
st.write(f"one: {one.name if one else 'none'}")
two = st.file_uploader("Two")
st.write(f"two: {two.name if two else 'none'}")
"""


def _download_urls(server: Server) -> list[str]:
    tab = Tab(server.url)
    urls = [str(button["url"]) for button in tab.run().of_type("download_button")]
    tab.close()
    return urls


def test_a_download_named_outside_latin1_keeps_its_name(serve: Callable[..., Server]) -> None:
    server = serve(DOWNLOADS)
    answer = httpx.get(f"{server.url}{_download_urls(server)[0]}")
    assert answer.status_code == 200
    assert answer.content == "résumé data".encode()
    disposition = answer.headers["content-disposition"]
    assert disposition.startswith("attachment; ")
    encoded = disposition.split("filename*=UTF-8''", 1)[1]
    assert unquote(encoded) == "résumé — 東京.txt"


def test_a_download_name_with_cr_lf_is_answered_without_them(
    serve: Callable[..., Server],
) -> None:
    server = serve(DOWNLOADS)
    answer = httpx.get(f"{server.url}{_download_urls(server)[1]}", timeout=5)
    assert answer.status_code == 200
    assert "set-cookie" not in answer.headers
    disposition = answer.headers["content-disposition"]
    assert "\r" not in disposition and "\n" not in disposition
    assert 'filename="aSet-Cookie: pwned=1.txt"' in disposition


def test_the_page_carries_security_headers(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n")
    page = httpx.get(f"{server.url}/")
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["content-security-policy"] == "frame-ancestors 'self'"
    assert page.headers["x-frame-options"] == "SAMEORIGIN"
    assert page.headers["referrer-policy"] == "same-origin"
    script = httpx.get(f"{server.url}/_ostinato/static/app.js")
    assert script.headers["x-content-type-options"] == "nosniff"


def test_frame_ancestors_is_an_option(serve: Callable[..., Server]) -> None:
    server = serve(
        "import ostinato as st\nst.write('hi')\n",
        "--server.frameAncestors",
        "https://portal.example",
    )
    page = httpx.get(f"{server.url}/")
    assert page.headers["content-security-policy"] == "frame-ancestors https://portal.example"
    assert "x-frame-options" not in page.headers


def test_stats_answer_only_on_this_machine(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n")
    assert httpx.get(f"{server.url}/_ostinato/stats").json()["sessions"] >= 0
    # Through a proxy on this machine, the client is someone else.
    proxied = httpx.get(f"{server.url}/_ostinato/stats", headers={"X-Forwarded-For": "203.0.113.9"})
    assert proxied.status_code == 404
    assert "sessions" not in proxied.text


def _handshake(port: int, host: str, origin: str | None, extra: str = "") -> int:
    """Status of a raw websocket handshake with these Host and Origin headers."""
    request = (
        "GET /_ostinato/ws HTTP/1.1\r\n"
        f"Host: {host}\r\n"
        + ("" if origin is None else f"Origin: {origin}\r\n")
        + extra
        + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(request.encode())
        status_line = sock.recv(4096).split(b"\r\n", 1)[0]
    return int(status_line.split()[1])


def test_websocket_refuses_a_rebound_host(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n")
    port = server.port
    assert _handshake(port, f"127.0.0.1:{port}", f"http://127.0.0.1:{port}") == 101
    assert _handshake(port, f"localhost:{port}", f"http://localhost:{port}") == 101
    # DNS rebinding: evil.example now resolves to 127.0.0.1; Origin and Host agree.
    assert _handshake(port, f"evil.example:{port}", f"http://evil.example:{port}") == 403


def test_websocket_compares_the_origins_scheme(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n")
    port = server.port
    assert _handshake(port, f"127.0.0.1:{port}", f"https://127.0.0.1:{port}") == 403
    # A TLS proxy on this machine says so: the https page's wss is the same scheme.
    forwarded = "X-Forwarded-Proto: https\r\n"
    assert _handshake(port, f"127.0.0.1:{port}", f"https://127.0.0.1:{port}", forwarded) == 101
    assert _handshake(port, f"127.0.0.1:{port}", f"http://127.0.0.1:{port}", forwarded) == 403


def test_a_listed_origins_host_is_known(serve: Callable[..., Server]) -> None:
    server = serve(
        "import ostinato as st\nst.write('hi')\n",
        "--server.corsAllowedOrigins",
        "http://apps.example:8080",
    )
    port = server.port
    # A proxy that keeps Host: the listed origin's host is one this server answers to.
    assert _handshake(port, "apps.example:8080", "http://apps.example:8080") == 101
    assert _handshake(port, f"apps.example:{port}", f"http://apps.example:{port}") == 101
    assert _handshake(port, f"other.example:{port}", f"http://other.example:{port}") == 403


def test_allowed_hosts_limit_the_websocket_to_listed_hosts(
    serve: Callable[..., Server],
) -> None:
    server = serve(
        "import ostinato as st\nst.write('hi')\n",
        "--server.allowedHosts",
        "apps.example,*.corp.example",
    )
    port = server.port
    # Listed: a proxy that keeps its own Host is this server's; the port is ignored.
    assert _handshake(port, "apps.example", "http://apps.example") == 101
    assert _handshake(port, f"APPS.example.:{port}", f"http://apps.example.:{port}") == 101
    assert _handshake(port, "eu.corp.example:8443", "http://eu.corp.example:8443") == 101
    # The wildcard names subdomains only; anything unlisted is refused, addresses too.
    assert _handshake(port, "corp.example", "http://corp.example") == 403
    assert _handshake(port, f"127.0.0.1:{port}", f"http://127.0.0.1:{port}") == 403
    assert _handshake(port, f"127.0.0.1:{port}", None) == 403
    assert _handshake(port, "apps.example:99999", "http://apps.example:99999") == 403
    # The page itself is still served: only the websocket and uploads are limited.
    assert httpx.get(server.url, timeout=5).status_code == 200


def test_an_upload_from_an_unlisted_host_names_the_option(serve: Callable[..., Server]) -> None:
    server = serve(
        "import ostinato as st\nst.write('hi')\n", "--server.allowedHosts", "apps.example"
    )
    upload = httpx.post(
        f"{server.url}/_ostinato/upload/any/any", files={"file": ("a.txt", b"x")}, timeout=5
    )
    assert upload.status_code == 403
    assert "server.allowedHosts" in upload.json()["error"]


def test_a_connection_that_never_finishes_its_headers_is_closed(
    serve: Callable[..., Server],
) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n", "--server.httpHeaderTimeout", "1")
    with socket.create_connection(("127.0.0.1", server.port), timeout=8) as sock:
        started = time.monotonic()
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and nothing more
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
        assert time.monotonic() - started < 5
    assert answer.startswith(b"HTTP/1.1 408")


def test_a_silent_connection_is_closed(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n", "--server.httpHeaderTimeout", "1")
    with socket.create_connection(("127.0.0.1", server.port), timeout=8) as sock:
        started = time.monotonic()
        while sock.recv(4096):
            pass
        assert time.monotonic() - started < 5


def test_a_body_that_stalls_is_dropped(serve: Callable[..., Server]) -> None:
    server = serve(UPLOADER, "--server.httpIdleTimeout", "1")
    tab = Tab(server.url)
    widget = tab.run().of_type("file_uploader")[0]
    head = (
        f"POST {widget['upload_url']} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
        f"X-Ostinato-Xsrf: {tab.session['config']['xsrf']}\r\n"
        "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b"
    )
    with socket.create_connection(("127.0.0.1", server.port), timeout=8) as sock:
        sock.sendall(head.encode())  # then goes silent
        started = time.monotonic()
        while sock.recv(4096):
            pass
        assert time.monotonic() - started < 5


def test_a_websocket_outlives_the_http_timeouts(serve: Callable[..., Server]) -> None:
    server = serve(
        "import ostinato as st\nst.write('hi')\n",
        "--server.httpIdleTimeout",
        "1",
        "--server.httpHeaderTimeout",
        "1",
    )
    tab = Tab(server.url)
    assert tab.run().texts() == ["hi"]
    time.sleep(2.5)
    tab.rerun()
    assert tab.run().texts() == ["hi"]


def test_a_malformed_escape_in_the_url_still_shows_the_page(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve("import ostinato as st\nst.write('Hello from the app')\n")
    page.goto(f"{server.url}/%ZZ")
    page.get_by_text("Hello from the app").wait_for(timeout=8000)


# Uploads: only to uploaders the session drew, a per-session cap, unclaimed files dropped


def _post(server: Server, tab: Tab, url: str, data: bytes, name: str = "a.bin") -> httpx.Response:
    return httpx.post(
        f"{server.url}{url}",
        files={"files": (name, data, "application/octet-stream")},
        headers={"X-Ostinato-Xsrf": tab.session["config"]["xsrf"]},
    )


def test_an_upload_to_a_widget_the_page_never_drew_is_refused(
    serve: Callable[..., Server],
) -> None:
    server = serve(UPLOADER)
    tab = Tab(server.url)
    run = tab.run()
    checkbox = run.of_type("checkbox")[0]
    prefix = str(run.of_type("file_uploader")[0]["upload_url"]).rsplit("/", 1)[0]
    for widget_id in ("anything", "file_uploader-0123456789abcdef", checkbox["id"]):
        answer = _post(server, tab, f"{prefix}/{widget_id}", b"x" * 1000)
        assert answer.status_code == 404, widget_id
        assert "No file uploader with this id" in answer.json()["error"]


def test_a_session_holds_at_most_max_session_upload_size(serve: Callable[..., Server]) -> None:
    server = serve(UPLOADER, "--server.maxSessionUploadSize", "1")
    tab = Tab(server.url)
    run = tab.run()
    data = run.of_type("file_uploader")[0]
    tab.rerun(changes={run.of_type("checkbox")[0]["id"]: True})
    more = tab.run().of_type("file_uploader")[1]
    first = _post(server, tab, str(data["upload_url"]), b"x" * 600_000)
    assert first.status_code == 200, first.text
    tab.rerun(changes={data["id"]: first.json()["files"]})
    assert "a.bin: 600000 bytes" in tab.run().texts()
    second = _post(server, tab, str(more["upload_url"]), b"y" * 600_000)
    assert second.status_code == 413
    assert "server.maxSessionUploadSize" in second.json()["error"]
    assert "1 MB" in second.json()["error"]
    # A new file for a single-file uploader replaces its old one: it fits.
    again = _post(server, tab, str(data["upload_url"]), b"z" * 600_000)
    assert again.status_code == 200, again.text


def test_an_unclaimed_upload_is_dropped_once_a_run_has_passed(
    serve: Callable[..., Server],
) -> None:
    server = serve(UPLOADER)
    tab = Tab(server.url)
    run = tab.run()
    data = run.of_type("file_uploader")[0]
    tab.rerun(changes={run.of_type("checkbox")[0]["id"]: True})
    more = tab.run().of_type("file_uploader")[1]
    unclaimed = _post(server, tab, str(more["upload_url"]), b"u" * 1000, "unclaimed.bin")
    assert unclaimed.status_code == 200
    claimed = _post(server, tab, str(data["upload_url"]), b"c" * 10, "claimed.bin")
    tab.rerun(changes={data["id"]: claimed.json()["files"]})  # the run after both
    assert tab.run().texts() == ["claimed.bin: 10 bytes"]
    time.sleep(1.5)  # the server sweeps twice a second
    # The claimed file lives on across runs; the unclaimed one is gone.
    tab.rerun()
    assert tab.run().texts() == ["claimed.bin: 10 bytes"]
    tab.rerun(changes={more["id"]: unclaimed.json()["files"]})
    assert "no uploaded file with id" in tab.recv_type("error")["message"]


def test_upload_store_drops_unclaimed_files_when_the_next_run_ends() -> None:
    from ostinato.runtime.files import UploadStore

    store = UploadStore()
    kept = store.add("file_uploader-a", "kept.txt", "text/plain", b"k", run=3)
    lost = store.add("file_uploader-b", "lost.txt", "text/plain", b"l", run=3)
    in_form = store.add("file_uploader-c", "form.txt", "text/plain", b"f")
    store.keep_only("file_uploader-a", {kept.file_id})
    store.end_run(3)  # the run in progress when they arrived: not the next one
    assert store.get(lost.file_id) is not None
    store.end_run(4)
    assert store.get(lost.file_id) is None
    assert store.get(kept.file_id) is not None and store.get(in_form.file_id) is not None
    assert store.held_bytes() == 2 and store.held_bytes(besides="file_uploader-a") == 1


def test_the_page_says_when_a_session_holds_too_much(
    serve: Callable[..., Server], page: Any, tmp_path: Path
) -> None:
    server = serve(TWO_UPLOADERS, "--server.maxSessionUploadSize", "1")
    first, second = tmp_path / "first.bin", tmp_path / "second.bin"
    first.write_bytes(b"a" * 600_000)
    second.write_bytes(b"b" * 600_000)
    page.goto(server.url)
    page.get_by_text("one: none").wait_for()
    page.locator("input[type=file]").nth(0).set_input_files(str(first))
    page.get_by_text("one: first.bin").wait_for()
    page.locator("input[type=file]").nth(1).set_input_files(str(second))
    alert = page.get_by_role("alert").filter(has_text="server.maxSessionUploadSize")
    alert.wait_for()
    assert "1 MB" in alert.inner_text()
    assert page.get_by_text("two: none").count() == 1
