"""`make soak`: a reliability suite against real servers, in about 6 minutes on 2 cores
(at most 20).

Writes bench/SOAK.md (figure | target | measured | met?) and prints it. Parts: a
long protocol fuzz over several connections with a well-behaved tab alongside; a
never-reading client; malformed store records served to real tabs; a Redis failover
between two workers; SIGTERM during a run and kill -9 with the SQLite store; 500
sessions × 50 acknowledged clicks. Every server binds 127.0.0.1 on a free port and
is stopped on the way out, also when a part fails (the part is then reported as
failed, and the others still run). `python -m bench.soak --quick` is a short look,
not for the record.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import websockets
from websockets.exceptions import ConnectionClosed

from bench.__main__ import hardware, raise_fd_limit, redis_server
from ostinato.server import memory
from tests.conftest import Server, free_port, wait_listening
from tests.e2e.apps import COUNTER

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


# ---------------------------------------------------------------- servers


@dataclass
class Served:
    """A server whose output goes to a log file (a pipe nobody reads would block it)."""

    server: Server
    log: Path

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def pid(self) -> int:
        return self.server.process.pid

    def tracebacks(self) -> int:
        return self.log.read_text(errors="replace").count("Traceback")


def launch(script: Path, log: Path, *options: str, port: int | None = None) -> Served:
    """`ostinato run script` on 127.0.0.1 and a free port, answering its health URL."""
    port = port or free_port()
    command = [
        sys.executable, "-m", "ostinato.cli", "run", str(script),
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none", *options,
    ]  # fmt: skip
    handle = log.open("ab")
    process = subprocess.Popen(
        command,
        cwd=script.parent,
        stdout=handle,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        preexec_fn=raise_fd_limit,
    )
    handle.close()
    served = Served(Server(f"http://127.0.0.1:{port}", port, process, script), log)
    try:
        wait_listening(f"{served.url}/_ostinato/health", process)
    except BaseException:
        served.server.stop()
        raise
    return served


@contextmanager
def serving(script: Path, log: Path, *options: str, port: int | None = None) -> Iterator[Served]:
    served = launch(script, log, *options, port=port)
    try:
        yield served
    finally:
        served.server.stop()


def ws_url(url: str) -> str:
    return url.replace("http://", "ws://") + "/_ostinato/ws"


def messages_of(raw: str | bytes) -> list[dict[str, Any]]:
    data = json.loads(raw)
    return data if isinstance(data, list) else [data]


class AsyncTab:
    """A tab over an asyncio websocket: the texts of its last finished run, its ids."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.token = ""
        self.resumed = False
        self.texts: list[str] = []
        self.notices: list[str] = []
        self.ids: dict[str, str] = {}
        self.tables: list[list[int]] = []
        self.status = ""

    async def open(self, token: str | None = None, timeout: float = 15) -> AsyncTab:
        self.ws = await websockets.connect(
            ws_url(self.url), max_size=None, ping_interval=None, open_timeout=timeout
        )
        await self.ws.send(json.dumps({"t": "connect", "v": 1, "token": token, "page": ""}))
        await self.finished(timeout)
        return self

    async def finished(self, timeout: float = 15) -> None:
        """Read until a run finishes (not one a rerun interrupted)."""
        texts: dict[tuple[int, ...], str] = {}
        async with asyncio.timeout(timeout):
            while True:
                for message in messages_of(await self.ws.recv()):
                    kind = message["t"]
                    if kind == "session":
                        self.token = message["token"]
                        self.resumed = bool(message.get("resumed"))
                    elif kind == "notice":
                        self.notices.append(str(message.get("message", "")))
                    elif kind == "run_started":
                        texts = {}
                    elif kind == "delta":
                        element = message["el"]
                        if "id" in element and "label" in element:
                            self.ids[element["label"]] = element["id"]
                        if element.get("type") == "dataframe":
                            self.tables.append(list(message["path"]))
                        if element.get("type") == "markdown":
                            texts[tuple(message["path"])] = element["body"]
                    elif kind == "run_finished" and message["status"] != "rerun":
                        self.status = message["status"]
                        self.texts = [body for _, body in sorted(texts.items())]
                        return

    async def click(self, label: str, timeout: float = 15) -> list[str]:
        await self.ws.send(json.dumps({"t": "rerun", "changes": {}, "triggers": [self.ids[label]]}))
        await self.finished(timeout)
        return self.texts

    async def close(self) -> None:
        await self.ws.close()


# ---------------------------------------------------------------- results


@dataclass
class Row:
    figure: str
    target: str
    measured: str
    met: bool | None  # None: no target, a figure reported for its own sake

    def cell(self) -> str:
        return "—" if self.met is None else ("yes" if self.met else "**no (missed)**")


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, figure: str, target: str, measured: str, met: bool | None) -> None:
        self.rows.append(Row(figure, target, measured, met))
        print(f"  {figure}: {measured} (target {target}) {Row('', '', '', met).cell()}", flush=True)

    def failed(self, part: str, exc: BaseException) -> None:
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()[:300]
        self.add(f"{part}: the part ran to its end", "yes", f"failed: {detail}", False)
        traceback.print_exc()


# ---------------------------------------------------------------- 1. fuzz


def fuzz_worker(url: str, seed: int, connections: int, frames: int, until: float) -> dict[str, int]:
    """One process: `connections` fuzzing websockets, batches of frames each followed
    by a ping whose pong proves the batch was answered."""
    from tests.server.test_fuzz import fuzz_frame

    return asyncio.run(_fuzz(url, seed, connections, frames, until, fuzz_frame))


async def _fuzz(
    url: str,
    seed: int,
    connections: int,
    frames: int,
    until: float,
    fuzz_frame: Callable[[random.Random, list[str], list[str]], str],
) -> dict[str, int]:
    totals = {"frames": 0, "errors": 0, "closes": 0, "unclean_closes": 0, "fresh": 0,
              "fresh_bad": 0, "stalls": 0}  # fmt: skip
    probe = await AsyncTab(url).open()
    ids = list(probe.ids.values())
    triggers = [probe.ids[label] for label in ("Add", "Submit") if label in probe.ids]
    await probe.close()
    share = frames // connections
    batch = 200

    async def one(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        ws = await websockets.connect(ws_url(url), max_size=None, ping_interval=None)
        await ws.send(json.dumps({"t": "connect", "v": 1, "token": None, "page": ""}))
        sent = 0
        n = 0
        while sent < share and time.time() < until:
            n += 1
            count = min(batch, share - sent)
            try:
                for _ in range(count):
                    await ws.send(fuzz_frame(rng, ids, triggers))
                # A marker the fuzz never sends (a message type of its own, refused
                # with an error that names it): replies come in order, so its answer
                # proves every frame before it was answered.
                mark = f"soak-mark-{number}-{n}"
                await ws.send(json.dumps({"t": mark}))
                async with asyncio.timeout(30):
                    while True:
                        got = messages_of(await ws.recv())
                        totals["errors"] += sum(m.get("t") == "error" for m in got)
                        if any(mark in str(m.get("message", "")) for m in got):
                            totals["errors"] -= 1
                            break
            except ConnectionClosed as closed:
                totals["closes"] += 1
                if closed.rcvd is None or closed.rcvd.code not in (1008, 1009):
                    totals["unclean_closes"] += 1
                ws = await websockets.connect(ws_url(url), max_size=None, ping_interval=None)
                await ws.send(json.dumps({"t": "connect", "v": 1, "token": None, "page": ""}))
            except TimeoutError:
                totals["stalls"] += 1
                await ws.close()
                ws = await websockets.connect(ws_url(url), max_size=None, ping_interval=None)
                await ws.send(json.dumps({"t": "connect", "v": 1, "token": None, "page": ""}))
            sent += count
            totals["frames"] += count
            if n % 25 == 0:  # a fresh connection whose first frame is hostile
                totals["fresh"] += 1
                frame = fuzz_frame(rng, ids, triggers).replace('"t": "rerun"', '"t": "connect"')
                try:
                    async with websockets.connect(ws_url(url), open_timeout=10) as fresh:
                        await fresh.send(frame)
                        async with asyncio.timeout(10):
                            first = messages_of(await fresh.recv())[0]
                        if first.get("t") != "session":
                            totals["fresh_bad"] += 1
                except ConnectionClosed as closed:
                    if closed.rcvd is None or closed.rcvd.code != 1008:
                        totals["fresh_bad"] += 1
                except (TimeoutError, OSError):
                    totals["fresh_bad"] += 1
                totals["frames"] += 1
        await ws.close()

    await asyncio.gather(*(one(i) for i in range(connections)))
    return totals


async def well_behaved(url: str, stop: threading.Event) -> dict[str, Any]:
    """A normal tab clicking its button twice a second; every answer must count right."""
    tab = await AsyncTab(url).open()
    clicks = wrong = failures = 0
    slowest = 0.0
    while not stop.is_set():
        started = time.monotonic()
        try:
            texts = await tab.click("Add", timeout=20)
            clicks += 1
            if f"Count = {clicks}" not in texts:
                wrong += 1
        except (ConnectionClosed, TimeoutError, OSError):
            failures += 1
            break
        slowest = max(slowest, time.monotonic() - started)
        await asyncio.sleep(0.5)
    await tab.close()
    return {"clicks": clicks, "wrong": wrong, "failures": failures, "slowest": slowest}


def part_fuzz(report: Report, work: Path, frames: int, seconds: float) -> None:
    from tests.server.test_fuzz import APP

    script = work / "fuzz_app.py"
    script.write_text(APP)
    workers, per_worker = 2, 4
    with serving(script, work / "fuzz.log") as served:
        stop = threading.Event()
        outcome: dict[str, Any] = {}

        def alongside() -> None:
            outcome.update(asyncio.run(well_behaved(served.url, stop)))

        watcher = threading.Thread(target=alongside)
        watcher.start()
        started = time.monotonic()
        until = time.time() + seconds
        try:
            with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
                futures = [
                    pool.submit(
                        fuzz_worker, served.url, 20261201 + i, per_worker, frames // workers, until
                    )
                    for i in range(workers)
                ]
                results = [f.result() for f in futures]
        finally:
            elapsed = time.monotonic() - started
            stop.set()
            watcher.join(60)
        alive = served.server.process.poll() is None
        served.server.stop()
        totals = {k: sum(r[k] for r in results) for k in results[0]}
        tracebacks = served.tracebacks()
    sent = totals["frames"]
    report.add(
        f"fuzzed frames ({workers * per_worker} connections, every message type and field)",
        f"{frames:,}",
        f"{sent:,} in {elapsed:.0f} s ({sent / elapsed:,.0f} frames/s); "
        f"{totals['errors']:,} refused with an error reply",
        sent >= frames,
    )
    report.add("fuzz: server process alive at the end (crashes)", "alive, 0 crashes",
               "alive" if alive else "dead", alive)  # fmt: skip
    report.add("fuzz: \"Traceback\" lines in the server log", "0", str(tracebacks),
               tracebacks == 0)  # fmt: skip
    unclean = totals["unclean_closes"] + totals["stalls"] + totals["fresh_bad"]
    report.add(
        "fuzz: replies missing or unclean closes (a batch's marker never answered, a close "
        "other than 1008/1009, a hostile first frame without a session or 1008)",
        "0",
        f"{unclean} ({totals['closes']} closes, {totals['stalls']} stalls, "
        f"{totals['fresh']} hostile first frames, {totals['fresh_bad']} answered badly)",
        unclean == 0,
    )
    good = outcome.get("failures", 1) == 0 and outcome.get("wrong", 1) == 0
    report.add(
        "fuzz: well-behaved tab alongside answers every rerun with the right count",
        "every rerun, right count",
        f"{outcome.get('clicks', 0)} reruns, {outcome.get('wrong', '?')} wrong counts, "
        f"{outcome.get('failures', '?')} failures, slowest {outcome.get('slowest', 0):.2f} s",
        good,
    )


# ---------------------------------------------------------------- 2. never-reading


def rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def flood(served: Served, seconds: float) -> tuple[int, int]:
    """A client that sends a rerun every 10 ms and never reads, then leaves: the
    server's peak RSS meanwhile (KB) and the frames sent."""
    from tests.server.test_protocol_hardening import never_reading, send_frame

    sock = never_reading(served.server)
    peak = rss_kb(served.pid)
    sent = 0
    deadline = time.monotonic() + seconds
    next_sample = 0.0
    try:
        while time.monotonic() < deadline:
            try:
                send_frame(sock, '{"t": "rerun"}')
            except OSError:
                break
            sent += 1
            if time.monotonic() >= next_sample:
                peak = max(peak, rss_kb(served.pid))
                next_sample = time.monotonic() + 0.5
            time.sleep(0.01)
        peak = max(peak, rss_kb(served.pid))
    finally:
        sock.close()
    return peak, sent


def held_sessions(served: Served) -> int:
    with urllib.request.urlopen(f"{served.url}/_ostinato/stats", timeout=5) as answer:
        return int(json.loads(answer.read())["sessions"])


def wait_sessions(served: Served, count: int, timeout: float = 15) -> int:
    """Wait until the server holds `count` sessions (a left tab's session expired)."""
    deadline = time.monotonic() + timeout
    while (held := held_sessions(served)) > count and time.monotonic() < deadline:
        time.sleep(0.25)
    return held


def settled_rss(served: Served) -> int:
    """The server's RSS once a departed client's session has gone: the median of 5
    samples over 2 s (memory is handed back at the next expiry sweep)."""
    samples = []
    for _ in range(5):
        time.sleep(0.4)
        samples.append(rss_kb(served.pid))
    return int(statistics.median(samples))


def part_never_reading(report: Report, work: Path, seconds: float) -> None:
    from tests.server.client import Tab
    from tests.server.test_protocol_hardening import BIG

    script = work / "big_app.py"
    script.write_text(BIG)
    # A left tab's session (and the page it drew) is kept 2 s, not 120: what stays
    # after that is what the never-reading client itself left behind.
    with serving(script, work / "never_reading.log", "--server.disconnectedSessionTTL", "2") as (
        served
    ):
        other = Tab(served.url)
        other.run(timeout=10)
        for _ in range(20):  # warm: the same runs a reading tab causes
            other.rerun()
            other.run(timeout=10)
        # Warm what the first never-reading client of a process meets once (code
        # paths and caches of interrupted runs and dropped deltas): after that, what
        # stays is what a client leaves behind.
        flood(served, 5)
        other.rerun()
        other.run(timeout=10)
        wait_sessions(served, 1)
        before = settled_rss(served)
        peak, sent = flood(served, seconds)
        other.rerun()
        answered = other.run(timeout=10).status == "ok"
        held = wait_sessions(served, 1)
        after = settled_rss(served)
        # More never-reading clients, one after the other: each one's memory must
        # be given back when it leaves, so RSS does not accumulate.
        later: list[int] = []
        afters = [after]
        for _ in range(3):
            again, _ = flood(served, seconds / 4)
            later.append(again)
            other.rerun()
            answered = answered and other.run(timeout=10).status == "ok"
            held = max(held, wait_sessions(served, 1))
            afters.append(settled_rss(served))
        last = afters[-1]
        # The control: as many ordinary tabs that read, rerun for as long and leave.
        for _ in range(4):
            tab = Tab(served.url)
            tab.run(timeout=10)
            until = time.monotonic() + seconds / 4
            while time.monotonic() < until:
                tab.rerun()
                tab.run(timeout=10)
            tab.close()
            held = max(held, wait_sessions(served, 1))
        control = settled_rss(served)
        other.close()
        served.server.stop()
        tracebacks = served.tracebacks()
    grown = (peak - before) / 1024
    report.add(
        f"never-reading client, {seconds:.0f} s, a rerun every 10 ms ({sent:,} sent): "
        "server RSS growth at its peak",
        "≤ 10 MB",
        f"{grown:.1f} MB ({before / 1024:.0f} → {peak / 1024:.0f} MB)",
        grown <= 10,
    )
    lefts = [(a - before) / 1024 for a in afters]
    report.add(
        "never-reading client: its memory freed when it leaves (its session gone 2 s "
        "after, server.disconnectedSessionTTL = 2; RSS settled after it left — the "
        "median of 5 samples over 2 s — vs before, measured once a first 5-s such "
        "client has warmed the server)",
        "≤ 1 MB",
        f"{lefts[0]:+.1f} MB; sessions held after it left: {held} (the reading tab); "
        f"the reading tab answered after each client: {'yes' if answered else 'no'}; "
        f"tracebacks {tracebacks}; freed pages handed back to the system with "
        f"malloc_trim: {'yes' if memory.available() else 'no (not glibc)'}",
        held <= 1 and lefts[0] <= 1.0 and answered and tracebacks == 0,
    )
    settled = (control - before) / 1024
    report.add(
        f"never-reading clients: nothing accumulates (3 more of {seconds / 4:.0f} s one "
        "after the other, then 4 ordinary tabs that read, rerun and leave: RSS at the "
        "end vs before)",
        "≤ 1 MB",
        f"{settled:+.1f} MB at the end; after each never-reading client left: "
        f"{', '.join(f'{left:+.1f}' for left in lefts)} MB; their peaks "
        f"{', '.join(f'{(p - before) / 1024:+.1f}' for p in [peak, *later])} MB; after "
        f"the ordinary tabs {(control - last) / 1024:+.1f} MB from the last",
        settled <= 1.0 and answered and tracebacks == 0,
    )


# ---------------------------------------------------------------- 3. malformed records


def part_corrupt(report: Report, work: Path, count: int) -> None:
    from ostinato.config import reset_options, set_option
    from ostinato.runtime.runtime import Runtime
    from ostinato.stores.persistence import Persistence, token_hash
    from tests.stores.test_corrupt import APP, malformed_records, run

    script = work / "corrupt_app.py"
    script.write_text(APP)
    db = work / "corrupt.db"
    set_option("session.store", "sqlite")
    set_option("session.storeUrl", str(db))
    set_option("session.allowPickle", True)
    try:
        first = Runtime(str(script), persistence=Persistence.from_options())
        persistence = first.persistence
        assert persistence is not None
        original = first.create_session()
        run(original)
        original.state["good"] = 41
        original.persist()
        loaded = persistence.load(original.token)
        assert loaded is not None
        records = malformed_records(json.loads(loaded[1]))
        chosen = sorted(random.Random(50).sample(range(len(records)), min(count, len(records))))
        tokens: dict[str, str] = {}
        for i in chosen:
            session_id, token = f"damaged-{i}", f"token-{i}-{os.urandom(8).hex()}"
            data = records[i].replace(
                json.dumps(original.id).encode(), json.dumps(session_id).encode()
            )
            assert persistence.store.save(session_id, token_hash(token), data, 600, 0)
            tokens[session_id] = token
        first.shutdown()
    finally:
        reset_options()

    kept = kept_noticed = fresh = fresh_noticed = dropped = other = 0

    async def visit(url: str) -> None:
        nonlocal kept, kept_noticed, fresh, fresh_noticed, dropped, other
        for _, token in tokens.items():
            tab = AsyncTab(url)
            try:
                await tab.open(token, timeout=15)
                # A second run over the same connection: the tab goes on.
                await tab.ws.send(json.dumps({"t": "rerun", "changes": {}, "triggers": []}))
                await tab.finished(15)
            except (ConnectionClosed, TimeoutError, OSError):
                dropped += 1
                continue
            finally:
                if hasattr(tab, "ws"):
                    await tab.close()
            body = next((t for t in tab.texts if t.startswith("good=")), "")
            if tab.resumed and body.startswith("good=41 "):
                kept += 1
                kept_noticed += bool(tab.notices)
            elif body == "good=0 level=2 name=ada" and tab.notices:
                fresh += 1
                fresh_noticed += 1
            else:
                other += 1

    options = ("--session.store", "sqlite", "--session.storeUrl", str(db),
               "--session.allowPickle", "true")  # fmt: skip
    with serving(script, work / "corrupt.log", *options) as served:
        asyncio.run(visit(served.url))
        alive = served.server.process.poll() is None
        served.server.stop()
        tracebacks = served.tracebacks()
    total = len(tokens)
    report.add(
        f"{total} malformed store records (SQLite) served to real tabs: resumed with "
        "what could be read / started fresh with a notice",
        f"all {total} one or the other",
        f"{kept} resumed ({kept_noticed} with a notice naming what was lost), "
        f"{fresh} fresh with a notice, {other} neither",
        kept + fresh == total,
    )
    report.add(
        "malformed records: dropped connections",
        "0",
        f"{dropped} (server alive: {'yes' if alive else 'no'}; tracebacks {tracebacks})",
        dropped == 0 and alive,
    )


# ---------------------------------------------------------------- 4. failover


def part_failover(report: Report, work: Path, pending: int, lease: float) -> None:
    script = work / "counter.py"
    script.write_text(COUNTER)
    with redis_server() as url:
        options = ("--session.store", "redis", "--session.storeUrl", url,
                   "--session.secret", "a-secret-shared-by-the-soak-workers",
                   "--session.leaseTTL", str(lease))  # fmt: skip
        with (
            serving(script, work / "worker_a.log", *options) as dead,
            serving(script, work / "worker_b.log", *options) as survivor,
        ):
            result = asyncio.run(_failover(dead, survivor, pending))
    latency, page_latency, backs, ok = result
    report.add(
        f"Redis failover (2 workers, leaseTTL {lease:g} s): a new visitor's page on the "
        f"surviving worker while {pending} resumes wait (GET / + websocket to its first "
        "finished run)",
        "≤ 0.5 s",
        f"{latency:.3f} s (GET / alone {page_latency:.3f} s)",
        latency <= 0.5,
    )
    slowest = max(backs) if backs else float("inf")
    report.add(
        "Redis failover: a resumed tab back (kill -9 → its session's run finished, "
        "slowest of the pending tabs)",
        f"≤ leaseTTL + 0.5 s = {lease + 0.5:g} s",
        f"{slowest:.2f} s (fastest {min(backs, default=float('inf')):.2f} s); "
        f"{ok}/{pending} back with their count",
        slowest <= lease + 0.5 and ok == pending,
    )


async def _failover(
    dead: Served, survivor: Served, pending: int
) -> tuple[float, float, list[float], int]:
    tabs = [await AsyncTab(dead.url).open() for _ in range(pending)]
    for tab in tabs:
        await tab.click("Increment")
    tokens = [tab.token for tab in tabs]
    dead.server.process.kill()
    died = time.monotonic()
    dead.server.process.wait(10)
    for tab in tabs:
        await tab.close()

    async def resume(token: str) -> tuple[float, bool]:
        tab = await AsyncTab(survivor.url).open(token, timeout=30)
        back = time.monotonic() - died
        right = tab.resumed and "Count = 1" in tab.texts
        await tab.close()
        return back, right

    resumes = [asyncio.create_task(resume(token)) for token in tokens]
    await asyncio.sleep(0.5)
    started = time.monotonic()
    page = await asyncio.to_thread(
        lambda: urllib.request.urlopen(survivor.url + "/", timeout=10).read()
    )
    page_latency = time.monotonic() - started
    assert page
    visitor = await AsyncTab(survivor.url).open()
    latency = time.monotonic() - started
    assert "Count = 0" in visitor.texts
    await visitor.close()
    outcomes = await asyncio.gather(*resumes, return_exceptions=True)
    backs = [o[0] for o in outcomes if isinstance(o, tuple)]
    ok = sum(1 for o in outcomes if isinstance(o, tuple) and o[1])
    return latency, page_latency, backs, ok


# ---------------------------------------------------------------- 5. SIGTERM, kill -9


def part_sigterm(report: Report, work: Path) -> None:
    from tests.e2e.test_shutdown import APP, Tab

    script = work / "sigterm_app.py"
    script.write_text(APP)
    db = work / "sigterm.db"
    options = ("--session.store", "sqlite", "--session.storeUrl", str(db))
    served = launch(script, work / "sigterm.log", *options)
    try:
        tab = Tab(served.url)
        tab.text("runs=1 note=set by run 1")
        tab.wait(lambda m: m["t"] == "run_finished")
        tab.ws.send(json.dumps({"t": "rerun", "changes": {}, "triggers": []}))
        tab.text("runs=2 note=set by run 2")  # run 2 set its state and sleeps 60 s
        started = time.monotonic()
        served.server.process.send_signal(signal.SIGTERM)
        served.server.process.wait(20)
        stopped_in = time.monotonic() - started
    finally:
        served.server.stop()
    with serving(script, work / "sigterm.log", *options) as again:
        back = Tab(again.url, tab.token)
        resumed = back.session["resumed"] is True
        body = back.wait(
            lambda m: m["t"] == "delta" and str(m["el"].get("body", "")).startswith("runs="),
            timeout=10,
        )["el"]["body"]
        back.ws.close()
    # Run 3 starts from the state run 2 set before the signal, not from run 1's.
    kept = resumed and body == "runs=3 note=set by run 3"
    report.add(
        "SIGTERM during a run (SQLite): the state that run set before the signal is in "
        "the store (back after a restart)",
        "yes",
        f"{'yes' if kept else 'no'} (after the restart: {body!r}; the server stopped "
        f"{stopped_in:.1f} s after SIGTERM, inside the run's 60 s sleep)",
        kept,
    )


def part_kill9(report: Report, work: Path, kills: int) -> None:
    from tests.server.client import Tab

    script = work / "kill9_counter.py"
    script.write_text(COUNTER)
    db = work / "kill9.db"
    options = ("--session.store", "sqlite", "--session.storeUrl", str(db))
    rng = random.Random(9)
    token: str | None = None
    acked = 0
    lost = 0
    clicks = 0
    details: list[str] = []
    for _ in range(kills):
        served = launch(script, work / "kill9.log", *options)
        try:
            tab = Tab(served.url, token)
            first = tab.run(timeout=10)
            count = int(first.texts()[0].split("= ")[1])
            if token is not None and count < acked:
                lost += acked - count
                details.append(f"{acked}→{count}")
            acked = count
            token = tab.token
            button = first.of_type("button")[0]["id"]
            timer = threading.Timer(rng.uniform(0.2, 1.5), served.server.process.kill)
            timer.start()
            try:
                while True:
                    tab.rerun(triggers=[button])
                    texts = tab.run(timeout=10).texts()
                    acked = int(texts[0].split("= ")[1])
                    clicks += 1
            except (ConnectionClosed, TimeoutError, OSError):
                pass
            timer.join()
            served.server.process.wait(10)
        finally:
            served.server.stop()
    with serving(script, work / "kill9.log", *options) as last:
        tab = Tab(last.url, token)
        count = int(tab.run(timeout=10).texts()[0].split("= ")[1])
        tab.close()
    if count < acked:
        lost += acked - count
        details.append(f"{acked}→{count}")
    report.add(
        f"kill -9 during clicks, {kills} random kills (SQLite store): acknowledged updates lost",
        "0",
        f"{lost} of {clicks} acknowledged clicks" + (f" ({', '.join(details)})" if details else ""),
        lost == 0,
    )


# ---------------------------------------------------------------- 6. load


def part_load(report: Report, work: Path, sessions: int, clicks: int) -> None:
    script = work / "load_counter.py"
    script.write_text(COUNTER)
    with serving(script, work / "load.log") as served:
        result = asyncio.run(_load(served.url, sessions, clicks))
        alive = served.server.process.poll() is None
        served.server.stop()
        tracebacks = served.tracebacks()
    exact, wrong_steps, errors, elapsed = result
    total = sessions * clicks
    report.add(
        f"load: {sessions} sessions × {clicks} acknowledged clicks over the protocol "
        "client: sessions with the exact final count (and every step right)",
        f"{sessions}/{sessions}",
        f"{exact}/{sessions} ({wrong_steps} wrong steps, {errors} errors; {total:,} clicks "
        f"in {elapsed:.1f} s, {total / elapsed:,.0f}/s; tracebacks {tracebacks}; "
        f"server alive {'yes' if alive else 'no'})",
        exact == sessions and wrong_steps == 0 and errors == 0,
    )


async def _load(url: str, sessions: int, clicks: int) -> tuple[int, int, int, float]:
    gate = asyncio.Semaphore(64)
    tabs: list[AsyncTab] = []

    async def open_one() -> None:
        async with gate:
            tabs.append(await AsyncTab(url).open(timeout=60))

    await asyncio.gather(*(open_one() for _ in range(sessions)))
    wrong = errors = exact = 0

    async def clicker(tab: AsyncTab) -> None:
        nonlocal wrong, errors, exact
        texts: list[str] = []
        for i in range(1, clicks + 1):
            try:
                texts = await tab.click("Increment", timeout=60)
            except (ConnectionClosed, TimeoutError, OSError):
                errors += 1
                return
            wrong += f"Count = {i}" not in texts
        exact += texts == [f"Count = {clicks}"]

    started = time.monotonic()
    await asyncio.gather(*(clicker(tab) for tab in tabs))
    elapsed = time.monotonic() - started
    await asyncio.gather(*(tab.close() for tab in tabs), return_exceptions=True)
    return exact, wrong, errors, elapsed


# ---------------------------------------------------------------- main


def machine() -> str:
    redis = subprocess.run(["redis-server", "--version"], capture_output=True, text=True)
    version = next((w for w in redis.stdout.split() if w.startswith("v=")), "v=?")[2:]
    return f"{hardware()}, redis-server {version}; clients run on the same machine."


def write(report: Report, quick: bool, took: float) -> str:
    lines = [
        "# Soak results",
        "",
        f"Made by `make soak`{' --quick' if quick else ''} on "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, in {took / 60:.1f} minutes.",
        "",
        f"Machine: {machine()}",
        "",
        "| figure | target | measured | met? |",
        "|---|---|---|---|",
        *(f"| {r.figure} | {r.target} | {r.measured} | {r.cell()} |" for r in report.rows),
        "",
        *report.notes,
    ]
    text = "\n".join(lines) + "\n"
    if not quick:
        (HERE / "SOAK.md").write_text(text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short look, not for the record")
    parser.add_argument("--only", default="", help="comma-separated parts (for development)")
    args = parser.parse_args()
    quick = args.quick
    raise_fd_limit()
    report = Report()
    began = time.monotonic()
    parts: list[tuple[str, Callable[[Path], None]]] = [
        (
            "fuzz",
            lambda w: part_fuzz(report, w, 20_000 if quick else 1_000_000, 20 if quick else 420),
        ),
        ("never-reading", lambda w: part_never_reading(report, w, 10 if quick else 60)),
        ("malformed records", lambda w: part_corrupt(report, w, 50)),
        ("failover", lambda w: part_failover(report, w, 20, 3.0)),
        ("SIGTERM", lambda w: part_sigterm(report, w)),
        ("kill -9", lambda w: part_kill9(report, w, 5 if quick else 20)),
        ("load", lambda w: part_load(report, w, 50 if quick else 500, 50)),
    ]
    only = {p.strip() for p in args.only.split(",") if p.strip()}
    with tempfile.TemporaryDirectory(prefix="ostinato-soak-") as tmp:
        for name, part in parts:
            if only and name not in only:
                continue
            print(f"[{time.monotonic() - began:6.0f} s] {name}", flush=True)
            folder = Path(tmp) / name.replace(" ", "_")
            folder.mkdir()
            try:
                part(folder)
            except Exception as exc:
                report.failed(name, exc)
    report.notes.append(
        "How: every server is a real `ostinato run` process on 127.0.0.1 and a free port, "
        'its output in a log file whose "Traceback" lines are counted. The fuzz sends '
        "frames from tests/server/test_fuzz.py's generator (every client message type, "
        "every field with valid, boundary and hostile values, raw NaN/huge numbers/lone "
        "surrogates, junk) in batches of 200, each followed by a marker frame (a message "
        "type of its own) whose refusal proves the whole batch was answered; "
        "2 client processes share the 2 cores with the server. "
        "RSS is /proc's VmRSS of the server process. kill -9 counts a click as "
        "acknowledged when its run_finished arrived; the count read back after the "
        "restart is compared with the last acknowledged one."
    )
    text = write(report, quick, time.monotonic() - began)
    print("\n" + text)


if __name__ == "__main__":
    main()
