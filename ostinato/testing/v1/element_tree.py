"""The element tree as AppTest shows it: blocks with children, elements with
`.type` and `.value`, widgets with `.key`, `.label` and actions that chain into
`.run()`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ostinato.elements.tree import Node

if TYPE_CHECKING:
    from ostinato.testing.v1.app_test import AppTest

_UNSET = object()


class Element:
    """An element of the last run. `type` is the kind of element ("markdown",
    "title", "button", ...); `props` what the page received."""

    def __init__(self, node: Node, root: AppTest, type: str) -> None:
        self.node = node
        self.root = root
        self.type = type

    @property
    def props(self) -> dict[str, Any]:
        """What the page receives for this element."""
        return self.node.props

    @property
    def value(self) -> Any:
        """The element's main content."""
        return self.node.props.get("body", self.node.value)

    def __iter__(self) -> Iterator[Element]:
        return iter(())

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script again (with any pending widget changes)."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={self.value!r})"


class Markdown(Element):
    """Markdown text, and the headings and captions built on it."""

    @property
    def body(self) -> str:
        """The Markdown source."""
        return str(self.node.props["body"])

    @property
    def html(self) -> str:
        """The HTML the page shows."""
        return str(self.node.props["html"])


class Alert(Element):
    """success, info, warning or error."""

    @property
    def icon(self) -> str | None:
        """The icon given, if any."""
        return self.node.props.get("icon")


class Exception(Element):
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
    def delta(self) -> str | None:
        """The change shown beside the value."""
        return self.node.props.get("delta")


class Dataframe(Element):
    """A table; `value` is the DataFrame."""

    @property
    def value(self) -> Any:
        return self.node.value


class Json(Element):
    """Pretty-printed JSON; `value` is the JSON text."""


class Code(Element):
    """A code block."""

    @property
    def language(self) -> str | None:
        """The language it is highlighted as."""
        return self.node.props.get("language")


class Block:
    """A container. Iterating yields every element inside it, in page order."""

    def __init__(self, node: Node, root: AppTest, path: tuple[int, ...]) -> None:
        self.node = node
        self.root = root
        self.path = path
        self.type = str(node.props.get("kind", "block"))

    @property
    def children(self) -> dict[int, Element | Block]:
        """index → element or block, as drawn."""
        return {
            index: wrap(child, self.root, (*self.path, index))
            for index, child in enumerate(self.node.children or [])
        }

    def __iter__(self) -> Iterator[Element | Block]:
        for child in self.children.values():
            yield child
            if isinstance(child, Block):
                yield from child

    def __len__(self) -> int:
        return len(self.node.children or [])

    def __getitem__(self, index: int) -> Element | Block:
        return self.children[index]

    def get(self, element_type: str) -> Sequence[Element]:
        """Every element of `element_type` inside this block, in page order."""
        return [e for e in self if isinstance(e, Element) and e.type == element_type]

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script again."""
        return self.root.run(timeout=timeout)

    @property
    def label(self) -> str | None:
        """The label of a tab, expander or popover."""
        return self.node.props.get("label")

    @property
    def form_id(self) -> str | None:
        """The key of a form block."""
        return self.node.props.get("form_id")

    def blocks(self, kind: str) -> list[Block]:
        """Every block of `kind` ("column", "tab", "expander", ...) inside this one."""
        return [b for b in self if isinstance(b, Block) and b.type == kind]

    def __repr__(self) -> str:
        return f"Block(type={self.type!r}, children={len(self)})"


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
    def key(self) -> str | None:
        """The key it was created with."""
        return self.node.props.get("key")

    @property
    def label(self) -> str:
        """Its label."""
        return str(self.node.props["label"])

    @property
    def help(self) -> str | None:
        """Its tooltip text."""
        return self.node.props.get("help")

    @property
    def disabled(self) -> bool:
        """True if the user cannot change it."""
        return bool(self.node.props.get("disabled"))

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
                pass
        return self.node.value

    def set_value(self: W, value: Any) -> W:
        """Change the value as a user would; takes effect at the next `run()`."""
        self._pending = value
        self.root._change(self.id, value)
        return self


class Button(Widget):
    """st.button / st.download_button."""

    def click(self) -> Button:
        """Click it: True in the next run, and its on_click runs first."""
        self._pending = True
        self.root._trigger(self.id)
        return self

    def set_value(self, value: Any) -> Button:
        if value:
            return self.click()
        return self


class Checkbox(Widget):
    """st.checkbox / st.toggle."""

    def check(self) -> Checkbox:
        """Tick it."""
        return self.set_value(True)

    def uncheck(self) -> Checkbox:
        """Untick it."""
        return self.set_value(False)


class Choice(Widget):
    """st.radio, st.selectbox, st.multiselect, st.select_slider."""

    @property
    def options(self) -> list[str]:
        """The labels of the options."""
        return list(self.node.props["options"])

    @property
    def index(self) -> int | None:
        """Index of the chosen option (single choice)."""
        wire = self.node.props["value"]
        return wire if isinstance(wire, int) else None

    def select(self, value: Any) -> Choice:
        """Choose `value` (multiselect: add it to the chosen ones)."""
        if self.type == "multiselect":
            current = list(self.value or [])
            if value not in current:
                current.append(value)
            return self.set_value(current)
        return self.set_value(value)

    def unselect(self, value: Any) -> Choice:
        """Multiselect: remove `value` from the chosen ones."""
        return self.set_value([v for v in (self.value or []) if v != value])

    def select_index(self, index: int) -> Choice:
        """Choose the option at `index`, as the page would."""
        meta = self.root._meta(self.id)
        return self.set_value(meta.decode(index))

    def set_range(self, lower: Any, upper: Any) -> Choice:
        """Select slider range: choose both ends."""
        return self.set_value((lower, upper))


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

    def set_range(self, lower: Any, upper: Any) -> Slider:
        """Choose both ends of a range slider."""
        return self.set_value((lower, upper))


class TextInput(Widget):
    """st.text_input / st.text_area."""

    def input(self, value: str) -> TextInput:
        """Type `value` and press Enter."""
        return self.set_value(value)

    @property
    def placeholder(self) -> str | None:
        """The hint shown while empty."""
        return self.node.props.get("placeholder")

    @property
    def max_chars(self) -> int | None:
        """Longest value allowed."""
        return self.node.props.get("max_chars")


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

    def _move(self, sign: int) -> NumberInput:
        value = (self.value or 0) + sign * self.step
        if self.min is not None:
            value = max(self.min, value)
        if self.max is not None:
            value = min(self.max, value)
        return self.set_value(value)

    def increment(self) -> NumberInput:
        """Press +."""
        return self._move(1)

    def decrement(self) -> NumberInput:
        """Press -."""
        return self._move(-1)


class TimeInput(Widget):
    """st.time_input."""

    def _move(self, sign: int) -> TimeInput:
        base = dt.datetime.combine(dt.date(2000, 1, 1), self.value or dt.time())
        step = dt.timedelta(seconds=int(self.node.props["step"]))
        return self.set_value((base + sign * step).time())

    def increment(self) -> TimeInput:
        """One step later."""
        return self._move(1)

    def decrement(self) -> TimeInput:
        """One step earlier."""
        return self._move(-1)


class ColorPicker(Widget):
    """st.color_picker."""

    def pick(self, value: str) -> ColorPicker:
        """Choose the colour `value` ("#rrggbb")."""
        return self.set_value(value)


class FileUploader(Widget):
    """st.file_uploader. `upload` sends a file through the session's upload store,
    as the page does over HTTP."""

    def upload(self, name: str, data: bytes, type: str = "application/octet-stream") -> Any:
        """Add a file, as if dropped on the uploader; chain `.run()`."""
        self.root._upload(self, name, data, type)
        return self

    def clear(self) -> FileUploader:
        """Remove every file."""
        self.root._change_wire(self.id, [])
        return self


_TRIGGERS = {"button", "download_button", "form_submit_button", "file_uploader"}
"""Widgets whose value is what happened in the last run, not a value kept in state."""

_WIDGETS: dict[str, type[Widget]] = {
    "button": Button,
    "download_button": Button,
    "checkbox": Checkbox,
    "toggle": Checkbox,
    "radio": Choice,
    "selectbox": Choice,
    "multiselect": Choice,
    "select_slider": Choice,
    "slider": Slider,
    "text_input": TextInput,
    "text_area": TextInput,
    "number_input": NumberInput,
    "date_input": Widget,
    "time_input": TimeInput,
    "color_picker": ColorPicker,
    "file_uploader": FileUploader,
}

_DISPLAY: dict[str, type[Element]] = {
    "exception": Exception,
    "metric": Metric,
    "dataframe": Dataframe,
    "json": Json,
    "code": Code,
}


def wrap(node: Node, root: AppTest, path: tuple[int, ...]) -> Element | Block:
    """The AppTest view of a node."""
    if node.props.get("kind") == "empty" and node.children is not None:
        # A placeholder is shown as what it holds, or as an "empty" element.
        if node.children and node.children[0].type != "nothing":
            return wrap(node.children[0], root, (*path, 0))
        return Element(node, root, "empty")
    if node.children is not None:
        return Block(node, root, path)
    if node.type == "markdown":
        return Markdown(node, root, str(node.props["kind"]))
    if node.type == "alert":
        return Alert(node, root, str(node.props["kind"]))
    if node.type == "form_submit_button":
        return root._widget(Button, node, "button")
    widget = _WIDGETS.get(node.type)
    if widget is not None:
        return root._widget(widget, node, node.type)
    return _DISPLAY.get(node.type, Element)(node, root, node.type)


E = TypeVar("E", bound=Element)


class ElementList(Generic[E]):
    """The elements of one kind, in page order."""

    def __init__(self, elements: Sequence[E]) -> None:
        self._list = list(elements)

    def __len__(self) -> int:
        return len(self._list)

    @overload
    def __getitem__(self, index: int) -> E: ...

    @overload
    def __getitem__(self, index: slice) -> ElementList[E]: ...

    def __getitem__(self, index: int | slice) -> E | ElementList[E]:
        if isinstance(index, slice):
            return ElementList(self._list[index])
        return self._list[index]

    def __iter__(self) -> Iterator[E]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return isinstance(other, list) and self.values == other

    def __bool__(self) -> bool:
        return bool(self._list)

    @property
    def len(self) -> int:
        """How many there are."""
        return len(self._list)

    @property
    def values(self) -> list[Any]:
        """The value of each, in order."""
        return [e.value for e in self._list]

    def __repr__(self) -> str:
        return f"ElementList({self._list!r})"


class WidgetList(ElementList[W]):
    """Widgets of one kind; call it with `key=` to find one by key."""

    def __call__(self, key: str) -> W:
        for widget in self._list:
            if widget.key == key:
                return widget
        raise KeyError(f"No widget with key {key!r}; keys here: {[w.key for w in self._list]}")
