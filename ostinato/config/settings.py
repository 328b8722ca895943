"""The current value of every option, process-wide, and where it came from."""

from __future__ import annotations

import re
import threading
import tomllib
from typing import Any

from ostinato.config.names import unknown_option
from ostinato.config.options import OPTIONS, Option
from ostinato.errors import ConfigError

_lock = threading.Lock()
_values: dict[str, tuple[Any, str]] = {}

_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off")


def _from_text(option: Option, text: str) -> Any:
    """A value of the option's types read from a flag or environment variable, or
    None when the text is none of them."""
    kinds = (option.type, *option.also)
    lowered = text.strip().lower()
    if bool in kinds and lowered in _TRUE + _FALSE:
        return lowered in _TRUE
    if int in kinds:
        try:
            return int(lowered)
        except ValueError:
            pass
    if float in kinds:
        try:
            return float(lowered)
        except ValueError:
            pass
    if list in kinds:
        stripped = text.strip()
        if stripped.startswith("["):
            try:
                return tomllib.loads(f"v = {stripped}")["v"]
            except tomllib.TOMLDecodeError:
                return None
        if str not in kinds:
            # Streamlit's flags and variables give lists as words: "a b" or "a,b".
            return [part for part in re.split(r"[,\s]+", stripped) if part]
    if str in kinds:
        return text
    return None


def coerce(name: str, value: Any) -> Any:
    """Return `value` as the type of option `name`, or raise a ConfigError naming it."""
    option = OPTIONS.get(name)
    if option is None:
        raise unknown_option(name)
    if option.parse is not None:
        try:
            return option.parse(value)
        except ValueError as exc:
            raise ConfigError(f'Option "{name}" takes {exc}, got {value!r}.') from None
    if value is None and option.default is None:
        return None
    kinds = (option.type, *option.also)
    result: Any = None
    if isinstance(value, str) and str not in kinds:
        result = _from_text(option, value)
    elif isinstance(value, str) and list in kinds and value.strip().startswith("["):
        result = _from_text(option, value)
    elif isinstance(value, bool):
        result = value if bool in kinds else None
    elif isinstance(value, int) and int not in kinds and float in kinds:
        result = float(value)
    elif isinstance(value, tuple(kinds)):
        result = list(value) if isinstance(value, list) else value
    if result is None:
        raise ConfigError(
            f'Option "{name}" takes a value of type {option.type_name}, got {value!r} '
            f"({type(value).__name__})."
        )
    if option.choices and isinstance(result, str) and result not in option.choices:
        allowed = ", ".join(f'"{choice}"' for choice in option.choices)
        raise ConfigError(f'Option "{name}" takes one of {allowed}, got {result!r}.')
    return result


def get_option(name: str) -> Any:
    """Return the current value of option `name`. Any thread."""
    if name not in OPTIONS:
        raise unknown_option(name)
    with _lock:
        found = _values.get(name)
    return OPTIONS[name].default if found is None else found[0]


def source_of(name: str) -> str:
    """Say where the current value of `name` came from ("default" when unset)."""
    with _lock:
        found = _values.get(name)
    return "default" if found is None else found[1]


def set_option(name: str, value: Any, source: str = "set_option") -> None:
    """Set option `name` process-wide (for embedding and tests). Any thread."""
    coerced = coerce(name, value)
    with _lock:
        _values[name] = (coerced, source)


def reset_options() -> None:
    """Forget every value that was set, back to the defaults. For tests."""
    with _lock:
        _values.clear()


def not_implemented_in_use() -> list[str]:
    """Options Ostinato accepts but does not act on yet that are set to something
    other than their default, in registry order."""
    with _lock:
        values = dict(_values)
    return [
        name
        for name, option in OPTIONS.items()
        if not option.implemented and name in values and values[name][0] != option.default
    ]
