"""Client messages, validated on arrival. Anything malformed becomes a
ProtocolError with a reason and never reaches a session."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

VERSION = 1


class ProtocolError(ValueError):
    """A client frame that is not a valid message; the text says why."""


@dataclass(frozen=True)
class Connect:
    """First frame of a tab: resume `token`'s session if it exists, on `page`."""

    token: str | None
    page: str
    query: str
    fork: bool = False
    """The page is a duplicate of another tab: it gets a copy of the session."""


@dataclass(frozen=True)
class Rerun:
    """The user changed widgets (`changes`, wire values) or clicked buttons (`triggers`)."""

    changes: dict[str, Any] = field(default_factory=dict)
    triggers: tuple[str, ...] = ()
    page: str | None = None
    """Navigate to this page (URL path) before the run."""


@dataclass(frozen=True)
class Ping:
    """Keep-alive."""


@dataclass(frozen=True)
class Rows:
    """The page scrolled a table: it wants rows `start` to `end` of the one at `path`."""

    path: tuple[int, ...]
    start: int
    end: int


MAX_WINDOW = 2000
"""Most rows one `rows` request may ask for."""

Message = Connect | Rerun | Ping | Rows


def _field(obj: dict[str, Any], name: str, kind: type | tuple[type, ...], default: Any) -> Any:
    value = obj.get(name, default)
    if value is not default and not isinstance(value, kind):
        raise ProtocolError(f'field "{name}" has the wrong type ({type(value).__name__})')
    return value


def parse(text: str | bytes) -> Message:
    """Parse one frame into a message, or raise ProtocolError."""
    try:
        obj = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"not JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise ProtocolError("a message must be a JSON object")
    kind = obj.get("t")
    if kind == "connect":
        version = obj.get("v", VERSION)
        if version != VERSION:
            raise ProtocolError(f"protocol version {version!r} is not supported (need {VERSION})")
        token = _field(obj, "token", str, None)
        page = _field(obj, "page", str, "")
        query = _field(obj, "query", str, "")
        fork = _field(obj, "fork", bool, False)
        return Connect(token or None, page.strip("/"), query, fork)
    if kind == "rerun":
        changes = _field(obj, "changes", dict, {})
        triggers = _field(obj, "triggers", list, [])
        if not all(isinstance(t, str) for t in triggers):
            raise ProtocolError('"triggers" must be a list of widget ids')
        page = _field(obj, "page", str, None)
        return Rerun(dict(changes), tuple(triggers), page)
    if kind == "ping":
        return Ping()
    if kind == "rows":
        path = _field(obj, "path", list, [])
        start = _field(obj, "start", int, 0)
        end = _field(obj, "end", int, 0)
        if not path or not all(isinstance(i, int) and i >= 0 for i in path):
            raise ProtocolError('"path" must be a list of element indexes')
        if start < 0 or end < start or end - start > MAX_WINDOW:
            raise ProtocolError(f"rows must satisfy 0 <= start <= end <= start + {MAX_WINDOW}")
        return Rows(tuple(path), start, end)
    raise ProtocolError(f"unknown message type {kind!r}")


def dumps(message: dict[str, Any]) -> str:
    """Encode a server message."""
    return json.dumps(message, separators=(",", ":"), default=str, allow_nan=False)


def dumps_batch(messages: list[dict[str, Any]]) -> str:
    """Encode messages sent together: one object, or an array of several."""
    if len(messages) == 1:
        return dumps(messages[0])
    return "[" + ",".join(map(dumps, messages)) + "]"
