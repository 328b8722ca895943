"""Shared fixtures: options reset, servers on free ports, headless Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import ostinato.config

CHROMIUM = "/usr/bin/chromium"
DEMO = Path(__file__).resolve().parent.parent / "ostinato" / "demo" / "Hello.py"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(autouse=True)
def _fresh_options() -> Iterator[None]:
    """Every test starts and ends with default options."""
    ostinato.config.reset_options()
    yield
    ostinato.config.reset_options()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_listening(url: str, process: subprocess.Popen[bytes] | None, timeout: float = 20) -> None:
    """Poll `url` until it answers 200; fail early if `process` exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            out = process.stdout.read().decode() if process.stdout else ""
            raise RuntimeError(f"server exited with {process.returncode}:\n{out}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing answered at {url} within {timeout} s")


@dataclass
class Server:
    """An `ostinato run` process on a free port."""

    url: str
    port: int
    process: subprocess.Popen[bytes]
    script: Path

    def stop(self) -> None:
        """Terminate the process (kill it if it does not stop)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def output(self) -> str:
        """What the process printed (after it stopped)."""
        return self.process.stdout.read().decode() if self.process.stdout else ""


def start_server(
    script: Path, *options: str, cwd: Path | None = None, port: int | None = None
) -> Server:
    """Start `ostinato run script` on `port` (a free one by default) and wait until it
    answers."""
    port = port or free_port()
    command = [
        sys.executable,
        "-m",
        "ostinato.cli",
        "run",
        str(script),
        "--server.port",
        str(port),
        *options,
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        command, cwd=cwd or script.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env
    )
    address = (
        options[options.index("--server.address") + 1]
        if "--server.address" in options
        else "127.0.0.1"
    )
    server = Server(f"http://{address}:{port}", port, process, script)
    try:
        wait_listening(f"{server.url}/_ostinato/health", process)
    except BaseException:
        server.stop()
        raise
    return server


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Factory: serve(source_or_path, *options) starts a server; all stop at teardown."""
    servers: list[Server] = []

    def start(script: str | Path, *options: str, port: int | None = None) -> Server:
        if isinstance(script, str):
            path = tmp_path / f"app_{len(servers)}.py"
            path.write_text(script)
        else:
            path = script
        server = start_server(path, *options, cwd=tmp_path, port=port)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the whole run (each test gets its own context)."""
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make system` (Debian package chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def context(browser: object) -> Iterator[object]:
    """A fresh browser profile (cookies, sessionStorage) for one test."""
    ctx = browser.new_context()  # type: ignore[attr-defined]
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: object) -> Iterator[object]:
    """A tab in a fresh browser profile."""
    tab = context.new_page()  # type: ignore[attr-defined]
    tab.set_default_timeout(10_000)
    yield tab


class TcpProxy:
    """A loopback TCP proxy in a thread: `drop()` cuts every connection at once,
    as a network blip or a sleeping laptop would."""

    def __init__(self, target_port: int) -> None:
        import threading

        self.target_port = target_port
        self.port = free_port()
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        import threading

        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def drop(self) -> None:
        """Cut every open connection."""
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for s in sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        self.drop()


@pytest.fixture
def proxy() -> Iterator[Callable[[int], TcpProxy]]:
    """Factory: proxy(port) puts a droppable TCP proxy in front of a server."""
    made: list[TcpProxy] = []

    def make(port: int) -> TcpProxy:
        made.append(TcpProxy(port))
        return made[-1]

    yield make
    for item in made:
        item.close()


@dataclass
class RedisServer:
    """A redis-server on a free loopback port, with nothing persisted to disk."""

    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A real redis-server for one test."""
    import shutil

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is missing: run `make system` (Debian package redis-server)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as probe:
                    probe.sendall(b"PING\r\n")
                    if probe.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield RedisServer(port, process)
    finally:
        process.terminate()
        process.wait(10)


NGINX_CONF = """
worker_processes 1;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    client_max_body_size 50m;
    upstream workers {{
{servers}
    }}
    map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://workers;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $http_host;
            proxy_read_timeout 3600s;
            proxy_next_upstream error timeout http_502;
            proxy_connect_timeout 1s;
        }}
    }}
}}
"""


@dataclass
class Nginx:
    """nginx in front of several workers, round-robin (no ip_hash, no stickiness)."""

    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
def nginx(tmp_path: Path) -> Iterator[Callable[[list[int]], Nginx]]:
    """Factory: nginx(ports) balances round-robin over workers on those ports."""
    import shutil

    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(binary):
        pytest.fail("nginx is missing: run `make system` (Debian package nginx-light)")
    started: list[Nginx] = []

    def start(ports: list[int]) -> Nginx:
        folder = tmp_path / f"nginx{len(started)}"
        folder.mkdir()
        port = free_port()
        servers = "\n".join(
            f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=1s;" for p in ports
        )
        conf = folder / "nginx.conf"
        conf.write_text(NGINX_CONF.format(dir=folder, servers=servers, port=port))
        process = subprocess.Popen(
            [binary, "-c", str(conf), "-p", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        proxy = Nginx(port, process)
        started.append(proxy)
        wait_listening(f"{proxy.url}/_ostinato/health", process)
        return proxy

    yield start
    for proxy in started:
        proxy.process.terminate()
        proxy.process.wait(10)


def run_coroutine(coroutine: Any) -> Any:
    """Run a coroutine to its end on a thread of its own: the browser tests' Playwright
    keeps an event loop running on the test thread, where asyncio.run() refuses."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
