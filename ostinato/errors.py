"""Errors Ostinato raises, each with a message that says what to change.

::

    OstinatoError
    ├── OstinatoAPIException            (alias: StreamlitAPIException)
    │   ├── DuplicateWidgetID            two widgets with one identity in a run
    │   ├── WidgetValueError             a value a widget cannot take (also a ValueError)
    │   ├── WidgetValueSetError          button-like widget set through Session State
    │   ├── WidgetModifiedAfterCreation  st.session_state[k] set after widget k was drawn
    │   ├── FormError                    a form used the wrong way
    │   ├── NotSupportedYet              a Streamlit name Ostinato lacks (also an AttributeError)
    │   └── UnserializableSessionState   a value pickle cannot serialize, while enforced
    ├── SessionStateKeyError             (a KeyError, named so) missing key, item form
    ├── SessionStateAttributeError       (an AttributeError, named so) missing key, attribute form
    └── ConfigError                      an unknown option or a value of the wrong type
"""

from __future__ import annotations


class OstinatoError(Exception):
    """Base of every error Ostinato raises on purpose."""


class OstinatoAPIException(OstinatoError):
    """The script used the Ostinato API in a way it does not allow."""


StreamlitAPIException = OstinatoAPIException
"""Alias kept so that code migrating from Streamlit catches the same errors."""


class NotSupportedYet(OstinatoAPIException, AttributeError):
    """`st.<name>` exists in Streamlit 1.67 but not yet in Ostinato. Also an
    AttributeError, so `hasattr(st, name)` stays False for feature checks."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"st.{name} is not supported yet by Ostinato. docs/API.md lists every "
            "Streamlit 1.67 name with its status in Ostinato."
        )
        self.name = name


class DuplicateWidgetID(OstinatoAPIException):
    """Two widgets in one run have the same identity."""

    def __init__(self, kind: str, label: str, key: str | None) -> None:
        if key is not None:
            text = (
                f'There are multiple widgets with the key "{key}". Give each widget its own key=.'
            )
        else:
            text = (
                f'There are multiple identical st.{kind} widgets with the label "{label}". '
                "Give each one a unique key= argument to tell them apart."
            )
        super().__init__(text)


class WidgetValueError(OstinatoAPIException, ValueError):
    """A widget was given a value it cannot take."""

    def __init__(self, kind: str, label: str, problem: str) -> None:
        super().__init__(f'st.{kind} "{label}": {problem}')


class WidgetValueSetError(OstinatoAPIException):
    """The value of a trigger-like widget cannot be set through Session State."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(
            f'Values for the st.{kind} widget with key "{key}" cannot be set using '
            f"st.session_state: a {kind} reports what the user did, not a value the app "
            f"chooses. Remove the assignment to st.session_state[{key!r}] or use another key."
        )


class WidgetModifiedAfterCreation(OstinatoAPIException):
    """Session State was set for a widget key after the widget was drawn in this run."""

    def __init__(self, key: str) -> None:
        super().__init__(
            f'st.session_state["{key}"] cannot be modified after the widget with key '
            f'"{key}" is drawn in this run. Set it before the widget is created, '
            "or in the widget's on_change/on_click callback."
        )


class FormError(OstinatoAPIException):
    """A form or a widget inside one was used the wrong way."""


class UnserializableSessionState(OstinatoAPIException):
    """A value stored in Session State cannot be pickled while that is enforced."""

    def __init__(self, key: str, value: object, reason: str) -> None:
        super().__init__(
            f'Cannot store st.session_state["{key}"]: a value of type '
            f"{type(value).__module__}.{type(value).__qualname__} cannot be pickled ({reason}). "
            "Session State only accepts pickle-serializable values because the option "
            "runner.enforceSerializableSessionState is true; store a serializable value "
            "or set that option to false."
        )
        self.key = key


def _missing_key_message(key: str) -> str:
    return (
        f'st.session_state has no key "{key}". Did you forget to initialize it? '
        f"For example: if {key!r} not in st.session_state: st.session_state[{key!r}] = ..."
    )


class SessionStateKeyError(OstinatoError, KeyError):
    """A missing Session State key was read in item form."""

    def __init__(self, key: str) -> None:
        super().__init__(_missing_key_message(key))
        self.key = key

    def __str__(self) -> str:
        return str(self.args[0])


class SessionStateAttributeError(OstinatoError, AttributeError):
    """A missing Session State key was read in attribute form."""

    def __init__(self, key: str) -> None:
        super().__init__(
            f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
            f"For example: if {key!r} not in st.session_state: st.session_state.{key} = ..."
        )
        self.key = key


# Shown as the plain built-in names, as Streamlit shows them (type(e).__name__, tracebacks);
# `except SessionStateKeyError` still tells them apart.
SessionStateKeyError.__name__ = SessionStateKeyError.__qualname__ = "KeyError"
SessionStateAttributeError.__name__ = SessionStateAttributeError.__qualname__ = "AttributeError"


class ConfigError(OstinatoError):
    """An option is unknown, has a value of the wrong type, or cannot change now."""
