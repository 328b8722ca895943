"""Freed memory goes back to the system when clients leave (ostinato.server.memory)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from ostinato.server import memory

EXPERIMENT = """
import json
from ostinato.server import memory

def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

# Blocks below the mmap threshold, each followed by a small survivor: freeing the
# blocks leaves holes glibc keeps for itself until it is asked to trim.
blocks, survivors = [], []
for i in range(3000):
    blocks.append(bytes([i % 256]) * 60_000)
    survivors.append(bytes([i % 256]) * 600)
held = rss_mb()
blocks.clear()
freed = rss_mb()
trimmed = memory.give_back()
print(json.dumps([held, freed, rss_mb(), trimmed, len(survivors)]))
"""


@pytest.mark.skipif(
    not memory.available(), reason="malloc_trim is glibc's; this C library has none"
)
def test_give_back_returns_freed_heap_pages_to_the_system() -> None:
    # A fresh interpreter, so that earlier tests' heap does not decide the layout.
    out = subprocess.run(
        [sys.executable, "-c", EXPERIMENT], capture_output=True, text=True, timeout=60, check=True
    )
    held, freed, given_back, trimmed, _ = json.loads(out.stdout)
    assert trimmed
    assert held - freed < 40, "glibc returned the holes by itself: the test proves nothing"
    assert freed - given_back > 100


def test_give_back_runs_at_most_once_per_interval() -> None:
    time.sleep(memory.MIN_INTERVAL)
    first = memory.give_back()
    assert first == memory.available()
    assert not memory.give_back()
