"""The current value of every option, process-wide, and where it came from."""

from __future__ import annotations

import threading
from typing import Any

from ostinato.config.options import OPTIONS
from ostinato.errors import ConfigError

_lock = threading.Lock()
_values: dict[str, tuple[Any, str]] = {}


def coerce(name: str, value: Any) -> Any:
    """Return `value` as the type of option `name`, or raise a ConfigError naming it."""
    option = OPTIONS.get(name)
    if option is None:
        raise ConfigError.unknown(name, OPTIONS)
    kind = option.type
    if isinstance(value, str) and kind is not str:
        text = value.strip().lower()
        if kind is bool and text in ("true", "false", "1", "0", "yes", "no", "on", "off"):
            return text in ("true", "1", "yes", "on")
        if kind is int:
            try:
                return int(text)
            except ValueError:
                pass
        if kind is float:
            try:
                return float(text)
            except ValueError:
                pass
    elif isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    elif kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    raise ConfigError(
        f'Option "{name}" takes a value of type {kind.__name__}, got {value!r} '
        f"({type(value).__name__})."
    )


def get_option(name: str) -> Any:
    """Return the current value of option `name`. Any thread."""
    if name not in OPTIONS:
        raise ConfigError.unknown(name, OPTIONS)
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
