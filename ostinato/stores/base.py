"""The seams between the runtime and where sessions are kept.

A SessionStore keeps encoded sessions by id, findable by the hash of their
resume token. Stores shared by several processes (Redis) also hand out leases,
so that one worker at a time runs a session, and keep blobs (uploads, downloads)
so that any worker can serve a tab's plain HTTP requests.
"""

from __future__ import annotations

from typing import Protocol


class SessionStore(Protocol):
    """Encoded sessions by id. Every method may be called from any thread."""

    shared: bool
    """True when several server processes use this store at once."""

    def find(self, token_hash: str) -> str | None:
        """The id of the session whose resume token hashes to `token_hash`."""

    def load(self, session_id: str) -> bytes | None:
        """The encoded session, or None if it is unknown or expired."""

    def save(self, session_id: str, token_hash: str, data: bytes, ttl: float, fence: int) -> bool:
        """Store a session for `ttl` seconds. False when `fence` is older than the
        newest lease of the session (a worker that lost its lease)."""

    def delete(self, session_id: str, token_hash: str) -> None:
        """Forget a session."""

    def purge(self) -> int:
        """Remove expired sessions; returns how many."""

    def close(self) -> None:
        """Release connections and files."""


class Leases(Protocol):
    """Who may run a session's script now. Any thread."""

    def acquire(self, session_id: str, owner: str, ttl: float) -> int | None:
        """A fencing token if `owner` now holds the lease, else None."""

    def renew(self, session_id: str, owner: str, fence: int, ttl: float) -> bool:
        """Extend a lease `owner` still holds; False if it was lost."""

    def release(self, session_id: str, owner: str, fence: int) -> None:
        """Give the lease up, only if `owner` still holds it with `fence`."""


class Blobs(Protocol):
    """Bytes of a session (uploads, downloads) that any worker can serve. Any thread."""

    def put_blob(self, session_id: str, name: str, data: bytes, ttl: float) -> None:
        """Keep `data` under `name` for `ttl` seconds."""

    def get_blob(self, session_id: str, name: str) -> bytes | None:
        """The bytes kept under `name`, or None."""
