"""`st.secrets`: read-only values from `secrets.toml` files, as in Streamlit.

The files read, later ones winning key by key at the top level: the user's
`~/.streamlit/secrets.toml` and `~/.ostinato/secrets.toml`, then the same two of
the working directory, then those of the entry script's folder. Setting
`secrets.files` replaces that list (a `.toml` file, or a folder holding one
sub-folder per secret, as Kubernetes mounts them). Values are reached by item or
attribute (`st.secrets["db"]["user"]`, `st.secrets.db.user`); a missing key raises
KeyError (AttributeError for attribute access), and reading any secret when no
file exists raises `SecretNotFoundError`, a FileNotFoundError. Top-level strings
and numbers are also put in `os.environ`, as Streamlit does.

A missing key's error names the section and the files read. A file is read again
when it changes (the server also reruns or tells the tabs, as for a saved script).
A bare `st.secrets` line is not shown by magic (see script_runner._magic); an
explicit `st.write(st.secrets)` shows it, as in Streamlit. AppTest gives a session
its own secrets (`at.secrets`), used instead of the files for that session's runs.
"""

from __future__ import annotations

import copy
import os
import threading
import tomllib
import weakref
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from pathlib import Path
from typing import Any, NoReturn

from ostinato.config import get_option
from ostinato.config.options import OPTIONS
from ostinato.errors import OstinatoAPIException
from ostinato.runtime.context import get_run_context

_HINT = "Add it to .streamlit/secrets.toml (or .ostinato/secrets.toml) beside the app."


class SecretNotFoundError(OstinatoAPIException, FileNotFoundError):
    """No secrets file exists, or one cannot be read (FileNotFoundError, as in Streamlit)."""


def _where(section: str, files: tuple[str, ...]) -> str:
    """ "in [db] of /app/.streamlit/secrets.toml": where a missing key was looked for."""
    shown = " and ".join(files)
    if section:
        return f" in [{section}]" + (f" of {shown}" if shown else "")
    return f" in {shown}" if shown else ""


def _missing_key(key: str, section: str = "", files: tuple[str, ...] = ()) -> str:
    return f'st.secrets has no key "{key}"{_where(section, files)}. {_HINT}'


def _missing_attribute(key: str, section: str = "", files: tuple[str, ...] = ()) -> str:
    return f'st.secrets has no attribute "{key}"{_where(section, files)}. {_HINT}'


def _read_only() -> NoReturn:
    raise TypeError("st.secrets is read-only: set secrets in secrets.toml.")


class _ReadOnly:
    """Refuses every write, item or attribute, with the same error."""

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        _read_only()

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        _read_only()

    def __delitem__(self, key: str) -> NoReturn:
        _read_only()

    def __delattr__(self, key: str) -> NoReturn:
        _read_only()


class AttrDict(_ReadOnly, Mapping[str, Any]):
    """A section of the secrets (a TOML table): read by item or by attribute."""

    def __init__(
        self, values: Mapping[str, Any], section: str = "", files: tuple[str, ...] = ()
    ) -> None:
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "_section", section)
        object.__setattr__(self, "_files", files)

    def _place(self) -> tuple[str, tuple[str, ...]]:
        return object.__getattribute__(self, "_section"), object.__getattribute__(self, "_files")

    def __getitem__(self, key: str) -> Any:
        values: dict[str, Any] = object.__getattribute__(self, "_values")
        section, files = self._place()
        try:
            return _wrap(values[key], f"{section}.{key}", files)
        except KeyError:
            raise KeyError(_missing_key(key, section, files)) from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(_missing_attribute(key, *self._place())) from None

    def __iter__(self) -> Iterator[str]:
        return iter(object.__getattribute__(self, "_values"))

    def __len__(self) -> int:
        return len(object.__getattribute__(self, "_values"))

    def __repr__(self) -> str:
        return repr(object.__getattribute__(self, "_values"))

    def to_dict(self) -> dict[str, Any]:
        """A plain (deep) copy as nested dicts."""
        return copy.deepcopy(object.__getattribute__(self, "_values"))


def _wrap(value: Any, section: str, files: tuple[str, ...]) -> Any:
    return AttrDict(value, section, files) if isinstance(value, Mapping) else value


def default_files(script_folder: str | None, cwd: str | None = None) -> list[Path]:
    """The secrets files read when `secrets.files` is not set, lowest first."""
    folders = [Path.home(), Path(cwd or os.getcwd())]
    if script_folder:
        folders.append(Path(script_folder))
    files: list[Path] = []
    for folder in folders:
        for name in (".streamlit", ".ostinato"):
            path = (folder / name / "secrets.toml").absolute()
            if path not in files:
                files.append(path)
    return files


def secret_files(script_folder: str | None) -> list[Path]:
    """The files (or secret folders) read, lowest first."""
    chosen = get_option("secrets.files")
    if chosen is None or list(chosen) == list(OPTIONS["secrets.files"].default):
        return default_files(script_folder)
    return [Path(os.path.expanduser(str(p))).absolute() for p in chosen]


def _parse_folder(path: Path) -> dict[str, Any]:
    """Kubernetes-style secrets: one folder per secret, one file per value."""
    found: dict[str, Any] = {}
    for entry in sorted(path.iterdir()):
        if not entry.is_dir():
            raise SecretNotFoundError(
                f"{entry} is not a folder: a secrets folder holds one folder per secret."
            )
        values = {
            f.name: f.read_text(encoding="utf-8").strip() for f in entry.iterdir() if f.is_file()
        }
        found[entry.name] = next(iter(values.values())) if len(values) == 1 else values
    return found


def _signature(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """What identifies the current contents of the files (path, mtime, size)."""
    out: list[tuple[str, int, int]] = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            continue
        out.append((str(path), info.st_mtime_ns, info.st_size))
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                sub_info = sub.stat()
                out.append((str(sub), sub_info.st_mtime_ns, sub_info.st_size))
    return tuple(out)


def load(paths: list[Path]) -> dict[str, Any]:
    """The secrets in `paths` merged (later files win at the top level); raises
    SecretNotFoundError when none exists or one cannot be parsed."""
    merged: dict[str, Any] = {}
    found = False
    for path in paths:
        if path.is_dir():
            merged.update(_parse_folder(path))
            found = True
            continue
        if path.suffix != ".toml" and path.exists():
            raise SecretNotFoundError(f"{path} is neither a .toml file nor a folder of secrets.")
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        found = True
        try:
            merged.update(tomllib.loads(text))
        except tomllib.TOMLDecodeError as exc:
            raise SecretNotFoundError(f"Cannot read the secrets file {path}: {exc}") from exc
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise SecretNotFoundError(f"No secrets found: no secrets file at any of {shown}.")
    return merged


_lock = threading.Lock()
_cache: dict[tuple[Any, ...], tuple[dict[str, Any], tuple[str, ...]]] = {}
_overrides: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()


def set_session_secrets(session: Any, secrets: Mapping[str, Any] | None) -> None:
    """Give `session` its own secrets instead of the files (AppTest's `at.secrets`);
    None goes back to the files."""
    with _lock:
        if secrets:
            _overrides[session] = dict(secrets)
        else:
            _overrides.pop(session, None)


def _exported(values: Mapping[str, Any]) -> dict[str, str]:
    """The top-level strings and numbers, as they go in `os.environ` (not bools)."""
    return {k: str(v) for k, v in values.items() if type(v) in (str, int, float)}


def _replace_environment(old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    """Take out of `os.environ` what the previous secrets put there (unless changed
    since), then put the new ones in, as Streamlit does when secrets reload."""
    for key, value in _exported(old).items():
        if os.environ.get(key) == value:
            del os.environ[key]
    os.environ.update(_exported(new))


class Secrets(_ReadOnly, Mapping[str, Any]):
    """`st.secrets`: the secrets of whichever run reads it. Any thread may read it."""

    def _loaded(self) -> tuple[dict[str, Any], tuple[str, ...]]:
        """The values and the files they came from (none when a test gave them);
        files are read again when one changed since the last read."""
        ctx = get_run_context()
        session = ctx.session
        folder: str | None = None
        if session is not None:
            with _lock:
                own = _overrides.get(session)
            if own is not None:
                return own, ()
            folder = session.runner.script.folder
        paths = secret_files(folder)
        key = (tuple(str(p) for p in paths), *_signature(paths))
        with _lock:
            cached = _cache.get(key)
        if cached is not None:
            return cached
        values = load(paths)
        files = tuple(str(p) for p in paths if p.exists())
        with _lock:
            previous = next(iter(_cache.values()), ({}, ()))[0]
            _replace_environment(previous, values)
            _cache.clear()
            _cache[key] = (values, files)
        return values, files

    def _values(self) -> dict[str, Any]:
        return self._loaded()[0]

    def load_if_toml_exists(self) -> bool:
        """True if secrets can be read (a file exists and parses)."""
        try:
            self._values()
        except SecretNotFoundError:
            return False
        return True

    def __getitem__(self, key: str) -> Any:
        values, files = self._loaded()
        try:
            return _wrap(values[key], key, files)
        except KeyError:
            raise KeyError(_missing_key(key, "", files)) from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(_missing_attribute(key, "", self._loaded()[1])) from None
        except FileNotFoundError as exc:
            # Attribute access raises only AttributeError (hasattr and mocks rely on it).
            raise AttributeError(f"{_missing_attribute(key)} ({exc})") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

    def __contains__(self, key: object) -> bool:
        return key in self._values()

    def has_key(self, key: str) -> bool:
        """True if `key` is a top-level secret."""
        return key in self

    def keys(self) -> KeysView[str]:
        return self._values().keys()

    def values(self) -> ValuesView[Any]:
        return self._values().values()

    def items(self) -> ItemsView[str, Any]:
        return self._values().items()

    def to_dict(self) -> dict[str, Any]:
        """A plain (deep) copy as nested dicts."""
        return copy.deepcopy(self._values())

    def __repr__(self) -> str:
        try:
            return repr(self._values())
        except SecretNotFoundError:
            return "Secrets"


secrets = Secrets()
"""The object scripts reach as `st.secrets`."""
