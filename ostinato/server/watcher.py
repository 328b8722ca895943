"""Rerun on save: watch the script's folder and tell the tabs when it changes.

server.fileWatcherType chooses how: "auto" and "watchdog" use the operating
system's file events (watchfiles; it falls back to polling where there are none),
"poll" checks the files' modification times every 300 ms (network and container
file systems that send no events), "none" does not watch at all."""

from __future__ import annotations

import logging
import os

from ostinato.config import get_option
from ostinato.runtime.runtime import Runtime

log = logging.getLogger("ostinato.server")

POLL_MS = 300

IGNORED_FOLDERS = frozenset({".ostinato", ".streamlit", ".git", "__pycache__"})
"""Folders whose changes never matter (the SQLite store beside the script writes
to `.ostinato/` after every run)."""


SECRETS_FOLDERS = frozenset({".ostinato", ".streamlit"})
"""Their `secrets.toml` is watched: Streamlit reruns (or tells the tabs) when it changes."""


def script_change(change: object, path: str) -> bool:
    """True for a change worth telling the tabs about: a .py file outside the
    ignored folders, or a `secrets.toml` of `.streamlit/` or `.ostinato/`."""
    parts = os.path.normpath(path).split(os.sep)
    if parts[-1] == "secrets.toml" and len(parts) > 1 and parts[-2] in SECRETS_FOLDERS:
        return True
    return path.endswith(".py") and not IGNORED_FOLDERS.intersection(parts)


async def watch_script(runtime: Runtime) -> None:
    """Until cancelled: on a change to a .py file next to the script, send
    `script_changed` to every tab, or rerun them all when server.runOnSave is on."""
    from watchfiles import awatch

    kind = str(get_option("server.fileWatcherType"))
    if kind == "none":
        log.debug("Not watching %s (server.fileWatcherType is none)", runtime.script.folder)
        return
    polling = True if kind == "poll" else None
    async for changes in awatch(
        runtime.script.folder,
        watch_filter=script_change,
        recursive=True,
        force_polling=polling,
        poll_delay_ms=POLL_MS,
    ):
        if not any(script_change(change, path) for change, path in changes):
            continue
        run_now = bool(get_option("server.runOnSave"))
        for session in runtime.sessions():
            if run_now:
                session.request_rerun()
            else:
                session.send({"t": "script_changed"})
