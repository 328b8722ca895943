"""SQLite and Redis stores, for real: sessions by token hash, expiry, and (Redis)
leases with fencing tokens."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from ostinato.stores.redis import RedisStore
from ostinato.stores.sqlite import SqliteStore, secret_beside
from tests.conftest import RedisServer


def test_sqlite_keeps_sessions_across_reopening(tmp_path: Path) -> None:
    path = str(tmp_path / "state" / "sessions.db")
    store = SqliteStore(path)
    assert store.save("id1", "hash1", b"data-1", ttl=60, fence=0)
    store.close()
    again = SqliteStore(path)
    assert again.find("hash1") == "id1"
    assert again.load("id1") == b"data-1"
    assert again.find("other") is None
    again.delete("id1", "hash1")
    assert again.load("id1") is None
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_sqlite_expires_sessions(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "s.db"))
    store.save("old", "h-old", b"x", ttl=0.2, fence=0)
    store.save("new", "h-new", b"y", ttl=60, fence=0)
    time.sleep(0.3)
    assert store.find("h-old") is None and store.load("old") is None
    assert store.purge() == 1
    assert store.load("new") == b"y"


def test_sqlite_secret_is_made_once_and_private(tmp_path: Path) -> None:
    path = str(tmp_path / "s.db")
    first = secret_beside(path)
    assert len(first) >= 32
    assert secret_beside(path) == first
    assert (Path(f"{path}.secret").stat().st_mode & 0o777) == 0o600


def test_redis_sessions_and_expiry(redis_server: RedisServer) -> None:
    store = RedisStore(redis_server.url)
    assert store.save("id1", "hash1", b"payload", ttl=0.5, fence=0)
    assert store.find("hash1") == "id1"
    assert store.load("id1") == b"payload"
    time.sleep(0.7)
    assert store.find("hash1") is None
    assert store.load("id1") is None


def test_redis_lease_is_exclusive_and_released_only_by_its_holder(
    redis_server: RedisServer,
) -> None:
    store = RedisStore(redis_server.url)
    fence_a = store.acquire("s", "worker-a", ttl=5)
    assert fence_a is not None
    assert store.acquire("s", "worker-b", ttl=5) is None
    store.release("s", "worker-b", fence_a)  # not the holder: nothing happens
    assert store.acquire("s", "worker-b", ttl=5) is None
    assert store.renew("s", "worker-a", fence_a, ttl=5)
    assert not store.renew("s", "worker-b", fence_a, ttl=5)
    store.release("s", "worker-a", fence_a)
    fence_b = store.acquire("s", "worker-b", ttl=5)
    assert fence_b is not None and fence_b > fence_a


def test_redis_lease_expires_when_its_worker_dies(redis_server: RedisServer) -> None:
    store = RedisStore(redis_server.url)
    fence_a = store.acquire("s", "dead-worker", ttl=0.3)
    assert fence_a is not None
    time.sleep(0.5)
    fence_b = store.acquire("s", "live-worker", ttl=5)
    assert fence_b is not None
    # The dead worker cannot renew, release or write any more.
    assert not store.renew("s", "dead-worker", fence_a, ttl=5)
    store.release("s", "dead-worker", fence_a)
    assert store.acquire("s", "third", ttl=5) is None


def test_redis_write_with_an_old_fence_is_refused(redis_server: RedisServer) -> None:
    store = RedisStore(redis_server.url)
    old = store.acquire("s", "a", ttl=0.2)
    assert old is not None
    assert store.save("s", "h", b"from a", ttl=60, fence=old)
    time.sleep(0.3)
    new = store.acquire("s", "b", ttl=5)
    assert new is not None
    assert store.save("s", "h", b"from b", ttl=60, fence=new)
    assert not store.save("s", "h", b"late write from a", ttl=60, fence=old)
    assert store.load("s") == b"from b"


def test_redis_blobs(redis_server: RedisServer) -> None:
    store = RedisStore(redis_server.url)
    store.put_blob("s", "upload:1", b"\x00data", ttl=60)
    assert store.get_blob("s", "upload:1") == b"\x00data"
    assert store.get_blob("s", "upload:2") is None
    assert store.get_blob("other", "upload:1") is None


def test_unreachable_redis_is_a_clear_config_error() -> None:
    from ostinato.config import set_option
    from ostinato.errors import ConfigError
    from ostinato.stores.persistence import Persistence
    from tests.conftest import free_port

    set_option("session.store", "redis")
    set_option("session.storeUrl", f"redis://127.0.0.1:{free_port()}/0")
    set_option("session.secret", "s" * 32)
    with pytest.raises(ConfigError, match="Cannot reach Redis"):
        Persistence.from_options()
    set_option("session.secret", "")
    with pytest.raises(ConfigError, match=r"session\.secret"):
        Persistence.from_options()
    set_option("session.store", "postgres")
    with pytest.raises(ConfigError, match="memory, sqlite, redis"):
        Persistence.from_options()
