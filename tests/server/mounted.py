"""Serve an st.App mounted at /dash inside a FastAPI app with uvicorn (a real
server on a free port), for the mount tests and the browser test."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import Server, free_port, wait_listening

HOST = """
from fastapi import FastAPI
import ostinato as st

dash = st.App("dashboard.py")
api = FastAPI(lifespan=dash.lifespan() if LIFESPAN else None)

@api.get("/api/hello")
def hello():
    return {"hello": "from FastAPI"}

api.mount("/dash", dash)
"""


@contextmanager
def mounted(folder: Path, dashboard: str, *, lifespan: bool = True) -> Iterator[Server]:
    """uvicorn serving host:api (FastAPI with the app at /dash) from `folder`;
    `server.url` is the mount's URL."""
    (folder / "dashboard.py").write_text(textwrap.dedent(dashboard))
    (folder / "host.py").write_text(HOST.replace("LIFESPAN", str(lifespan)))
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "host:api", "--host", "127.0.0.1", "--port", str(port)],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    server = Server(f"http://127.0.0.1:{port}/dash", port, process, folder / "dashboard.py")
    try:
        wait_listening(f"http://127.0.0.1:{port}/api/hello", process)
        yield server
    finally:
        server.stop()
