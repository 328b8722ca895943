"""The registry of elements: how `st.*`, containers and the runtime find what the
element modules provide, without importing them.

Each module of `ostinato/elements/` registers, when it is imported:
- its `st.*` functions by name, with the node types they add (`element`); those
  are methods of every container (`st.sidebar.button`, `col.button`) and of the
  module (`st.button`, which writes where `with` blocks point);
- functions that exist only at module level (`command`: st.navigation, st.Page);
- functions reached by a dotted path below `st` (`reached`:
  st.components.v1.declare_component), with the node types they add;
- what the runtime needs from a node type while a session lives (`windows`: the
  rows of a table the page scrolled to);
- services the runtime calls by name (`provides`: "magic", what a bare
  expression of the script writes).

`ostinato.elements.load()` imports every module of that package (found on disk,
not listed), once, before the first script runs. Any thread may read; only
imports write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from ostinato.errors import NotSupportedYet
from ostinato.tree import streamlit_names

F = TypeVar("F", bound=Callable[..., Any])

Window = Callable[[Any, dict[str, Any], int, int, dict[str, Any]], dict[str, Any]]
"""(node value, node props, start, end, view) -> the props of that window of rows;
`view` is how the page orders and filters the rows ({"sort": [column, ascending],
"search": text}, each optional)."""


@dataclass(frozen=True)
class Registered:
    """One `st.*` name: its function and where it comes from."""

    name: str
    function: Callable[..., Any]
    nodes: tuple[str, ...]
    """Node types it adds (the page needs a renderer and AppTest a view for each)."""
    module: str
    method: bool
    """True for container methods; False for module-level commands."""


_names: dict[str, Registered] = {}
_reached: dict[str, Registered] = {}
_windows: dict[str, Window] = {}
_services: dict[str, Callable[..., Any]] = {}


def _register(
    name: str, function: Callable[..., Any], nodes: tuple[str, ...], method: bool
) -> None:
    known = _names.get(name)
    if known is not None and known.module != function.__module__:
        raise RuntimeError(
            f"st.{name} is registered twice: by {known.module} and {function.__module__}."
        )
    _names[name] = Registered(name, function, nodes, function.__module__, method)


def element(name: str, *nodes: str) -> Callable[[F], F]:
    """Register a container method `st.<name>` (first parameter: the container) that
    adds nodes of the types `nodes`."""

    def register(function: F) -> F:
        _register(name, function, nodes, method=True)
        return function

    return register


def command(name: str, *nodes: str) -> Callable[[F], F]:
    """Register a module-level `st.<name>` that is no container's method."""

    def register(function: F) -> F:
        _register(name, function, nodes, method=False)
        return function

    return register


def reached(path: str, *nodes: str) -> Callable[[F], F]:
    """Register a function reached by a dotted path below `st` rather than as
    `st.<name>` (`components.v1.declare_component`), with the node types it adds;
    it is neither a container method nor a name of `st` itself."""

    def register(function: F) -> F:
        _reached[path] = Registered(path, function, nodes, function.__module__, method=False)
        return function

    return register


def reached_names() -> list[Registered]:
    """Everything registered with `reached`, by path."""
    return [_reached[path] for path in sorted(_reached)]


def windows(node_type: str) -> Callable[[Window], Window]:
    """Register how to cut a window of rows out of a node of `node_type`."""

    def register(function: Window) -> Window:
        _windows[node_type] = function
        return function

    return register


def provides(name: str) -> Callable[[F], F]:
    """Register the function behind the runtime service `name`."""

    def register(function: F) -> F:
        _services[name] = function
        return function

    return register


def service(name: str) -> Callable[..., Any]:
    """The function behind the runtime service `name`; LookupError when no element
    module provides it (they were not loaded: `ostinato.elements.load()`)."""
    try:
        return _services[name]
    except KeyError:
        raise LookupError(f"No element provides {name!r}: call ostinato.elements.load().") from None


def method(name: str) -> Callable[..., Any]:
    """The container method `name`; AttributeError naming what exists otherwise."""
    found = _names.get(name)
    if found is None or not found.method:
        if name in streamlit_names.CONTAINER:
            raise NotSupportedYet(name)
        raise AttributeError(_unknown(name))
    return found.function


def lookup(name: str) -> Registered:
    """Any registered `st.*` name; AttributeError naming what exists otherwise."""
    found = _names.get(name)
    if found is None:
        if name in streamlit_names.MODULE:
            raise NotSupportedYet(name)
        raise AttributeError(_unknown(name))
    return found


def window(node_type: str) -> Window | None:
    """How to cut rows out of a node of `node_type`, if it has rows."""
    return _windows.get(node_type)


def names() -> list[Registered]:
    """Everything registered, by name."""
    return [_names[name] for name in sorted(_names)]


def _unknown(name: str) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(_names), n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    return f"Ostinato has no element {name!r}.{hint}"
