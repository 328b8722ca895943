"""AppTest: run a script headless and inspect what it shows, through the same
Runtime, Session and ScriptRunner the server uses. The API is the one of
Streamlit's AppTest, so existing tests port by changing the import."""

from __future__ import annotations

import inspect
import os
import tempfile
import textwrap
import weakref
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from ostinato.errors import OstinatoAPIException
from ostinato.runtime import secrets as _secrets
from ostinato.runtime.pages import resolve
from ostinato.runtime.runtime import Runtime
from ostinato.runtime.session import Session
from ostinato.runtime.st_context import ClientInfo
from ostinato.runtime.threads import RunThreads
from ostinato.state.proxy import SessionStateProxy
from ostinato.state.session_state import SessionState, WidgetMeta
from ostinato.stores.persistence import Persistence
from ostinato.testing.v1.element_tree import (
    AppTestError,
    Block,
    Element,
    FileUploader,
    Queries,
    Widget,
)

_FUNCTION_TESTS: weakref.WeakValueDictionary[str, AppTest] = weakref.WeakValueDictionary()
"""AppTests made by `from_function`, by script path: their scripts read args from here."""
_SINGLE_CHOICE = {"selectbox", "radio", "select_slider"}
"""A value not among their options is a ValueError in Streamlit's AppTest."""
_CHECKED_IN_SCRIPT = {"multiselect", "data_editor"}
"""Too many selections are refused when the script draws the widget (shown in the page);
other values out of a widget's range fall back to its default."""
_CONTEXT_TYPES: dict[str, type] = {
    "timezone": str,
    "timezone_offset": int,
    "locale": str,
    "url": str,
    "is_embedded": bool,
    "theme": str,
}
"""What `at.context` may set, as in Streamlit's AppTest (headers, cookies and the
IP address come from a connection, which a test has not)."""


def _context_client(context: object) -> tuple[ClientInfo, str | None]:
    """The st.context a run sees for `at.context`, and its theme type; AppTestError
    for an unknown key or a value of the wrong type, before the script runs."""
    if not isinstance(context, dict):
        raise AppTestError(f"AppTest.context must be a dict, not {type(context).__name__}.")
    values: dict[str, Any] = {}
    for key, value in context.items():
        kind = _CONTEXT_TYPES.get(key)
        if kind is None:
            known = ", ".join(repr(name) for name in sorted(_CONTEXT_TYPES))
            raise AppTestError(
                f"AppTest.context does not support {key!r}. Supported keys: {known}."
            )
        if value is None:
            continue
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise AppTestError(
                f"AppTest.context[{key!r}] must be {kind.__name__}, not {type(value).__name__}."
            )
        if isinstance(value, int) and not -(2**31) <= value < 2**31:
            raise AppTestError(f"AppTest.context['timezone_offset'] {value} is out of range.")
        if key == "theme" and value not in ("light", "dark"):
            raise AppTestError(
                f"AppTest.context['theme'] must be 'light' or 'dark', not {value!r}."
            )
        values[key] = value
    theme = values.pop("theme", None)
    return ClientInfo(**values), theme


_executor = RunThreads(limit=64, idle_timeout=5.0, name="ostinato-apptest")
W = TypeVar("W", bound=Widget)


class _AppTestSessionState(SessionStateProxy):
    """`at.session_state`: item and attribute access as `st.session_state`, and
    get/keys/items/values/to_dict/len/iteration over user keys and keyed widgets;
    shown as a dict."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(self.to_dict())


class AppTest(Queries):
    """A headless run of one script. Create it with `from_file`, `from_string` or
    `from_function`, then `run()`. Call it from one thread (the test's)."""

    def __init__(self, script_path: str, *, default_timeout: float = 3) -> None:
        self._script_path = os.path.abspath(script_path)
        self.default_timeout = default_timeout
        self._runtime: Runtime | None = None
        self._session: Session | None = None
        self._changes: dict[str, Any] = {}
        self._triggers: set[str] = set()
        self._widgets: dict[str, Widget] = {}
        self._ran = False
        self.session_state: SessionStateProxy = _AppTestSessionState(self._state)
        self.secrets: dict[str, Any] = {}
        """Secrets the script reads as st.secrets instead of secrets.toml (when not empty)."""
        self.args: tuple[Any, ...] | None = None
        self.kwargs: dict[str, Any] | None = None
        self.query_params: dict[str, Any] = {}
        """The URL's query parameters as Streamlit's AppTest has them: set keys before
        a run (values as strings or lists); after a run, key → list of values."""
        self.context: dict[str, Any] = {}
        """What st.context reads of the browser: "timezone", "timezone_offset" (minutes
        behind UTC), "locale", "url", "is_embedded", "theme" ("light" or "dark");
        a missing key reads as None."""

    # -- construction --------------------------------------------------------------

    @classmethod
    def from_file(
        cls, script_path: str | os.PathLike[str], *, default_timeout: float = 3
    ) -> AppTest:
        """A test of the script at `script_path` (absolute, or relative to the calling file)."""
        path = os.fspath(script_path)
        if not os.path.isabs(path):
            caller = inspect.stack()[1].filename
            beside = os.path.join(os.path.dirname(os.path.abspath(caller)), path)
            path = beside if os.path.exists(beside) else os.path.abspath(path)
        if not os.path.exists(path):
            raise FileNotFoundError(f"AppTest.from_file: no script at {path}")
        return cls(path, default_timeout=default_timeout)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        """A test of the script given as source text."""
        handle = tempfile.NamedTemporaryFile(
            "w", suffix=".py", prefix="ostinato_apptest_", delete=False, encoding="utf-8"
        )
        with handle:
            handle.write(textwrap.dedent(script))
        return cls(handle.name, default_timeout=default_timeout)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> AppTest:
        """A test of a function's body as a script, called with `args` and `kwargs`
        (any objects; `at.args`/`at.kwargs` may be changed between runs)."""
        source = textwrap.dedent(inspect.getsource(script))
        source += (
            "\nimport ostinato.testing.v1.app_test as __ostinato_app_test\n"
            "__ostinato_args, __ostinato_kwargs = __ostinato_app_test.call_arguments(__file__)\n"
            f"{script.__name__}(*__ostinato_args, **__ostinato_kwargs)\n"
        )
        made = cls.from_string(source, default_timeout=default_timeout)
        made.args = None if args is None else tuple(args)
        made.kwargs = None if kwargs is None else dict(kwargs)
        _FUNCTION_TESTS[made._script_path] = made
        return made

    # -- running ---------------------------------------------------------------------

    def _ensure_session(self) -> Session:
        if self._session is None:
            self._runtime = Runtime(
                self._script_path, executor=_executor, persistence=Persistence.from_options()
            )
            self._session = self._runtime.create_session()
        return self._session

    def _state(self) -> SessionState:
        return self._ensure_session().state

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script with the widget changes made since the last run; returns self.

        Raises RuntimeError if the run takes longer than `timeout` seconds
        (`default_timeout` when not given)."""
        session = self._ensure_session()
        session.client, session.scheme = _context_client(self.context)
        changes, triggers = self._changes, self._triggers
        self._changes, self._triggers = {}, set()
        for wid, value in session.state.take_test_values().items():
            if wid not in changes:
                self._hand_over(session.state, wid, value)
        _secrets.set_session_secrets(session, self.secrets or None)
        session.query.from_dict(self.query_params)
        session.rerun(changes, triggers)
        limit = self.default_timeout if timeout is None else timeout
        if not session.wait_idle(limit):
            session.close()
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)")
        self._widgets = {}
        self._ran = True
        self.query_params = {key: session.query.get_all(key) for key in session.query}
        return self

    def _hand_over(self, state: SessionState, wid: str, value: Any) -> None:
        """A value the test set under a widget's key, given to the widget as Streamlit's
        AppTest does: through its wire form where it has one (a single choice that is
        not among the options is a ValueError), otherwise by the rules for values
        preset in Session State, falling back to the default."""
        meta = self._meta(wid)
        try:
            new = meta.decode(meta.encode(value))
        except Exception as exc:
            if meta.kind in _SINGLE_CHOICE:
                assert meta.key is not None
                state.give_back(meta.key, value)
                raise ValueError(
                    f"{value!r} is not among the options of st.{meta.kind} {meta.label!r}"
                ) from exc
            try:
                new = meta.validate(value)
            except Exception:
                if meta.kind in _CHECKED_IN_SCRIPT:
                    assert meta.key is not None
                    state.give_back(meta.key, value, again=False)
                    return
                new = meta.default
        state.put_widget_value(wid, new)

    def switch_page(self, page_path: str) -> AppTest:
        """Move to another page: a path relative to the entry script, as in
        Streamlit's AppTest (Ostinato also takes a page's URL path); takes effect at
        the next run. ValueError if no page of the app is there."""
        session = self._ensure_session()
        pages = session.nav_pages or session.runner.folder_pages.pages()
        try:
            target = resolve(pages, page_path, session.runner.script.folder)
        except OstinatoAPIException as exc:
            raise ValueError(
                f"AppTest.switch_page: {exc} (make sure the page given is relative to the "
                "main script)"
            ) from None
        session.state.set_page(target.url_path)
        return self

    # -- widget changes (called by widgets) -----------------------------------------

    def _meta(self, wid: str) -> WidgetMeta:
        meta = self._ensure_session().state.widget_meta(wid)
        if meta is None:
            raise KeyError(f"The widget {wid} is no longer on the page; run() again first.")
        return meta

    def _change(self, wid: str, value: Any) -> None:
        self._changes[wid] = self._meta(wid).encode(value)

    def _change_wire(self, wid: str, wire: Any) -> None:
        self._changes[wid] = wire

    def _drop_change(self, wid: str) -> None:
        self._changes.pop(wid, None)

    def _trigger(self, wid: str) -> None:
        self._triggers.add(wid)

    def _upload(self, widget: FileUploader, name: str, data: bytes, type: str) -> None:
        stored = self._ensure_session().uploads.add(widget.id, name, type, data)
        current = self._changes.get(widget.id, widget.node.props["value"]) or []
        self._changes[widget.id] = [*current, stored.describe()]

    def _widget(self, kind: type[W], node: Any, type_name: str) -> W:
        wid = node.props["id"]
        found = self._widgets.get(wid)
        if found is None or found.node is not node:
            found = kind(node, self, type_name)
            self._widgets[wid] = found
        return found  # type: ignore[return-value]

    # -- the element tree ----------------------------------------------------------

    def _roots(self) -> list[Any]:
        return self._ensure_session().roots

    def _tree(self) -> list[Block]:
        if not self._ran:
            return []
        roots = self._roots()
        # As Streamlit's AppTest: main, sidebar, the event area, and the bottom area
        # only once something is in it.
        order = [index for index in (0, 1, 3, 2) if index < len(roots)]
        return [
            Block(roots[index], self, (index,))
            for index in order
            if index != 2 or roots[index].children
        ]

    def _nodes(self) -> Iterator[Element | Block]:
        for block in self._tree():
            yield from block

    @property
    def main(self) -> Block:
        """The main area (KeyError before the first run, as in Streamlit)."""
        return self[0]  # type: ignore[return-value]

    @property
    def sidebar(self) -> Block:
        """The sidebar (KeyError before the first run, as in Streamlit)."""
        return self[1]  # type: ignore[return-value]

    @property
    def bottom(self) -> Block:
        """The area pinned to the bottom of the page (st.bottom, a top-level
        st.chat_input); Streamlit's AppTest reaches it only by index (after the
        event area, once it holds something)."""
        if not self._ran:
            raise KeyError(2)
        return Block(self._roots()[2], self, (2,))

    def __iter__(self) -> Iterator[Element | Block]:
        return self._nodes()

    def __len__(self) -> int:
        return len(self._tree())

    def __getitem__(self, index: int) -> Element | Block:
        tree = self._tree()
        if not 0 <= index < len(tree):
            raise KeyError(index)
        return tree[index]

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r})"


def call_arguments(script_path: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The arguments the AppTest made by `from_function` for `script_path` holds now.
    Called by that script, on its run's thread."""
    test = _FUNCTION_TESTS.get(os.path.abspath(script_path))
    if test is None:
        return (), {}
    return tuple(test.args or ()), dict(test.kwargs or {})
