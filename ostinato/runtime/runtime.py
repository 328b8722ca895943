"""Runtime: the sessions of one process and the pool their scripts run on."""

from __future__ import annotations

import hmac
import sys
import threading
import time
from concurrent.futures import Executor, ThreadPoolExecutor

from ostinato.runtime import main_module
from ostinato.runtime.script import Script
from ostinato.runtime.session import Session


class Runtime:
    """Creates, finds and expires sessions of one script. Any thread."""

    def __init__(
        self, script_path: str, max_workers: int = 64, executor: Executor | None = None
    ) -> None:
        self.script = Script(script_path)
        self._own_executor = executor is None
        self._executor = executor or ThreadPoolExecutor(
            max_workers, thread_name_prefix="ostinato-run"
        )
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()
        main_module.install()
        if self.script.folder not in sys.path:
            sys.path.insert(0, self.script.folder)

    def create_session(self, page: str = "") -> Session:
        """A new session on `page`; it runs nothing until asked."""
        session = Session(self.script, self._executor, page)
        with self._lock:
            self._sessions[session.id] = session
        return session

    def get(self, session_id: str) -> Session | None:
        """The session with this id, or None."""
        with self._lock:
            return self._sessions.get(session_id)

    def find_by_token(self, token: str) -> Session | None:
        """The session whose resume token is `token`, or None."""
        with self._lock:
            for session in self._sessions.values():
                if hmac.compare_digest(session.token.encode(), token.encode()):
                    return session
        return None

    def close_session(self, session_id: str) -> None:
        """End a session and forget it."""
        with self._lock:
            session = self._sessions.pop(session_id, None)
        if session is not None:
            session.close()

    def expire(self, ttl: float) -> list[str]:
        """End sessions detached for longer than `ttl` seconds; returns their ids."""
        now = time.monotonic()
        with self._lock:
            old = [
                s.id
                for s in self._sessions.values()
                if s.detached_at is not None and now - s.detached_at > ttl
            ]
        for session_id in old:
            self.close_session(session_id)
        return old

    def sessions(self) -> list[Session]:
        """Every live session, at this moment."""
        with self._lock:
            return list(self._sessions.values())

    def __len__(self) -> int:
        return len(self._sessions)

    def shutdown(self) -> None:
        """End every session and stop the pool."""
        with self._lock:
            ids = list(self._sessions)
        for session_id in ids:
            self.close_session(session_id)
        if self._own_executor:
            self._executor.shutdown(wait=False, cancel_futures=True)
