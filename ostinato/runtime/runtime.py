"""Runtime: the sessions of one process, the threads their scripts run on, and the
store that lets sessions outlive a connection, a reload or the process."""

from __future__ import annotations

import asyncio
import copy
import hmac
import logging
import secrets
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any, TypeVar

from ostinato.config import get_option
from ostinato.errors import OstinatoError
from ostinato.runtime import main_module
from ostinato.runtime.script import Script
from ostinato.runtime.session import Session
from ostinato.runtime.threads import RunThreads
from ostinato.state.session_state import Snapshot
from ostinato.stores.persistence import Persistence, Unreadable, token_hash

T = TypeVar("T")

STORE_THREADS = 4
"""Threads of the runtime's own pool for store calls of resumes (never the event
loop's default pool, which the server needs for every new tab)."""

RELEASE_WAIT = 10.0
"""Seconds a left tab's run may take to end before its session is released anyway."""

LEASE_POLL = 0.1
"""Seconds between tries to take a lease another worker holds."""

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
        executor: Executor | None = None,
        persistence: Persistence | None = None,
    ) -> None:
        self.script = Script(script_path)
        self.persistence = persistence
        self._own_executor = executor is None
        self._executor = executor or RunThreads(max(1, int(get_option("runner.maxConcurrentRuns"))))
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()
        self._store_pool: ThreadPoolExecutor | None = None
        if persistence is not None and persistence.codec.app_folder is None:
            persistence.codec.app_folder = self.script.folder
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
        """Take the session's lease (shared stores), waiting up to `wait` seconds.
        Blocking: holds the calling thread while it waits."""
        deadline = time.monotonic() + wait
        while True:
            fence = self._try_lease(session.id)
            if fence is not None:
                session.fence = fence
                return
            if time.monotonic() >= deadline:
                raise SessionBusy()
            time.sleep(LEASE_POLL)

    def _try_lease(self, session_id: str) -> int | None:
        """One try to take a session's lease: its fence, None if another worker
        holds it, 0 when the store has no leases."""
        persistence = self.persistence
        if persistence is None or persistence.leases is None:
            return 0
        return persistence.leases.acquire(session_id, persistence.owner, persistence.lease_ttl)

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
        Damaged stored state never raises: what can be read is kept, the rest is named
        in the session's notices (a record with nothing readable starts fresh, with
        a notice). Raises SessionBusy when another worker keeps the lease. Blocking,
        and holds the calling thread while it waits for a lease: on an event loop,
        await `resume_async` instead."""
        found = self.find_by_token(token)
        if found is not None or self.persistence is None:
            return found
        session_id = self.persistence.store.find(token_hash(token))
        if session_id is None:
            return None
        deadline = time.monotonic() + self.persistence.lease_ttl + 1.0
        while (fence := self._try_lease(session_id)) is None:
            if time.monotonic() >= deadline:
                raise SessionBusy()
            time.sleep(LEASE_POLL)
        return self._read_back(session_id, token, fence)

    async def resume_async(self, token: str) -> Session | None:
        """`resume` for the event loop: store calls run on the runtime's own small
        pool and waiting for another worker's lease is an asyncio sleep, so any
        number of resumes waiting out a dead worker's leases hold no thread."""
        found = self.find_by_token(token)
        if found is not None or self.persistence is None:
            return found
        persistence = self.persistence
        session_id = await self._in_store_pool(persistence.store.find, token_hash(token))
        if session_id is None:
            return None
        deadline = time.monotonic() + persistence.lease_ttl + 1.0
        while (fence := await self._in_store_pool(self._try_lease, session_id)) is None:
            if time.monotonic() >= deadline:
                raise SessionBusy()
            await asyncio.sleep(LEASE_POLL)
        return await self._in_store_pool(self._read_back, session_id, token, fence)

    async def _in_store_pool(self, call: Callable[..., T], *args: Any) -> T:
        with self._lock:
            if self._store_pool is None:
                self._store_pool = ThreadPoolExecutor(
                    STORE_THREADS, thread_name_prefix="ostinato-store"
                )
            pool = self._store_pool
        return await asyncio.get_running_loop().run_in_executor(pool, call, *args)

    def _read_back(self, session_id: str, token: str, fence: int) -> Session | None:
        """Load, decode and register a stored session whose lease is held. Blocking."""
        persistence = self.persistence
        assert persistence is not None
        data = persistence.store.load(session_id)
        if data is None:
            if persistence.leases is not None:
                persistence.leases.release(session_id, persistence.owner, fence)
            return None
        with self._lock:
            live = self._sessions.get(session_id)
        if live is not None:  # another tab of this token resumed it meanwhile
            return live
        try:
            restored = persistence.decode(data, session_id)
        except Unreadable as exc:
            log.warning("Session %s starts fresh: %s", session_id, exc)
            return self._fresh(session_id, token, fence, str(exc))
        session = self._new(restored.snapshot.page, (session_id, token, restored.xsrf))
        session.fence = fence
        try:
            session.restore(restored)
        except Exception as exc:  # damaged values can fail SessionState in any way
            log.warning("Session %s starts fresh: %s", session_id, exc, exc_info=True)
            session.close()
            return self._fresh(session_id, token, fence, f"its state could not be applied ({exc})")
        for problem in restored.problems:
            log.warning("Session %s: %s", session_id, problem)
        return self._register(session)

    def _fresh(self, session_id: str, token: str, fence: int, reason: str) -> Session:
        """The session of a stored record that cannot be read: same tab, empty state."""
        session = self._new("", (session_id, token, secrets.token_urlsafe(24)))
        session.fence = fence
        session.notices.append(f"Your session could not be restored and starts fresh: {reason}.")
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

    async def release_async(self, session: Session) -> None:
        """The tab left: with a shared store, save, give up the lease and forget the
        session here so that any worker can take it. Waiting for its run to end holds no
        thread (a thousand tabs closing during long runs must not take the threads
        other tabs need); the store calls run on the runtime's store pool."""
        persistence = self.persistence
        if persistence is None or persistence.leases is None:
            return
        loop = asyncio.get_running_loop()
        idle: asyncio.Future[None] = loop.create_future()

        def done() -> None:
            if not idle.done():
                idle.set_result(None)

        def signal() -> None:  # on the run thread, or here when already idle
            loop.call_soon_threadsafe(done)

        session.runner.when_idle(signal)
        try:
            await asyncio.wait_for(idle, RELEASE_WAIT)
        except TimeoutError:
            pass
        await self._in_store_pool(self._release_now, session)

    def _release_now(self, session: Session) -> None:
        persistence = self.persistence
        assert persistence is not None and persistence.leases is not None
        if session.attached:
            return
        with self._lock:
            self._sessions.pop(session.id, None)
        session.close()
        persistence.leases.release(session.id, persistence.owner, session.fence)

    async def renew_leases_async(self) -> list[Session]:
        """`renew_leases` on the runtime's store pool, never behind other work."""
        return await self._in_store_pool(self.renew_leases)

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

    def shutdown(self, grace: float | None = None) -> None:
        """End every session and stop the pool. Runs in progress get `grace` seconds
        (session.shutdownGracePeriod) to finish; then every session's latest state,
        that of a run still going included, is written before the store closes."""
        if grace is None:
            grace = float(get_option("session.shutdownGracePeriod"))
        sessions = self.sessions()
        deadline = time.monotonic() + max(grace, 0.0)
        for session in sessions:
            session.wait_idle(max(deadline - time.monotonic(), 0.0))
        for session in sessions:
            session.close()
        stopped_by = time.monotonic() + 0.5  # interrupted runs stop at their next st.* call
        for session in sessions:
            session.wait_idle(max(stopped_by - time.monotonic(), 0.0))
            try:
                session.persist()
            except Exception:  # one session's store error must not lose the others
                log.exception("Could not write session %s on shutdown", session.id)
        persistence = self.persistence
        for session in sessions:
            if persistence is not None and persistence.leases is not None:
                persistence.leases.release(session.id, persistence.owner, session.fence)
            self.close_session(session.id)
        if self._own_executor:
            self._executor.shutdown(wait=False, cancel_futures=True)
        if self._store_pool is not None:
            self._store_pool.shutdown(wait=False, cancel_futures=True)
        if persistence is not None:
            persistence.store.close()
