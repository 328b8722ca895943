"""Runs that wait: sessions whose script runs sleep (I/O) or spin (CPU) for 3 s.

Runs in either venv against bench/apps/waits.py:
`python -m bench.waits ostinato|streamlit --url URL --pid PID --part NAME [--sessions N]`.
Prints one JSON object. Only loopback addresses are used. Parts:

- `wait`: N sessions click "Wait" at once (each run sleeps 3 s); seconds from the clicks
  to each run's end, and a probe session clicking "Add" every 100 ms meanwhile.
- `stream`: N sessions click "Wait", one more clicks "Stream" (a placeholder rewritten
  20 times, 100 ms apart); the gaps between the placeholder updates that tab receives.
- `tabs`: N idle tabs (threads and RSS of the server), then all click "Wait" (peaks).
- `spin`: N sessions click "Spin" (3 s busy loop each) while the probe clicks "Add".
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import resource
import statistics
import sys
import time
from typing import Any

import websockets

from bench.load import OstinatoTab, StreamlitTab, rss_kb

OPEN_TIMEOUT = 60.0
"""Seconds a websocket handshake may take (a server opening hundreds of sessions is slow)."""


class OstinatoWaitTab(OstinatoTab):
    """OstinatoTab that knows its buttons by label and notes the placeholder's ticks."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.buttons: dict[str, str] = {}
        self.ticks: list[tuple[float, str]] = []
        self.finished_at = 0.0
        self.status = ""

    async def _until_finished(self) -> None:
        while True:
            data = json.loads(await self.ws.recv())
            now = time.perf_counter()
            for message in data if isinstance(data, list) else [data]:
                if message["t"] == "delta":
                    element = message["el"]
                    if element["type"] == "button":
                        self.buttons[element["label"]] = element["id"]
                    elif element["type"] == "markdown" and str(element.get("body", "")).startswith(
                        "tick "
                    ):
                        self.ticks.append((now, element["body"]))
                if message["t"] == "run_finished" and message["status"] != "rerun":
                    self.finished_at = now
                    self.status = message["status"]
                    return

    async def open(self) -> None:
        # as OstinatoTab.open, with a handshake that may wait for a busy server
        self.ws = await websockets.connect(
            self.url, max_size=None, ping_interval=None, open_timeout=OPEN_TIMEOUT
        )
        await self.ws.send(json.dumps({"t": "connect", "v": 1, "token": None, "page": ""}))
        await self._until_finished()

    async def press(self, label: str) -> None:
        """Click the button labelled `label`; does not wait for the run."""
        trigger = {"t": "rerun", "changes": {}, "triggers": [self.buttons[label]]}
        await self.ws.send(json.dumps(trigger))

    async def finished(self) -> float:
        """perf_counter() when the run under way ended."""
        await self._until_finished()
        if self.status != "ok":
            raise RuntimeError(f"a run ended with status {self.status}")
        return self.finished_at


class StreamlitWaitTab(StreamlitTab):
    """StreamlitTab that knows its buttons by label and notes the placeholder's ticks."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.buttons: dict[str, str] = {}
        self.ticks: list[tuple[float, str]] = []
        self.finished_at = 0.0

    async def _until_finished(self) -> None:
        from streamlit.proto.ForwardMsg_pb2 import (  # type: ignore[import-not-found]
            ForwardMsg,
        )

        while True:
            raw = await self.ws.recv()
            now = time.perf_counter()
            message = ForwardMsg()
            message.ParseFromString(raw)
            kind = message.WhichOneof("type")
            if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                which = element.WhichOneof("type")
                if which == "button":
                    self.buttons[element.button.label] = element.button.id
                elif which == "markdown" and element.markdown.body.startswith("tick "):
                    self.ticks.append((now, element.markdown.body))
            if kind == "script_finished" and message.script_finished in (
                ForwardMsg.FINISHED_SUCCESSFULLY,
                ForwardMsg.FINISHED_WITH_COMPILE_ERROR,
            ):
                if message.script_finished != ForwardMsg.FINISHED_SUCCESSFULLY:
                    raise RuntimeError("the script did not compile")
                self.finished_at = now
                return

    async def open(self) -> None:
        # as StreamlitTab.open, with a handshake that may wait for a busy server
        from streamlit.proto.BackMsg_pb2 import BackMsg  # type: ignore[import-not-found]

        self.BackMsg = BackMsg
        self.ws = await websockets.connect(
            self.url,
            subprotocols=["streamlit"],  # type: ignore[list-item]
            max_size=None,
            ping_interval=None,
            open_timeout=OPEN_TIMEOUT,
        )
        await self.ws.send(self._first_run())
        await self._until_finished()

    def _first_run(self) -> bytes:
        message = self.BackMsg()
        message.rerun_script.query_string = ""
        message.rerun_script.page_script_hash = ""
        data: bytes = message.SerializeToString()
        return data

    async def press(self, label: str) -> None:
        """Click the button labelled `label` (its trigger in a rerun_script BackMsg)."""
        message = self.BackMsg()
        state = message.rerun_script
        state.query_string = ""
        state.page_script_hash = ""
        widget = state.widget_states.widgets.add()
        widget.id = self.buttons[label]
        widget.trigger_value = True
        await self.ws.send(message.SerializeToString())

    async def finished(self) -> float:
        await self._until_finished()
        return self.finished_at


Tab = OstinatoWaitTab | StreamlitWaitTab
TABS: dict[str, type[OstinatoWaitTab] | type[StreamlitWaitTab]] = {
    "ostinato": OstinatoWaitTab,
    "streamlit": StreamlitWaitTab,
}


async def open_many(kind: str, url: str, count: int) -> list[Tab]:
    """Open `count` sessions, 64 at a time; each has finished its first run."""
    tabs: list[Tab] = [TABS[kind](url) for _ in range(count)]
    gate = asyncio.Semaphore(64)

    async def open_one(tab: Tab) -> None:
        async with gate:
            await tab.open()

    await asyncio.gather(*(open_one(tab) for tab in tabs))
    return tabs


def threads(pid: int) -> int:
    """Threads of a process now (/proc/PID/status `Threads:`)."""
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("Threads:"):
                return int(line.split()[1])
    return 0


async def click_all(tabs: list[Tab], label: str, ends: list[float] | None = None) -> list[float]:
    """Every tab clicks `label` at once; seconds from the clicks to each run's end
    (also appended to `ends` as they come, for a caller that stops waiting)."""
    ends = [] if ends is None else ends
    started = time.perf_counter()
    for tab in tabs:
        await tab.press(label)

    async def end(tab: Tab) -> None:
        ends.append(await tab.finished() - started)

    await asyncio.gather(*(end(tab) for tab in tabs))
    return ends


async def probe(tab: Tab, until: asyncio.Future[Any]) -> list[float]:
    """Click "Add" every 100 ms until `until` is done; ms from each click to its run's end."""
    latencies = []
    while not until.done():
        started = time.perf_counter()
        await tab.press("Add")
        ended = await tab.finished()
        latencies.append((ended - started) * 1000)
        await asyncio.sleep(0.1)
    return latencies


def summary(values: list[float]) -> dict[str, float | None]:
    return {
        "p50": statistics.median(values) if values else None,
        "max": max(values) if values else None,
    }


async def close_all(tabs: list[Tab]) -> None:
    await asyncio.gather(*(tab.close() for tab in tabs), return_exceptions=True)


async def part_wait(kind: str, url: str, sessions: int) -> dict[str, Any]:
    tabs = await open_many(kind, url, sessions + 1)
    prober, waiters = tabs[0], tabs[1:]
    runs = asyncio.ensure_future(click_all(waiters, "Wait"))
    latencies = await probe(prober, runs)
    ends = await runs
    await close_all(tabs)
    probe_ms = summary(latencies)
    return {"sessions": sessions, "last_s": max(ends), "median_s": statistics.median(ends),
            "probe_p50_ms": probe_ms["p50"], "probe_max_ms": probe_ms["max"],
            "probe_clicks": len(latencies)}  # fmt: skip


async def part_stream(kind: str, url: str, sessions: int) -> dict[str, Any]:
    tabs = await open_many(kind, url, sessions + 1)
    streamer, waiters = tabs[0], tabs[1:]
    runs = asyncio.ensure_future(click_all(waiters, "Wait"))
    await asyncio.sleep(0.05)  # the waits' clicks are out
    await streamer.press("Stream")
    await streamer.finished()
    ends = await runs
    await close_all(tabs)
    times = [at for at, _ in streamer.ticks]
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(times)]
    return {"sessions": sessions, "ticks": len(times), "max_gap_ms": max(gaps) if gaps else None,
            "median_gap_ms": statistics.median(gaps) if gaps else None,
            "waits_last_s": max(ends)}  # fmt: skip


async def part_tabs(
    kind: str, url: str, sessions: int, pid: int, wait_bound: float = 120.0
) -> dict[str, Any]:
    tabs = await open_many(kind, url, sessions)
    await asyncio.sleep(11)  # past Ostinato's 10 s idle-thread timeout; Streamlit's end at once
    idle_threads, idle_rss = threads(pid), rss_kb(pid)
    peak = [0, 0]

    async def sample() -> None:
        while True:
            peak[0] = max(peak[0], threads(pid))
            peak[1] = max(peak[1], rss_kb(pid))
            await asyncio.sleep(0.05)

    sampler = asyncio.ensure_future(sample())
    ends: list[float] = []
    result: dict[str, Any] = {}
    try:
        await asyncio.wait_for(click_all(tabs, "Wait", ends), wait_bound)
        result.update(last_s=max(ends), median_s=statistics.median(ends))
    except TimeoutError:  # the peaks so far stand; the runs' end does not
        why = f"{sessions - len(ends)} runs unfinished at {wait_bound:.0f} s"
        result.update(last_s=None, median_s=None, last_s_why=why, median_s_why=why)
    sampler.cancel()
    await close_all(tabs)
    return {"sessions": sessions, "idle_threads": idle_threads, "idle_rss_kb": idle_rss,
            "peak_threads": peak[0], "peak_rss_kb": peak[1], **result}  # fmt: skip


async def part_spin(kind: str, url: str, sessions: int) -> dict[str, Any]:
    tabs = await open_many(kind, url, sessions + 1)
    prober, spinners = tabs[0], tabs[1:]
    runs = asyncio.ensure_future(click_all(spinners, "Spin"))
    latencies = await probe(prober, runs)
    ends = await runs
    await close_all(tabs)
    probe_ms = summary(latencies)
    return {"sessions": sessions, "probe_p50_ms": probe_ms["p50"],
            "probe_max_ms": probe_ms["max"], "probe_clicks": len(latencies),
            "last_s": max(ends)}  # fmt: skip


PARTS = ("wait", "stream", "tabs", "spin")


async def run(args: argparse.Namespace) -> dict[str, Any]:
    if args.part == "wait":
        return await part_wait(args.kind, args.url, args.sessions)
    if args.part == "stream":
        return await part_stream(args.kind, args.url, args.sessions)
    if args.part == "tabs":
        return await part_tabs(args.kind, args.url, args.sessions, args.pid)
    return await part_spin(args.kind, args.url, args.sessions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=sorted(TABS))
    parser.add_argument("--url", required=True)
    parser.add_argument("--pid", type=int, required=True, help="server process, threads and RSS")
    parser.add_argument("--part", choices=PARTS, required=True)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=300.0, help="give up after this many s")
    args = parser.parse_args()
    assert args.url.startswith(("http://127.0.0.1", "http://localhost")), "loopback only"
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    try:
        result = asyncio.run(asyncio.wait_for(run(args), args.timeout))
    except TimeoutError:
        print(json.dumps({"error": f"timed out after {args.timeout:.0f} s"}))
        sys.exit(1)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result["client_cpu_s"] = usage.ru_utime + usage.ru_stime  # the client is not the bottleneck
    print(json.dumps(result))


if __name__ == "__main__":
    main()
