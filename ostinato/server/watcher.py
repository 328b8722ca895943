"""Rerun on save: watch the script's folder and tell the tabs when it changes."""

from __future__ import annotations

import logging

from ostinato.config import get_option
from ostinato.runtime.runtime import Runtime

log = logging.getLogger("ostinato.server")


async def watch_script(runtime: Runtime) -> None:
    """Until cancelled: on a change to a .py file next to the script, send
    `script_changed` to every tab, or rerun them all when server.runOnSave is on."""
    from watchfiles import awatch

    async for changes in awatch(runtime.script.folder, recursive=True):
        if not any(path.endswith(".py") for _, path in changes):
            continue
        run_now = bool(get_option("server.runOnSave"))
        for session in runtime.sessions():
            if run_now:
                session.request_rerun()
            else:
                session.send({"t": "script_changed"})
