"""Sessions in an embedded SQLite file (WAL mode): they survive a server restart."""

from __future__ import annotations

import os
import sqlite3
import threading
import time


class SqliteStore:
    """A SessionStore in one SQLite file, for one server process. Any thread."""

    shared = False

    def __init__(self, path: str) -> None:
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS sessions ("
            " id TEXT PRIMARY KEY, token_hash TEXT UNIQUE, data BLOB NOT NULL,"
            " expires REAL NOT NULL)"
        )

    def find(self, token_hash: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id FROM sessions WHERE token_hash = ? AND expires > ?",
                (token_hash, time.time()),
            ).fetchone()
        return None if row is None else str(row[0])

    def load(self, session_id: str) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM sessions WHERE id = ? AND expires > ?", (session_id, time.time())
            ).fetchone()
        return None if row is None else bytes(row[0])

    def save(self, session_id: str, token_hash: str, data: bytes, ttl: float, fence: int) -> bool:
        with self._lock:
            self._db.execute(
                "INSERT INTO sessions (id, token_hash, data, expires) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET token_hash = excluded.token_hash,"
                " data = excluded.data, expires = excluded.expires",
                (session_id, token_hash, data, time.time() + ttl),
            )
        return True

    def delete(self, session_id: str, token_hash: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def purge(self) -> int:
        with self._lock:
            cursor = self._db.execute("DELETE FROM sessions WHERE expires <= ?", (time.time(),))
        return int(cursor.rowcount)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def secret_beside(path: str) -> bytes:
    """The signing secret kept next to the SQLite file, made on first use (mode 600)."""
    import secrets

    secret_path = f"{path}.secret"
    try:
        with open(secret_path, "rb") as handle:
            return handle.read().strip()
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(os.path.abspath(secret_path)), exist_ok=True)
    secret = secrets.token_hex(32).encode()
    fd = os.open(secret_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(secret)
    return secret
