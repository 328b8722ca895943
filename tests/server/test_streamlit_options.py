"""The options of Streamlit's config that Ostinato implements, each doing what it
says on a real server: server.baseUrlPath, server.enableStaticServing,
server.enableCORS / server.corsAllowedOrigins, server.fileWatcherType,
client.toolbarMode and client.showSidebarNavigation (in the session's config)."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from websockets.exceptions import InvalidStatus, WebSocketException

from tests.server.client import Tab
from tests.server.serving import running

COUNTER = (
    "import ostinato as st\nst.session_state.setdefault('n', 0)\n"
    "st.session_state.n += 1\nst.write(f'version one, run {st.session_state.n}')\n"
)
UPLOADER = (
    'import ostinato as st\nf = st.file_uploader("Data")\n'
    'st.write("no file" if f is None else f.getvalue().decode())\n'
)


@pytest.fixture
def app(tmp_path: Path) -> Path:
    script = tmp_path / "app.py"
    script.write_text(COUNTER)
    return script


def refused(url: str, origin: str) -> bool:
    """True when the server refuses a websocket from a page of `origin`."""
    try:
        tab = Tab(url, origin=origin)
    except (InvalidStatus, WebSocketException, OSError, TimeoutError):
        return True
    tab.close()
    return False


# server.baseUrlPath


def test_base_url_path_serves_everything_under_the_prefix(app: Path) -> None:
    with running(app, base="/tools/counter/") as server:
        root = server.url.removesuffix("/tools/counter")
        assert httpx.get(f"{server.url}/_ostinato/health").text == "ok"
        page = httpx.get(f"{server.url}/")
        assert page.status_code == 200
        # The page's assets are relative to where it was served.
        assert 'src="./_ostinato/static/app.js"' in page.text
        assert httpx.get(f"{server.url}/_ostinato/static/app.js").status_code == 200
        deeper = httpx.get(f"{server.url}/Some_page/")
        assert 'src="../_ostinato/static/app.js"' in deeper.text
        # Nothing outside the prefix; the prefix itself without a slash redirects.
        assert httpx.get(f"{root}/_ostinato/health").status_code == 404
        assert httpx.get(f"{root}/").status_code == 404
        redirect = httpx.get(server.url)
        assert redirect.status_code == 307
        assert redirect.headers["location"] == "/tools/counter/"
        # The websocket too.
        assert Tab(server.url).run().texts() == ["version one, run 1"]
        assert refused(root, origin=root)


def test_upload_and_download_urls_work_under_the_prefix(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(UPLOADER)
    with running(script, base="sub") as server:
        tab = Tab(server.url)
        widget = tab.run().of_type("file_uploader")[0]
        answer = httpx.post(
            f"{server.url}{widget['upload_url']}",
            files={"files": ("a.txt", b"hello")},
            headers={"X-Ostinato-Xsrf": tab.session["config"]["xsrf"]},
        )
        assert answer.status_code == 200, answer.text
        tab.rerun({widget["id"]: answer.json()["files"]})
        assert tab.run().texts() == ["hello"]


# server.enableStaticServing


def test_static_folder_is_served_at_app_static_when_enabled(app: Path) -> None:
    static = app.parent / "static"
    (static / "img").mkdir(parents=True)
    (static / "data.json").write_text('{"a": 1}')
    (static / "img" / "dot.svg").write_text("<svg/>")
    (app.parent / "secret.txt").write_text("not for you")
    with running(app, "--server.enableStaticServing", "true", base="b") as server:
        data = httpx.get(f"{server.url}/app/static/data.json")
        assert data.status_code == 200
        assert data.json() == {"a": 1}
        assert data.headers["content-type"] == "application/json"
        assert data.headers["x-content-type-options"] == "nosniff"
        svg = httpx.get(f"{server.url}/app/static/img/dot.svg")
        assert svg.text == "<svg/>"
        assert svg.headers["content-type"].startswith("image/svg+xml")
        assert httpx.get(f"{server.url}/app/static/missing.txt").status_code == 404
        assert httpx.get(f"{server.url}/app/static/img").status_code == 404
        escape = f"{server.url}/app/static/%2e%2e/secret.txt"
        assert "not for you" not in httpx.get(escape).text
        escape = f"{server.url}/app/static/..%2fsecret.txt"
        assert "not for you" not in httpx.get(escape).text


def test_static_folder_is_not_served_when_off(app: Path) -> None:
    (app.parent / "static").mkdir()
    (app.parent / "static" / "data.json").write_text('{"a": 1}')
    with running(app) as server:
        answer = httpx.get(f"{server.url}/app/static/data.json")
        assert answer.status_code == 404
        assert "server.enableStaticServing" in answer.text


# server.enableCORS and server.corsAllowedOrigins


def test_websocket_from_another_origin_is_refused_by_default(app: Path) -> None:
    with running(app) as server:
        assert not refused(server.url, origin=server.url)
        assert refused(server.url, origin="http://evil.example")


def test_cors_allowed_origins_lets_a_listed_origin_in(app: Path) -> None:
    listed = '["https://apps.example.com", "http://proxy.example:8080"]'
    with running(app, "--server.corsAllowedOrigins", listed) as server:
        assert not refused(server.url, origin="https://apps.example.com")
        assert not refused(server.url, origin="http://proxy.example:8080")
        assert refused(server.url, origin="http://evil.example")
        health = httpx.get(
            f"{server.url}/_ostinato/health", headers={"Origin": "https://apps.example.com"}
        )
        assert health.headers["access-control-allow-origin"] == "https://apps.example.com"
        other = httpx.get(
            f"{server.url}/_ostinato/health", headers={"Origin": "http://evil.example"}
        )
        assert "access-control-allow-origin" not in other.headers


def test_cors_allowed_origins_from_repeated_flags(app: Path) -> None:
    flags = ["--server.corsAllowedOrigins", "https://a.example"]
    flags += ["--server.corsAllowedOrigins", "https://b.example"]
    with running(app, *flags) as server:
        assert not refused(server.url, origin="https://a.example")
        assert not refused(server.url, origin="https://b.example")
        assert refused(server.url, origin="https://c.example")


def test_enable_cors_false_allows_every_origin(app: Path) -> None:
    with running(app, "--server.enableCORS", "false") as server:
        assert not refused(server.url, origin="http://anywhere.example")
        health = httpx.get(
            f"{server.url}/_ostinato/health", headers={"Origin": "http://anywhere.example"}
        )
        assert health.headers["access-control-allow-origin"] == "*"
        assert "server.enableCORS is false" in _stopped_output(server)


def test_upload_from_a_foreign_origin_is_refused(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(UPLOADER)
    with running(script, "--server.enableXsrfProtection", "false") as server:
        widget = Tab(server.url).run().of_type("file_uploader")[0]
        url = f"{server.url}{widget['upload_url']}"
        files = {"files": ("a.txt", b"x")}
        foreign = httpx.post(url, files=files, headers={"Origin": "http://evil.example"})
        assert foreign.status_code == 403
        assert "server.corsAllowedOrigins" in foreign.json()["error"]
        assert httpx.post(url, files=files, headers={"Origin": server.url}).status_code == 200


# server.fileWatcherType


def _edit_and_wait_for_notice(tab: Tab, script: Path, wait: float) -> bool:
    """Save a new version of the script, again each second as an editor would (the
    watcher may take its first look after the first save); True when the tab hears of
    it within `wait`."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        script.write_text(COUNTER.replace("version one", "version two"))
        until = min(time.monotonic() + 1.0, deadline)
        while time.monotonic() < until:
            try:
                message = tab.recv(timeout=max(until - time.monotonic(), 0.01))
            except TimeoutError:
                break
            if message["t"] == "script_changed":
                return True
    return False


def test_file_watcher_none_does_not_notice_a_saved_script(app: Path) -> None:
    with running(app, "--server.fileWatcherType", "none", "--server.runOnSave", "true") as server:
        tab = Tab(server.url)
        assert tab.run().texts() == ["version one, run 1"]
        assert not _edit_and_wait_for_notice(tab, app, wait=2.5)
        # Nothing reran; the next run the user asks for runs the saved version.
        tab.rerun()
        assert tab.run().texts() == ["version two, run 2"]


def test_file_watcher_poll_notices_a_saved_script(app: Path) -> None:
    with running(app, "--server.fileWatcherType", "poll") as server:
        tab = Tab(server.url)
        tab.run()
        assert _edit_and_wait_for_notice(tab, app, wait=10)


def test_file_watcher_type_refuses_an_unknown_kind(app: Path) -> None:
    with pytest.raises(RuntimeError, match='"auto", "watchdog", "poll", "none"'):
        with running(app, "--server.fileWatcherType", "inotify"):
            pass


# client.toolbarMode and client.showSidebarNavigation reach the page


def test_client_options_are_in_the_session_config(app: Path) -> None:
    options = ["--client.toolbarMode", "minimal", "--client.showSidebarNavigation", "false"]
    with running(app, *options) as server:
        config = Tab(server.url).session["config"]
        assert config["toolbar_mode"] == "minimal"
        assert config["show_sidebar_navigation"] is False


def _stopped_output(server: object) -> str:
    server.stop()  # type: ignore[attr-defined]
    return str(server.output())  # type: ignore[attr-defined]
