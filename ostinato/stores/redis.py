"""Sessions in Redis, shared by any number of workers: leases with fencing tokens
decide which worker runs a session; uploads and downloads live here too so any
worker can serve a tab's HTTP requests."""

from __future__ import annotations

from typing import Any

import redis

_SAVE = """
local fence = redis.call('GET', KEYS[3])
if fence and tonumber(fence) > tonumber(ARGV[3]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[2])
return 1
"""

_ACQUIRE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local fence = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. fence, 'PX', ARGV[2])
return fence
"""

_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisStore:
    """SessionStore, Leases and Blobs on one Redis server. Any thread."""

    shared = True

    def __init__(self, url: str, prefix: str = "ostinato:") -> None:
        self.url = url
        self._redis: Any = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        self._p = prefix
        self._save = self._redis.register_script(_SAVE)
        self._acquire = self._redis.register_script(_ACQUIRE)
        self._renew = self._redis.register_script(_RENEW)
        self._release = self._redis.register_script(_RELEASE)

    def ping(self) -> None:
        """Raise if the server cannot be reached."""
        self._redis.ping()

    def _key(self, kind: str, *parts: str) -> str:
        return self._p + kind + ":" + ":".join(parts)

    # SessionStore
    def find(self, token_hash: str) -> str | None:
        found = self._redis.get(self._key("token", token_hash))
        return None if found is None else found.decode()

    def load(self, session_id: str) -> bytes | None:
        found = self._redis.get(self._key("session", session_id))
        return None if found is None else bytes(found)

    def save(self, session_id: str, token_hash: str, data: bytes, ttl: float, fence: int) -> bool:
        keys = [
            self._key("session", session_id),
            self._key("token", token_hash),
            self._key("fence", session_id),
        ]
        done = self._save(keys=keys, args=[data, int(ttl * 1000), fence, session_id])
        return bool(done)

    def delete(self, session_id: str, token_hash: str) -> None:
        self._redis.delete(self._key("session", session_id), self._key("token", token_hash))

    def purge(self) -> int:
        return 0  # keys expire by themselves (PX)

    def close(self) -> None:
        self._redis.close()

    # Leases
    def acquire(self, session_id: str, owner: str, ttl: float) -> int | None:
        keys = [self._key("lease", session_id), self._key("fence", session_id)]
        fence = self._acquire(keys=keys, args=[owner, int(ttl * 1000)])
        return None if fence is None else int(fence)

    def renew(self, session_id: str, owner: str, fence: int, ttl: float) -> bool:
        keys = [self._key("lease", session_id)]
        return bool(self._renew(keys=keys, args=[f"{owner}:{fence}", int(ttl * 1000)]))

    def release(self, session_id: str, owner: str, fence: int) -> None:
        self._release(keys=[self._key("lease", session_id)], args=[f"{owner}:{fence}"])

    # Blobs
    def put_blob(self, session_id: str, name: str, data: bytes, ttl: float) -> None:
        self._redis.set(self._key("blob", session_id, name), data, px=int(ttl * 1000))

    def get_blob(self, session_id: str, name: str) -> bytes | None:
        found = self._redis.get(self._key("blob", session_id, name))
        return None if found is None else bytes(found)
