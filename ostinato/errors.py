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
    │   ├── UnhashableParamError         a cached function's argument that cannot be hashed
    │   ├── UserHashError                a hash_funcs function of a cached function failed
    │   ├── UnserializableReturnValueError  st.cache_data's function returned what cannot be copied
    │   ├── CacheReplayClosureError      a cached function wrote into a block made outside it
    │   ├── MarshallComponentException   a custom component's arguments that cannot be sent
    │   ├── MediaError                   media that cannot be read (no such file, no image)
    │   ├── FragmentError                a fragment or dialog used as Streamlit refuses
    │   └── UnserializableSessionState   a value pickle cannot serialize, while enforced
    ├── SessionStateKeyError             (a KeyError, named so) missing key, item form
    ├── SessionStateAttributeError       (an AttributeError, named so) missing key, attribute form
    ├── ConfigError                      an unknown option or a value of the wrong type
    ├── CachedWidgetWarning              (a Warning, shown not raised) a widget in a cached function
    └── CachedStFunctionInBackgroundModeWarning  (a Warning, shown) elements written by a
                                         cached function with refresh_mode="background"
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


class FragmentError(OstinatoAPIException):
    """A fragment or a dialog used in a way Streamlit refuses: st.rerun(scope="fragment")
    outside a fragment rerun, a second or nested dialog, a fragment rerun writing
    to a container it did not write to in the last full run."""


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


class UnhashableParamError(OstinatoAPIException):
    """An argument of a cached function that cannot be hashed into its cache key."""

    def __init__(self, decorator: str, function: str, name: str | None, value: object) -> None:
        kind = f"{type(value).__module__}.{type(value).__qualname__}"
        shown = name if name is not None else "(unnamed)"
        excluded = f"_{name}" if name is not None else "_arg"
        super().__init__(
            f"Cannot hash argument '{shown}' (of type `{kind}`) in '{function}()'. "
            f"To leave it out of the cache key, give it a leading underscore in the "
            f"function's signature:\n\n```\n@st.{decorator}\ndef {function}({excluded}, ...):"
            "\n    ...\n```"
        )
        self.name = name


class UserHashError(OstinatoAPIException):
    """A function of a cached function's `hash_funcs` raised while hashing an argument."""

    def __init__(
        self, decorator: str, function: str, hash_func: str, value: object, exc: BaseException
    ) -> None:
        kind = f"{type(value).__module__}.{type(value).__qualname__}"
        super().__init__(
            f"{exc}\n\nThe hash function `{hash_func}()` given in hash_funcs of "
            f"`@st.{decorator}` on `{function}()` failed on an object of type `{kind}`."
        )


class UnserializableReturnValueError(OstinatoAPIException):
    """st.cache_data's function returned a value that cannot be serialized (copied)."""

    def __init__(self, function: str, value: object, reason: str) -> None:
        kind = f"{type(value).__module__}.{type(value).__qualname__}"
        super().__init__(
            f"Cannot serialize the return value (of type `{kind}`) of `{function}()`: {reason}. "
            "st.cache_data gives each caller its own copy of what the function returns, so "
            "the value must be serializable (pickle). To cache objects such as database "
            "connections or models that are shared as they are, use st.cache_resource."
        )


class CachedWidgetWarning(OstinatoError, Warning):
    """Shown (not raised) where a widget is drawn inside a cached function."""

    def __init__(self) -> None:
        super().__init__(
            "A widget is drawn inside a cached function (decorated with @st.cache_data "
            "or @st.cache_resource). The function runs only on a cache miss, so on a hit "
            "the widget is shown again as it was and its value is not read. Move widgets "
            "out of cached functions."
        )


class CachedStFunctionInBackgroundModeWarning(OstinatoError, Warning):
    """Shown (not raised) where a cached function with refresh_mode="background"
    wrote elements: they are not shown again on a hit."""

    def __init__(self, decorator: str, function: str) -> None:
        super().__init__(
            f'`{function}()` is decorated with `@st.{decorator}(refresh_mode="background")` '
            "and writes elements. In background mode a hit does not show them again, so "
            "they appear only when the function runs. Move the element calls out of the "
            'function, or use refresh_mode="foreground".'
        )


class CacheReplayClosureError(OstinatoAPIException):
    """A cached function wrote into a block created outside it: it cannot be replayed."""

    def __init__(self, decorator: str, function: str) -> None:
        super().__init__(
            f"While `{function}()` ran, it wrote an element into a block created outside "
            "the function, which a cache hit cannot replay (that block may not exist then). "
            f"Create the block inside `{function}()`, move the element call out of it, or "
            f"remove `@st.{decorator}`."
        )


class MarshallComponentException(OstinatoAPIException):
    """A custom component was called with arguments it cannot send to its iframe
    (a positional argument, args that are not JSON, bytes or tables)."""


class MediaError(OstinatoAPIException):
    """Media the script gave could not be read: a file that cannot be opened, bytes
    that are no image."""


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
