"""Persistence: saves a session after each run and brings it back on resume,
through the configured store and the safe codec."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
from dataclasses import dataclass, field
from typing import Any

from ostinato.config import get_option
from ostinato.errors import ConfigError, OstinatoError
from ostinato.state.session_state import Snapshot
from ostinato.stores.base import Blobs, Leases, SessionStore
from ostinato.stores.codec import Codec, NotDurable, Signer

log = logging.getLogger("ostinato.stores")

STORES = ("memory", "sqlite", "redis")


class Unreadable(OstinatoError):
    """A stored session of which nothing can be read back; the text says why."""


def _context(session_id: str, kind: str, key: str) -> str:
    """What a pickle signature is bound to: the session, and the key in it."""
    return f"{session_id}\x00{kind}\x00{key}"


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def token_hash(token: str) -> str:
    """What the store indexes a resume token by (the token itself is never stored)."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class Restored:
    """A session as read back from a store."""

    session_id: str
    xsrf: str
    query: str
    snapshot: Snapshot
    problems: list[str] = field(default_factory=list)


@dataclass
class Encoded:
    """A session ready to store, and the keys that could not be made durable."""

    data: bytes
    not_durable: dict[str, str]


class Persistence:
    """Encodes sessions with the codec and keeps them in `store`. Any thread."""

    def __init__(
        self,
        store: SessionStore,
        codec: Codec,
        ttl: float,
        lease_ttl: float,
        shared: tuple[Leases, Blobs] | None = None,
    ) -> None:
        self.store = store
        self.leases: Leases | None = shared[0] if shared else None
        self.blobs: Blobs | None = shared[1] if shared else None
        self.codec = codec
        self.ttl = ttl
        self.lease_ttl = lease_ttl
        self.owner = secrets.token_hex(8)
        """This worker's name in leases."""

    @property
    def shared(self) -> bool:
        """True when other workers use the same store (leases and blobs needed)."""
        return self.leases is not None

    @classmethod
    def from_options(cls) -> Persistence | None:
        """The persistence the options ask for; None for the memory store."""
        kind = str(get_option("session.store")).lower()
        if kind not in STORES:
            raise ConfigError(f'session.store must be one of {", ".join(STORES)}; got "{kind}".')
        if kind == "memory":
            return None
        url = str(get_option("session.storeUrl"))
        secret = str(get_option("session.secret")).encode()
        store: SessionStore
        shared: tuple[Leases, Blobs] | None = None
        if kind == "sqlite":
            from ostinato.stores.sqlite import SqliteStore, secret_beside

            path = url or os.path.join(".ostinato", "sessions.db")
            store = SqliteStore(path)
            secret = secret or secret_beside(path)
        else:
            from ostinato.stores.redis import RedisStore

            if not url.startswith(("redis://", "rediss://", "unix://")):
                raise ConfigError(
                    'session.store = "redis" needs session.storeUrl = "redis://host:port/db".'
                )
            if len(secret) < 16:
                raise ConfigError(
                    'session.store = "redis" needs session.secret (16 characters or more), the '
                    "same on every worker; it signs pickled state."
                )
            redis_store = RedisStore(url)
            try:
                redis_store.ping()
            except Exception as exc:  # redis raises several connection errors
                raise ConfigError(f"Cannot reach Redis at {url}: {exc}") from None
            store = redis_store
            shared = (redis_store, redis_store)
        previous = [str(each).encode() for each in get_option("session.previousSecrets") or ()]
        signer = Signer(secret, *previous) if get_option("session.allowPickle") else None
        allowed = [str(name) for name in get_option("session.allowedClasses") or ()]
        return cls(
            store,
            Codec(signer, allowed=allowed),
            float(get_option("session.ttl")),
            float(get_option("session.leaseTTL")),
            shared,
        )

    def encode(self, session_id: str, xsrf: str, query: str, snapshot: Snapshot) -> Encoded:
        """The stored form of a session; values the codec refuses are left out."""
        not_durable: dict[str, str] = {}
        user: dict[str, Any] = {}
        for key, value in snapshot.user.items():
            try:
                user[key] = self.codec.encode(value, _context(session_id, "user", key))
            except NotDurable as exc:
                not_durable[key] = str(exc)
        widgets: dict[str, Any] = {}
        for wid, (widget_key, value) in snapshot.widgets.items():
            try:
                widgets[wid] = [
                    widget_key,
                    self.codec.encode(value, _context(session_id, "w", wid)),
                ]
            except NotDurable as exc:
                not_durable[widget_key or wid] = str(exc)
        record = {
            "v": 1,
            "id": session_id,
            "xsrf": xsrf,
            "page": snapshot.page,
            "query": query,
            "user": user,
            "widgets": widgets,
        }
        data = json.dumps(record, separators=(",", ":"), allow_nan=False).encode()
        return Encoded(data, not_durable)

    def decode(self, data: bytes, session_id: str) -> Restored:
        """The session stored as `data` under `session_id`, key by key: a value that
        cannot be read back (damaged, a bad pickle signature, a class that is gone
        or not allowed) is left out and named in `problems`. Unreadable when not
        even the record's outline can be read."""
        try:
            record = json.loads(data)
        except (ValueError, RecursionError) as exc:
            raise Unreadable(f"the stored record is not JSON ({_short(exc)})") from None
        if not isinstance(record, dict):
            raise Unreadable(f"the stored record is a {type(record).__name__}, not an object")
        if record.get("id", session_id) != session_id:
            raise Unreadable("the stored record belongs to another session")
        problems: list[str] = []
        user: dict[str, Any] = {}
        stored_user = record.get("user")
        if not isinstance(stored_user, dict):
            problems.append("st.session_state could not be restored: it was stored damaged")
            stored_user = {}
        for key, value in stored_user.items():
            try:
                user[key] = self.codec.decode(value, _context(session_id, "user", key))
            except Exception as exc:  # damaged data fails in any way; only this key is lost
                problems.append(f'st.session_state["{key}"] could not be restored: {_short(exc)}')
        widgets: dict[str, tuple[str | None, Any]] = {}
        stored_widgets = record.get("widgets")
        if not isinstance(stored_widgets, dict):
            problems.append("Widget values could not be restored: they were stored damaged")
            stored_widgets = {}
        for wid, entry in stored_widgets.items():
            if not (
                isinstance(entry, list)
                and len(entry) == 2
                and (entry[0] is None or isinstance(entry[0], str))
            ):
                problems.append(f'Widget "{wid}" could not be restored: it was stored damaged')
                continue
            key, value = entry
            try:
                widgets[wid] = (key, self.codec.decode(value, _context(session_id, "w", wid)))
            except Exception as exc:  # as above: only this widget is lost
                problems.append(f'Widget "{key or wid}" could not be restored: {_short(exc)}')
        page, query, xsrf = (record.get(name) for name in ("page", "query", "xsrf"))
        if not isinstance(xsrf, str) or not xsrf:
            xsrf = secrets.token_urlsafe(24)
        snapshot = Snapshot(user, widgets, page if isinstance(page, str) else "")
        return Restored(
            session_id, xsrf, query if isinstance(query, str) else "", snapshot, problems
        )

    def load(self, token: str) -> tuple[str, bytes] | None:
        """(session id, stored data) for a resume token, or None."""
        hashed = token_hash(token)
        session_id = self.store.find(hashed)
        if session_id is None:
            return None
        data = self.store.load(session_id)
        return None if data is None else (session_id, data)

    def save(self, session_id: str, token: str, data: bytes, fence: int) -> bool:
        """Store a session's data; False if a newer lease holder has it."""
        return self.store.save(session_id, token_hash(token), data, self.ttl, fence)

    def forget(self, session_id: str, token: str) -> None:
        """Remove a session from the store."""
        self.store.delete(session_id, token_hash(token))
