"""Protocol-level load: many sessions clicking a counter's button over websockets.

Runs in either venv: `python -m bench.load ostinato|streamlit --url ... --sessions N`.
Prints one JSON object. Only loopback addresses are used.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import time
from typing import Any

import websockets


class OstinatoTab:
    """A tab speaking docs/PROTOCOL.md."""

    def __init__(self, url: str) -> None:
        self.url = url.replace("http://", "ws://") + "/_ostinato/ws"
        self.button = ""

    async def open(self) -> None:
        self.ws = await websockets.connect(self.url, max_size=None, ping_interval=None)
        await self.ws.send(json.dumps({"t": "connect", "v": 1, "token": None, "page": ""}))
        await self._until_finished()

    async def _until_finished(self) -> None:
        while True:
            data = json.loads(await self.ws.recv())
            for message in data if isinstance(data, list) else [data]:
                if (
                    message["t"] == "delta"
                    and message["el"]["type"] == "button"
                    and not self.button
                ):
                    self.button = message["el"]["id"]
                if message["t"] == "run_finished" and message["status"] != "rerun":
                    return

    async def click(self) -> None:
        await self.ws.send(json.dumps({"t": "rerun", "changes": {}, "triggers": [self.button]}))
        await self._until_finished()

    async def close(self) -> None:
        await self.ws.close()


class StreamlitTab:
    """A tab speaking Streamlit's websocket + protobuf protocol."""

    def __init__(self, url: str) -> None:
        self.url = url.replace("http://", "ws://") + "/_stcore/stream"
        self.button = ""

    async def open(self) -> None:
        from streamlit.proto.BackMsg_pb2 import BackMsg

        self.BackMsg = BackMsg
        self.ws = await websockets.connect(
            self.url,
            subprotocols=["streamlit"],
            max_size=None,
            ping_interval=None,  # type: ignore[list-item]
        )
        await self._rerun(None)

    async def _rerun(self, trigger: str | None) -> None:
        message = self.BackMsg()
        state = message.rerun_script
        state.query_string = ""
        state.page_script_hash = ""
        if trigger:
            widget = state.widget_states.widgets.add()
            widget.id = trigger
            widget.trigger_value = True
        await self.ws.send(message.SerializeToString())
        await self._until_finished()

    async def _until_finished(self) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        while True:
            raw = await self.ws.recv()
            message = ForwardMsg()
            message.ParseFromString(raw)
            kind = message.WhichOneof("type")
            if kind == "delta" and not self.button:
                element = message.delta.new_element
                if element.WhichOneof("type") == "button":
                    self.button = element.button.id
            if kind == "script_finished" and message.script_finished in (
                ForwardMsg.FINISHED_SUCCESSFULLY,
                ForwardMsg.FINISHED_WITH_COMPILE_ERROR,
            ):
                return

    async def click(self) -> None:
        await self._rerun(self.button)

    async def close(self) -> None:
        await self.ws.close()


TABS = {"ostinato": OstinatoTab, "streamlit": StreamlitTab}


async def open_many(kind: str, url: str, count: int) -> list[Any]:
    """Open `count` sessions, a few at a time; each has finished its first run."""
    tabs = [TABS[kind](url) for _ in range(count)]
    gate = asyncio.Semaphore(64)

    async def open_one(tab: Any) -> None:
        async with gate:
            await tab.open()

    await asyncio.gather(*(open_one(tab) for tab in tabs))
    return tabs


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    import os

    return ticks / os.sysconf("SC_CLK_TCK")


def rss_kb(pid: int) -> int:
    """Resident memory of a process, in KB."""
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


async def throughput(
    kind: str, url: str, sessions: int, seconds: float, pid: int
) -> dict[str, Any]:
    """Every session clicks as fast as its reruns come back, for `seconds`."""
    tabs = await open_many(kind, url, sessions)
    latencies: list[float] = []
    completed = [0]
    warm_until = time.perf_counter() + min(2.0, seconds / 3)
    stop_at = warm_until + seconds
    cpu_start: list[float] = []

    async def loop(tab: Any) -> None:
        while True:
            started = time.perf_counter()
            if started >= stop_at:
                return
            await tab.click()
            ended = time.perf_counter()
            if warm_until <= ended <= stop_at:
                completed[0] += 1
                if started >= warm_until:
                    latencies.append(ended - started)

    async def mark_cpu() -> None:
        await asyncio.sleep(max(0.0, warm_until - time.perf_counter()))
        cpu_start.append(cpu_seconds(pid))

    await asyncio.gather(mark_cpu(), *(loop(tab) for tab in tabs))
    cpu = cpu_seconds(pid) - cpu_start[0]
    await asyncio.gather(*(tab.close() for tab in tabs), return_exceptions=True)
    latencies.sort()
    count = completed[0]
    return {
        "sessions": sessions,
        "reruns": count,
        "reruns_per_s": count / seconds,
        "p50_ms": statistics.median(latencies) * 1000 if latencies else None,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000
        if len(latencies) >= 20
        else None,
        "cpu_ms_per_rerun": cpu / count * 1000 if count else None,
    }


async def memory(kind: str, url: str, sessions: int, pid: int) -> dict[str, Any]:
    """Server memory per held (connected, drawn) session."""
    before = rss_kb(pid)
    tabs = await open_many(kind, url, sessions)
    await asyncio.sleep(1.0)
    after = rss_kb(pid)
    await asyncio.gather(*(tab.close() for tab in tabs), return_exceptions=True)
    return {"sessions": sessions, "rss_before_kb": before, "rss_after_kb": after,
            "kb_per_session": (after - before) / sessions}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=sorted(TABS))
    parser.add_argument("--url", required=True)
    parser.add_argument("--pid", type=int, required=True, help="server process, for CPU and RSS")
    parser.add_argument("--sessions", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--memory", action="store_true", help="measure memory per session")
    args = parser.parse_args()
    assert args.url.startswith(("http://127.0.0.1", "http://localhost")), "loopback only"
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if args.memory:
        result = asyncio.run(memory(args.kind, args.url, args.sessions, args.pid))
    else:
        result = asyncio.run(throughput(args.kind, args.url, args.sessions, args.seconds, args.pid))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
