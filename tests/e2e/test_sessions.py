"""Sessions that survive reload, restart and worker death (issue 7), in Chromium,
with real SQLite, redis-server and nginx."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from tests.conftest import Nginx, RedisServer, Server
from tests.e2e import apps

SECRET = "a-secret-shared-by-every-worker"


def click_to(page: Any, n: int, start: int = 0) -> None:
    for i in range(start + 1, n + 1):
        page.get_by_role("button", name="Increment").click()
        page.get_by_text(f"Count = {i}").wait_for()


def test_reload_keeps_the_count_in_memory(serve: Callable[..., Server], page: Any) -> None:
    server = serve(apps.COUNTER)
    page.goto(server.url)
    click_to(page, 3)
    page.reload()
    page.get_by_text("Count = 3").wait_for()
    click_to(page, 4, start=3)


def test_new_tab_does_not_get_the_session(serve: Callable[..., Server], context: Any) -> None:
    server = serve(apps.COUNTER)
    first = context.new_page()
    first.goto(server.url)
    click_to(first, 2)
    second = context.new_page()
    second.goto(server.url)
    second.get_by_text("Count = 0").wait_for()


def test_duplicated_tab_gets_its_own_copy(serve: Callable[..., Server], context: Any) -> None:
    server = serve(apps.COUNTER)
    original = context.new_page()
    original.goto(server.url)
    click_to(original, 2)
    storage = original.evaluate("JSON.stringify(Object.assign({}, sessionStorage))")
    # What the browser does when a tab is duplicated: the copy starts with the
    # original's sessionStorage.
    duplicate = context.new_page()
    duplicate.add_init_script(
        f"if (!sessionStorage.getItem('copied')) {{"
        f" const s = {storage}; for (const k in s) sessionStorage.setItem(k, s[k]);"
        f" sessionStorage.setItem('copied', '1'); }}"
    )
    duplicate.goto(server.url)
    duplicate.get_by_text("Count = 2").wait_for()
    click_to(duplicate, 5, start=2)
    original.get_by_role("button", name="Increment").click()
    original.get_by_text("Count = 3").wait_for()
    assert duplicate.evaluate("sessionStorage.getItem('ostinato.token')") != original.evaluate(
        "sessionStorage.getItem('ostinato.token')"
    )
    duplicate.reload()
    duplicate.get_by_text("Count = 5").wait_for()


def test_sqlite_store_survives_a_server_restart(
    serve: Callable[..., Server], page: Any, tmp_path: Path
) -> None:
    db = tmp_path / "sessions.db"
    options = ("--session.store", "sqlite", "--session.storeUrl", str(db))
    server = serve(apps.COUNTER, *options)
    page.goto(server.url)
    click_to(page, 3)
    server.stop()
    page.locator("#ostinato-status[data-state=disconnected]").wait_for(state="attached")
    restarted = serve(server.script, *options, port=server.port)
    page.reload()
    page.get_by_text("Count = 3").wait_for()
    click_to(page, 4, start=3)
    restarted.stop()


def test_expired_session_starts_fresh(
    serve: Callable[..., Server], page: Any, tmp_path: Path
) -> None:
    options = ("--session.store", "sqlite", "--session.storeUrl", str(tmp_path / "s.db"))
    server = serve(apps.COUNTER, *options, "--session.ttl", "1")
    page.goto(server.url)
    click_to(page, 2)
    page.goto("about:blank")
    time.sleep(2.5)
    page.goto(server.url)
    page.get_by_text("Count = 0").wait_for()


def test_tampered_state_is_refused_and_only_its_key_is_lost(
    serve: Callable[..., Server], page: Any, tmp_path: Path
) -> None:
    db = tmp_path / "sessions.db"
    script = (
        "import fractions\nimport ostinato as st\n"
        "st.session_state.setdefault('third', fractions.Fraction(1, 3))\n"
        "st.session_state.setdefault('n', 0)\n"
        "if st.button('Increment'):\n    st.session_state.n += 1\n"
        "st.write(f'Count = {st.session_state.n}, third = {st.session_state.third}')\n"
    )
    options = ("--session.store", "sqlite", "--session.storeUrl", str(db))
    server = serve(script, *options, "--session.allowPickle", "true")
    page.goto(server.url)
    page.get_by_role("button", name="Increment").click()
    page.get_by_text("Count = 1, third = 1/3").wait_for()
    server.stop()
    with sqlite3.connect(db) as conn:
        (data,) = conn.execute("SELECT data FROM sessions").fetchone()
        record = json.loads(data)
        record["user"]["third"]["sig"] = "f" * 64
        conn.execute("UPDATE sessions SET data = ?", (json.dumps(record).encode(),))
    serve(server.script, *options, "--session.allowPickle", "true", port=server.port)
    # The page reconnects by itself with its token; the tampered value is refused
    # (its key starts from its default again), the rest of the session is kept.
    page.get_by_text("Count = 1, third = 1/3").wait_for()
    toast = page.locator(".ost-toast")
    toast.wait_for()
    assert "HMAC-SHA256" in toast.inner_text()


def holder(workers: list[Server]) -> Server:
    """The worker that holds a session right now."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for worker in workers:
            if httpx.get(f"{worker.url}/_ostinato/stats").json()["sessions"] > 0:
                return worker
        time.sleep(0.1)
    raise AssertionError("no worker holds the session")


def test_workers_behind_nginx_survive_kill_9(
    serve: Callable[..., Server],
    redis_server: RedisServer,
    nginx: Callable[[list[int]], Nginx],
    context: Any,
    tmp_path: Path,
) -> None:
    script = tmp_path / "counter.py"
    script.write_text(apps.COUNTER)
    options = (
        "--session.store", "redis", "--session.storeUrl", redis_server.url,
        "--session.secret", SECRET, "--session.leaseTTL", "2",
    )  # fmt: skip
    workers = [serve(script, *options), serve(script, *options)]
    front = nginx([w.port for w in workers])
    page = context.new_page()
    other = context.new_page()
    page.goto(front.url)
    click_to(page, 3)
    # The worker holding this tab's session, found while it is the only session
    # (nginx spreads the page's requests, its assets included, over both workers).
    victim = holder(workers)
    other.goto(front.url)
    other.get_by_text("Count = 0").wait_for()
    # Every state the status line takes is recorded: the page may be disconnected
    # for only a moment before it reconnects to the other worker.
    page.evaluate(
        """() => {
            const status = document.getElementById("ostinato-status");
            window.__states = [];
            new MutationObserver(() => window.__states.push(status.dataset.state))
                .observe(status, {attributes: true, attributeFilter: ["data-state"]});
        }"""
    )
    victim.process.kill()
    page.wait_for_function("() => window.__states.includes('disconnected')")
    page.locator("#ostinato-status[data-state=connected]").wait_for(state="attached", timeout=20000)
    page.get_by_text("Count = 3").wait_for(timeout=10000)
    click_to(page, 5, start=3)
    page.reload()
    page.get_by_text("Count = 5").wait_for()
    other.reload()
    other.get_by_text("Count = 0").wait_for()
    other.get_by_role("button", name="Increment").click()
    other.get_by_text("Count = 1").wait_for()
    page.get_by_text("Count = 5").wait_for()


def test_upload_through_nginx_reaches_the_script_on_any_worker(
    serve: Callable[..., Server],
    redis_server: RedisServer,
    nginx: Callable[[list[int]], Nginx],
    page: Any,
    tmp_path: Path,
) -> None:
    script = tmp_path / "upload.py"
    script.write_text(apps.UPLOAD)
    options = (
        "--session.store", "redis", "--session.storeUrl", redis_server.url,
        "--session.secret", SECRET,
    )  # fmt: skip
    workers = [serve(script, *options), serve(script, *options)]
    front = nginx([w.port for w in workers])
    page.goto(front.url)
    page.get_by_text("No file yet").wait_for()
    # Round-robin sends successive POSTs to different workers; every one must work.
    for i in range(4):
        data = tmp_path / f"part{i}.csv"
        data.write_text(f"row,{i}\n")
        page.locator("input[type=file]").set_input_files(str(data))
        page.get_by_text(f"Got part{i}.csv with 6 bytes: row,{i}").wait_for()
