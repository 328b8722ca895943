"""AppTest: run a script headless and inspect what it shows, through the same
Runtime, Session and ScriptRunner the server uses. The API is the one of
Streamlit's AppTest, so existing tests port by changing the import."""

from __future__ import annotations

import ast
import inspect
import os
import tempfile
import textwrap
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from ostinato.runtime.pages import resolve
from ostinato.runtime.query_params import QueryParams
from ostinato.runtime.runtime import Runtime
from ostinato.runtime.session import Session
from ostinato.state.proxy import SessionStateProxy
from ostinato.state.session_state import SessionState, WidgetMeta
from ostinato.stores.persistence import Persistence
from ostinato.testing.v1.element_tree import (
    Block,
    Button,
    Checkbox,
    Choice,
    ColorPicker,
    Element,
    ElementList,
    FileUploader,
    NumberInput,
    Slider,
    TextInput,
    TimeInput,
    Widget,
    WidgetList,
)

_executor = ThreadPoolExecutor(32, thread_name_prefix="ostinato-apptest")
W = TypeVar("W", bound=Widget)


class AppTest:
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
        self.session_state = SessionStateProxy(self._state)

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
        """A test of a function's body as a script; `args`/`kwargs` must be literals."""
        source = textwrap.dedent(inspect.getsource(script))
        call_args = [
            *map(_literal, args or ()),
            *(f"{k}={_literal(v)}" for k, v in (kwargs or {}).items()),
        ]
        source += f"\n{script.__name__}({', '.join(call_args)})\n"
        return cls.from_string(source, default_timeout=default_timeout)

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
        changes, triggers = self._changes, self._triggers
        self._changes, self._triggers = {}, set()
        session.rerun(changes, triggers)
        limit = self.default_timeout if timeout is None else timeout
        if not session.wait_idle(limit):
            session.close()
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)")
        self._widgets = {}
        return self

    def switch_page(self, page_path: str) -> AppTest:
        """Move to another page (a path relative to the entry script, as in
        st.switch_page); takes effect at the next run."""
        session = self._ensure_session()
        pages = session.nav_pages or session.runner.folder_pages.pages()
        target = resolve(pages, page_path, session.runner.script.folder)
        session.state.set_page(target.url_path)
        return self

    @property
    def query_params(self) -> QueryParams:
        """The session's URL query parameters (writable before a run)."""
        return self._ensure_session().query

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

    def _trigger(self, wid: str) -> None:
        self._triggers.add(wid)

    def _upload(self, widget: FileUploader, name: str, data: bytes, type: str) -> None:
        stored = self._ensure_session().uploads.add(widget.id, name, type, data)
        current = self._changes.get(widget.id, widget.node.props["value"])
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

    @property
    def main(self) -> Block:
        """The main area."""
        return Block(self._roots()[0], self, (0,))

    @property
    def sidebar(self) -> Block:
        """The sidebar."""
        return Block(self._roots()[1], self, (1,))

    def __iter__(self) -> Any:
        yield from self.main
        yield from self.sidebar

    def get(self, element_type: str) -> Sequence[Element]:
        """Every element of `element_type` ("markdown", "button", ...), page order."""
        return [*self.main.get(element_type), *self.sidebar.get(element_type)]

    def _list(self, element_type: str) -> ElementList[Any]:
        return ElementList(self.get(element_type))

    def _wlist(self, element_type: str) -> WidgetList[Any]:
        return WidgetList(self.get(element_type))

    def _blocks(self, kind: str) -> list[Block]:
        return [*self.main.blocks(kind), *self.sidebar.blocks(kind)]

    # Layout.
    @property
    def columns(self) -> list[Block]:
        """Columns made by st.columns, in page order."""
        return self._blocks("column")

    @property
    def tabs(self) -> list[Block]:
        """Tabs made by st.tabs (`.label` names each)."""
        return self._blocks("tab")

    @property
    def expander(self) -> list[Block]:
        """Expanders."""
        return self._blocks("expander")

    @property
    def popover(self) -> list[Block]:
        """Popovers."""
        return self._blocks("popover")

    @property
    def container(self) -> list[Block]:
        """Containers made by st.container."""
        return self._blocks("vertical")

    @property
    def form(self) -> list[Block]:
        """Forms (`.form_id` is the key)."""
        return self._blocks("form")

    # Display elements.
    @property
    def markdown(self) -> ElementList[Any]:
        """st.markdown and st.write's text."""
        return self._list("markdown")

    @property
    def title(self) -> ElementList[Any]:
        """st.title."""
        return self._list("title")

    @property
    def header(self) -> ElementList[Any]:
        """st.header."""
        return self._list("header")

    @property
    def subheader(self) -> ElementList[Any]:
        """st.subheader."""
        return self._list("subheader")

    @property
    def caption(self) -> ElementList[Any]:
        """st.caption."""
        return self._list("caption")

    @property
    def text(self) -> ElementList[Any]:
        """st.text."""
        return self._list("text")

    @property
    def code(self) -> ElementList[Any]:
        """st.code."""
        return self._list("code")

    @property
    def json(self) -> ElementList[Any]:
        """st.json, and dicts/lists written with st.write."""
        return self._list("json")

    @property
    def metric(self) -> ElementList[Any]:
        """st.metric."""
        return self._list("metric")

    @property
    def divider(self) -> ElementList[Any]:
        """st.divider."""
        return self._list("divider")

    @property
    def dataframe(self) -> ElementList[Any]:
        """st.dataframe, and tables written with st.write."""
        return self._list("dataframe")

    @property
    def success(self) -> ElementList[Any]:
        """st.success."""
        return self._list("success")

    @property
    def info(self) -> ElementList[Any]:
        """st.info."""
        return self._list("info")

    @property
    def warning(self) -> ElementList[Any]:
        """st.warning."""
        return self._list("warning")

    @property
    def error(self) -> ElementList[Any]:
        """st.error."""
        return self._list("error")

    @property
    def exception(self) -> ElementList[Any]:
        """Exceptions shown in the page, raised or written with st.exception."""
        return self._list("exception")

    # Widgets.
    @property
    def button(self) -> WidgetList[Button]:
        """st.button."""
        return self._wlist("button")

    @property
    def download_button(self) -> WidgetList[Button]:
        """st.download_button."""
        return self._wlist("download_button")

    @property
    def checkbox(self) -> WidgetList[Checkbox]:
        """st.checkbox."""
        return self._wlist("checkbox")

    @property
    def toggle(self) -> WidgetList[Checkbox]:
        """st.toggle."""
        return self._wlist("toggle")

    @property
    def radio(self) -> WidgetList[Choice]:
        """st.radio."""
        return self._wlist("radio")

    @property
    def selectbox(self) -> WidgetList[Choice]:
        """st.selectbox."""
        return self._wlist("selectbox")

    @property
    def multiselect(self) -> WidgetList[Choice]:
        """st.multiselect."""
        return self._wlist("multiselect")

    @property
    def select_slider(self) -> WidgetList[Choice]:
        """st.select_slider."""
        return self._wlist("select_slider")

    @property
    def slider(self) -> WidgetList[Slider]:
        """st.slider."""
        return self._wlist("slider")

    @property
    def text_input(self) -> WidgetList[TextInput]:
        """st.text_input."""
        return self._wlist("text_input")

    @property
    def text_area(self) -> WidgetList[TextInput]:
        """st.text_area."""
        return self._wlist("text_area")

    @property
    def number_input(self) -> WidgetList[NumberInput]:
        """st.number_input."""
        return self._wlist("number_input")

    @property
    def date_input(self) -> WidgetList[Widget]:
        """st.date_input."""
        return self._wlist("date_input")

    @property
    def time_input(self) -> WidgetList[TimeInput]:
        """st.time_input."""
        return self._wlist("time_input")

    @property
    def color_picker(self) -> WidgetList[ColorPicker]:
        """st.color_picker."""
        return self._wlist("color_picker")

    @property
    def file_uploader(self) -> WidgetList[FileUploader]:
        """st.file_uploader."""
        return self._wlist("file_uploader")

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r})"


def _literal(value: Any) -> str:
    text = repr(value)
    try:
        if ast.literal_eval(text) == value:
            return text
    except (ValueError, SyntaxError):
        pass
    raise ValueError(
        f"AppTest.from_function passes args as source text; {text} is not a literal. "
        "Pass literals, or build the value inside the function."
    )
