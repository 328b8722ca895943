"""cache.store = "redis": st.cache_data entries in the Redis server of the session
store, shared by every worker, sealed (sealed.py) with session.secret. `ttl` is
Redis's own expiry; `max_entries` keeps a sorted set of a function's keys by
write time and drops the oldest. Any thread."""

from __future__ import annotations

import logging
import time
from typing import Any

from ostinato.cache.sealed import Sealer
from ostinato.cache.stores import Entry
from ostinato.stores.codec import NotDurable

log = logging.getLogger("ostinato.cache")

PREFIX = "ostinato:cache:"


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

    def _context(self, key: str) -> str:
        return f"cache:{self.function_key}:{key}"

    def get(self, key: str) -> Entry | None:
        blob = self._redis.get(self._key(key))
        if blob is None:
            return None
        opened = self.sealer.open(self._context(key), bytes(blob))
        if opened is None:
            log.warning("A shared cache entry (%s) failed its check and was ignored.", key)
            return None
        return opened[0]

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

    def delete(self, key: str) -> None:
        self._redis.delete(self._key(key))
        self._redis.zrem(self._index, key)

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
