"""Where one cached function's entries live: in this process's memory (an LRU with
`ttl` and `max_entries`), and for st.cache_data also on disk or in Redis (see
disk.py and redis_store.py). Every method may be called from any thread."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Protocol

from ostinato.cache.budget import Budget
from ostinato.cache.replay import Recorded


@dataclass(frozen=True)
class Entry:
    """One cached result: the value (pickled bytes for st.cache_data, the object
    itself for st.cache_resource) and the nodes to replay on a hit."""

    value: Any
    nodes: tuple[Recorded, ...]
    stored: float = 0.0
    """time.monotonic() when it was stored (ttl)."""


class Store(Protocol):
    """One function's entries by value key."""

    def get(self, key: str) -> Entry | None:
        """The entry, or None if there is none (or it expired)."""

    def set(self, key: str, entry: Entry) -> None:
        """Keep `entry` under `key`."""

    def delete(self, key: str) -> None:
        """Forget one entry."""

    def clear(self) -> None:
        """Forget every entry."""


class MemoryStore:
    """Entries in this process, least recently used first. `released` is told of
    every entry that leaves (st.cache_resource's on_release). `max_size` bounds the
    bytes of pickled values (st.cache_data): the least recently used go first, and
    a value larger than the bound alone is kept by itself. `budget` is the
    process-wide bound (server.maxCacheDataSize), told of what comes and goes."""

    def __init__(
        self,
        ttl: float | None,
        max_entries: int | None,
        released: Any = None,
        max_size: int | None = None,
        budget: Budget | None = None,
    ) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self.max_size = max_size
        self.budget = budget
        self._size = 0
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._released = released

    def get(self, key: str) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            expired = self.ttl is not None and time.monotonic() - entry.stored >= self.ttl
            if expired:
                self._pop(key)
            else:
                self._entries.move_to_end(key)
        if expired:
            self._gone([(key, entry)])
            return None
        if self.budget is not None:
            self.budget.used(self, key)
        return entry

    def set(self, key: str, entry: Entry) -> None:
        gone: list[tuple[str, Entry]] = []
        with self._lock:
            old = self._pop(key)
            if old is not None and old is not entry:
                gone.append((key, old))
            self._entries[key] = entry
            self._size += _size(entry)
            if self.max_entries is not None:
                while len(self._entries) > max(self.max_entries, 0):
                    gone.append(self._pop_oldest())
            if self.max_size is not None:
                while self._size > self.max_size and len(self._entries) > 1:
                    gone.append(self._pop_oldest())
        self._gone([each for each in gone if each[0] != key])
        for _, replaced in (each for each in gone if each[0] == key):
            if self._released is not None:
                self._released(replaced.value)
        if self.budget is not None:
            if key in self._entries:
                self.budget.added(self, key, _size(entry))
            else:
                self.budget.removed(self, key)

    def delete(self, key: str) -> None:
        with self._lock:
            entry = self._pop(key)
        if entry is not None:
            self._gone([(key, entry)])

    def evict(self, key: str) -> None:
        """Drop `key` from memory (the process-wide budget asks)."""
        self.delete(key)

    def clear(self) -> None:
        with self._lock:
            gone = list(self._entries.items())
            self._entries.clear()
            self._size = 0
        self._gone(gone)

    def __len__(self) -> int:
        return len(self._entries)

    def _pop(self, key: str) -> Entry | None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._size -= _size(entry)
        return entry

    def _pop_oldest(self) -> tuple[str, Entry]:
        key, entry = self._entries.popitem(last=False)
        self._size -= _size(entry)
        return key, entry

    def _gone(self, entries: list[tuple[str, Entry]]) -> None:
        """Tell the budget and `released` of entries that left."""
        for key, entry in entries:
            if self.budget is not None:
                self.budget.removed(self, key)
            if self._released is not None:
                self._released(entry.value)


def _size(entry: Entry) -> int:
    return len(entry.value) if isinstance(entry.value, bytes) else 0


class Layered:
    """A memory store in front of a durable one (disk): reads fall through to it and
    are kept in memory; writes and clears go to both."""

    def __init__(self, front: MemoryStore, back: Store) -> None:
        self.front = front
        self.back = back

    def get(self, key: str) -> Entry | None:
        entry = self.front.get(key)
        if entry is None:
            entry = self.back.get(key)
            if entry is not None:
                self.front.set(key, Entry(entry.value, entry.nodes, time.monotonic()))
        return entry

    def set(self, key: str, entry: Entry) -> None:
        self.front.set(key, entry)
        self.back.set(key, entry)

    def delete(self, key: str) -> None:
        self.front.delete(key)
        self.back.delete(key)

    def clear(self) -> None:
        self.front.clear()
        self.back.clear()
