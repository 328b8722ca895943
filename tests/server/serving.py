"""Start `ostinato run` with any options, server.baseUrlPath included (the shared
fixture waits on the health URL at the root, which a base path moves)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import Server, free_port, wait_listening


@contextmanager
def running(
    script: Path,
    *options: str,
    base: str = "",
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    served_under: str = "",
) -> Iterator[Server]:
    """`ostinato run script --server.baseUrlPath base *options` on a free port,
    stopped on exit; `server.url` includes the base (or `served_under`, for a base
    set by other means)."""
    port = free_port()
    command = [sys.executable, "-m", "ostinato.cli", "run", str(script), "--server.port", str(port)]
    if base:
        command += ["--server.baseUrlPath", base]
    environ = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    process = subprocess.Popen(
        [*command, *options],
        cwd=cwd or script.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=environ,
    )
    under = (base or served_under).strip("/")
    prefix = f"/{under}" if under else ""
    server = Server(f"http://127.0.0.1:{port}{prefix}", port, process, script)
    try:
        wait_listening(f"{server.url}/_ostinato/health", process)
        yield server
    finally:
        server.stop()
