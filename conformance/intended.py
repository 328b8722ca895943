"""Scenarios where Ostinato differs from Streamlit on purpose, and why. Each entry
names the step and field where the difference first shows, so that any other
difference in the same scenario still fails."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Intended:
    """Where the difference shows first, and the reason for it."""

    step: int
    field: str
    reason: str


_AT_ASSIGNMENT = (
    "With runner.enforceSerializableSessionState on, Ostinato refuses an unserializable "
    "value at the assignment, so the traceback points at the line that stores it and "
    "nothing after it runs with the bad value; Streamlit checks once, at the end of the run."
)

_UNREADABLE_IMAGE = (
    "Bytes that are no image make st.image raise an OstinatoAPIException naming the "
    "parameter and the formats it reads; Streamlit lets Pillow's UnidentifiedImageError "
    "through. Both show an exception element and end the run."
)

_IMAGE_VALUES = (
    "st.image refuses channels other than RGB/BGR and output_format other than "
    "JPEG/PNG/auto with an OstinatoAPIException naming the parameter; Streamlit "
    "silently treats them as RGB and auto."
)

INTENDED: dict[str, Intended] = {
    "widgets_new.selectbox_accept_new_options": Intended(
        4,
        "error",
        "Once a selectbox with accept_new_options holds a typed option, Streamlit 1.67's "
        "AppTest raises ValueError on every run (Selectbox.index looks the text up among "
        "the options); in the browser Streamlit returns the typed text, as Ostinato does.",
    ),
    "dataframe.column_config_invalid_number_format": Intended(
        0,
        "main[0].type",
        "A NumberColumn format that is neither a preset nor a printf-style string with a "
        "conversion ('%q') makes st.dataframe raise an OstinatoAPIException naming `format` "
        "and what it accepts; Streamlit sends it on unchecked and its page shows the raw "
        "numbers.",
    ),
    "apptest_state.delete_widget_key_then_run": Intended(
        4,
        "error",
        "After a test deletes a widget's key between runs, Streamlit's AppTest.run() raises "
        "KeyError from inside Streamlit (its widget state lost the key but not the widget); "
        "Ostinato runs the script and the widget starts again from its default.",
    ),
    "serializable.on_lambda_raises": Intended(1, "main[1].type", _AT_ASSIGNMENT),
    "serializable.on_lock_raises": Intended(1, "main[1].type", _AT_ASSIGNMENT),
    "serializable.on_stored_then_deleted": Intended(1, "main[0].type", _AT_ASSIGNMENT),
    "serializable.on_then_recover": Intended(3, "main[1].type", _AT_ASSIGNMENT),
    "serializable.on_via_callback": Intended(3, "main[0].type", _AT_ASSIGNMENT),
    "serializable.on_via_config_file": Intended(0, "main (length)", _AT_ASSIGNMENT),
    "serializable.on_caught_by_script": Intended(1, "main[0].value", _AT_ASSIGNMENT),
    "components.components_error_missing_folder": Intended(
        0,
        "main[1].type",
        "declare_component with a path that is no folder raises 'No such component "
        "directory', as Streamlit's server does when the app runs; Streamlit's AppTest runs "
        "on a mock runtime whose component registry accepts anything, so it says nothing "
        "there and the page would load a component that cannot be found.",
    ),
    "utilities.badge_unknown_color": Intended(
        0,
        "main[0].type",
        "st.badge refuses a colour that is none of Streamlit's (red, orange, yellow, blue, "
        "green, violet, gray/grey, primary), naming the parameter and the colours; Streamlit "
        "writes it into the directive unchecked (':pink-badge[x]'), a colour its documentation "
        "does not list.",
    ),
    "apptest_secrets.magic_does_not_show_secrets": Intended(
        0,
        "main[0].type",
        "Magic does not write st.secrets or a section of it: a bare `st.secrets` line left "
        "in a script would put every secret on the page (Streamlit shows them as JSON). "
        "An explicit st.write(st.secrets) still shows them, as in Streamlit.",
    ),
    "media.pdf_shown": Intended(
        0,
        "main[0].type",
        "st.pdf shows the PDF in the browser's own viewer (an iframe of the file, served "
        "inline), so it needs no extra package; Streamlit 1.67 raises unless the "
        "streamlit-pdf component is installed.",
    ),
    "media.image_corrupt_bytes": Intended(0, "main[0].exc_type", _UNREADABLE_IMAGE),
    "media.image_then_click_goes_on": Intended(2, "main[1].exc_type", _UNREADABLE_IMAGE),
    "media.image_unknown_channels_refused": Intended(0, "main[0].type", _IMAGE_VALUES),
    "media.image_unknown_output_format_refused": Intended(0, "main[0].type", _IMAGE_VALUES),
    "media.image_use_column_width_warns": Intended(
        0,
        "main[0].value",
        "The warning st.image shows for the removed use_column_width is in Ostinato's "
        "words (a warning in the page, as in Streamlit).",
    ),
}
