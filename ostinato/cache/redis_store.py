"""cache.store = "redis": st.cache_data entries in the Redis server of the session
store, shared by every worker, sealed (sealed.py) with session.secret. `ttl` is
Redis's own expiry; `max_entries` keeps a sorted set of a function's keys by
write time and drops the oldest; one worker at a time computes a key (a claim with
an expiry), the others wait for its entry. When Redis cannot be reached, calls
compute as if nothing were cached (and say so in the log). Any thread."""

from __future__ import annotations

import contextlib
import functools
import logging
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast

import redis

from ostinato.cache.sealed import Sealer
from ostinato.cache.stores import Entry
from ostinato.stores.codec import NotDurable

log = logging.getLogger("ostinato.cache")

PREFIX = "ostinato:cache:"

COMPUTE_LEASE = 60.0
"""Seconds a worker's claim to compute an entry lasts (renewed while it computes is
not needed: a claim that runs out only lets another worker compute too)."""

POLL = 0.05
"""Seconds between looks for an entry another worker is computing."""

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


F = TypeVar("F", bound=Callable[..., Any])


def _tolerant(method: F) -> F:
    """A method that logs Redis being unreachable and returns None instead."""

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except redis.RedisError as exc:
            log.warning("The shared cache (Redis) failed, computing instead: %s", exc)
            return None

    return cast(F, call)


class RedisCacheStore:
    """One function's entries in Redis."""

    def __init__(
        self,
        client: Any,
        function_key: str,
        sealer: Sealer,
        ttl: float | None,
        max_entries: int | None,
    ) -> None:
        self._redis = client
        self.function_key = function_key
        self.sealer = sealer
        self.ttl = ttl
        self.max_entries = max_entries
        self._index = f"{PREFIX}{function_key}"

    def _key(self, key: str) -> str:
        return f"{PREFIX}{self.function_key}:{key}"

    @contextmanager
    def computing(self, key: str) -> Iterator[Entry | None]:
        """Claim the computation of `key` among workers. Yields the entry when another
        worker computed it meanwhile (the caller uses it), else None: the caller
        computes, and other workers wait for its result. Script thread."""
        claim = f"{PREFIX}lock:{self.function_key}:{key}"
        token = secrets.token_hex(8)
        try:
            while not self._redis.set(claim, token, nx=True, px=int(COMPUTE_LEASE * 1000)):
                found = self.get(key)
                if found is not None:
                    break
                time.sleep(POLL)
            else:
                found = None
        except redis.RedisError as exc:
            log.warning("The shared cache (Redis) failed, computing instead: %s", exc)
            yield None
            return
        if found is not None:
            yield found
            return
        try:
            yield self.get(key)
        finally:
            with contextlib.suppress(redis.RedisError):
                self._redis.eval(_RELEASE, 1, claim, token)

    def _context(self, key: str) -> str:
        return f"cache:{self.function_key}:{key}"

    @_tolerant
    def get(self, key: str) -> Entry | None:
        blob = self._redis.get(self._key(key))
        if blob is None:
            return None
        opened = self.sealer.open(self._context(key), bytes(blob))
        if opened is None:
            log.warning("A shared cache entry (%s) failed its check and was ignored.", key)
            return None
        return opened[0]

    @_tolerant
    def set(self, key: str, entry: Entry) -> None:
        try:
            blob = self.sealer.seal(self._context(key), entry, time.time())
        except NotDurable as exc:
            log.warning("A cache entry was not shared through Redis: %s", exc)
            return
        pipe = self._redis.pipeline()
        if self.ttl is not None:
            pipe.set(self._key(key), blob, px=max(1, int(self.ttl * 1000)))
        else:
            pipe.set(self._key(key), blob)
        pipe.zadd(self._index, {key: time.time()})
        pipe.execute()
        if self.max_entries is not None:
            extra = int(self._redis.zcard(self._index)) - max(self.max_entries, 0)
            if extra > 0:
                oldest = self._redis.zpopmin(self._index, extra)
                if oldest:
                    self._redis.delete(*(self._key(name.decode()) for name, _ in oldest))

    @_tolerant
    def delete(self, key: str) -> None:
        self._redis.delete(self._key(key))
        self._redis.zrem(self._index, key)

    @_tolerant
    def clear(self) -> None:
        names = [name.decode() for name in self._redis.zrange(self._index, 0, -1)]
        if names:
            self._redis.delete(*(self._key(name) for name in names))
        self._redis.delete(self._index)


def clear_all(client: Any) -> None:
    """Remove every shared st.cache_data entry (st.cache_data.clear())."""
    batch: list[bytes] = []
    for name in client.scan_iter(match=PREFIX + "*", count=500):
        batch.append(name)
        if len(batch) >= 500:
            client.delete(*batch)
            batch = []
    if batch:
        client.delete(*batch)
