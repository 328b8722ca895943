"""The script-facing API: module-level `st.*` functions write to the main
container (or the innermost `with` block); `st.sidebar` writes to the sidebar.
Element functions come from the registry; this module names the rest."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from ostinato import components, elements
from ostinato.cache.decorators import cache_data, cache_resource
from ostinato.commands import get_option, rerun, set_option, stop
from ostinato.elements import column_config as _column_config
from ostinato.elements.container import Container
from ostinato.runtime import secrets as _secrets
from ostinato.runtime.context import get_run_context
from ostinato.runtime.files import UploadedFile
from ostinato.runtime.query_params import QueryParams, QueryParamsProxy
from ostinato.runtime.st_context import context
from ostinato.server.mount import App
from ostinato.state.proxy import SessionStateProxy
from ostinato.state.session_state import SessionState
from ostinato.tree import registry
from ostinato.tree.node import BOTTOM, SIDEBAR

elements.load()


def _state() -> SessionState:
    return get_run_context().state


def _query() -> QueryParams:
    ctx = get_run_context()
    if ctx.session is not None:
        return ctx.session.query
    if ctx.bare_query is None:
        ctx.bare_query = QueryParams()
    return ctx.bare_query


main = Container()

NAMED: dict[str, Any] = {
    "App": App,
    "UploadedFile": UploadedFile,
    "cache_data": cache_data,
    "cache_resource": cache_resource,
    "column_config": SimpleNamespace(
        **{name: getattr(_column_config, name) for name in _column_config.__all__}
    ),
    "bottom": Container(BOTTOM),
    "components": components,
    "context": context,
    "get_option": get_option,
    "query_params": QueryParamsProxy(_query),
    "rerun": rerun,
    "secrets": _secrets.secrets,
    "session_state": SessionStateProxy(_state),
    "set_option": set_option,
    "sidebar": Container(SIDEBAR),
    "stop": stop,
}
"""Module-level names that are not registered elements."""


def resolve(name: str) -> Any:
    """What `st.<name>` is: a named object, a registered command, or a registered
    element as a method of the main container. AttributeError otherwise."""
    if name in NAMED:
        return NAMED[name]
    found = registry.lookup(name)
    return getattr(main, name) if found.method else found.function


def names() -> list[str]:
    """Every public `st.*` name."""
    return sorted({*NAMED, *(r.name for r in registry.names())})
