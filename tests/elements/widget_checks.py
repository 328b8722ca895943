"""Checks every widget kind goes through: its value, its key in Session State, its
callback with args and kwargs, and the error a user sees for a bad value."""

from __future__ import annotations

from typing import Any

from ostinato import errors
from ostinato.testing.v1 import AppTest
from ostinato.testing.v1.element_tree import Widget

CALLBACK = 'key="w", on_change=cb, args=("a",), kwargs={"k": 1}'
"""Keyword arguments that bind a widget to the key "w" and the recording callback."""

_PRELUDE = """
import datetime as dt
import ostinato as st
st.session_state.setdefault("calls", [])
def cb(*args, **kwargs):
    st.session_state.calls.append((args, kwargs, st.session_state.w))
st.write(f"seen={{st.session_state.get('w')!r}}")
value = {call}
st.write(f"value={{value!r}} state={{st.session_state.w!r}}")
"""


def widget_app(call: str) -> AppTest:
    """An app that draws `call` (which uses CALLBACK), shows what Session State held
    before it was drawn, and what it returned and holds after."""
    return AppTest.from_string(_PRELUDE.format(call=call))


def only_widget(at: AppTest, kind: str) -> Widget:
    """The one widget of `kind` on the page."""
    (widget,) = at.get(kind)
    assert isinstance(widget, Widget), widget
    return widget


def check_value_key_and_callback(kind: str, call: str, before: Any, new: Any) -> AppTest:
    """Draw the widget, change it to `new` as a user would and check what the script,
    Session State and the callback see; returns the app after the change."""
    at = widget_app(call).run()
    assert not at.exception, at.exception
    widget = only_widget(at, kind)
    assert widget.key == "w"
    assert widget.value == before
    assert at.session_state.w == before
    assert at.markdown.values == ["seen=None", f"value={before!r} state={before!r}"]

    widget.set_value(new).run()
    assert not at.exception, at.exception
    assert only_widget(at, kind).value == new
    assert at.session_state.w == new
    # Session State holds the new value before the widget is drawn again.
    assert at.markdown.values == [f"seen={new!r}", f"value={new!r} state={new!r}"]
    # The callback ran once, with its args and kwargs, and saw the new value.
    assert at.session_state.calls == [(("a",), {"k": 1}, new)]

    at.run()
    assert only_widget(at, kind).value == new
    assert len(at.session_state.calls) == 1
    return at


def check_first_value_from_session_state(kind: str, call: str, preset: Any, expected: Any) -> None:
    """A value put in Session State before the first run is the widget's first value;
    no callback fires for it."""
    at = widget_app(call)
    at.session_state["w"] = preset
    at.run()
    assert not at.exception, at.exception
    assert only_widget(at, kind).value == expected
    assert at.session_state.w == expected
    assert at.markdown.values[1] == f"value={expected!r} state={expected!r}"
    assert at.session_state.calls == []


def script_error(body: str, **state: Any) -> tuple[str, str]:
    """Run `body` (with `st` and `dt` imported), after putting `state` in Session
    State; returns the type name and message of the one exception it shows, after
    checking that it is an OstinatoAPIException."""
    at = AppTest.from_string(f"import datetime as dt\nimport ostinato as st\n{body}\n")
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert len(at.exception) == 1, at.exception
    shown = at.exception[0]
    assert issubclass(getattr(errors, shown.exc_type), errors.OstinatoAPIException)
    return shown.exc_type, shown.message
