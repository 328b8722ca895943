"""The element tree as AppTest shows it: blocks with children, elements with
`.type` and `.value`, widgets with `.key`, `.label` and actions that chain into
`.run()`.

Names follow Streamlit's AppTest: the same element lists on the app and on every
block (`at.sidebar.radio`, `at.tabs[1].button`), the same block types
("flex_container" for st.container and st.columns' row, "column", "tab_container",
"tab", "expander", "form", "popover"), and any prop of an element readable as an
attribute (`at.radio[0].horizontal`), as Streamlit reads its protobuf fields."""

from __future__ import annotations

import builtins
import datetime as dt
import json as _json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast, overload

from ostinato.tree.node import Node, node_at

if TYPE_CHECKING:
    from ostinato.testing.v1.app_test import AppTest
    from ostinato.testing.v1.new_widgets import (
        AudioInput,
        ButtonGroup,
        CameraInput,
        DateTimeInput,
        Feedback,
        MenuButton,
        Pagination,
    )

_UNSET = object()


class AppTestError(builtins.Exception):
    """An AppTest action a user could not do in the page (changing a disabled
    widget), or an ambiguous lookup (`get_by_key` of a key used twice)."""


class Element:
    """An element of the last run. `type` is the kind of element ("markdown",
    "title", "button", ...); `props` what the page received, each also readable
    as an attribute."""

    def __init__(self, node: Node, root: AppTest, type: str) -> None:
        self.node = node
        self.root = root
        self.type = type

    @property
    def props(self) -> dict[str, Any]:
        """What the page receives for this element."""
        return self.node.props

    @property
    def key(self) -> str | None:
        """The key it was created with (None for most display elements)."""
        return self.node.props.get("key")

    @property
    def value(self) -> Any:
        """The element's main content."""
        return self.node.props.get("body", self.node.value)

    @property
    def help(self) -> str:
        """Its tooltip text ("" when none)."""
        return str(self.node.props.get("help") or "")

    def __getattr__(self, name: str) -> Any:
        # Any other prop of the element, as Streamlit's AppTest reads any field.
        if not name.startswith("_"):
            props = self.__dict__.get("node")
            if props is not None and name in props.props:
                return props.props[name]
        raise AttributeError(f"{type(self).__name__} {self.__dict__.get('type')!r} has no {name!r}")

    def __iter__(self) -> Iterator[Element]:
        yield self

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script again (with any pending widget changes)."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={self.value!r})"


class _Text(Element):
    """An element whose value is its text (`body`)."""

    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))

    @property
    def body(self) -> str:
        """The text as given (Markdown where the element renders it)."""
        return self.value


class Markdown(_Text):
    """st.markdown, st.caption, st.divider and the text st.write shows."""

    @property
    def html(self) -> str:
        """The HTML the page shows."""
        return str(self.node.props.get("html", ""))

    @property
    def allow_html(self) -> bool:
        """True if HTML in the body is shown as HTML (unsafe_allow_html)."""
        return bool(self.node.props.get("unsafe", False))

    @property
    def is_caption(self) -> bool:
        """True for st.caption."""
        return self.type == "caption"


class Caption(Markdown):
    """st.caption."""


class Divider(Markdown):
    """st.divider: a horizontal rule, whose Markdown is "---"."""

    @property
    def value(self) -> str:
        return "---"


_HEADING_TAGS = {"title": "h1", "header": "h2", "subheader": "h3"}


class HeadingBase(_Text):
    """st.title, st.header, st.subheader."""

    @property
    def html(self) -> str:
        """The HTML the page shows inside the heading tag."""
        return str(self.node.props.get("html", ""))

    @property
    def tag(self) -> str:
        """The HTML tag: "h1", "h2" or "h3"."""
        return _HEADING_TAGS.get(self.type, "h1")

    @property
    def anchor(self) -> str:
        """The anchor given ("" when none was given, or anchor=False)."""
        anchor = self.node.props.get("anchor")
        return anchor if isinstance(anchor, str) else ""

    @property
    def hide_anchor(self) -> bool:
        """True when made with anchor=False."""
        return self.node.props.get("anchor") is False or bool(self.node.props.get("hide_anchor"))

    @property
    def divider(self) -> str:
        """The divider's colour ("" when none)."""
        divider = self.node.props.get("divider")
        if divider is True:
            return "auto"
        return divider if isinstance(divider, str) else ""

    @property
    def icon(self) -> str:
        """The heading's icon ("" when none)."""
        return str(self.node.props.get("icon") or "")


class Title(HeadingBase):
    """st.title."""


class Header(HeadingBase):
    """st.header."""


class Subheader(HeadingBase):
    """st.subheader."""


class Text(_Text):
    """st.text."""


class Alert(_Text):
    """success, info, warning or error."""

    @property
    def icon(self) -> str:
        """The icon given ("" when none)."""
        return str(self.node.props.get("icon") or "")


class Success(Alert):
    """st.success."""


class Info(Alert):
    """st.info."""


class Warning(Alert):  # Streamlit's AppTest names it so
    """st.warning."""


class Error(Alert):
    """st.error."""


class Exception(Element):  # Streamlit's AppTest names it so
    """An exception shown in the page."""

    @property
    def message(self) -> str:
        """The exception's message."""
        return str(self.node.props["message"])

    @property
    def value(self) -> str:
        return self.message

    @property
    def exc_type(self) -> str:
        """The exception's class name."""
        return str(self.node.props["exc_type"])

    @property
    def stack_trace(self) -> list[str]:
        """The traceback lines of the user's code."""
        return list(self.node.props["traceback"])

    @property
    def is_markdown(self) -> bool:
        """True when the message is shown as Markdown."""
        return bool(self.node.props.get("message_is_markdown", False))

    @property
    def is_warning(self) -> bool:
        """True when shown as a warning rather than an error."""
        return bool(self.node.props.get("is_warning", False))


class Metric(Element):
    """A big number with a label."""

    @property
    def label(self) -> str:
        """The metric's label."""
        return str(self.node.props["label"])

    @property
    def value(self) -> str:
        return str(self.node.props["value"])

    @property
    def body(self) -> str:
        """The value as shown."""
        return self.value

    @property
    def delta(self) -> str:
        """The change shown beside the value ("" when none)."""
        delta = self.node.props.get("delta")
        return "" if delta is None else str(delta)


class Progress(Element):
    """st.progress."""

    @property
    def value(self) -> int:
        """Progress from 0 to 100 (a float 0.0–1.0 given to st.progress, as a percent)."""
        return int(self.node.props["value"])

    @property
    def text(self) -> str:
        """The text shown with the bar ("" when none)."""
        return str(self.node.props.get("text") or "")


class Toast(Element):
    """st.toast."""

    @property
    def value(self) -> str:
        """The message (Markdown)."""
        return str(self.node.props["body"])

    @property
    def icon(self) -> str:
        """Its emoji or Material icon ("" when none)."""
        return str(self.node.props.get("icon") or "")


class Dataframe(Element):
    """A table; `value` is the DataFrame (the full view is ostinato/testing/v1/tables.py)."""

    @property
    def value(self) -> Any:
        return getattr(self.node.value, "frame", self.node.value)

    @property
    def editing_mode(self) -> str:
        """ "read_only" for st.dataframe."""
        return str(self.node.props.get("editing_mode", "read_only"))


class IFrame(Element):
    """st.iframe, st.components.v1.html and .iframe: an "iframe" element whose value
    is None (Streamlit's AppTest has no view of its own for it); `src`, `srcdoc`,
    `scrolling`, `tab_index` and the rest of its props read as attributes."""

    label = None
    """No label (so AppTest records show none, as Streamlit's)."""

    @property
    def value(self) -> None:
        return None


class ComponentInstance(Element):
    """A declared custom component: a "component_instance" element whose value is
    what the component's iframe last sent (None until then, while the function
    returns its default), as in Streamlit's AppTest."""

    label = None
    """No label (so AppTest records show none, as Streamlit's)."""

    @property
    def value(self) -> Any:
        """What Session State holds for it now (a test may have set its key since
        the run), else what it had in the last run."""
        try:
            return self.root._state().current_value(str(self.node.props["id"]), self.key)
        except KeyError:
            return self.node.value

    @property
    def component_name(self) -> str:
        """The component's full name, "<module>.<name>"."""
        return str(self.node.props.get("component_name", ""))


class Json(Element):
    """st.json, and dicts and lists written with st.write; `value` is the JSON text,
    compact (`{"a": [1, 2]}`), as Streamlit's AppTest shows it."""

    @property
    def body(self) -> str:
        """The JSON text."""
        return self.value

    @property
    def value(self) -> str:
        text = str(self.node.props.get("body", ""))
        try:
            return _json.dumps(_json.loads(text), ensure_ascii=False)
        except ValueError:
            return text

    @property
    def expanded(self) -> bool:
        """True when shown expanded (st.json's `expanded`, True or a depth)."""
        return bool(self.node.props.get("expanded", True))


class Code(Element):
    """A code block."""

    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))

    @property
    def language(self) -> str:
        """The language it is highlighted as."""
        return str(self.node.props.get("language") or "")

    @property
    def show_line_numbers(self) -> bool:
        """True when line numbers are shown."""
        return bool(self.node.props.get("line_numbers", False))


class Latex(Markdown):
    """st.latex; as in Streamlit, its value is the TeX between "$$" lines."""

    @property
    def value(self) -> str:
        return f"$$\n{self.node.props.get('body', '')}\n$$"


class Html(Element):
    """st.html; its value is the HTML as given (before the page sanitises it)."""

    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))


class PageLink(Element):
    """st.page_link; `value` is its label."""

    @property
    def value(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The link's text."""
        return str(self.node.props.get("label") or "")

    @property
    def icon(self) -> str:
        """The icon given ("" when none)."""
        return str(self.node.props.get("icon") or "")

    @property
    def page(self) -> str:
        """Where it leads: the URL given, or the page's address."""
        return str(self.node.props.get("href") or "")

    @property
    def disabled(self) -> bool:
        """True if it cannot be followed."""
        return bool(self.node.props.get("disabled"))


class Empty(Element):
    """st.empty that holds nothing."""

    @property
    def value(self) -> None:
        return None


W = TypeVar("W", bound="Widget")


class Widget(Element):
    """A widget: `value` is its value in the last run, or the value set since."""

    def __init__(self, node: Node, root: AppTest, type: str) -> None:
        super().__init__(node, root, type)
        self._pending: Any = _UNSET

    @property
    def id(self) -> str:
        """The widget's identity."""
        return str(self.node.props["id"])

    @property
    def label(self) -> str:
        """Its label."""
        return str(self.node.props["label"])

    @property
    def disabled(self) -> bool:
        """True if the user cannot change it."""
        return bool(self.node.props.get("disabled"))

    @property
    def form_id(self) -> str:
        """The key of the form it is in ("" when in none)."""
        return str(self.node.props.get("form_id") or "")

    @property
    def value(self) -> Any:
        """The value set since the last run, or the widget's value in Session State
        (which a test may have set under its key), or the one it had in the last run."""
        if self._pending is not _UNSET:
            return self._pending
        if self.type not in _TRIGGERS:
            try:
                return self.root._state().current_value(self.id, self.key)
            except KeyError:
                if self.key is not None:
                    # Its key was deleted from Session State since: as in Streamlit's
                    # AppTest, the value cannot be read until the next run.
                    raise KeyError(self.key) from None
        return self.node.value

    def _assert_can_interact(self) -> None:
        if self.disabled:
            key = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"The {self.type} {self.label!r}{key} is disabled: a user cannot change it."
            )

    def _set(self, value: Any, shown: Any = _UNSET) -> Self:
        """Send `value` at the next run; `value` reads `shown` until then."""
        self._assert_can_interact()
        self.root._change(self.id, value)
        self._pending = value if shown is _UNSET else shown
        return self

    def set_value(self, value: Any) -> Self:
        """Change the value as a user would; takes effect at the next `run()`."""
        return self._set(value)


class Button(Widget):
    """st.button / st.form_submit_button."""

    def click(self) -> Self:
        """Click it: True in the next run, and its on_click runs first."""
        self._assert_can_interact()
        self._pending = True
        self.root._trigger(self.id)
        return self

    def set_value(self, value: Any) -> Self:
        if value:
            return self.click()
        return self


class DownloadButton(Button):
    """st.download_button."""


class Checkbox(Widget):
    """st.checkbox."""

    def check(self) -> Self:
        """Tick it."""
        return self.set_value(True)

    def uncheck(self) -> Self:
        """Untick it."""
        return self.set_value(False)


class Toggle(Widget):
    """st.toggle (set_value only, as in Streamlit's AppTest)."""


class Choice(Widget):
    """The widgets choosing among options: st.radio, st.selectbox, st.multiselect,
    st.select_slider (each with the actions Streamlit's AppTest gives it)."""

    @property
    def options(self) -> list[str]:
        """The labels of the options."""
        return list(self.node.props["options"])

    def _wire(self) -> Any:
        """The current value (set since the last run, or not) in the page's form:
        option indexes."""
        if self._pending is _UNSET and self.key is None:
            return self.node.props["value"]
        try:
            return self.root._meta(self.id).encode(self.value)
        except builtins.Exception:
            return self.node.props["value"]

    @property
    def format_func(self) -> Callable[[Any], str]:
        """The label the widget shows for an option value (its format_func's)."""
        meta = self.root._meta(self.id)
        options = self.options
        many = self.type == "multiselect"

        def label(value: Any) -> str:
            index = meta.encode([value])[0] if many else meta.encode(value)
            if isinstance(index, (list, tuple)):
                index = index[0]
            return str(options[int(index)])

        return label

    def _index(self) -> int | None:
        wire = self._wire()
        return wire if isinstance(wire, int) and not isinstance(wire, bool) else None


class Radio(Choice):
    """st.radio."""

    @property
    def index(self) -> int | None:
        """Index of the chosen option, following a value set since the last run."""
        return self._index()


class Selectbox(Choice):
    """st.selectbox."""

    @property
    def index(self) -> int | None:
        """Index of the chosen option, following a value set since the last run."""
        return self._index()

    def select(self, value: Any) -> Self:
        """Choose `value`."""
        return self.set_value(value)

    def select_index(self, index: int | None) -> Self:
        """Choose the option at `index` (None: no choice), as the page would."""
        if index is None:
            return self.set_value(None)
        if not 0 <= index < len(self.options):
            raise IndexError(
                f"{self.type} {self.label!r} has {len(self.options)} options, no {index}"
            )
        return self.set_value(self.root._meta(self.id).decode(index))


class Multiselect(Choice):
    """st.multiselect."""

    @property
    def indices(self) -> list[int]:
        """Indexes of the chosen options."""
        wire = self._wire()
        return [int(i) for i in wire] if isinstance(wire, (list, tuple)) else []

    @property
    def values(self) -> list[str]:
        """Labels of the chosen options."""
        options = self.options
        return [options[i] for i in self.indices if 0 <= i < len(options)]

    def select(self, value: Any) -> Self:
        """Add `value` to the chosen ones (nothing if it is chosen already)."""
        current = list(self.value or [])
        if value in current:
            return self
        return self.set_value([*current, value])

    def unselect(self, value: Any) -> Self:
        """Remove `value` from the chosen ones (nothing if it is not chosen)."""
        current = list(self.value or [])
        if value not in current:
            return self
        return self.set_value([v for v in current if v != value])


class SelectSlider(Choice):
    """st.select_slider."""

    def set_range(self, lower: Any, upper: Any) -> Self:
        """Choose both ends of a range; until the next run the value reads as a
        list, as in Streamlit's AppTest."""
        return self._set((lower, upper), [lower, upper])


class Slider(Widget):
    """st.slider."""

    @property
    def min(self) -> Any:
        """Lowest value (wire form)."""
        return self.node.props["min"]

    @property
    def max(self) -> Any:
        """Highest value (wire form)."""
        return self.node.props["max"]

    @property
    def step(self) -> Any:
        """Step between values (wire form)."""
        return self.node.props["step"]

    def set_range(self, lower: Any, upper: Any) -> Self:
        """Choose both ends of a range slider."""
        return self._set((lower, upper), [lower, upper])


class TextInput(Widget):
    """st.text_input."""

    def input(self, value: str) -> Self:
        """Type `value` and press Enter. Text longer than `max_chars` is ignored
        (the page would not take it), as in Streamlit's AppTest."""
        limit = self.node.props.get("max_chars")
        if limit and len(value) > limit:
            return self
        return self.set_value(value)

    @property
    def placeholder(self) -> str:
        """The hint shown while empty ("" when none)."""
        return str(self.node.props.get("placeholder") or "")

    @property
    def max_chars(self) -> int:
        """Longest value allowed (0 when unlimited)."""
        return int(self.node.props.get("max_chars") or 0)

    @property
    def autocomplete(self) -> str:
        """The browser's autocomplete hint ("" when none)."""
        return str(self.node.props.get("autocomplete") or "")


class TextArea(TextInput):
    """st.text_area."""


class NumberInput(Widget):
    """st.number_input."""

    @property
    def step(self) -> Any:
        """How much the - and + buttons change the value."""
        return self.node.props["step"]

    @property
    def min(self) -> Any:
        """Lowest allowed value, or None."""
        return self.node.props["min"]

    @property
    def max(self) -> Any:
        """Highest allowed value, or None."""
        return self.node.props["max"]

    def _move(self, sign: int) -> Self:
        if self.value is None:
            return self
        value = self.value + sign * self.step
        if self.min is not None:
            value = max(self.min, value)
        if self.max is not None:
            value = min(self.max, value)
        # Until the next run the value reads as a float, as in Streamlit's AppTest
        # (whose bounds and step are floats); the script receives its own type.
        return self._set(value, float(value))

    def increment(self) -> Self:
        """Press +."""
        return self._move(1)

    def decrement(self) -> Self:
        """Press -."""
        return self._move(-1)


def _as_date(value: Any) -> Any:
    return value.date() if isinstance(value, dt.datetime) else value


class DateInput(Widget):
    """st.date_input."""

    @property
    def min(self) -> dt.date:
        """The earliest date allowed."""
        return dt.date.fromisoformat(str(self.node.props["min"]))

    @property
    def max(self) -> dt.date:
        """The latest date allowed."""
        return dt.date.fromisoformat(str(self.node.props["max"]))

    @property
    def is_range(self) -> bool:
        """True for a range (two dates)."""
        return bool(self.node.props.get("range"))

    def set_value(self, value: Any) -> Self:
        """Choose a date (a datetime counts as its date), or a range as a pair.
        Until the next run the value reads as a tuple of dates, as in Streamlit's
        AppTest."""
        if value is None:
            return self._set(None)
        if isinstance(value, (list, tuple)):
            dates = tuple(_as_date(v) for v in value)
            return self._set(dates, dates)
        day = _as_date(value)
        sent = (day,) if self.node.props.get("range") else day
        return self._set(sent, (day,))


class TimeInput(Widget):
    """st.time_input."""

    @property
    def step(self) -> int:
        """Seconds between the times offered."""
        return int(self.node.props["step"])

    def set_value(self, value: Any) -> Self:
        """Choose a time (a datetime counts as its time)."""
        if isinstance(value, dt.datetime):
            value = value.time()
        return self._set(value)

    def _move(self, sign: int) -> Self:
        if self.value is None:
            return self
        base = dt.datetime.combine(dt.date(2000, 1, 1), self.value)
        return self.set_value((base + sign * dt.timedelta(seconds=self.step)).time())

    def increment(self) -> Self:
        """One step later."""
        return self._move(1)

    def decrement(self) -> Self:
        """One step earlier."""
        return self._move(-1)


class ColorPicker(Widget):
    """st.color_picker."""

    def pick(self, value: str) -> Self:
        """Choose the colour `value` ("#rrggbb")."""
        return self.set_value(value)


class FileUploader(Widget):
    """st.file_uploader. `upload` sends a file through the session's upload store,
    as the page does over HTTP."""

    @property
    def accept_multiple_files(self) -> bool:
        """True when several files may be chosen."""
        return bool(self.node.props.get("multiple"))

    @property
    def accept_directory(self) -> bool:
        """True when a folder may be chosen (Ostinato: never yet)."""
        return bool(self.node.props.get("directory", False))

    @property
    def allowed_type(self) -> list[str]:
        """The file extensions allowed ([] for any)."""
        accept = self.node.props.get("accept")
        if not accept:
            return []
        return [accept] if isinstance(accept, str) else list(accept)

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> Self:
        """Add a file, as if dropped on the uploader; chain `.run()`."""
        self._assert_can_interact()
        self.root._upload(self, filename, content, mime_type)
        return self

    def set_value(
        self, files: tuple[str, bytes, str] | Sequence[tuple[str, bytes, str]] | None
    ) -> Self:
        """Replace the files: one (filename, content, mime_type), several, or None."""
        self._assert_can_interact()
        self.root._change_wire(self.id, [])
        if files is None:
            return self
        single = isinstance(files, tuple) and len(files) == 3 and isinstance(files[0], str)
        chosen = cast(
            "list[tuple[str, bytes, str]]", [files] if single else list(cast(Sequence[Any], files))
        )
        for filename, content, mime_type in chosen:
            self.root._upload(self, filename, content, mime_type)
        return self

    def clear(self) -> Self:
        """Remove every file."""
        self.root._change_wire(self.id, [])
        return self


class ChatInput(Widget):
    """st.chat_input: `set_value(text)` (and `upload` when it accepts files) send a
    message at the next run; `value` is what the last run got (None when nothing
    was sent), as in Streamlit's AppTest."""

    def __init__(self, node: Node, root: AppTest, type: str) -> None:
        super().__init__(node, root, type)
        self._files: list[dict[str, Any]] = []

    @property
    def label(self) -> None:  # type: ignore[override]
        """A chat input has no label (its placeholder says what it is for)."""
        return None

    @property
    def placeholder(self) -> str:
        """The text shown while the field is empty."""
        return str(self.node.props.get("placeholder") or "")

    @property
    def max_chars(self) -> int:
        """Longest message (0 when unlimited)."""
        return int(self.node.props.get("max_chars") or 0)

    @property
    def value(self) -> Any:
        """The text set since the last run, else what the last run returned."""
        if self._pending is not _UNSET:
            return self._pending
        prefill = self.node.props.get("prefill")
        # Text the app put in the field: what Streamlit's AppTest reports for that run.
        return self.node.value if prefill is None else prefill

    def _wire(self) -> Any:
        text = "" if self._pending is _UNSET or self._pending is None else self._pending
        if self.node.props.get("accept_file") is False:
            return text
        return {"text": text, "files": list(self._files)}

    def set_value(self, value: str | None) -> Self:
        """Type `value` and send it at the next run (None sends nothing)."""
        self._assert_can_interact()
        self._pending = value
        if value is None and not self._files:
            self.root._drop_change(self.id)
        else:
            self.root._change_wire(self.id, self._wire())
        return self

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> Self:
        """Attach a file to the next message (it replaces the one attached unless the
        input takes several)."""
        self._assert_can_interact()
        accept = self.node.props.get("accept_file")
        if accept is False:
            raise AppTestError(
                "st.chat_input does not accept files: pass accept_file=True, 'multiple' or "
                "'directory'."
            )
        stored = self.root._ensure_session().uploads.add(self.id, filename, mime_type, content)
        described = stored.describe()
        self._files = (
            [*self._files, described] if accept in ("multiple", "directory") else [described]
        )
        self.root._change_wire(self.id, self._wire())
        return self

    def clear(self) -> Self:
        """Remove the files attached to the next message."""
        self._files = []
        if self._pending is _UNSET or self._pending is None:
            self.root._drop_change(self.id)
        else:
            self.root._change_wire(self.id, self._wire())
        return self


_TRIGGERS = {
    "button", "download_button", "form_submit_button", "file_uploader", "chat_input",
    "camera_input", "audio_input",
}  # fmt: skip
"""Widgets whose value is what happened in the last run, not a value kept in state."""

_WIDGETS: dict[str, type[Widget]] = {
    "button": Button,
    "download_button": DownloadButton,
    "checkbox": Checkbox,
    "toggle": Toggle,
    "radio": Radio,
    "selectbox": Selectbox,
    "multiselect": Multiselect,
    "select_slider": SelectSlider,
    "slider": Slider,
    "text_input": TextInput,
    "text_area": TextArea,
    "number_input": NumberInput,
    "date_input": DateInput,
    "time_input": TimeInput,
    "color_picker": ColorPicker,
    "file_uploader": FileUploader,
    "chat_input": ChatInput,
}


class Help(Element):
    """st.help, and what st.write shows for classes, functions and plain objects."""

    def __init__(self, node: Node, root: AppTest, type: str) -> None:
        super().__init__(node, root, "help_info")

    @property
    def name(self) -> str:
        """The expression the app wrote for the object ("" for a literal)."""
        return str(self.node.props["name"])

    @property
    def doc_string(self) -> str:
        """The object's docstring."""
        return str(self.node.props["doc"])

    @property
    def value(self) -> str:
        """The name as written, or for a literal its repr."""
        return self.name or str(self.node.props["summary"])


class Image(Element):
    """st.image: `value` is the URLs of its images, `captions` their captions."""

    @property
    def value(self) -> list[str]:
        return [str(one["url"]) for one in self.node.props["images"]]

    @property
    def captions(self) -> list[str]:
        """One caption per image ("" for none)."""
        return [str(one["caption"]) for one in self.node.props["images"]]


class Media(Element):
    """st.audio, st.video and st.pdf, as Streamlit's AppTest shows them (an element
    of no class of its own, whose value is None); their props are attributes, also
    under `.proto` (`at.get("audio")[0].proto.url`), as Streamlit's protobuf fields."""

    @property
    def value(self) -> None:
        return None

    @property
    def proto(self) -> Any:
        """The props as attributes."""
        import types

        return types.SimpleNamespace(**self.node.props)


class LinkButton(Element):
    """st.link_button; `value` is its label (AppTest opens no URL), `url` its link."""

    @property
    def value(self) -> str:
        return str(self.node.props.get("label", ""))

    @property
    def url(self) -> str:
        """Where the button leads."""
        return str(self.node.props.get("url", ""))


class Space(Element):
    """st.space; `value` (and `size`) is the size it was given ("small" by default)."""

    @property
    def value(self) -> str | int:
        size: str | int = self.node.props["size"]
        return size

    @property
    def size(self) -> str | int:
        """The size given to st.space."""
        return self.value


class Badge(Markdown):
    """st.badge, listed with the markdown as in Streamlit's AppTest: `value` is the
    badge directive (":blue-badge[label]")."""

    label = None
    """No label of its own (the text is in the directive), as in Streamlit's AppTest."""

    def __init__(self, node: Node, root: AppTest, type: str) -> None:
        super().__init__(node, root, "markdown")


_DISPLAY: dict[str, type[Element]] = {
    "help": Help,
    "image": Image,
    "audio": Media,
    "video": Media,
    "pdf": Media,
    "exception": Exception,
    "metric": Metric,
    "dataframe": Dataframe,
    "json": Json,
    "code": Code,
    "latex": Latex,
    "html": Html,
    "text": Text,
    "divider": Divider,
    "page_link": PageLink,
    "iframe": IFrame,
    "component_instance": ComponentInstance,
}

_MARKDOWN: dict[str, type[Element]] = {
    "title": Title,
    "header": Header,
    "subheader": Subheader,
    "caption": Caption,
    "markdown": Markdown,
    "divider": Divider,
}

_ALERTS: dict[str, type[Element]] = {
    "success": Success,
    "info": Info,
    "warning": Warning,
    "error": Error,
}

E = TypeVar("E", bound=Element)


N = TypeVar("N", bound="Element | Block")


class _Listed(Generic[N]):
    """Nodes of one kind, in page order; call it with a key to find one."""

    _kind = "element"

    def __init__(self, nodes: Sequence[N]) -> None:
        self._list = list(nodes)

    def __len__(self) -> int:
        return len(self._list)

    @overload
    def __getitem__(self, index: int) -> N: ...

    @overload
    def __getitem__(self, index: slice) -> Self: ...

    def __getitem__(self, index: int | slice) -> N | Self:
        if isinstance(index, slice):
            return type(self)(self._list[index])
        return self._list[index]

    def __iter__(self) -> Iterator[N]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Listed):
            return self._list == other._list
        return isinstance(other, list) and self._list == other

    def __hash__(self) -> int:
        return hash(tuple(id(n) for n in self._list))

    def __bool__(self) -> bool:
        return bool(self._list)

    def __call__(self, key: str) -> N:
        """The first one with this key (KeyError if none)."""
        for node in self._list:
            if node.key == key:
                return node
        raise KeyError(
            f"No {self._kind} with key {key!r}; keys here: {[n.key for n in self._list]}"
        )

    @property
    def len(self) -> int:
        """How many there are."""
        return len(self._list)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


class ElementList(_Listed[E]):
    """The elements of one kind, in page order; call it with a key to find one."""

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) or (isinstance(other, list) and self.values == other)

    def __hash__(self) -> int:
        return super().__hash__()

    @property
    def values(self) -> list[Any]:
        """The value of each, in order."""
        return [e.value for e in self._list]


class WidgetList(ElementList[W]):
    """Widgets of one kind; call it with `key=` to find one by key."""

    _kind = "widget"


B = TypeVar("B", bound="Block")


class BlockList(_Listed[B]):
    """Blocks of one kind (columns, tabs, expanders, ...), in page order; call it
    with a key to find one."""

    _kind = "block"


class Queries(ABC):
    """The element lists of Streamlit's AppTest, on the app and on every block:
    each lists the elements of one kind inside, in page order."""

    @abstractmethod
    def _nodes(self) -> Iterator[Element | Block]:
        """Every element and block inside, in page order."""

    def _each(self, kind: str) -> list[Any]:
        return [n for n in self._nodes() if n.type == kind]

    def _blocks(self, cls: type[B], kind: str | None = None) -> BlockList[B]:
        return BlockList(
            [
                n
                for n in self._nodes()
                if isinstance(n, cls) and (kind is None or n.type == kind) and n is not self
            ]
        )

    def get(self, element_type: str) -> Sequence[Element | Block]:
        """Every element or block of `element_type` ("markdown", "button", "form",
        "columns", ...), in page order."""
        named = _NAMED_LISTS.get(element_type)
        if named is not None:
            return list(getattr(self, named))
        return [n for n in self._nodes() if n.type == element_type and n is not self]

    def get_by_key(self, key: str) -> Element | Block:
        """The one element, widget or block with this key: KeyError if none,
        AppTestError if several have it."""
        found = [n for n in self._nodes() if n is not self and n.key == key]
        if not found:
            raise KeyError(key)
        if len(found) > 1:
            raise AppTestError(
                f"{len(found)} elements have the key {key!r}; "
                "look it up in a typed list instead, e.g. at.text_input(key=...)."
            )
        return found[0]

    # Layout.
    @property
    def columns(self) -> BlockList[Column]:
        """Columns made by st.columns."""
        return self._blocks(Column)

    @property
    def tabs(self) -> BlockList[Tab]:
        """Tabs made by st.tabs (`.label` names each)."""
        return self._blocks(Tab)

    @property
    def expander(self) -> BlockList[Expander]:
        """Expanders."""
        return self._blocks(Expander)

    @property
    def chat_message(self) -> BlockList[ChatMessage]:
        """Chat messages (`.name`, `.avatar`)."""
        return self._blocks(ChatMessage)

    @property
    def status(self) -> BlockList[Status]:
        """st.status containers."""
        return self._blocks(Status)

    @property
    def progress(self) -> ElementList[Progress]:
        """st.progress bars."""
        return ElementList(self._each("progress"))

    @property
    def toast(self) -> ElementList[Toast]:
        """st.toast messages (those of `st.toast` are in the page's event area)."""
        return ElementList(self._each("toast"))

    @property
    def popover(self) -> BlockList[Block]:
        """Popovers."""
        return self._blocks(Block, "popover")

    @property
    def grid(self) -> BlockList[Block]:
        """st.grid blocks (views in testing/v1/layout.py; a cell is a container)."""
        return self._blocks(Block, "grid_container")

    @property
    def form(self) -> BlockList[Block]:
        """Forms (`.key` is the form's key)."""
        return self._blocks(Block, "form")

    @property
    def container(self) -> BlockList[Block]:
        """Containers made by st.container (not the row of st.columns)."""
        return BlockList(
            [
                b
                for b in self._blocks(Block, "flex_container")
                if not any(isinstance(c, Column) for c in b.children.values())
            ]
        )

    # Display elements.
    @property
    def markdown(self) -> ElementList[Markdown]:
        """st.markdown and st.write's text."""
        return ElementList(self._each("markdown"))

    @property
    def title(self) -> ElementList[Title]:
        """st.title."""
        return ElementList(self._each("title"))

    @property
    def header(self) -> ElementList[Header]:
        """st.header."""
        return ElementList(self._each("header"))

    @property
    def subheader(self) -> ElementList[Subheader]:
        """st.subheader."""
        return ElementList(self._each("subheader"))

    @property
    def caption(self) -> ElementList[Caption]:
        """st.caption."""
        return ElementList(self._each("caption"))

    @property
    def text(self) -> ElementList[Text]:
        """st.text."""
        return ElementList(self._each("text"))

    @property
    def code(self) -> ElementList[Code]:
        """st.code."""
        return ElementList(self._each("code"))

    @property
    def link_button(self) -> ElementList[LinkButton]:
        """st.link_button."""
        return ElementList(self._each("link_button"))

    @property
    def space(self) -> ElementList[Space]:
        """st.space."""
        return ElementList(self._each("space"))

    @property
    def image(self) -> ElementList[Image]:
        """st.image."""
        return ElementList(self._each("image"))

    @property
    def latex(self) -> ElementList[Latex]:
        """st.latex."""
        return ElementList(self._each("latex"))

    @property
    def html(self) -> ElementList[Html]:
        """st.html."""
        return ElementList(self._each("html"))

    @property
    def help(self) -> ElementList[Help]:
        """st.help, and objects written with st.write that it describes."""
        return ElementList(self._each("help_info"))

    @property
    def json(self) -> ElementList[Json]:
        """st.json, and dicts/lists written with st.write."""
        return ElementList(self._each("json"))

    @property
    def metric(self) -> ElementList[Metric]:
        """st.metric."""
        return ElementList(self._each("metric"))

    @property
    def divider(self) -> ElementList[Divider]:
        """st.divider."""
        return ElementList(self._each("divider"))

    @property
    def dataframe(self) -> ElementList[Dataframe]:
        """st.dataframe, and tables written with st.write."""
        return ElementList(self._each("dataframe"))

    @property
    def data_editor(self) -> ElementList[Dataframe]:
        """st.data_editor: the tables that are not read-only (also in `dataframe`)."""
        return ElementList(
            [
                e
                for e in self._each("dataframe")
                if e.props.get("editing_mode", "read_only") != "read_only"
            ]
        )

    @property
    def table(self) -> ElementList[Element]:
        """st.table."""
        return ElementList(self._each("table"))

    @property
    def page_link(self) -> ElementList[PageLink]:
        """st.page_link."""
        return ElementList(self._each("page_link"))

    @property
    def success(self) -> ElementList[Success]:
        """st.success."""
        return ElementList(self._each("success"))

    @property
    def info(self) -> ElementList[Info]:
        """st.info."""
        return ElementList(self._each("info"))

    @property
    def warning(self) -> ElementList[Warning]:
        """st.warning."""
        return ElementList(self._each("warning"))

    @property
    def error(self) -> ElementList[Error]:
        """st.error."""
        return ElementList(self._each("error"))

    @property
    def exception(self) -> ElementList[Exception]:
        """Exceptions shown in the page, raised or written with st.exception."""
        return ElementList(self._each("exception"))

    # Widgets.
    @property
    def button(self) -> WidgetList[Button]:
        """st.button and st.form_submit_button."""
        return WidgetList(self._each("button"))

    @property
    def form_submit_button(self) -> WidgetList[Button]:
        """st.form_submit_button (the buttons inside a form)."""
        return WidgetList([b for b in self._each("button") if b.form_id])

    @property
    def download_button(self) -> WidgetList[DownloadButton]:
        """st.download_button."""
        return WidgetList(self._each("download_button"))

    @property
    def checkbox(self) -> WidgetList[Checkbox]:
        """st.checkbox."""
        return WidgetList(self._each("checkbox"))

    @property
    def toggle(self) -> WidgetList[Toggle]:
        """st.toggle."""
        return WidgetList(self._each("toggle"))

    @property
    def radio(self) -> WidgetList[Radio]:
        """st.radio."""
        return WidgetList(self._each("radio"))

    @property
    def selectbox(self) -> WidgetList[Selectbox]:
        """st.selectbox."""
        return WidgetList(self._each("selectbox"))

    @property
    def multiselect(self) -> WidgetList[Multiselect]:
        """st.multiselect."""
        return WidgetList(self._each("multiselect"))

    @property
    def button_group(self) -> WidgetList[ButtonGroup]:
        """st.pills and st.segmented_control."""
        return WidgetList(self._each("button_group"))

    @property
    def pills(self) -> WidgetList[ButtonGroup]:
        """st.pills."""
        return WidgetList([w for w in self._each("button_group") if w.style == "pills"])

    @property
    def segmented_control(self) -> WidgetList[ButtonGroup]:
        """st.segmented_control."""
        return WidgetList([w for w in self._each("button_group") if w.style == "segmented_control"])

    @property
    def datetime_input(self) -> WidgetList[DateTimeInput]:
        """st.datetime_input."""
        return WidgetList(self._each("date_time_input"))

    @property
    def feedback(self) -> WidgetList[Feedback]:
        """st.feedback."""
        return WidgetList(self._each("feedback"))

    @property
    def camera_input(self) -> WidgetList[CameraInput]:
        """st.camera_input."""
        return WidgetList(self._each("camera_input"))

    @property
    def audio_input(self) -> WidgetList[AudioInput]:
        """st.audio_input."""
        return WidgetList(self._each("audio_input"))

    @property
    def menu_button(self) -> WidgetList[MenuButton]:
        """st.menu_button."""
        return WidgetList(self._each("menu_button"))

    @property
    def pagination(self) -> WidgetList[Pagination]:
        """st.pagination."""
        return WidgetList(self._each("pagination"))

    @property
    def select_slider(self) -> WidgetList[SelectSlider]:
        """st.select_slider."""
        return WidgetList(self._each("select_slider"))

    @property
    def slider(self) -> WidgetList[Slider]:
        """st.slider."""
        return WidgetList(self._each("slider"))

    @property
    def text_input(self) -> WidgetList[TextInput]:
        """st.text_input."""
        return WidgetList(self._each("text_input"))

    @property
    def text_area(self) -> WidgetList[TextArea]:
        """st.text_area."""
        return WidgetList(self._each("text_area"))

    @property
    def number_input(self) -> WidgetList[NumberInput]:
        """st.number_input."""
        return WidgetList(self._each("number_input"))

    @property
    def date_input(self) -> WidgetList[DateInput]:
        """st.date_input."""
        return WidgetList(self._each("date_input"))

    @property
    def time_input(self) -> WidgetList[TimeInput]:
        """st.time_input."""
        return WidgetList(self._each("time_input"))

    @property
    def color_picker(self) -> WidgetList[ColorPicker]:
        """st.color_picker."""
        return WidgetList(self._each("color_picker"))

    @property
    def chat_input(self) -> WidgetList[ChatInput]:
        """st.chat_input (pinned to the bottom or inline)."""
        return WidgetList(self._each("chat_input"))

    @property
    def file_uploader(self) -> WidgetList[FileUploader]:
        """st.file_uploader."""
        return WidgetList(self._each("file_uploader"))


_NAMED_LISTS = {
    "columns": "columns",
    "column": "columns",
    "tabs": "tabs",
    "tab": "tabs",
    "expander": "expander",
    "popover": "popover",
    "chat_message": "chat_message",
    "form": "form",
    "container": "container",
    "form_submit_button": "form_submit_button",
    "datetime_input": "datetime_input",
}
"""Names `get` answers with the same filtering as the list of that name."""

_BLOCK_TYPES = {
    "horizontal": "flex_container",
    "vertical": "flex_container",
    "tabs": "tab_container",
    "grid": "grid_container",
    "grid_cell": "flex_container",
}
"""Ostinato's block kinds under the names Streamlit's AppTest reports."""


class Block(Queries):
    """A container. Iterating yields the block itself, then everything inside it,
    in page order."""

    def __init__(self, node: Node, root: AppTest, path: tuple[int, ...]) -> None:
        self.node = node
        self.root = root
        self.path = path
        kind = str(node.props.get("kind", "block"))
        self.type = _BLOCK_TYPES.get(kind, kind)

    @property
    def props(self) -> dict[str, Any]:
        """What the page receives for this block."""
        return self.node.props

    @property
    def key(self) -> str | None:
        """The key it was made with (a form's key), or None."""
        key = self.node.props.get("key") or self.node.props.get("form_id")
        return None if key is None else str(key)

    @property
    def form_id(self) -> str | None:
        """The key of a form block."""
        return self.node.props.get("form_id")

    @property
    def children(self) -> dict[int, Element | Block]:
        """index → element or block, as drawn."""
        return {
            index: wrap(child, self.root, (*self.path, index))
            for index, child in enumerate(self.node.children or [])
        }

    def _nodes(self) -> Iterator[Element | Block]:
        return iter(self)

    def __iter__(self) -> Iterator[Element | Block]:
        yield self
        for child in self.children.values():
            yield from child

    def __len__(self) -> int:
        return len(self.node.children or [])

    def __getitem__(self, index: int) -> Element | Block:
        return self.children[index]

    def blocks(self, kind: str) -> list[Block]:
        """Every block of `kind` ("column", "tab", "expander", ...) inside this one."""
        return [b for b in self if isinstance(b, Block) and b.type == kind and b is not self]

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script again."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, children={len(self)})"


class ChatMessage(Block):
    """st.chat_message: `name` is its author, `avatar` what Streamlit's AppTest
    reports ("user" or "assistant" for the preset icons, the emoji, the icon, the
    image's URL, or "" when the name's first letter is shown)."""

    @property
    def name(self) -> str:
        """The author's name as given."""
        return str(self.node.props.get("name", ""))

    @property
    def avatar(self) -> str:
        """The avatar."""
        return str(self.node.props.get("avatar") or "")


class Column(Block):
    """A column of st.columns."""

    @property
    def weight(self) -> float:
        """Its share of the row's width (the weights of a row add up to 1)."""
        return float(self.node.props.get("weight", 1.0))

    @property
    def gap(self) -> str | None:
        """The gap between the columns of its row."""
        row = node_at(self.root._roots(), self.path[:-1])
        gap = row.props.get("gap", "small")
        return None if gap is None else str(gap)


class Tab(Block):
    """A tab of st.tabs."""

    @property
    def label(self) -> str:
        """The tab's label."""
        return str(self.node.props.get("label", ""))


class Expander(Block):
    """st.expander."""

    @property
    def label(self) -> str:
        """The expander's label."""
        return str(self.node.props.get("label", ""))

    @property
    def icon(self) -> str:
        """Its icon ("" when none)."""
        return str(self.node.props.get("icon") or "")


class Status(Block):
    """st.status: a container with a label and a state."""

    @property
    def label(self) -> str:
        """Its label."""
        return str(self.node.props.get("label", ""))

    @property
    def icon(self) -> str:
        """The state's icon: "spinner", ":material/check:" or ":material/error:"."""
        return str(self.node.props.get("icon", ""))

    @property
    def state(self) -> str:
        """ "running", "complete" or "error"."""
        return str(self.node.props.get("state", ""))

    @property
    def expanded(self) -> bool:
        """Expanded as the script last set it (False after an update() that left it
        to the user, as Streamlit's AppTest reads it)."""
        return bool(self.node.props.get("expanded"))


View = Callable[[Node, "AppTest", tuple[int, ...]], "Element | Block"]
"""How AppTest shows a node: (node, the AppTest, its path) -> its view."""


def _widget(view: type[Widget], name: str | None = None) -> View:
    return lambda node, root, path: root._widget(view, node, name or node.type)


def _display(view: type[Element]) -> View:
    return lambda node, root, path: view(node, root, node.type)


def _by_kind(views: dict[str, type[Element]], default: type[Element]) -> View:
    def show(node: Node, root: AppTest, path: tuple[int, ...]) -> Element | Block:
        kind = str(node.props["kind"])
        return views.get(kind, default)(node, root, kind)

    return show


def _block(view: type[Block]) -> View:
    return lambda node, root, path: view(node, root, path)


def _placeholder(node: Node, root: AppTest, path: tuple[int, ...]) -> Element | Block:
    """A placeholder (st.empty) is shown as what it holds, or as an "empty" element."""
    assert node.children is not None
    if node.children and node.children[0].type != "nothing":
        return wrap(node.children[0], root, (*path, 0))
    return Empty(node, root, "empty")


VIEWS: dict[str, View] = {
    "markdown": _by_kind(_MARKDOWN, Markdown),
    "alert": _by_kind(_ALERTS, Alert),
    "form_submit_button": _widget(Button, "button"),
    **{kind: _widget(view) for kind, view in _WIDGETS.items()},
    **{kind: _display(view) for kind, view in _DISPLAY.items()},
    "nothing": _display(Element),
    "spinner": _display(Element),  # transient: shown in the page, never in a run's tree
    "skeleton": _display(Element),
    "balloons": _display(Element),
    "snow": _display(Element),
    "progress": _display(Progress),
    "link_button": _display(LinkButton),
    "space": _display(Space),
    "badge": _display(Badge),
    "toast": _display(Toast),
    "block:status": _block(Status),
    "block:empty": _placeholder,
    "block:column": _block(Column),
    "block:tab": _block(Tab),
    "block:expander": _block(Expander),
    "block:chat_message": _block(ChatMessage),
    **{
        f"block:{kind}": _block(Block)
        for kind in (
            "main",
            "sidebar",
            "bottom",
            "vertical",
            "horizontal",
            "tabs",
            "popover",
            "form",
            "transparent",
            "dialog",
        )
    },
}
"""The AppTest view of every node type the elements add (blocks as "block:<kind>")."""


def wrap(node: Node, root: AppTest, path: tuple[int, ...]) -> Element | Block:
    """The AppTest view of a node."""
    if node.children is not None:
        return VIEWS.get(f"block:{node.props.get('kind')}", _block(Block))(node, root, path)
    view = VIEWS.get(node.type)
    if view is None:
        return Element(node, root, node.type)
    return view(node, root, path)


from ostinato.testing.v1 import charts as _charts  # noqa: E402 - its views build on Element

VIEWS.update(_charts.VIEWS)
from ostinato.testing.v1 import tables as _tables  # noqa: E402 - its views build on Element

VIEWS.update(_tables.VIEWS)
from ostinato.testing.v1 import new_widgets as _new_widgets  # noqa: E402 - builds on Widget

VIEWS.update(_new_widgets.VIEWS)
from ostinato.testing.v1 import library_charts as _library_charts  # noqa: E402 - builds on Element

VIEWS.update(_library_charts.VIEWS)
from ostinato.testing.v1 import layout as _layout  # noqa: E402 - its views build on Block

VIEWS.update(_layout.VIEWS)
