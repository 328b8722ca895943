"""Reading options from their layers, lowest first: defaults, the user's
`~/.ostinato/config.toml`, the project's `.ostinato/config.toml` (or
`.streamlit/config.toml` when that is all there is), environment variables
(`STREAMLIT_*`, then `OSTINATO_*`, which win), and `--section.optionName value`
flags. Everything is checked before anything is applied, so nothing starts
half-configured."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ostinato.config.names import env_name, unknown_option, unknown_variable
from ostinato.config.options import OPTIONS
from ostinato.config.settings import coerce, set_option
from ostinato.errors import ConfigError

ENV_PREFIX = "OSTINATO_"
STREAMLIT_PREFIX = "STREAMLIT_"

__all__ = ["ENV_PREFIX", "config_files", "env_name", "load", "read_environment", "read_file"]

_BY_ENV = {env_name(name): name for name in OPTIONS}
_BY_STREAMLIT_ENV = {env_name(name, STREAMLIT_PREFIX): name for name in OPTIONS}
_SECTIONS = {name.rsplit(".", 1)[0] for name in OPTIONS}


def config_files(cwd: Path, home: Path) -> list[Path]:
    """The config files that apply, lowest first."""
    files = [home / ".ostinato" / "config.toml"]
    project = cwd / ".ostinato" / "config.toml"
    migrated = cwd / ".streamlit" / "config.toml"
    files.append(project if project.exists() or not migrated.exists() else migrated)
    return [path for path in files if path.exists()]


def _flatten(path: Path, section: str, values: dict[str, Any]) -> list[tuple[str, Any]]:
    """(option, value) pairs of one table; a table inside a section that is itself a
    section ([theme.light.sidebar]) is read in turn."""
    pairs: list[tuple[str, Any]] = []
    for key, value in values.items():
        name = f"{section}.{key}"
        if isinstance(value, dict) and name not in OPTIONS and name in _SECTIONS:
            pairs.extend(_flatten(path, name, value))
        else:
            pairs.append((name, value))
    return pairs


def read_file(path: Path) -> list[tuple[str, Any]]:
    """(option, value) pairs of one TOML file; ConfigError naming the file and line."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    pairs: list[tuple[str, Any]] = []
    for section, values in data.items():
        if not isinstance(values, dict):
            raise ConfigError(
                f'{path}: "{section}" must be a [section] table, e.g. [server] port = 8501'
            )
        pairs.extend(_flatten(path, section, values))
    return pairs


def read_environment(environ: Mapping[str, str]) -> list[tuple[str, Any, str]]:
    """(option, value, variable) from STREAMLIT_* then OSTINATO_* variables (so that
    OSTINATO_* wins). An unknown OSTINATO_* variable is an error; other STREAMLIT_*
    variables are Streamlit's own business and are left alone."""
    found: list[tuple[str, Any, str]] = []
    ours: list[tuple[str, Any, str]] = []
    for variable, value in environ.items():
        if variable.startswith(STREAMLIT_PREFIX):
            name = _BY_STREAMLIT_ENV.get(variable)
            if name is not None:
                found.append((name, value, variable))
        elif variable.startswith(ENV_PREFIX):
            name = _BY_ENV.get(variable)
            if name is None:
                raise unknown_variable(variable)
            ours.append((name, value, variable))
    return found + ours


def _merge_lists(flags: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """A list option given several times on the command line
    (`--server.corsAllowedOrigins a --server.corsAllowedOrigins b`) takes them all."""
    merged: list[tuple[str, Any]] = []
    seen: dict[str, int] = {}
    for name, value in flags:
        option = OPTIONS.get(name)
        if option is not None and option.type is list and name in seen:
            index = seen[name]
            merged[index] = (name, f"{merged[index][1]} {value}")
            continue
        seen[name] = len(merged)
        merged.append((name, value))
    return merged


def load(
    flags: Iterable[tuple[str, Any]] = (),
    cwd: Path | None = None,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> None:
    """Apply every layer, or raise ConfigError and apply nothing."""
    cwd = Path.cwd() if cwd is None else cwd
    home = Path.home() if home is None else home
    environ = os.environ if environ is None else environ
    entries: list[tuple[str, Any, str]] = []
    for path in config_files(cwd, home):
        entries.extend((name, value, str(path)) for name, value in read_file(path))
    entries.extend(
        (name, value, f"environment {variable}")
        for name, value, variable in read_environment(environ)
    )
    entries.extend((name, value, "command line") for name, value in _merge_lists(flags))
    checked: list[tuple[str, Any, str]] = []
    for name, value, source in entries:
        if name not in OPTIONS:
            raise ConfigError(f"{source}: {unknown_option(name)}")
        try:
            checked.append((name, coerce(name, value), source))
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc}") from None
    for name, value, source in checked:
        set_option(name, value, source)
