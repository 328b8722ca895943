"""The app under a path prefix, in headless Chromium, through a real nginx:
server.baseUrlPath, a proxy that strips its own prefix, a proxy that rewrites
Host (server.corsAllowedOrigins), and the page's client.toolbarMode and
client.showSidebarNavigation."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import free_port, wait_listening
from tests.e2e import apps
from tests.server.serving import running

MULTIPAGE = Path(__file__).resolve().parent.parent / "runtime" / "apps" / "multipage"
COUNTER_AND_UPLOAD = (
    apps.COUNTER
    + apps.UPLOAD.replace("import ostinato as st\n", "")
    + 'st.download_button("Get data", "x,y\\n5,6\\n", file_name="data.csv")\n'
)

NGINX = """
worker_processes 1;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 128; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
    server {{
        listen 127.0.0.1:{port};
        location = /health {{ return 200 "nginx"; }}
        location {location} {{
            proxy_pass http://127.0.0.1:{upstream}{target};
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host {host};
            proxy_read_timeout 600s;
        }}
    }}
}}
"""


Proxy = Callable[..., str]


@pytest.fixture
def proxy_to(tmp_path: Path) -> Iterator[Proxy]:
    """Factory: proxy_to(upstream, location, target, host=..., port=...) starts nginx
    with one `location` proxied to http://127.0.0.1:upstream{target}; its URL."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(binary):
        pytest.fail("nginx is missing: run `make system` (Debian package nginx-light)")
    started: list[subprocess.Popen[bytes]] = []

    def start(
        upstream: int,
        location: str,
        target: str = "",
        host: str = "$http_host",
        port: int | None = None,
    ) -> str:
        folder = tmp_path / f"nginx{len(started)}"
        folder.mkdir()
        port = port or free_port()
        conf = folder / "nginx.conf"
        conf.write_text(
            NGINX.format(
                dir=folder,
                port=port,
                location=location,
                upstream=upstream,
                target=target,
                host=host,
            )
        )
        process = subprocess.Popen(
            [binary, "-c", str(conf), "-p", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        started.append(process)
        wait_listening(f"http://127.0.0.1:{port}/health", process)
        return f"http://127.0.0.1:{port}"

    yield start
    for process in started:
        process.terminate()
        process.wait(10)


def script(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "app.py"
    path.write_text(source)
    return path


def click_and_upload(page: Any, url: str, tmp_path: Path) -> None:
    """The counter counts clicks and the uploader uploads, at `url`."""
    page.goto(url)
    page.get_by_text("Count = 0").wait_for()
    for n in range(1, 4):
        page.get_by_role("button", name="Increment").click()
        page.get_by_text(f"Count = {n}").wait_for()
    data = tmp_path / "numbers.csv"
    data.write_text("a,b\n1,2\n")
    page.locator("input[type=file]").set_input_files(str(data))
    page.get_by_text("Got numbers.csv with 8 bytes: a,b").wait_for()
    page.get_by_text("Count = 3").wait_for()
    with page.expect_download() as download:
        page.get_by_role("button", name="Get data").click()
    assert Path(download.value.path()).read_text() == "x,y\n5,6\n"
    assert download.value.suggested_filename == "data.csv"


def test_base_url_path_behind_nginx(page: Any, tmp_path: Path, proxy_to: Proxy) -> None:
    app = script(tmp_path, COUNTER_AND_UPLOAD)
    with running(app, base="prefix") as server:
        front = proxy_to(server.port, "/prefix/", "/prefix/")
        opened: list[str] = []
        page.on("websocket", lambda ws: opened.append(ws.url))
        click_and_upload(page, f"{front}/prefix/", tmp_path)
        assert opened and all(url.endswith("/prefix/_ostinato/ws") for url in opened)
        assert page.url == f"{front}/prefix/"


def test_pages_and_page_links_stay_under_the_base(
    page: Any, tmp_path: Path, proxy_to: Proxy
) -> None:
    app = tmp_path / "multipage"
    shutil.copytree(MULTIPAGE, app)
    with running(app / "app.py", base="deep/path") as server:
        front = proxy_to(server.port, "/deep/path/", "/deep/path/")
        page.goto(f"{front}/deep/path/")
        page.get_by_role("heading", name="Main").wait_for()
        nav = page.locator("#ostinato-nav")
        assert nav.get_by_role("link", name="Settings").get_attribute("href") == (
            "/deep/path/Settings"
        )
        nav.get_by_role("link", name="Charts").click()
        page.get_by_role("heading", name="Charts").wait_for()
        assert page.url == f"{front}/deep/path/Charts"
        page.reload()
        page.get_by_role("heading", name="Charts").wait_for()
        page.get_by_role("button", name="Home").click()
        page.get_by_role("heading", name="Main").wait_for()
        assert page.url == f"{front}/deep/path/"
        page.locator(".ost-page-link").click()
        page.get_by_role("heading", name="Charts").wait_for()
        assert page.url == f"{front}/deep/path/Charts"


def test_a_proxy_that_strips_its_prefix(page: Any, tmp_path: Path, proxy_to: Proxy) -> None:
    """No baseUrlPath: nginx serves the app at /outer/ and passes / upstream; the
    page finds its base from where it was served."""
    app = script(tmp_path, COUNTER_AND_UPLOAD)
    with running(app) as server:
        front = proxy_to(server.port, "/outer/", "/")
        click_and_upload(page, f"{front}/outer/", tmp_path)


def test_a_proxy_that_rewrites_host_needs_its_origin_allowed(
    page: Any, tmp_path: Path, proxy_to: Proxy
) -> None:
    app = script(tmp_path, apps.COUNTER)
    with running(app, base="p") as server:
        front = proxy_to(server.port, "/p/", "/p/", host="internal.example")
        page.goto(f"{front}/p/")
        # The page's Origin does not name the Host the server sees: its websocket
        # is refused, the page never shows the app and says which option to set.
        page.get_by_text("Connection lost").wait_for()
        alert = page.get_by_role("alert").filter(has_text="server.corsAllowedOrigins")
        alert.wait_for()
        assert front in alert.inner_text()
        assert page.get_by_text("Count = 0").count() == 0
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    with running(app, "--server.corsAllowedOrigins", origin, base="p") as server:
        front = proxy_to(server.port, "/p/", "/p/", host="internal.example", port=port)
        page.goto(f"{front}/p/")
        page.get_by_text("Count = 0").wait_for()
        page.get_by_role("button", name="Increment").click()
        page.get_by_text("Count = 1").wait_for()


RUNS = """
import ostinato as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"runs = {st.session_state.runs}")
"""


@pytest.mark.parametrize(
    ("mode", "menu", "developer"),
    [
        ("minimal", False, False),
        ("viewer", True, False),
        ("developer", True, True),
        ("auto", True, True),
    ],
)
def test_toolbar_mode_shapes_the_menu(
    page: Any, tmp_path: Path, mode: str, menu: bool, developer: bool
) -> None:
    app = script(tmp_path, RUNS)
    with running(app, "--client.toolbarMode", mode) as server:
        page.goto(server.url)
        page.get_by_text("runs = 1").wait_for()
        button = page.get_by_role("button", name="Main menu")
        page.wait_for_function(
            f"document.body.dataset.toolbarMode === '{'developer' if mode == 'auto' else mode}'"
        )
        assert button.is_visible() is menu
        if not menu:
            return
        button.click()
        items = page.get_by_role("menu", name="Main menu")
        always = items.get_by_role("menuitem", name="Always rerun when the source changes")
        assert always.is_visible() is developer
        items.get_by_role("menuitem", name="Rerun", exact=True).click()
        page.get_by_text("runs = 2").wait_for()
        assert not items.is_visible()


def test_show_sidebar_navigation_false_hides_the_page_list(page: Any, tmp_path: Path) -> None:
    app = tmp_path / "multipage"
    shutil.copytree(MULTIPAGE, app)
    with running(app / "app.py") as server:
        page.goto(server.url)
        page.get_by_role("heading", name="Main").wait_for()
        page.locator("#ostinato-nav").get_by_role("link", name="Settings").wait_for()
    with running(app / "app.py", "--client.showSidebarNavigation", "false") as server:
        page.goto(server.url)
        page.get_by_role("heading", name="Main").wait_for()
        page.get_by_text("visits=").first.wait_for()
        assert not page.locator("#ostinato-nav").is_visible()
        assert page.get_by_role("link", name="Settings").count() == 0
        # The pages are still there, by URL.
        page.goto(f"{server.url}/Settings")
        page.get_by_role("heading", name="Settings").wait_for()
