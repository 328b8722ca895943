"""Reading options from their layers, lowest first: defaults, the user's
`~/.ostinato/config.toml`, the project's `.ostinato/config.toml` (or
`.streamlit/config.toml` when that is all there is), `OSTINATO_*` environment
variables, and `--section.optionName value` flags. Everything is checked before
anything is applied, so nothing starts half-configured."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ostinato.config.options import OPTIONS
from ostinato.config.settings import coerce, set_option
from ostinato.errors import ConfigError

ENV_PREFIX = "OSTINATO_"


def env_name(option: str) -> str:
    """The environment variable of an option: `runner.magicEnabled` is
    `OSTINATO_RUNNER_MAGIC_ENABLED`."""
    section, name = option.split(".", 1)
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name)
    return f"{ENV_PREFIX}{section.upper()}_{snake.upper()}"


_BY_ENV = {env_name(name): name for name in OPTIONS}


def config_files(cwd: Path, home: Path) -> list[Path]:
    """The config files that apply, lowest first."""
    files = [home / ".ostinato" / "config.toml"]
    project = cwd / ".ostinato" / "config.toml"
    migrated = cwd / ".streamlit" / "config.toml"
    files.append(project if project.exists() or not migrated.exists() else migrated)
    return [path for path in files if path.exists()]


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
        for key, value in values.items():
            pairs.append((f"{section}.{key}", value))
    return pairs


def read_environment(environ: Mapping[str, str]) -> list[tuple[str, Any]]:
    """(option, value) pairs from OSTINATO_* variables."""
    pairs: list[tuple[str, Any]] = []
    for variable, value in environ.items():
        if not variable.startswith(ENV_PREFIX):
            continue
        name = _BY_ENV.get(variable)
        if name is None:
            import difflib

            close = difflib.get_close_matches(variable, list(_BY_ENV), n=1)
            hint = f' Did you mean "{close[0]}"?' if close else ""
            raise ConfigError(f'Unknown environment variable "{variable}".{hint}')
        pairs.append((name, value))
    return pairs


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
    layers: list[tuple[str, list[tuple[str, Any]]]] = [
        (str(path), read_file(path)) for path in config_files(cwd, home)
    ]
    layers.append(("environment", read_environment(environ)))
    layers.append(("command line", list(flags)))
    checked: list[tuple[str, Any, str]] = []
    for source, pairs in layers:
        for name, value in pairs:
            if name not in OPTIONS:
                error = ConfigError.unknown(name, OPTIONS)
                raise ConfigError(f"{source}: {error}")
            try:
                checked.append((name, coerce(name, value), source))
            except ConfigError as exc:
                raise ConfigError(f"{source}: {exc}") from None
    for name, value, source in checked:
        set_option(name, value, source)
