"""st.cache_data and st.cache_resource: the decorators, the cached function, and
the process-wide caches they fill (shared by every session). Any thread: each
cache has its own lock, and concurrent misses of one key compute once (the other
callers wait for that result and use it as a hit).

cache_data keeps the pickled value and gives every caller its own copy (a miss
returns the computed object itself, as Streamlit does); cache_resource keeps the
object and gives every caller that same object.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import inspect
import logging
import math
import os
import pickle
import re
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal

from ostinato.cache import hashing, replay
from ostinato.cache.budget import BUDGET
from ostinato.cache.stores import Entry, Layered, MemoryStore, Store
from ostinato.config import get_option
from ostinato.elements.container import Container
from ostinato.errors import (
    CachedStFunctionInBackgroundModeWarning,
    CacheReplayClosureError,
    ConfigError,
    OstinatoAPIException,
    UnhashableParamError,
    UnserializableReturnValueError,
    UserHashError,
)
from ostinato.runtime import session as sessions
from ostinato.runtime.context import RunContext, current_run_context, get_run_context
from ostinato.tree import registry
from ostinato.tree.notices import exception_node

ASYNC_POLL = 0.01
"""Seconds between looks for a value another caller of an async function computes."""

REFRESH_COOLDOWN = 60.0
"""Seconds after a failed background refresh before a key is refreshed again."""

_refresh_pool: ThreadPoolExecutor | None = None
_refresh_pool_lock = threading.Lock()


def _refresher() -> ThreadPoolExecutor:
    """The threads background refreshes run on (made on first use)."""
    global _refresh_pool
    with _refresh_pool_lock:
        if _refresh_pool is None:
            _refresh_pool = ThreadPoolExecutor(4, thread_name_prefix="ostinato-cache-refresh")
        return _refresh_pool


Kind = Literal["cache_data", "cache_resource"]

log = logging.getLogger("ostinato.cache")


def ttl_seconds(ttl: Any) -> float | None:
    """`ttl` in seconds: None (never expires), a number of seconds, a timedelta, or a
    string pandas' Timedelta reads ("1h", "1d 2h", "30s")."""
    if ttl is None:
        return None
    if isinstance(ttl, dt.timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, int | float) and not isinstance(ttl, bool):
        return float(ttl)
    if isinstance(ttl, str):
        import pandas as pd

        try:
            seconds = float(pd.Timedelta(ttl).total_seconds())
        except ValueError:
            seconds = math.nan
        if math.isnan(seconds):
            raise OstinatoAPIException(
                f"ttl: {ttl!r} is not a time span; give seconds, a timedelta, or a string "
                'such as "30s", "1h" or "1d 2h".'
            )
        return seconds
    raise OstinatoAPIException(
        f'ttl must be None, a number of seconds, a timedelta or a string such as "1h"; '
        f"got {type(ttl).__name__}."
    )


_SIZE = re.compile(r"(\d+(?:\.\d*)?|\.\d+) ?([kmgt]i?b|b)", re.ASCII | re.IGNORECASE)
_UNIT = {"b": 0, "k": 1, "m": 2, "g": 3, "t": 4}


def max_size_bytes(max_size: Any) -> int | None:
    """`max_size` in bytes: a positive int, or a number with a unit ("500MB",
    "1.5GiB"; every unit a power of 1024, fractions rounded down)."""
    if max_size is None:
        return None
    size: int | None = None
    if isinstance(max_size, int) and not isinstance(max_size, bool):
        size = max_size
    elif isinstance(max_size, str):
        found = _SIZE.fullmatch(max_size.strip())
        if found is not None and len(found.group(1)) <= 100:
            whole, _, fraction = found.group(1).partition(".")
            scale = 1024 ** _UNIT[found.group(2)[0].lower()]
            size = int(f"{whole or '0'}{fraction}") * scale // 10 ** len(fraction)
    else:
        raise OstinatoAPIException(
            f'max_size must be None, an int (bytes) or a string such as "500MB"; got '
            f"{type(max_size).__name__}."
        )
    if size is None or size <= 0:
        raise OstinatoAPIException(
            f"max_size must be a positive number of bytes, or one with a unit such as "
            f'"500MB", "1.5GB" or "200KiB"; got {max_size!r}.'
        )
    return size


def _check_max_entries(max_entries: Any) -> int | None:
    if max_entries is None:
        return None
    if isinstance(max_entries, int) and not isinstance(max_entries, bool):
        return max_entries
    raise OstinatoAPIException(
        f"max_entries must be None or an int; got {type(max_entries).__name__}."
    )


def _check_choice(name: str, value: Any, choices: tuple[Any, ...]) -> None:
    if value not in choices:
        shown = ", ".join(repr(c) for c in choices)
        raise OstinatoAPIException(f"{name} must be one of {shown}; got {value!r}.")


@dataclass(frozen=True)
class Settings:
    """What a decorator was given, checked."""

    kind: Kind
    ttl: float | None = None
    max_entries: int | None = None
    max_size: int | None = None
    show_spinner: bool | str = True
    show_time: bool = False
    persist: bool = False
    scope: str = "global"
    background: bool = False
    """refresh_mode="background": an expired value is returned at once and computed
    again on a thread of its own (until `hard_ttl`, when a caller waits again)."""
    hard_ttl: float | None = None
    validate: Callable[[Any], bool] | None = field(default=None, compare=False)
    """Compared by code (each run decorates a new function object)."""
    on_release: Callable[[Any], None] | None = field(default=None, compare=False)
    callbacks: tuple[Any, ...] = ()
    """The code of `validate` and `on_release`: what tells settings apart."""


class FunctionCache:
    """The entries of one cached function (one function key, one scope)."""

    def __init__(self, settings: Settings, store: Store, memory: MemoryStore | None) -> None:
        self.settings = settings
        self.store = store
        self.memory = memory
        self._locks: weakref.WeakValueDictionary[str, Any] = weakref.WeakValueDictionary()
        self._locks_guard = threading.Lock()
        self.failed: dict[str, float] = {}
        """Keys whose background refresh failed, and when (no retry for a while)."""

    def lock(self, key: str) -> Any:
        """The lock computing `key` holds (one per key: other keys compute at once)."""
        with self._locks_guard:
            found = self._locks.get(key)
            if found is None:
                found = _KeyLock()
                self._locks[key] = found
            return found


class _KeyLock:
    """A lock that can be weakly referenced (threading.Lock cannot)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def try_acquire(self) -> bool:
        """Take the lock if it is free (a background refresh starts only then)."""
        return self._lock.acquire(blocking=False)

    def release(self) -> None:
        """Give the lock back."""
        self._lock.release()

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


class Caches:
    """Every cached function's cache of one kind, in this process. Any thread."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        self._caches: dict[tuple[str, str], FunctionCache] = {}
        self._lock = threading.Lock()
        self.folders: set[str] = set()
        """App folders whose persisted entries st.cache_data.clear() removes."""

    def get(self, function_key: str, settings: Settings, scope_id: str) -> FunctionCache:
        """The cache of a function; a new one when its settings changed (a new
        version of the decorator's arguments), as in Streamlit."""
        slot = (function_key, scope_id)
        found = self._caches.get(slot)
        if found is not None and found.settings == settings:
            found.settings = settings
            return found
        with self._lock:
            found = self._caches.get(slot)
            if found is not None and found.settings == settings:
                found.settings = settings
                return found
            made = self._make(function_key, settings)
            self._caches[slot] = made
        if found is not None and found.memory is not None:
            found.memory.clear()
        return made

    def _make(self, function_key: str, settings: Settings) -> FunctionCache:
        holder: list[FunctionCache] = []

        def released(value: Any) -> None:
            release = holder[0].settings.on_release if holder else None
            if release is not None:
                release(value)

        ttl = settings.hard_ttl if settings.background else settings.ttl
        budget = BUDGET if self.kind == "cache_data" and BUDGET.limit() is not None else None
        memory = MemoryStore(ttl, settings.max_entries, released, settings.max_size, budget)
        made = self._stores(function_key, settings, memory)
        holder.append(made)
        return made

    def _stores(self, function_key: str, settings: Settings, memory: MemoryStore) -> FunctionCache:
        ttl = memory.ttl
        if settings.scope == "session":
            return FunctionCache(settings, memory, memory)  # one tab's: never shared or kept
        if self.kind == "cache_data" and shared_client() is not None:
            from ostinato.cache.redis_store import RedisCacheStore

            store: Store = RedisCacheStore(
                shared_client(), function_key, _sealer(None), ttl, settings.max_entries
            )
            return FunctionCache(settings, store, None)
        if settings.persist:
            from ostinato.cache.disk import DiskStore, cache_folder

            if settings.ttl is not None:
                log.warning(
                    "A persisted st.cache_data function has a ttl: entries on disk do not "
                    "expire (as in Streamlit), only their copies in memory do."
                )

            folder = cache_folder(app_folder())
            self.folders.add(folder)
            return FunctionCache(
                settings, Layered(memory, DiskStore(folder, function_key, _sealer(folder))), memory
            )
        return FunctionCache(settings, memory, memory)

    def end_session(self, session_id: str) -> None:
        """Drop the session-scoped caches of a session that ended (scope="session")."""
        with self._lock:
            slots = [slot for slot in self._caches if slot[1] == session_id]
            ended = [self._caches.pop(slot) for slot in slots]
        for cache in ended:
            if cache.memory is not None:
                cache.memory.clear()

    def clear(self) -> None:
        """Forget every entry of every function of this kind (and persisted ones)."""
        with self._lock:
            caches = list(self._caches.values())
            self._caches.clear()
        for cache in caches:
            if cache.memory is not None:
                cache.memory.clear()
        if self.kind == "cache_data":
            from ostinato.cache.disk import cache_folder, clear_folder

            for folder in {*self.folders, cache_folder(app_folder())}:
                clear_folder(folder)
            client = shared_client()
            if client is not None:
                from ostinato.cache.redis_store import clear_all

                clear_all(client)


DATA = Caches("cache_data")
RESOURCE = Caches("cache_resource")
sessions.ENDED.extend([DATA.end_session, RESOURCE.end_session])


def app_folder() -> str:
    """The folder of the running app (its script's), else the working directory."""
    ctx = current_run_context()
    session = ctx.session if ctx is not None else None
    folder = getattr(getattr(getattr(session, "runner", None), "script", None), "folder", None)
    return str(folder) if folder else os.getcwd()


_shared: dict[str, Any] = {}
_shared_lock = threading.Lock()


def shared_client() -> Any:
    """The Redis client st.cache_data shares entries through (cache.store = "redis"),
    or None for this process's memory."""
    kind = str(get_option("cache.store")).lower()
    if kind != "redis":
        return None
    if str(get_option("session.store")).lower() != "redis":
        raise ConfigError('cache.store = "redis" needs session.store = "redis" (its server).')
    url = str(get_option("session.storeUrl"))
    with _shared_lock:
        client = _shared.get(url)
        if client is None:
            import redis

            client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
            _shared[url] = client
        return client


def _sealer(folder: str | None) -> Any:
    from ostinato.cache.sealed import Sealer
    from ostinato.stores.codec import Signer

    secret = str(get_option("session.secret")).encode()
    previous = [str(each).encode() for each in get_option("session.previousSecrets") or ()]
    if len(secret) < 16:
        if folder is None:
            raise ConfigError(
                'cache.store = "redis" needs session.secret (16 characters or more), the '
                "same on every worker; it signs shared cache entries."
            )
        from ostinato.stores.sqlite import secret_beside

        secret = secret_beside(os.path.join(folder, "cache"))
    allowed = [str(name) for name in get_option("session.allowedClasses") or ()]
    return Sealer(Signer(secret, *previous), app_folder(), allowed)


# -- the cached function ---------------------------------------------------------------


class CachedFunc:
    """A function decorated with st.cache_data or st.cache_resource. Calling it
    returns the cached result for its arguments, computing it on a miss."""

    def __init__(
        self,
        function: Callable[..., Any],
        settings: Settings,
        hash_funcs: hashing.HashFuncs | None,
    ) -> None:
        self._function = function
        self._settings = settings
        self._hash_funcs = hashing.normalize_hash_funcs(hash_funcs)
        self._key = hashing.function_key(settings.kind, function)
        self._caches = DATA if settings.kind == "cache_data" else RESOURCE
        self._async = inspect.iscoroutinefunction(function)
        functools.update_wrapper(self, function)

    def __repr__(self) -> str:
        return f"<CachedFunc: {self._function!r}>"

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        return _Bound(self, instance)

    def _cache(self) -> FunctionCache:
        scope = ""
        if self._settings.scope == "session":
            ctx = current_run_context()
            scope = ctx.session.id if ctx is not None and ctx.session is not None else ""
        return self._caches.get(self._key, self._settings, scope)

    def _value_key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        name = getattr(self._function, "__name__", "unknown")
        try:
            return hashing.value_key(self._function, args, kwargs, self._hash_funcs)
        except hashing.ArgumentUnhashable as exc:
            raise UnhashableParamError(self._settings.kind, name, exc.name, exc.value) from (
                exc.cause
            )
        except hashing.HashFuncFailed as exc:
            hash_name = getattr(exc.hash_func, "__name__", "hash function")
            raise UserHashError(self._settings.kind, name, hash_name, exc.value, exc.exc) from (
                exc.exc
            )

    def _spinner_text(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        shown = self._settings.show_spinner
        if isinstance(shown, str):
            return shown
        if shown is not True:
            return None
        name = getattr(self._function, "__qualname__", "function")
        return f"Running `{name}()`." if not args and not kwargs else f"Running `{name}(...)`."

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._async:
            return self._call_async(args, kwargs)
        cache = self._cache()
        key = self._value_key(args, kwargs)
        entry = self._read(cache, key)
        if entry is not None:
            ttl = self._settings.ttl
            if self._settings.background and ttl is not None:
                if time.monotonic() - entry.stored >= ttl:
                    self._refresh_later(cache, key, args, kwargs)
            return self._hit(entry)
        ctx = get_run_context()
        with self._spinner(ctx, args, kwargs):
            with cache.lock(key), self._claim(cache, key) as claimed:
                entry = claimed or self._read(cache, key)
                if entry is not None:
                    return self._hit(entry)
                with replay.recording(ctx) as recorder:
                    value = self._function(*args, **kwargs)
                nodes = tuple(recorder.nodes)
                if self._settings.background:
                    if any(each.target != replay.MEDIA for each in nodes):
                        self._warn_background_display(ctx)
                    nodes = ()
                return self._store(cache, key, value, nodes)

    async def _call_async(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        cache = self._cache()
        key = self._value_key(args, kwargs)
        entry = self._read(cache, key)
        if entry is not None:
            return self._hit(entry)
        ctx = get_run_context()
        with self._spinner(ctx, args, kwargs):
            lock = cache.lock(key)
            while not lock.try_acquire():  # another caller computes it: wait, not block
                entry = self._read(cache, key)
                if entry is not None:
                    return self._hit(entry)
                await asyncio.sleep(ASYNC_POLL)
            try:
                entry = self._read(cache, key)
                if entry is not None:
                    return self._hit(entry)
                with replay.recording(ctx) as recorder:
                    value = await self._function(*args, **kwargs)
                return self._store(cache, key, value, tuple(recorder.nodes))
            finally:
                lock.release()

    def _warn_background_display(self, ctx: RunContext) -> None:
        warning = exception_node(
            CachedStFunctionInBackgroundModeWarning(
                self._settings.kind, getattr(self._function, "__name__", "function")
            )
        )
        warning.props["is_warning"] = True
        ctx.add(ctx.active(), warning)

    def _spinner(self, ctx: RunContext, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """The spinner a miss shows (only the outermost cached function's)."""
        text = self._spinner_text(args, kwargs)
        if text is None or ctx.recorders:
            return contextlib.nullcontext()
        try:
            spinner = registry.lookup("spinner").function
        except AttributeError:
            return contextlib.nullcontext()
        return spinner(Container(), text, show_time=self._settings.show_time, _cache=True)

    def _read(self, cache: FunctionCache, key: str) -> Entry | None:
        entry = cache.store.get(key)
        validate = self._settings.validate
        if entry is not None and validate is not None and not validate(entry.value):
            cache.store.delete(key)
            return None
        return entry

    @staticmethod
    def _claim(cache: FunctionCache, key: str) -> Any:
        """Among workers sharing the store (Redis), one computes a key at a time; the
        context gives the entry another worker computed meanwhile, if any."""
        computing = getattr(cache.store, "computing", None)
        return computing(key) if computing is not None else contextlib.nullcontext()

    def _refresh_later(
        self, cache: FunctionCache, key: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        """Compute an expired entry again on a refresh thread, once at a time per key,
        not again for a minute after one failed. Script thread."""
        failed = cache.failed.get(key)
        if failed is not None and time.monotonic() - failed < REFRESH_COOLDOWN:
            return
        lock = cache.lock(key)
        if not lock.try_acquire():
            return
        try:
            _refresher().submit(self._refresh, cache, key, args, kwargs, lock)
        except RuntimeError:  # the interpreter is shutting down
            lock.release()

    def _refresh(
        self,
        cache: FunctionCache,
        key: str,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        lock: _KeyLock,
    ) -> None:
        """The refresh itself, outside any run. Refresh thread."""
        try:
            value = self._function(*args, **kwargs)
            if cache.store.get(key) is not None:  # not cleared meanwhile
                self._store(cache, key, value, ())
            cache.failed.pop(key, None)
        except Exception as exc:  # any failure of the app's function
            cache.failed[key] = time.monotonic()
            log.warning(
                "Background refresh of %s failed: %s",
                getattr(self._function, "__qualname__", "a cached function"),
                exc,
            )
        finally:
            lock.release()

    def _hit(self, entry: Entry) -> Any:
        if self._settings.background:
            pass  # nothing is replayed in background mode, as in Streamlit
        elif entry.nodes:
            if not replay.replayable(entry.nodes):
                raise CacheReplayClosureError(
                    self._settings.kind, getattr(self._function, "__name__", "function")
                )
            replay.replay(get_run_context(), entry.nodes)
        if self._settings.kind == "cache_data":
            return pickle.loads(entry.value)
        return entry.value

    def _store(
        self, cache: FunctionCache, key: str, value: Any, nodes: tuple[replay.Recorded, ...]
    ) -> Any:
        if self._settings.kind == "cache_data":
            try:
                stored: Any = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # pickle fails in many ways
                name = getattr(self._function, "__name__", "function")
                raise UnserializableReturnValueError(name, value, str(exc)) from exc
        else:
            stored = value
        cache.store.set(key, Entry(stored, nodes, time.monotonic()))
        return value

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget this function's cached values; with arguments, only the value of
        that call."""
        cache = self._cache()
        if args or kwargs:
            cache.store.delete(self._value_key(args, kwargs))
        else:
            cache.store.clear()


class _Bound:
    """A cached method bound to its instance (the instance is its first argument)."""

    def __init__(self, cached: CachedFunc, instance: Any) -> None:
        self._cached = cached
        self._instance = instance
        functools.update_wrapper(self, cached)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached(self._instance, *args, **kwargs)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """As CachedFunc.clear, for this instance's calls when given arguments."""
        if args or kwargs:
            self._cached.clear(self._instance, *args, **kwargs)
        else:
            self._cached.clear()


# -- the decorators --------------------------------------------------------------------


def _common(
    function: Any,
    show_spinner: Any,
    show_time: Any,
    scope: Any,
    refresh_mode: Any,
    ttl: float | None,
) -> None:
    if function is not None and not callable(function):
        raise OstinatoAPIException(
            f"The cache decorators take a function; got {type(function).__name__}."
        )
    if inspect.isasyncgenfunction(function):
        raise OstinatoAPIException(
            "Async generator functions cannot be cached: they produce a stream, not one "
            "result. Collect the stream in an async function and cache that."
        )
    if not isinstance(show_spinner, bool | str):
        raise OstinatoAPIException(
            f"show_spinner must be a bool or a str; got {type(show_spinner).__name__}."
        )
    if not isinstance(show_time, bool):
        raise OstinatoAPIException(f"show_time must be a bool; got {type(show_time).__name__}.")
    _check_choice("scope", scope, ("global", "session"))
    _check_choice("refresh_mode", refresh_mode, ("foreground", "background"))
    if refresh_mode == "background":
        if ttl is None:
            raise OstinatoAPIException(
                'refresh_mode="background" needs a ttl: a value is refreshed once it is '
                "older than its ttl."
            )
        if ttl <= 0:
            raise OstinatoAPIException(
                f'refresh_mode="background" needs a positive ttl; got {ttl} seconds.'
            )
        if inspect.iscoroutinefunction(function):
            raise OstinatoAPIException(
                'refresh_mode="background" is not supported for async functions; use '
                'refresh_mode="foreground".'
            )


def _hard_ttl(ttl: float | None) -> float | None:
    """How long a background-refreshed value may be served at most:
    runner.cacheBackgroundRefreshTTLMultiplier times its ttl (2 unless set above 1)."""
    if ttl is None:
        return None
    try:
        multiplier = float(get_option("runner.cacheBackgroundRefreshTTLMultiplier"))
    except (TypeError, ValueError):
        multiplier = 2.0
    if not math.isfinite(multiplier) or multiplier <= 1.0:
        multiplier = 2.0
    return ttl * multiplier


class CacheDataAPI:
    """st.cache_data: `@st.cache_data`, `@st.cache_data(ttl=...)`, and
    `st.cache_data.clear()`."""

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | dt.timedelta | str | None = None,
        max_entries: int | None = None,
        max_size: int | str | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: Literal["disk"] | bool | None = None,
        hash_funcs: hashing.HashFuncs | None = None,
        scope: Literal["global", "session"] = "global",
        refresh_mode: Literal["foreground", "background"] = "foreground",
    ) -> Any:
        """Cache what a function returns, by the value of its arguments; every
        caller gets its own copy. Elements the function writes are shown again
        on a hit."""
        seconds = ttl_seconds(ttl)
        _common(func, show_spinner, show_time, scope, refresh_mode, seconds)
        if persist not in (None, False, True, "disk"):
            raise OstinatoAPIException(f"persist must be 'disk' or None; got {persist!r}.")
        if refresh_mode == "background" and persist not in (None, False):
            raise OstinatoAPIException(
                'refresh_mode="background" cannot be used with persist: persisted entries '
                'do not expire. Use persist=None, or refresh_mode="foreground".'
            )
        settings = Settings(
            "cache_data",
            ttl=seconds,
            background=refresh_mode == "background",
            hard_ttl=_hard_ttl(seconds) if refresh_mode == "background" else None,
            max_entries=_check_max_entries(max_entries),
            max_size=max_size_bytes(max_size),
            show_spinner=show_spinner,
            show_time=show_time,
            persist=persist in (True, "disk"),
            scope=scope,
        )

        def wrap(function: Callable[..., Any]) -> CachedFunc:
            return CachedFunc(function, settings, hash_funcs)

        return wrap if func is None else wrap(func)

    def clear(self) -> None:
        """Forget every st.cache_data value of the process (and those on disk or
        shared in Redis)."""
        DATA.clear()


class CacheResourceAPI:
    """st.cache_resource: `@st.cache_resource`, `@st.cache_resource(ttl=...)`, and
    `st.cache_resource.clear()`."""

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | dt.timedelta | str | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: hashing.HashFuncs | None = None,
        on_release: Callable[[Any], None] | None = None,
        scope: Literal["global", "session"] = "global",
        refresh_mode: Literal["foreground", "background"] = "foreground",
    ) -> Any:
        """Cache a shared object (a connection, a model) by the value of the
        function's arguments; every caller gets the same object."""
        seconds = ttl_seconds(ttl)
        _common(func, show_spinner, show_time, scope, refresh_mode, seconds)
        for name, given in (("validate", validate), ("on_release", on_release)):
            if given is not None and not callable(given):
                raise OstinatoAPIException(f"{name} must be a function or None.")
            if inspect.iscoroutinefunction(given):
                raise OstinatoAPIException(f"{name} must be a plain function, not async.")
        settings = Settings(
            "cache_resource",
            ttl=seconds,
            background=refresh_mode == "background",
            hard_ttl=_hard_ttl(seconds) if refresh_mode == "background" else None,
            max_entries=_check_max_entries(max_entries),
            show_spinner=show_spinner,
            show_time=show_time,
            scope=scope,
            validate=validate,
            on_release=on_release,
            callbacks=(_code(validate), _code(on_release)),
        )

        def wrap(function: Callable[..., Any]) -> CachedFunc:
            return CachedFunc(function, settings, hash_funcs)

        return wrap if func is None else wrap(func)

    def clear(self) -> None:
        """Forget every st.cache_resource object of the process."""
        RESOURCE.clear()


def _code(function: Any) -> Any:
    code = getattr(function, "__code__", None)
    return function if code is None else (code.co_code, code.co_consts)


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()


def clear_all() -> None:
    """Clear st.cache_data and st.cache_resource (the page's "Clear cache")."""
    DATA.clear()
    RESOURCE.clear()


__all__ = ["CacheDataAPI", "CacheResourceAPI", "CachedFunc", "cache_data", "cache_resource"]
