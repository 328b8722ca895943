"""Memory a departed client used goes back to the system, not only to the allocator.

When a tab leaves, Python frees its session, its queued frames and its page, but
glibc's malloc keeps the freed pages in its arenas: the process's RSS stays where
the busiest client left it although nothing holds that memory. After sessions end,
`give_back()` asks glibc to return free pages at the top of its heaps and in its
arenas (`malloc_trim`). Elsewhere (musl, macOS) it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
import time
from collections.abc import Callable

MIN_INTERVAL = 1.0
"""Seconds between two trims: one costs a few milliseconds on a large heap."""

_lock = threading.Lock()
_last = 0.0


def _load_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_trim = _load_trim()


def available() -> bool:
    """Whether this process can give memory back (glibc)."""
    return _trim is not None


def give_back() -> bool:
    """Return freed heap pages to the system; False when skipped (no glibc, or a trim
    ran less than MIN_INTERVAL ago). Blocking for a few ms: any thread but the event
    loop's."""
    global _last
    if _trim is None:
        return False
    with _lock:
        now = time.monotonic()
        if now - _last < MIN_INTERVAL:
            return False
        _last = now
        _trim(0)
    return True
