"""Runtime: the sessions of one process, the pool their scripts run on, and the
store that lets sessions outlive a connection, a reload or the process."""

from __future__ import annotations

import copy
import hmac
import logging
import sys
import threading
import time
from concurrent.futures import Executor, ThreadPoolExecutor

from ostinato.errors import OstinatoError
from ostinato.runtime import main_module
from ostinato.runtime.script import Script
from ostinato.runtime.session import Session
from ostinato.state.session_state import Snapshot
from ostinato.stores.persistence import Persistence

log = logging.getLogger("ostinato.runtime")


class SessionBusy(OstinatoError):
    """Another worker holds the session's lease and did not let go in time."""

    def __init__(self) -> None:
        super().__init__("The session is busy on another worker; the page will retry.")


class Runtime:
    """Creates, finds, resumes and expires sessions of one script. Any thread."""

    def __init__(
        self,
        script_path: str,
        max_workers: int = 64,
        executor: Executor | None = None,
        persistence: Persistence | None = None,
    ) -> None:
        self.script = Script(script_path)
        self.persistence = persistence
        self._own_executor = executor is None
        self._executor = executor or ThreadPoolExecutor(
            max_workers, thread_name_prefix="ostinato-run"
        )
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()
        main_module.install()
        if self.script.folder not in sys.path:
            sys.path.insert(0, self.script.folder)

    def _new(self, page: str, identity: tuple[str, str, str] | None = None) -> Session:
        return Session(self.script, self._executor, page, self.persistence, identity)

    def _register(self, session: Session) -> Session:
        with self._lock:
            self._sessions[session.id] = session
        return session

    def create_session(self, page: str = "") -> Session:
        """A new session on `page`; it runs nothing until asked."""
        session = self._new(page)
        self._lease(session, wait=0)
        return self._register(session)

    def _lease(self, session: Session, wait: float) -> None:
        """Take the session's lease (shared stores), waiting up to `wait` seconds."""
        persistence = self.persistence
        if persistence is None or persistence.leases is None:
            return
        deadline = time.monotonic() + wait
        while True:
            fence = persistence.leases.acquire(session.id, persistence.owner, persistence.lease_ttl)
            if fence is not None:
                session.fence = fence
                return
            if time.monotonic() >= deadline:
                raise SessionBusy()
            time.sleep(0.1)

    def get(self, session_id: str) -> Session | None:
        """The session with this id, or None."""
        with self._lock:
            return self._sessions.get(session_id)

    def find_by_token(self, token: str) -> Session | None:
        """The live session whose resume token is `token`, or None."""
        with self._lock:
            for session in self._sessions.values():
                if hmac.compare_digest(session.token.encode(), token.encode()):
                    return session
        return None

    def resume(self, token: str) -> Session | None:
        """The session of a resume token: live in this process, or read back from the
        store (then it holds the lease). None when the token is unknown or expired.
        Raises TamperedState for state that fails its signature, SessionBusy when
        another worker keeps the lease. Blocking: not on the event loop."""
        found = self.find_by_token(token)
        if found is not None or self.persistence is None:
            return found
        loaded = self.persistence.load(token)
        if loaded is None:
            return None
        session_id, data = loaded
        restored = self.persistence.decode(data)
        session = self._new(restored.snapshot.page, (session_id, token, restored.xsrf))
        self._lease(session, wait=self.persistence.lease_ttl + 1.0)
        session.restore(restored)
        return self._register(session)

    def fork(self, original: Session, page: str) -> Session:
        """A new session with a copy of `original`'s state (a duplicated tab)."""
        snapshot = original.state.snapshot()
        try:
            snapshot = copy.deepcopy(snapshot)
        except Exception:  # values that cannot be copied are shared, as in a dict copy
            snapshot = Snapshot(dict(snapshot.user), dict(snapshot.widgets), snapshot.page)
        session = self.create_session(page)
        session.state.restore(snapshot)
        session.state.set_page(page)
        session.query.set_query_string(original.query.to_query_string())
        return session

    def release(self, session: Session) -> None:
        """The tab left: with a shared store, save, give up the lease and forget the
        session here so that any worker can take it. Blocking."""
        persistence = self.persistence
        if persistence is None or persistence.leases is None:
            return
        session.wait_idle(10)
        if session.attached:
            return
        with self._lock:
            self._sessions.pop(session.id, None)
        session.close()
        persistence.leases.release(session.id, persistence.owner, session.fence)

    def renew_leases(self) -> list[Session]:
        """Extend this worker's leases; returns the sessions whose lease was lost
        (closed and forgotten here). Blocking."""
        persistence = self.persistence
        if persistence is None or persistence.leases is None:
            return []
        lost = []
        for session in self.sessions():
            if not persistence.leases.renew(
                session.id, persistence.owner, session.fence, persistence.lease_ttl
            ):
                session.lost = True
                lost.append(session)
        for session in lost:
            with self._lock:
                self._sessions.pop(session.id, None)
            session.close()
        return lost

    def close_session(self, session_id: str) -> None:
        """End a session and forget it."""
        with self._lock:
            session = self._sessions.pop(session_id, None)
        if session is not None:
            session.close()

    def expire(self, ttl: float) -> list[str]:
        """End sessions detached for longer than `ttl` seconds; returns their ids.
        Stored sessions stay in their store until session.ttl."""
        now = time.monotonic()
        if self.persistence is not None:
            ttl = min(ttl, self.persistence.ttl)
        with self._lock:
            old = [
                s.id
                for s in self._sessions.values()
                if s.detached_at is not None and now - s.detached_at > ttl
            ]
        for session_id in old:
            self.close_session(session_id)
        if self.persistence is not None:
            self.persistence.store.purge()
        return old

    def sessions(self) -> list[Session]:
        """Every live session, at this moment."""
        with self._lock:
            return list(self._sessions.values())

    def __len__(self) -> int:
        return len(self._sessions)

    def shutdown(self) -> None:
        """End every session and stop the pool."""
        for session in self.sessions():
            if self.persistence is not None and self.persistence.leases is not None:
                self.persistence.leases.release(session.id, self.persistence.owner, session.fence)
            self.close_session(session.id)
        if self._own_executor:
            self._executor.shutdown(wait=False, cancel_futures=True)
        if self.persistence is not None:
            self.persistence.store.close()
