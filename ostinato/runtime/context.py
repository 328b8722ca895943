"""The run context: what `st.*` calls write to. One per run, held in a context
variable of the script thread, so nothing is global."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from ostinato.runtime.control import RerunInterrupt
from ostinato.runtime.fragments import redirect
from ostinato.runtime.query_params import QueryParams
from ostinato.state.session_state import SessionState
from ostinato.tree.node import MAIN, Node, Path, find_node, new_roots, node_at

if TYPE_CHECKING:
    from ostinato.runtime.fragments import Fragment
    from ostinato.runtime.session import Session


class RunContext:
    """The state of one run: its tree, the containers entered with `with`, the
    widget order, and the session it belongs to. Script thread only."""

    def __init__(
        self,
        state: SessionState,
        session: Session | None = None,
        run: int = 0,
        send: Callable[[dict[str, Any]], None] | None = None,
        interrupted: Callable[[], bool] = lambda: False,
    ) -> None:
        self.state = state
        self.session = session
        self.run = run
        self.roots = new_roots()
        self.stack: list[Path] = []
        self.widget_count = 0
        self.widget_keys: set[str] = set()
        self.clearing_forms: set[str] = set()
        """Forms with clear_on_submit: the page shows their widgets' defaults after a submit."""
        self.forms: dict[str, tuple[Path, bool]] = {}
        """Forms drawn in this run: form id → (path, has a submit button)."""
        self.deferred: dict[Path, list[Node]] = {}
        """Nodes written (by a callback) into a block of the previous run that this run
        has not drawn yet: added to it when the script draws it, as in Streamlit."""
        self.namespace: dict[str, Any] | None = None
        self.nav: dict[str, Any] | None = None
        self.nav_pages: list[Any] = []
        self.page_config: dict[str, Any] | None = None
        self.bare_query: QueryParams | None = None
        """Navigation given by st.navigation in this run (pages, position)."""
        self.page_scope = ""
        """URL path of the page whose code runs now ("" for the entry script): widgets
        of different pages are different widgets, even with one key, as in Streamlit."""
        self.recorders: list[Callable[[Path, Node, Path], None]] = []
        """Cached functions running now, innermost last: each is told of every node
        added (parent, node, path) so that a cache hit can add them again."""
        self.fragment: Fragment | None = None
        """The fragment whose function runs now (the innermost), if any."""
        self.fragment_run: tuple[str, ...] = ()
        """Ids of the fragments this run reruns; empty for a run of the whole script."""
        self.fragments: dict[str, Fragment] = {}
        """Fragments called in this run, by id."""
        self.dialog_opened = False
        self._send = send
        self._interrupted = interrupted

    def checkpoint(self) -> None:
        """Raise RerunInterrupt if a newer rerun request is waiting."""
        if self._interrupted():
            raise RerunInterrupt()

    def active(self) -> Path:
        """The container that `st.*` writes into: the innermost `with`, else main."""
        return self.stack[-1] if self.stack else MAIN

    def node(self, path: Path) -> Node:
        """The node at `path` in this run's tree."""
        return node_at(self.roots, path)

    def blocks(self, path: Path) -> list[Node]:
        """The blocks from the root down to (and including) the one at `path`."""
        return [node_at(self.roots, path[:depth]) for depth in range(1, len(path) + 1)]

    def form_of(self, path: Path) -> str | None:
        """The id of the form that the block at `path` is inside, if any."""
        for block in reversed(self.blocks(path)):
            if block.props.get("kind") == "form":
                return str(block.props["form_id"])
        return None

    def add(self, parent: Path, node: Node, check: bool = True) -> Path:
        """Append `node` to the block at `parent`, stream it, and return its path.
        A placeholder (st.empty) holds one node: what is added replaces it.
        With `check`, first stop if a newer rerun request waits."""
        if check:
            self.checkpoint()
        if self.fragment is not None:
            parent = redirect(self, self.fragment, parent)
        block = find_node(self.roots, parent)
        if block is None or block.children is None:
            waiting = self.deferred.setdefault(parent, [])
            waiting.append(node)
            return (*parent, len(waiting) - 1)
        if block.props.get("kind") == "empty" and block.children:
            path = (*parent, 0)
            block.children[0] = node
        else:
            path = (*parent, len(block.children))
            block.children.append(node)
        for recorder in self.recorders:
            recorder(parent, node, path)
        self.emit(path, node)
        if node.children is not None:
            for early in self.deferred.pop(path, []):
                self.add(path, early, check=False)
        return path

    def emit(self, path: Path, node: Node) -> None:
        """Stream a node to the page, if one is attached."""
        if self._send is not None and (self.session is None or self.session.attached):
            self._send({"t": "delta", "run": self.run, "path": list(path), "el": node.wire()})
            if node.children:
                for index, child in enumerate(node.children):
                    self.emit((*path, index), child)


_current: ContextVar[RunContext | None] = ContextVar("ostinato_run", default=None)
_bare_lock = threading.Lock()
_bare: RunContext | None = None


def current_run_context() -> RunContext | None:
    """The context of the run on this thread, or None outside runs."""
    return _current.get()


def get_run_context() -> RunContext:
    """The context of the run on this thread. Outside any run (a script started
    with plain `python`), a detached context that keeps state but shows nothing."""
    ctx = _current.get()
    if ctx is not None:
        return ctx
    global _bare
    with _bare_lock:
        if _bare is None:
            _bare = RunContext(SessionState())
        return _bare


def set_run_context(ctx: RunContext | None) -> object:
    """Make `ctx` current on this thread; returns a token for `reset_run_context`."""
    return _current.set(ctx)


def reset_run_context(token: object) -> None:
    """Undo `set_run_context`."""
    _current.reset(token)  # type: ignore[arg-type]
