"""Server options, each doing what it says, on a real server."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from tests.conftest import Server, free_port, wait_listening
from tests.server.client import Tab

UPLOADER = (
    'import ostinato as st\nf = st.file_uploader("Data")\n'
    'st.write("no file" if f is None else f.name)\n'
)
COUNTER = (
    "import ostinato as st\nst.session_state.setdefault('n', 0)\n"
    "st.session_state.n += 1\nst.write(f'version one, run {st.session_state.n}')\n"
)


def test_xsrf_protection_can_be_turned_off(serve: Callable[..., Server]) -> None:
    server = serve(UPLOADER, "--server.enableXsrfProtection", "false")
    tab = Tab(server.url)
    widget = tab.run().of_type("file_uploader")[0]
    answer = httpx.post(f"{server.url}{widget['upload_url']}", files={"files": ("a.txt", b"x")})
    assert answer.status_code == 200


def test_run_on_save_reruns_every_tab(serve: Callable[..., Server], tmp_path: Path) -> None:
    script = tmp_path / "saved.py"
    script.write_text(COUNTER)
    server = serve(script, "--server.runOnSave", "true")
    tab = Tab(server.url)
    assert tab.run().texts() == ["version one, run 1"]
    time.sleep(0.3)
    script.write_text(COUNTER.replace("version one", "version two"))
    assert tab.run(timeout=10).texts() == ["version two, run 2"]


def test_without_run_on_save_the_page_is_told(serve: Callable[..., Server], tmp_path: Path) -> None:
    script = tmp_path / "saved.py"
    script.write_text(COUNTER)
    server = serve(script)
    tab = Tab(server.url)
    tab.run()
    time.sleep(0.3)
    script.write_text(COUNTER.replace("version one", "version two"))
    tab.recv_type("script_changed", timeout=10)
    tab.rerun()
    assert tab.run().texts() == ["version two, run 2"]


def test_show_error_details_off_hides_message_and_traceback(serve: Callable[..., Server]) -> None:
    server = serve("raise KeyError('secret-detail')\n", "--client.showErrorDetails", "false")
    run = Tab(server.url).run()
    (shown,) = run.of_type("exception")
    assert "secret-detail" not in shown["message"]
    # false is Streamlit's legacy "stacktrace": the type and the frames, no message.
    assert shown["exc_type"] == "KeyError"
    assert shown["traceback"] and "KeyError: " not in "\n".join(shown["traceback"])


def test_server_address_is_the_one_bound(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n", "--server.address", "127.0.0.2")
    port = server.url.rsplit(":", 1)[1]
    assert httpx.get(f"http://127.0.0.2:{port}/_ostinato/health").text == "ok"
    try:
        httpx.get(f"http://127.0.0.1:{port}/_ostinato/health", timeout=1)
        reached = True
    except httpx.ConnectError:
        reached = False
    assert not reached


def _run(tmp_path: Path, *options: str, env: dict[str, str] | None = None) -> tuple[str, int]:
    script = tmp_path / "app.py"
    script.write_text("raise ValueError('boom')\n")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "ostinato.cli", "run", str(script), "--server.port", str(port),
         *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
        cwd=tmp_path,
    )  # fmt: skip
    try:
        wait_listening(f"http://127.0.0.1:{port}/_ostinato/health", process)
        Tab(f"http://127.0.0.1:{port}").run()
    finally:
        process.terminate()
        process.wait(10)
    assert process.stdout is not None
    return process.stdout.read().decode(), port


def test_logger_level_filters_the_warning_of_script_errors(tmp_path: Path) -> None:
    shown, _ = _run(tmp_path)
    assert "WARNING" in shown and "ValueError: boom" in shown
    quiet, _ = _run(tmp_path, "--logger.level", "error")
    assert "ValueError: boom" not in quiet


def test_headless_false_opens_the_browser(tmp_path: Path) -> None:
    opened = tmp_path / "opened.txt"
    fake = tmp_path / "fake-browser"
    fake.write_text(f'#!/bin/sh\necho "$1" > {opened}\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    _, port = _run(tmp_path, "--server.headless", "false", env={"BROWSER": f"{fake} %s"})
    assert opened.read_text().strip() == f"http://127.0.0.1:{port}"
    opened.unlink()
    _run(tmp_path, env={"BROWSER": f"{fake} %s"})
    assert not opened.exists()
