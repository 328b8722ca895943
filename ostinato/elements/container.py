"""Container: where `st.*` calls write. The module-level API is the main container
that follows `with` blocks; `st.sidebar` and the containers a script creates
write to their own place."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from ostinato.elements import alert as _alert
from ostinato.elements import button as _button
from ostinato.elements import choice as _choice
from ostinato.elements import data as _data
from ostinato.elements import file_uploader as _upload
from ostinato.elements import form as _form
from ostinato.elements import help as _help
from ostinato.elements import layout as _layout
from ostinato.elements import navigation as _navigation
from ostinato.elements import slider as _slider
from ostinato.elements import temporal as _temporal
from ostinato.elements import text as _text
from ostinato.elements import textual as _textual
from ostinato.elements import write as _write
from ostinato.elements.tree import Node, Path
from ostinato.runtime.context import RunContext, get_run_context


class Container:
    """A place in the page. `path=None` means "wherever `with` blocks point"."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path

    def _target(self) -> tuple[RunContext, Path]:
        """The run context and the block this container writes into. Script thread."""
        ctx = get_run_context()
        return ctx, ctx.active() if self._path is None else self._path

    def _add(self, node: Node) -> Path:
        ctx, parent = self._target()
        return ctx.add(parent, node)

    def __enter__(self) -> Container:
        ctx, path = self._target()
        ctx.stack.append(path)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        ctx = get_run_context()
        if ctx.stack:
            ctx.stack.pop()

    # display
    markdown = _text.markdown
    title = _text.title
    header = _text.header
    subheader = _text.subheader
    caption = _text.caption
    text = _text.text
    code = _text.code
    json = _text.json
    divider = _text.divider
    metric = _text.metric
    success = _alert.success
    info = _alert.info
    warning = _alert.warning
    error = _alert.error
    exception = _alert.exception
    dataframe = _data.dataframe
    write = _write.write
    help = _help.help

    # layout
    container = _layout.container
    columns = _layout.columns
    tabs = _layout.tabs
    expander = _layout.expander
    popover = _layout.popover
    empty = _layout.empty
    form = _form.form
    form_submit_button = _form.form_submit_button
    page_link = _navigation.page_link

    # widgets
    button = _button.button
    download_button = _button.download_button
    checkbox = _choice.checkbox
    toggle = _choice.toggle
    radio = _choice.radio
    selectbox = _choice.selectbox
    multiselect = _choice.multiselect
    slider = _slider.slider
    select_slider = _choice.select_slider
    text_input = _textual.text_input
    text_area = _textual.text_area
    number_input = _textual.number_input
    date_input = _temporal.date_input
    time_input = _temporal.time_input
    color_picker = _choice.color_picker
    file_uploader = _upload.file_uploader


class PlaceholderContainer(Container):
    """What st.empty() returns: holds one element at a time (the run context replaces
    what it holds on each write), and `.empty()` clears it."""

    def empty(self) -> Container:
        """Remove what the placeholder shows."""
        self._add(Node("nothing", {}))
        return self

    def container(self, **kwargs: Any) -> Container:
        """Fill the placeholder with a group of several elements."""
        node = Node("block", {"kind": "vertical", "border": False, "height": None}, children=[])
        return Container(self._add(node))
