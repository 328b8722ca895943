"""Session: one tab's state, runs and uploads. Not the websocket: a connection
attaches to a session and may detach and attach again."""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Executor
from typing import Any

from ostinato.config import get_option
from ostinato.runtime.context import RunContext
from ostinato.runtime.files import MediaStore, UploadStore
from ostinato.runtime.fragments import TIMERS, Fragment, subtree_sizes, widget_ids
from ostinato.runtime.query_params import QueryParams
from ostinato.runtime.script import Script
from ostinato.runtime.script_runner import ScriptRunner
from ostinato.runtime.st_context import ClientInfo
from ostinato.state.session_state import Changes, SessionState
from ostinato.stores.persistence import Persistence, Restored
from ostinato.tree import registry
from ostinato.tree.node import Node, new_roots, node_at, sizes

log = logging.getLogger("ostinato.runtime")

Sink = Callable[[dict[str, Any]], None]

ENDED: list[Callable[[str], None]] = []
"""Called with a session's id when it closes (layers above register here: the
session-scoped caches drop its entries). Any thread."""


class Session:
    """One browser tab (or one AppTest). Thread notes are on each method."""

    def __init__(
        self,
        script: Script,
        executor: Executor,
        page: str = "",
        persistence: Persistence | None = None,
        identity: tuple[str, str, str] | None = None,
    ) -> None:
        self.id, self.token, self.xsrf = identity or (
            secrets.token_urlsafe(18),
            secrets.token_urlsafe(32),
            secrets.token_urlsafe(24),
        )
        self.persistence = persistence
        self.fence = 0
        """Fencing token of this worker's lease on the session (shared stores)."""
        self.lost = False
        """True once another worker took the session over; this copy must stop."""
        self._saved: bytes | None = None
        self._warned_keys: set[str] = set()
        self.notices: list[str] = []
        """Messages for the page that wait for a connection (e.g. restore problems)."""
        self.state = SessionState(
            enforce_serializable=lambda: bool(get_option("runner.enforceSerializableSessionState"))
        )
        self.state.set_page(page)
        blobs = persistence.blobs if persistence is not None else None
        self.uploads = UploadStore(self.id, blobs)
        self.media = MediaStore(f"/_ostinato/media/{self.id}", self.id, blobs)
        self.roots: list[Node] = new_roots()
        self.last_status: str | None = None
        self.runner = ScriptRunner(self, script, executor)
        self.detached_at: float | None = time.monotonic()
        self.nav: dict[str, Any] | None = None
        self.nav_pages: list[Any] = []
        self.uses_navigation = False
        """True once the script called st.navigation: it then picks the pages."""
        self.query = QueryParams()
        self.scheme: str | None = None
        """The tab's colour scheme, "light" or "dark", as the page reports it (st.context.theme)."""
        self.client = ClientInfo()
        """The tab's request and browser settings (st.context), replaced at each connect."""
        self.fragments: dict[str, Fragment] = {}
        """The fragments the last runs drew, by id (what a fragment run calls again)."""
        self._widget_fragment: dict[str, str] = {}
        """Widget id → the innermost fragment that drew it."""
        self._sink: Sink | None = None
        self._sink_lock = threading.Lock()

    # -- connection --------------------------------------------------------------

    def attach(self, sink: Sink) -> None:
        """Route outgoing messages to `sink` (called from script threads). Any thread."""
        with self._sink_lock:
            self._sink = sink
            self.detached_at = None
        self._start_timers()

    def detach(self, sink: Sink | None = None) -> None:
        """Stop sending (only if `sink` is still the attached one). Any thread."""
        with self._sink_lock:
            if sink is None or self._sink == sink:
                self._sink = None
                self.detached_at = time.monotonic()

    @property
    def attached(self) -> bool:
        """True while a connection receives this session's messages."""
        return self._sink is not None

    def send(self, message: dict[str, Any]) -> None:
        """Send a message to the attached connection, if any. Any thread."""
        sink = self._sink
        if sink is not None:
            sink(message)

    def send_if_attached(self, message: dict[str, Any]) -> None:
        """Same as `send`; named for the run context, which streams deltas."""
        self.send(message)

    # -- runs --------------------------------------------------------------------

    def rerun(
        self,
        changes: Mapping[str, Any] | None = None,
        triggers: Iterable[str] = (),
        page: str | None = None,
        fragments: bool = False,
    ) -> None:
        """Request a run with widget changes in wire form (and, with `page`, on that
        page). With `fragments`, changes to widgets of one fragment only rerun that
        fragment (as the page asks; AppTest always runs the whole script, as
        Streamlit's does). Invalid values raise WidgetValueError before anything
        changes. Any thread."""
        decoded = self.state.decode_changes(changes or {}, triggers)
        if page is not None:
            self.state.set_page(page.strip("/"))
        owner = None
        if fragments and page is None:
            owners = {
                self._widget_fragment.get(wid) for wid in (*decoded.values, *decoded.triggers)
            }
            if len(owners) == 1:
                owner = owners.pop()
        self.runner.request(decoded, owner)

    def request_fragment(self, fid: str, urgent: bool = True) -> None:
        """Request a run of fragment `fid` only: st.rerun(scope="fragment"), or its
        run_every timer (not `urgent`: a tick never interrupts a run). Any thread."""
        self.runner.request(Changes(), fid, urgent)

    def _start_timers(self) -> None:
        """Start the run_every timers of the fragments drawn that have none. Any thread."""
        running = TIMERS.active(self)
        for fid, entry in list(self.fragments.items()):
            if entry.run_every is not None and fid not in running:
                TIMERS.schedule(self, fid, entry.run_every)

    def request_rerun(self) -> None:
        """Request a run with no widget changes (st.rerun). Any thread."""
        self.runner.request(Changes())

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no run is in progress; False on timeout. Any thread but the
        session's script thread."""
        return self.runner.wait_idle(timeout)

    def table_rows(
        self,
        path: tuple[int, ...],
        start: int,
        end: int,
        view: dict[str, Any] | None = None,
    ) -> dict[str, Any] | None:
        """Rows of the table shown at `path` by the last run (sorted and filtered as
        `view` says), or None. Any thread."""
        try:
            node = node_at(self.roots, path)
        except (IndexError, AssertionError):
            return None
        cut = registry.window(node.type)
        if cut is None:
            return None
        window = cut(node.value, node.props, start, end, view or {})
        return {"digest": node.props.get("digest"), **window}

    def navigate(self, page: str) -> None:
        """Move to the page at URL path `page` and rerun. Any thread."""
        self.state.set_page(page.strip("/"))
        self.request_rerun()

    def finish_run(self, ctx: RunContext, status: str) -> None:
        """Keep the tree of a finished run and tell the page. Script thread."""
        self.roots = ctx.roots
        self.last_status = status
        if status == "rerun":
            self.fragments = {**self.fragments, **ctx.fragments}
        else:
            gone = [fid for fid in self.fragments if fid not in ctx.fragments]
            TIMERS.cancel(self, gone)
            self.fragments = dict(ctx.fragments)
        self._own_widgets()
        if self.attached:
            self._start_timers()
        if ctx.nav is not None:
            self.uses_navigation = True
        elif not self.uses_navigation:
            pages = self.runner.folder_pages.pages()
            if len(pages) > 1:
                ctx.nav = {"position": "sidebar", "pages": [p.describe() for p in pages]}
        self.nav = ctx.nav
        if status != "rerun":
            self.persist()
        for notice in self.notices:
            self.send({"t": "notice", "message": notice})
        self.notices.clear()
        self.send(
            {
                "t": "run_finished",
                "run": ctx.run,
                "status": status,
                "sizes": sizes(ctx.roots),
                "page": self.state.page,
                "query": self.query.to_query_string(),
                "nav": ctx.nav,
            }
        )

    def finish_fragment_run(self, ctx: RunContext, status: str, scope: list[Any]) -> None:
        """Keep the tree of a finished fragment run and tell the page which blocks it
        drew again (`scope`) and how many children each of their blocks keeps.
        Script thread."""
        self.roots = ctx.roots
        self.last_status = status
        # Fragments drawn inside the blocks drawn again, and not this time, are gone.
        gone = [
            fid
            for fid, entry in self.fragments.items()
            if fid not in ctx.fragments
            and fid not in ctx.fragment_run
            and any(entry.path[: len(path)] == tuple(path) for path in scope)
        ]
        kept = {fid: entry for fid, entry in self.fragments.items() if fid not in gone}
        # A new dict, not changed in place: attach() reads it from the event loop.
        self.fragments = {**kept, **ctx.fragments}
        if gone:
            TIMERS.cancel(self, gone)
        self._own_widgets()
        if self.attached and ctx.fragments:
            self._start_timers()
        if status != "rerun":
            self.persist()
        self.send(
            {
                "t": "run_finished",
                "run": ctx.run,
                "status": status,
                "scope": [list(path) for path in scope],
                "sizes": subtree_sizes(ctx.roots, scope),
            }
        )

    def _own_widgets(self) -> None:
        """Note which fragment drew each widget (the innermost, for nested ones)."""
        owners: dict[str, str] = {}
        for fid, entry in sorted(self.fragments.items(), key=lambda item: len(item[1].path)):
            for wid in widget_ids(self.roots, entry.scope()):
                owners[wid] = fid
        self._widget_fragment = owners

    def persist(self) -> None:
        """Write the session to the store (if any) before the page hears the run
        finished; unchanged sessions are not written again. Script thread."""
        persistence = self.persistence
        if persistence is None or self.lost:
            return
        encoded = persistence.encode(
            self.id, self.xsrf, self.query.to_query_string(), self.state.snapshot()
        )
        for key, reason in encoded.not_durable.items():
            if key not in self._warned_keys:
                self._warned_keys.add(key)
                message = (
                    f'st.session_state["{key}"] is kept in memory only and will not survive a '
                    f"restart: {reason}. Set session.allowPickle = true to store it signed."
                )
                log.warning(message)
                self.notices.append(message)
        if encoded.data == self._saved:
            return
        if persistence.save(self.id, self.token, encoded.data, self.fence):
            self._saved = encoded.data
        else:
            self.lost = True
            log.warning("Session %s was taken over by another worker", self.id)

    def restore(self, restored: Restored) -> None:
        """Take the state of a stored session. Before its first run."""
        self.state.restore(restored.snapshot)
        self.query.set_query_string(restored.query)
        self.notices.extend(restored.problems)

    def close(self) -> None:
        """End the session: no more runs. Any thread."""
        self.runner.close()
        self.detach()
        TIMERS.cancel(self)
        for ended in ENDED:
            try:
                ended(self.id)
            except Exception:  # one listener's failure must not keep a session open
                log.exception("A listener of the end of session %s failed", self.id)
