"""Fragments: parts of a script that rerun on their own (st.fragment, st.dialog).

A full run calls a fragment's function where the script calls it: the function
draws into a block of its own and the run records a `Fragment` (what to call
again, where its block is, the wrappers it wrote into containers made outside
it). A fragment run (a widget inside it changed, st.rerun(scope="fragment"), its
run_every timer) starts from the last run's tree with those blocks emptied,
calls the function again, and sends only that part: nothing outside is drawn,
sent or forgotten.
"""

from __future__ import annotations

import hashlib
import heapq
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ostinato.errors import FragmentError, OstinatoAPIException
from ostinato.runtime.control import ScriptControl
from ostinato.tree.node import EVENT, Node, Path, node_at
from ostinato.tree.notices import exception_node

if TYPE_CHECKING:
    from ostinato.runtime.context import RunContext
    from ostinato.runtime.session import Session

log = logging.getLogger("ostinato.runtime")


class FragmentHandled(ScriptControl):
    """A fragment's function raised: its error is shown in the fragment's block and
    the run ends there (as Streamlit does), without a second notice."""


@dataclass
class Fragment:
    """One call of a fragment function in the last run that drew it."""

    id: str
    body: Callable[[], Any]
    """The user's function with the arguments of that call."""
    path: Path
    """The block it draws into."""
    page_scope: str
    run_every: float | None
    wrappers: dict[Path, Path] = field(default_factory=dict)
    """Container outside the fragment → the block the fragment's writes to it go into."""

    def scope(self) -> list[Path]:
        """The blocks a rerun of this fragment empties and draws again."""
        return [self.path, *self.wrappers.values()]


def interval(run_every: Any) -> float | None:
    """run_every in seconds (a number, a timedelta, or a string pandas' Timedelta
    reads such as "2s" or "100ms"); None for no timer."""
    if run_every is None or run_every is False:
        return None
    if isinstance(run_every, timedelta):
        seconds = run_every.total_seconds()
    elif isinstance(run_every, str):
        import pandas as pd

        try:
            seconds = float(pd.Timedelta(run_every).total_seconds())
        except ValueError:
            seconds = float("nan")
        if seconds != seconds:
            raise OstinatoAPIException(
                f"st.fragment run_every: {run_every!r} is not a time such as '2s', "
                "'100ms' or '1h23s'."
            ) from None
    elif isinstance(run_every, int | float) and not isinstance(run_every, bool):
        seconds = float(run_every)
    else:
        raise OstinatoAPIException(
            "st.fragment run_every must be a number of seconds, a timedelta, a string "
            f"such as '2s', or None; got {type(run_every).__name__}."
        )
    if seconds <= 0:
        return None
    return seconds


def fragment_id(name: str, path: Path, page_scope: str) -> str:
    """The id of a fragment function called at `path` (stable from run to run)."""
    basis = f"{name}|{'.'.join(map(str, path))}|{page_scope}"
    return hashlib.blake2b(basis.encode(), digest_size=8).hexdigest()


def call(
    ctx: RunContext,
    body: Callable[[], Any],
    name: str,
    run_every: float | None,
    parent: Path | None = None,
) -> Any:
    """Call a fragment function in the current run: it draws into a new block at
    `parent` (the active container by default). Script thread."""
    where = ctx.active() if parent is None else parent
    block = Node("block", {"kind": "vertical", "border": False, "height": None}, children=[])
    path = ctx.add(where, block)
    entry = Fragment(fragment_id(name, path, ctx.page_scope), body, path, ctx.page_scope, run_every)
    ctx.fragments[entry.id] = entry
    return run_body(ctx, entry)


def run_body(ctx: RunContext, entry: Fragment) -> Any:
    """Run a fragment's function with its block as the active container; an error
    it raises is shown in that block and ends the run (FragmentHandled). Script
    thread."""
    outer, stack = ctx.fragment, ctx.stack
    ctx.fragment = entry
    ctx.stack = [*stack, entry.path] if ctx.fragment_run == () else [entry.path]
    try:
        return entry.body()
    except ScriptControl:
        raise
    except Exception as exc:
        log.warning("Script error in a fragment: %s: %s", type(exc).__name__, exc)
        ctx.fragment = None
        ctx.add(entry.path, exception_node(exc, uncaught=True), check=False)
        raise FragmentHandled() from exc
    finally:
        ctx.fragment, ctx.stack = outer, stack


def redirect(ctx: RunContext, entry: Fragment, parent: Path) -> Path:
    """Where a write of fragment `entry` to `parent` goes: `parent` itself when it is
    inside the fragment (or the event area), else the wrapper the fragment owns in
    that outside container, made in a full run. Script thread."""
    if parent[: len(entry.path)] == entry.path or parent[:1] == EVENT:
        return parent
    for wrapper in entry.wrappers.values():
        if parent[: len(wrapper)] == wrapper:
            return parent
    found = entry.wrappers.get(parent)
    if found is not None:
        return found
    if ctx.fragment_run:
        raise FragmentError(
            "A fragment tried to write to a container created outside it that it did "
            "not write to in the last full run, so there is no place kept for it. "
            "Write to that container in every full run (e.g. `outside.empty()`), or "
            "move the element inside the fragment's function."
        )
    ctx.fragment = None
    try:
        wrapper = ctx.add(parent, Node("block", {"kind": "transparent"}, children=[]), check=False)
    finally:
        ctx.fragment = entry
    entry.wrappers[parent] = wrapper
    return wrapper


def cleared(roots: list[Node], paths: Iterable[Path]) -> list[Node]:
    """A copy of `roots` with the blocks at `paths` emptied; only the nodes on the
    way to them are copied (the rest is shared with `roots`, which is unchanged).
    KeyError when a path leads to no block."""
    new = list(roots)
    copied: set[Path] = set()

    def own(path: Path) -> Node:
        if path in copied:
            return node_at(new, path)
        if len(path) == 1:
            holder = new
        else:
            parent = own(path[:-1])
            assert parent.children is not None
            holder = parent.children
        if path[-1] >= len(holder):
            raise KeyError(path)
        node = holder[path[-1]]
        if node.children is None:
            raise KeyError(path)
        clone = Node(node.type, node.props, node.value, list(node.children), node.lazy)
        holder[path[-1]] = clone
        copied.add(path)
        return clone

    for path in paths:
        own(path).children = []
    return new


def widget_ids(roots: list[Node], paths: Iterable[Path]) -> set[str]:
    """Ids of the widgets inside the blocks at `paths`."""
    found: set[str] = set()

    def visit(node: Node) -> None:
        wid = node.props.get("id")
        # A block with an id is a stateful container (tabs, expander, popover).
        if isinstance(wid, str) and (node.children is None or node.props.get("stateful")):
            found.add(wid)
        for child in node.children or ():
            visit(child)

    for path in paths:
        try:
            visit(node_at(roots, path))
        except (IndexError, AssertionError):
            continue
    return found


def subtree_sizes(roots: list[Node], paths: Iterable[Path]) -> dict[str, int]:
    """Number of children of every block at or under `paths` (0 included for the
    blocks at `paths`), keyed by dotted path: what a fragment run's page trims."""
    found: dict[str, int] = {}

    def visit(node: Node, path: Path) -> None:
        if node.children is None:
            return
        found[".".join(map(str, path))] = len(node.children)
        for index, child in enumerate(node.children):
            visit(child, (*path, index))

    for path in paths:
        try:
            visit(node_at(roots, path), path)
        except (IndexError, AssertionError):
            continue
    return found


class Timers:
    """run_every timers of every session, on one thread for the whole process.

    A timer asks its session for a fragment run each interval while a tab is
    attached; a detached session's timers are dropped (Session.attach starts
    them again), so they never run a script nor keep a session from expiring.
    Any thread may call `schedule` and `cancel`.
    """

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: list[tuple[float, int, str, float, weakref.ref[Session]]] = []
        self._live: dict[int, dict[str, int]] = {}
        """id(session) → fragment id → generation of its current timer."""
        self._count = 0
        self._thread: threading.Thread | None = None

    def schedule(self, session: Session, fid: str, every: float) -> None:
        """(Re)start the timer of fragment `fid` of `session`: its first tick is in
        `every` seconds. Any thread."""
        with self._lock:
            self._count += 1
            self._live.setdefault(id(session), {})[fid] = self._count
            heapq.heappush(
                self._heap,
                (time.monotonic() + every, self._count, fid, every, weakref.ref(session)),
            )
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._serve, name="ostinato-fragment-timers", daemon=True
                )
                self._thread.start()
            self._lock.notify()

    def cancel(self, session: Session, fids: Iterable[str] | None = None) -> None:
        """Stop the timers of `session` (those of `fids`, or all). Any thread."""
        with self._lock:
            timers = self._live.get(id(session))
            if timers is None:
                return
            for fid in list(timers) if fids is None else fids:
                timers.pop(fid, None)
            if not timers:
                del self._live[id(session)]

    def active(self, session: Session) -> set[str]:
        """Fragment ids of `session` whose timer runs. Any thread."""
        with self._lock:
            return set(self._live.get(id(session), ()))

    def _serve(self) -> None:
        while True:
            with self._lock:
                while not self._heap:
                    self._lock.wait()
                due, generation, fid, every, ref = self._heap[0]
                now = time.monotonic()
                if due > now:
                    self._lock.wait(due - now)
                    continue
                heapq.heappop(self._heap)
                session = ref()
                timers = None if session is None else self._live.get(id(session))
                if session is None or timers is None or timers.get(fid) != generation:
                    continue
                if not session.attached:
                    del timers[fid]
                    if not timers:
                        del self._live[id(session)]
                    continue
                # The next tick counts from this one (a slow run skips ticks: the
                # runner coalesces requests for one fragment).
                heapq.heappush(self._heap, (max(due + every, now), generation, fid, every, ref))
            try:
                session.request_fragment(fid, urgent=False)
            except Exception:  # a session's failure must not stop every timer
                log.exception("A run_every timer of session %s failed", session.id)


TIMERS = Timers()
"""The process's run_every timers (one thread, started by the first timer)."""
