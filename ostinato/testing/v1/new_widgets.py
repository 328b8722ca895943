"""AppTest views of the widgets of Streamlit 1.5x-1.67 (st.pills, st.segmented_control,
st.feedback, st.datetime_input, st.menu_button, st.pagination, st.camera_input,
st.audio_input), with the names and actions Streamlit's AppTest gives them."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import Any, Self

from ostinato.elements.link_button import check_icon
from ostinato.errors import OstinatoAPIException
from ostinato.testing.v1.element_tree import _UNSET, AppTestError, FileUploader, View, Widget


def _content(label: str) -> str:
    """An option's label without a leading icon ("🔍 Zoom" → "Zoom"), as Streamlit
    sends an option's content apart from its icon."""
    first, _, rest = label.partition(" ")
    try:
        icon = check_icon("pills", first.strip())
    except OstinatoAPIException:
        return label
    return rest if icon else label


class ButtonGroup(Widget):
    """st.pills and st.segmented_control (Streamlit's AppTest: "button_group")."""

    @property
    def options(self) -> list[str]:
        """The options' labels (without a leading icon)."""
        return [_content(label) for label in self.node.props["options"]]

    @property
    def _labels(self) -> list[str]:
        return list(self.node.props["options"])

    @property
    def style(self) -> str:
        """ "pills" or "segmented_control"."""
        return str(self.node.props["style"])

    @property
    def _multi(self) -> bool:
        return bool(self.node.props.get("multi"))

    def _wire(self) -> list[int]:
        try:
            return list(self.root._meta(self.id).encode(self.value))
        except builtins.Exception:
            return list(self.node.props["value"])

    @property
    def indices(self) -> list[int]:
        """Indexes of the chosen options."""
        return self._wire()

    @property
    def formatted_values(self) -> list[str]:
        """Labels of the chosen options (their format_func's)."""
        options = self._labels
        return [options[i] for i in self._wire()]

    @property
    def format_func(self) -> Callable[[Any], str]:
        """The label format_func gives an option value."""
        meta = self.root._meta(self.id)
        options = self._labels
        multi = self._multi

        def label(value: Any) -> str:
            return str(options[meta.encode([value] if multi else value)[0]])

        return label

    def select(self, value: Any) -> Self:
        """Choose `value` (single: instead of the chosen one; multi: as well)."""
        if not self._multi:
            return self.set_value(value)
        current = list(self.value or [])
        if value in current:
            return self
        return self.set_value([*current, value])

    def unselect(self, value: Any) -> Self:
        """Take `value` out of the choice (nothing if it is not chosen)."""
        if not self._multi:
            return self.set_value(None) if self.value == value else self
        current = list(self.value or [])
        if value not in current:
            return self
        return self.set_value([v for v in current if v != value])


class Feedback(Widget):
    """st.feedback: `value` is the index chosen (or None)."""

    @property
    def label(self) -> None:  # type: ignore[override]
        """None: a feedback has no label (as in Streamlit's AppTest)."""
        return None


class DateTimeInput(Widget):
    """st.datetime_input (Streamlit's AppTest: "date_time_input"); `min` and `max` are
    "YYYY-MM-DDThh:mm" strings, `step` seconds, `format` the date format shown."""


class MenuButton(Widget):
    """st.menu_button: `value` is the option clicked before the last run (else None)."""

    @property
    def options(self) -> list[str]:
        """The labels of the options."""
        return list(self.node.props["options"])

    @property
    def value(self) -> Any:
        """The option clicked since the last run, else the one of the last run."""
        return self.node.value if self._pending is _UNSET else self._pending

    @property
    def format_func(self) -> Callable[[Any], str]:
        """The label the menu shows for an option value."""
        meta = self.root._meta(self.id)
        options = self.options
        return lambda value: str(options[meta.encode(value)])

    def click(self, value: Any) -> Self:
        """Choose `value` from the menu."""
        return self.set_value(value)

    def click_index(self, index: int) -> Self:
        """Choose the option at `index` from the menu."""
        if not 0 <= index < len(self.options):
            raise IndexError(f"menu_button {self.label!r} has {len(self.options)} options")
        return self.set_value(self.root._meta(self.id).decode(index))


class Pagination(Widget):
    """st.pagination: `value` is the page, from 1."""

    @property
    def label(self) -> None:  # type: ignore[override]
        """None: a pagination has no label (as in Streamlit's AppTest)."""
        return None

    @property
    def num_pages(self) -> int:
        """How many pages there are."""
        return int(self.node.props["num_pages"])

    @property
    def default(self) -> int:
        """The page it starts on."""
        return int(self.node.props["default_page"])

    def set_value(self, value: Any) -> Self:
        """Go to page `value` (an int from 1 to num_pages, else AppTestError)."""
        self._assert_can_interact()
        pages = self.num_pages
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= pages:
            key = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot set pagination{key} to {value!r}: a page is an int from 1 to {pages}."
            )
        return super().set_value(value)

    def select(self, page: int) -> Self:
        """Click the button of `page`."""
        return self.set_value(page)


class _Capture(FileUploader):
    """What st.camera_input and st.audio_input share: one captured file, staged as
    (filename, content, mime_type) of the one name ending and type the page makes."""

    _what = "file"
    _suffix = ""
    _mime = ""

    def _check(self, file: object) -> tuple[str, bytes, str]:
        kind = self.type
        if isinstance(file, list):
            raise AppTestError(f"st.{kind} takes one {self._what}, not a list.")
        if not (
            isinstance(file, tuple)
            and len(file) == 3
            and isinstance(file[0], str)
            and isinstance(file[1], bytes | bytearray)
            and isinstance(file[2], str)
        ):
            raise AppTestError(
                f"st.{kind} takes one (filename, content, mime_type) tuple with bytes "
                f"content, or None to clear; got {type(file).__name__}."
            )
        name, content, mime = file
        if not name.lower().endswith(self._suffix):
            raise AppTestError(f"st.{kind} makes {self._suffix} files, not {name!r}.")
        if mime.lower() != self._mime:
            raise AppTestError(f"st.{kind} files are of the type {self._mime!r}, not {mime!r}.")
        return name, bytes(content), self._mime

    def set_value(self, file: Any) -> Self:
        """Stage the captured file (filename, content, mime_type), or None to clear it;
        chain `.run()`."""
        self._assert_can_interact()
        self.root._change_wire(self.id, [])
        if file is not None:
            name, content, mime = self._check(file)
            self.root._upload(self, name, content, mime)
        return self

    def upload(self, filename: str, content: bytes, mime_type: str = "") -> Self:
        """Stage one file, replacing any staged before; chain `.run()`."""
        return self.set_value((filename, content, mime_type or self._mime))


class CameraInput(_Capture):
    """st.camera_input: `value` is the photo (a JPEG UploadedFile) or None."""

    _what, _suffix, _mime = "photo", ".jpg", "image/jpeg"

    @property
    def resolution(self) -> str | None:
        """The resolution asked of the camera ("480p", "720p", "1080p") or None."""
        height = self.node.props.get("resolution_height")
        return None if height is None else f"{height}p"


class AudioInput(_Capture):
    """st.audio_input: `value` is the recording (a WAV UploadedFile) or None."""

    _what, _suffix, _mime = "recording", ".wav", "audio/wav"


def _widget(view: type[Widget], name: str) -> View:
    return lambda node, root, path: root._widget(view, node, name)


VIEWS: dict[str, View] = {
    "button_group": _widget(ButtonGroup, "button_group"),
    "feedback": _widget(Feedback, "feedback"),
    "date_time_input": _widget(DateTimeInput, "date_time_input"),
    "menu_button": _widget(MenuButton, "menu_button"),
    "pagination": _widget(Pagination, "pagination"),
    "camera_input": _widget(CameraInput, "camera_input"),
    "audio_input": _widget(AudioInput, "audio_input"),
}
"""Node type → view, merged into element_tree.VIEWS."""
