"""server.maxCacheDataSize: a bound on the pickled bytes of every st.cache_data entry
kept in memory, across functions and sessions. Past it the least recently used
entries of any function go (persisted ones stay on disk); a value larger than the
bound alone is still kept. Any thread: the budget's lock is never held while a
store's is, so the two cannot wait on each other."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Protocol

from ostinato.config import get_option
from ostinato.errors import ConfigError

_SIZE_UNITS = {"b": 0, "kb": 1, "kib": 1, "mb": 2, "mib": 2, "gb": 3, "gib": 3, "tb": 4, "tib": 4}


def parse_limit(value: Any) -> int | None:
    """The option's bytes: None when unset or 0; a string such as "2gb" or "500MiB"
    (powers of 1024, fractions rounded down). ConfigError otherwise."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value == 0):
        return None
    text = str(value).strip().lower().replace(" ", "")
    if text == "0":
        return None
    number = text.rstrip("abcdefghijklmnopqrstuvwxyz")
    unit = text[len(number) :]
    try:
        whole, _, fraction = number.partition(".")
        if unit not in _SIZE_UNITS or not (whole + fraction).isdigit() or len(number) > 100:
            raise ValueError
        scale = int(1024 ** _SIZE_UNITS[unit])
        size: int = int(f"{whole or '0'}{fraction}") * scale // int(10 ** len(fraction))
    except ValueError:
        raise ConfigError(
            f'server.maxCacheDataSize must be a size with a unit such as "2gb" or "500mb" '
            f'(or 0 for no limit); got "{value}".'
        ) from None
    if size <= 0:
        raise ConfigError(f'server.maxCacheDataSize must be at least 1 byte; got "{value}".')
    return size


class Evictable(Protocol):
    """A store the budget can take an entry from."""

    def evict(self, key: str) -> None:
        """Drop `key` from memory (not from disk)."""


class Budget:
    """Every in-memory st.cache_data entry of the process, least recently used first."""

    def __init__(self) -> None:
        self._order: OrderedDict[tuple[int, str], tuple[Evictable, int]] = OrderedDict()
        self._total = 0
        self._lock = threading.Lock()

    @staticmethod
    def limit() -> int | None:
        """The bound now (the option may change while tests run)."""
        return parse_limit(get_option("server.maxCacheDataSize"))

    def added(self, store: Evictable, key: str, size: int) -> None:
        """An entry was stored: count it, and drop what no longer fits."""
        limit = self.limit()
        victims: list[tuple[Evictable, str]] = []
        with self._lock:
            slot = (id(store), key)
            old = self._order.pop(slot, None)
            if old is not None:
                self._total -= old[1]
            self._order[slot] = (store, size)
            self._total += size
            if limit is not None:
                while self._total > limit and len(self._order) > 1:
                    (_, victim_key), (victim, victim_size) = self._order.popitem(last=False)
                    self._total -= victim_size
                    victims.append((victim, victim_key))
        for victim, victim_key in victims:
            victim.evict(victim_key)

    def used(self, store: Evictable, key: str) -> None:
        """An entry was read: it becomes the most recently used."""
        with self._lock:
            slot = (id(store), key)
            if slot in self._order:
                self._order.move_to_end(slot)

    def removed(self, store: Evictable, key: str) -> None:
        """An entry left its store."""
        with self._lock:
            old = self._order.pop((id(store), key), None)
            if old is not None:
                self._total -= old[1]

    @property
    def total(self) -> int:
        """Bytes counted now."""
        return self._total


BUDGET = Budget()
