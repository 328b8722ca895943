"""st.cache_data(persist="disk"): entries as files under the app folder's
`.ostinato/cache/`, one folder per function, sealed (sealed.py) so that they
survive a restart and a changed file is refused. Any thread."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time

from ostinato.cache.sealed import Sealer
from ostinato.cache.stores import Entry
from ostinato.stores.codec import NotDurable

log = logging.getLogger("ostinato.cache")

SUFFIX = ".entry"


def cache_folder(app_folder: str) -> str:
    """Where the persisted entries of an app live."""
    return os.path.join(app_folder, ".ostinato", "cache")


class DiskStore:
    """One function's persisted entries (no ttl, as in Streamlit: persisted
    entries last until cleared)."""

    def __init__(self, folder: str, function_key: str, sealer: Sealer) -> None:
        self.folder = os.path.join(folder, function_key)
        self.function_key = function_key
        self.sealer = sealer

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key + SUFFIX)

    def _context(self, key: str) -> str:
        return f"cache:{self.function_key}:{key}"

    def get(self, key: str) -> Entry | None:
        try:
            with open(self._path(key), "rb") as handle:
                blob = handle.read()
        except OSError:
            return None
        opened = self.sealer.open(self._context(key), blob)
        if opened is None:
            log.warning("A persisted cache entry (%s) failed its check and was ignored.", key)
            return None
        return opened[0]

    def set(self, key: str, entry: Entry) -> None:
        try:
            blob = self.sealer.seal(self._context(key), entry, time.time())
        except NotDurable as exc:
            log.warning("A cache entry was kept in memory only, not on disk: %s", exc)
            return
        os.makedirs(self.folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, self._path(key))
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    def delete(self, key: str) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self._path(key))

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def clear_folder(folder: str) -> None:
    """Remove every persisted entry of an app (st.cache_data.clear()), keeping the
    folder's signing secret."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
