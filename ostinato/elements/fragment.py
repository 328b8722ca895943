"""st.fragment: a function that reruns on its own. Calling it in a run draws it in
a block of its own (ostinato/runtime/fragments.py does the runs); its writes to
containers made outside it go into a "block:transparent" it keeps there."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar, overload

from ostinato.errors import OstinatoAPIException
from ostinato.runtime import fragments
from ostinato.runtime.context import current_run_context
from ostinato.tree.registry import command

F = TypeVar("F", bound=Callable[..., Any])


def _decorate(func: F, every: float | None) -> F:
    name = f"{func.__module__}.{func.__qualname__}"

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = current_run_context()
        if ctx is None:  # outside any run (plain `python`): nothing to draw, as Streamlit
            return None
        return fragments.call(ctx, lambda: func(*args, **kwargs), name, every)

    return wrap  # type: ignore[return-value]


@overload
def fragment(
    func: F,
    *,
    run_every: float | timedelta | str | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> F: ...


@overload
def fragment(
    func: None = None,
    *,
    run_every: float | timedelta | str | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> Callable[[F], F]: ...


@command("fragment", "block:transparent")
def fragment(
    func: F | None = None,
    *,
    run_every: float | timedelta | str | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> F | Callable[[F], F]:
    """Make `func` a fragment: a widget inside it reruns only it, and with
    `run_every` (seconds, a timedelta or a string such as "2s") it reruns by itself
    while a tab shows the page. `parallel` runs it in order with the script."""
    if key is not None and str(key) in ("app", "fragment"):
        raise OstinatoAPIException(
            f"`{key}` cannot be a fragment key: st.rerun(scope=...) reads it as a rerun "
            "level. Choose another key for @st.fragment(key=...)."
        )
    every = fragments.interval(run_every)
    if func is None:
        return lambda f: _decorate(f, every)
    return _decorate(func, every)
