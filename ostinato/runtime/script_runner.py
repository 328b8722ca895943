"""ScriptRunner: runs a session's script, one run at a time, on a run thread.

No thread is held by an idle session: a run is handed to the runtime's
RunThreads when a request arrives (a thread of its own, however many other
sessions' runs wait), and the thread goes back when no request is pending.
"""

from __future__ import annotations

import builtins
import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any

from ostinato.config import get_option
from ostinato.runtime.context import RunContext, reset_run_context, set_run_context
from ostinato.runtime.control import RerunInterrupt, StopRun
from ostinato.runtime.fragments import FragmentHandled, cleared, run_body, widget_ids
from ostinato.runtime.magic import MAGIC_NAME
from ostinato.runtime.pages import FolderPages, Page
from ostinato.runtime.script import Script
from ostinato.runtime.secrets import AttrDict, Secrets
from ostinato.runtime.threads import RunThreads
from ostinato.state.session_state import Changes
from ostinato.tree import registry
from ostinato.tree.notices import (
    alert_node,
    exception_message,
    exception_node,
    syntax_error_text,
    user_stack,
)

if TYPE_CHECKING:
    from ostinato.runtime.session import Session

log = logging.getLogger("ostinato.runtime")


def _magic(value: Any) -> None:
    """Write a bare expression's value (through the element that registered as
    `magic`: st.write, unless the value is None or a container). Never st.secrets
    or a section of it: a stray `st.secrets` line must not put every secret on the
    page (Streamlit shows them; an explicit st.write(st.secrets) still does)."""
    if isinstance(value, Secrets | AttrDict):
        return
    registry.service("magic")(value)


class ScriptRunner:
    """Runs the script of one session. `request` may be called from any thread;
    runs happen on a pool thread, never two at once for one session."""

    def __init__(self, session: Session, script: Script, executor: Executor) -> None:
        self.session = session
        self.script = script
        self._executor = executor
        self._lock = threading.Lock()
        self._pending: Changes | None = None
        self._scope: list[str] | None = None
        """Fragments the pending run reruns (in order); None: the whole script."""
        self._urgent = False
        """The pending request may interrupt a run of its fragments."""
        self._current: tuple[str, ...] = ()
        """Fragments the run in progress reruns; empty for a run of the whole script."""
        self._running = False
        self._busy = False
        self._idle: threading.Condition | None = None
        """Made by the first `wait_idle` only: most sessions never wait."""
        self._on_idle: list[Callable[[], None]] = []
        self._closed = False
        self._stopping = False
        """The user pressed Stop: the run in progress ends at its next st.* call."""
        self.run_count = 0
        if script.folder_pages is None:
            script.folder_pages = FolderPages(script)
        self.folder_pages: FolderPages = script.folder_pages

    def request(self, changes: Changes, fragment: str | None = None, urgent: bool = True) -> None:
        """Ask for a run with these widget changes: of the whole script, or with
        `fragment`, of that fragment only. A run in progress stops at its next
        `st.*` call and a new one starts with the changes merged; requests for a
        fragment wait for a run in progress that is not of that fragment, and
        merge into a pending one (a pending run of the whole script covers them).
        A request that is not `urgent` (a run_every tick) never interrupts a run:
        a fragment slower than its interval still finishes. Any thread."""
        with self._lock:
            if self._closed:
                return
            if self._pending is None:
                self._pending = changes
                self._scope = None if fragment is None else [fragment]
                self._urgent = urgent
            else:
                self._urgent = self._urgent or urgent
                self._pending.merge(changes)
                if fragment is None:
                    self._scope = None
                elif self._scope is not None and fragment not in self._scope:
                    self._scope.append(fragment)
            self._busy = True
            if self._running:
                return
            self._running = True
            threads = self._executor if isinstance(self._executor, RunThreads) else None
            queued = threads is not None and threads.queued()
            self._executor.submit(self._loop)
        if queued:
            assert threads is not None
            limit = threads.limit
            log.warning("A run waits: %d runs in progress (runner.maxConcurrentRuns)", limit)
            self.session.send({"t": "run_queued", "limit": limit})

    def interrupted(self) -> bool:
        """True when a newer request waits; raises StopRun when the user asked the
        run to stop. Script thread (plain reads)."""
        if self._stopping:
            self._stopping = False
            raise StopRun()
        if self._pending is None:
            return False
        scope = self._scope
        return scope is None or (self._urgent and any(fid in scope for fid in self._current))

    def stop(self) -> bool:
        """Stop the run in progress at its next st.* call (it ends "stopped"), as the
        page's Stop button asks; nothing when no run is in progress. Any thread."""
        with self._lock:
            if not self._running:
                return False
            self._stopping = True
            return True

    def wait_idle(self, timeout: float | None) -> bool:
        """Block until no run is in progress or pending; False on timeout. Any thread."""
        with self._lock:
            if not self._busy:
                return True
            if self._idle is None:
                self._idle = threading.Condition(self._lock)
            return self._idle.wait_for(lambda: not self._busy, timeout)

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Call `callback` once no run is in progress or pending: now (on this
        thread) if so, else on the run thread as its last run ends. Any thread."""
        with self._lock:
            if self._busy:
                self._on_idle.append(callback)
                return
        callback()

    @property
    def running(self) -> bool:
        """True while a run is in progress or pending."""
        return self._busy

    def close(self) -> None:
        """Stop the current run at its next st.* call and accept no more. Any thread."""
        with self._lock:
            self._closed = True
            if self._running:
                self._pending = Changes()
                self._scope = None

    def _loop(self) -> None:
        while True:
            with self._lock:
                changes, scope = self._pending, self._scope
                self._pending, self._scope, self._urgent = None, None, False
                self._current = () if scope is None else tuple(scope)
                self._stopping = False
                if changes is None or self._closed:
                    self._pending = None
                    self._current = ()
                    self._running = False
                    self._busy = False
                    if self._idle is not None:
                        self._idle.notify_all()
                    waiting, self._on_idle = self._on_idle, []
                    break
            try:
                if scope is None:
                    self._run(changes)
                else:
                    self._run_fragments(changes, scope)
            except BaseException:  # a bug of ours must not kill the run thread
                log.exception("Run of %s failed", self.script.path)
        for callback in waiting:
            try:
                callback()
            except Exception:
                log.exception("An idle callback of %s failed", self.script.path)

    def _script_for(self, ctx: RunContext) -> Script:
        """The entry script, or the `pages/` script of the session's page."""
        state = self.session.state
        if self.session.uses_navigation or not state.page:
            return self.script
        page = self.folder_pages.find(state.page)
        if page is None and _calls_navigation(self.script):
            # A session's first run, opened at a page's URL: which pages st.navigation
            # declares is known only once it runs; it resolves the page (or warns).
            return self.script
        if page is None:
            ctx.add(
                ctx.active(),
                alert_node("warning", f'Page not found: "{state.page}". Showing the main page.'),
            )
            state.set_page("")
            return self.script
        assert page.script is not None
        ctx.page_scope = page.url_path
        return page.script

    def _run(self, changes: Changes) -> None:
        """One run: apply the user's changes, call callbacks, execute the script."""
        session = self.session
        state = session.state
        self.run_count += 1
        ctx = RunContext(state, session, self.run_count, session.send_if_attached, self.interrupted)
        token = set_run_context(ctx)
        session.media.new_run()
        session.send({"t": "run_started", "run": self.run_count})
        state.begin_run()
        status = "ok"
        try:
            for meta in state.apply_changes(changes):
                assert meta.callback is not None
                meta.callback(*meta.args, **meta.kwargs)
            execute(self._script_for(ctx), ctx)
            state.check_all_serializable()
        except RerunInterrupt:
            status = "rerun"
        except FragmentHandled:
            status = "error"
        except (StopRun, SystemExit):
            status = "stopped"
        except Exception as exc:
            status = "error"
            log_script_error(exc)
            ctx.fragment = None
            ctx.add(ctx.active(), exception_node(exc, uncaught=True), check=False)
        finally:
            reset_run_context(token)
        state.end_run(completed=status == "ok", failed=status == "error")
        session.uploads.end_run(self.run_count)
        session.finish_run(ctx, status)

    def _run_fragments(self, changes: Changes, ids: list[str]) -> None:
        """A run of fragments only: the last run's tree with their blocks emptied,
        their functions called again; nothing else is drawn, sent or forgotten.
        Fragments the last run did not draw are left out (with widget changes and
        none left, the whole script runs). Script thread."""
        session = self.session
        entries = [session.fragments[fid] for fid in ids if fid in session.fragments]
        if not entries:
            if changes.values or changes.triggers:
                self._run(changes)
            return
        state = session.state
        scope = [path for entry in entries for path in entry.scope()]
        old = session.roots
        try:
            roots = cleared(old, scope)
        except KeyError:  # the tree changed under a stale fragment: run everything
            self._run(changes)
            return
        self.run_count += 1
        ctx = RunContext(state, session, self.run_count, session.send_if_attached, self.interrupted)
        ctx.roots = roots
        ctx.fragment_run = tuple(entry.id for entry in entries)
        token = set_run_context(ctx)
        session.send({"t": "run_started", "run": self.run_count, "scope": [list(p) for p in scope]})
        state.begin_run(keep=set(state.last_drawn) - widget_ids(old, scope))
        status = "ok"
        try:
            for meta in state.apply_changes(changes):
                assert meta.callback is not None
                meta.callback(*meta.args, **meta.kwargs)
            for entry in entries:
                ctx.page_scope = entry.page_scope
                run_body(ctx, entry)
            state.check_all_serializable()
        except RerunInterrupt:
            status = "rerun"
        except FragmentHandled:
            status = "error"
        except (StopRun, SystemExit):
            status = "stopped"
        except Exception as exc:
            status = "error"
            log_script_error(exc)
            ctx.fragment = None
            ctx.add(entries[0].path, exception_node(exc, uncaught=True), check=False)
        finally:
            reset_run_context(token)
        state.end_run(completed=status == "ok", failed=status == "error")
        session.uploads.end_run(self.run_count)
        session.finish_fragment_run(ctx, status, scope)


def log_script_error(exc: BaseException) -> None:
    """Log a script's uncaught error at WARNING level, naming the user's file and
    line first (a SyntaxError with its line and caret), then the traceback."""
    if isinstance(exc, SyntaxError):
        log.warning("Script error: %s", syntax_error_text(exc))
        return
    user = user_stack(exc)
    where = f"{user[-1].filename}:{user[-1].lineno}" if user else "(no frame of the script)"
    log.warning(
        "Script error at %s: %s: %s\n%s",
        where,
        type(exc).__name__,
        exception_message(exc),
        "".join(traceback.format_list(user)).rstrip(),
    )


def execute(script: Script, ctx: RunContext) -> None:
    """Execute `script` as `__main__` in a fresh namespace. Script thread."""
    code = script.code(bool(get_option("runner.magicEnabled")))
    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "__file__": script.path,
        "__builtins__": builtins,
        MAGIC_NAME: _magic,
    }
    ctx.namespace = namespace
    exec(code, namespace)


def run_page(page: Page) -> None:
    """Run a page chosen by st.navigation inside the current run. Script thread."""
    from ostinato.runtime.context import get_run_context

    ctx = get_run_context()
    outer, ctx.page_scope = ctx.page_scope, page.url_path
    try:
        if callable(page.source):
            page.source()
        else:
            assert page.script is not None
            execute(page.script, ctx)
    finally:
        ctx.page_scope = outer


def _calls_navigation(script: Script) -> bool:
    """Whether the entry script's source calls st.navigation. Script thread."""
    try:
        with open(script.path, encoding="utf-8", errors="replace") as source:
            return "navigation(" in source.read()
    except OSError:
        return False
