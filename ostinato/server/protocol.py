"""Client messages, validated on arrival. Anything malformed becomes a
ProtocolError with a reason and never reaches a session."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ostinato.state.validate import (
    MAX_DEPTH,
    MAX_INT,
    MAX_INT_DIGITS,
    WireValueError,
    check_wire,
    short,
)

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
    scheme: str | None = None
    """The colour scheme the page shows, "light" or "dark" (st.context.theme)."""
    browser: Browser | None = None
    """What the page says of its browser (st.context); None from a client that does not."""


@dataclass(frozen=True)
class Browser:
    """The browser's settings a page sends with connect, each None when not sent."""

    locale: str | None = None
    timezone: str | None = None
    timezone_offset: int | None = None
    """Minutes behind UTC, as Date.getTimezoneOffset gives it."""
    url: str | None = None
    embedded: bool | None = None


@dataclass(frozen=True)
class Rerun:
    """The user changed widgets (`changes`, wire values) or clicked buttons (`triggers`)."""

    changes: dict[str, Any] = field(default_factory=dict)
    triggers: tuple[str, ...] = ()
    page: str | None = None
    """Navigate to this page (URL path) before the run."""


@dataclass(frozen=True)
class Theme:
    """The page switched colour scheme (the OS or the user did)."""

    scheme: str


@dataclass(frozen=True)
class Ping:
    """Keep-alive."""


@dataclass(frozen=True)
class Stop:
    """The user pressed Stop: end the run in progress at its next st.* call."""


@dataclass(frozen=True)
class ClearCache:
    """The user chose "Clear cache" (menu or the C key): clear st.cache_data and
    st.cache_resource of the process, and the session's state, as Streamlit does."""


@dataclass(frozen=True)
class Rows:
    """The page scrolled a table: it wants rows `start` to `end` of the one at `path`."""

    path: tuple[int, ...]
    start: int
    end: int
    sort: tuple[int, bool] | None = None
    """Shown column position and ascending, when the page sorts by a header."""
    search: str = ""
    """Only rows with a cell containing this text, when the page searches."""

    def view(self) -> dict[str, Any]:
        """How the rows are ordered and filtered, as the window functions take it
        (and the answer echoes, so the page knows which request it answers)."""
        return {"sort": None if self.sort is None else list(self.sort), "search": self.search}


MAX_INT_COLUMNS = 100_000
"""Highest column index a `sort` may name."""

MAX_SEARCH = 256
"""Longest search text a `rows` request may carry."""

MAX_WINDOW = 2000
"""Most rows one `rows` request may ask for."""

MAX_PATH = 64
"""Most indexes in an element path."""

MAX_TOKEN = 512
"""Longest session token a `connect` may carry (the server's are 43 characters)."""

Message = Connect | Rerun | Ping | Stop | Rows | Theme | ClearCache


def _constant(name: str) -> Any:
    raise ProtocolError(f"{name} is not a number JSON allows")


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ProtocolError(f"the number {text[:20]}… has more than {MAX_INT_DIGITS} digits")
    return int(text)


def _field(obj: dict[str, Any], name: str, kind: type | tuple[type, ...], default: Any) -> Any:
    """The field `name` of `obj`, of type `kind` (a bool is not an int), or `default`."""
    value = obj.get(name, default)
    if value is default:
        return value
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        raise ProtocolError(f'field "{name}" has the wrong type ({type(value).__name__})')
    return value


def _index(obj: dict[str, Any], name: str) -> int:
    value: int = _field(obj, name, int, 0)
    if not 0 <= value <= MAX_INT:
        raise ProtocolError(f'"{name}" must be a row number')
    return value


def _scheme(obj: dict[str, Any], default: str | None) -> str | None:
    """The optional "scheme" field: "light" or "dark"."""
    scheme: str | None = _field(obj, "scheme", str, default)
    if scheme not in (None, "", "light", "dark"):
        raise ProtocolError('"scheme" must be "light" or "dark"')
    return scheme


MAX_BROWSER_TEXT = 256
MAX_URL = 8192


def _text(obj: dict[str, Any], name: str, limit: int) -> str | None:
    value: str | None = _field(obj, name, str, None)
    if value is not None and len(value) > limit:
        raise ProtocolError(f'"{name}" has at most {limit} characters')
    return value


def _browser(obj: dict[str, Any]) -> Browser | None:
    """The optional "browser" object of connect."""
    raw = _field(obj, "browser", dict, None)
    if raw is None:
        return None
    offset: int | None = _field(raw, "timezone_offset", int, None)
    if offset is not None and not -1440 <= offset <= 1440:
        raise ProtocolError('"timezone_offset" must be minutes within a day of UTC')
    return Browser(
        locale=_text(raw, "locale", MAX_BROWSER_TEXT),
        timezone=_text(raw, "timezone", MAX_BROWSER_TEXT),
        timezone_offset=offset,
        url=_text(raw, "url", MAX_URL),
        embedded=_field(raw, "embedded", bool, None),
    )


def parse(text: str | bytes) -> Message:
    """Parse one frame into a message, or raise ProtocolError: nothing else, whatever
    the frame holds (see ostinato.state.validate for what a value may be)."""
    try:
        obj = json.loads(text, parse_constant=_constant, parse_int=_integer)
    except ProtocolError:
        raise
    except RecursionError:
        raise ProtocolError(f"nested deeper than {MAX_DEPTH} levels") from None
    except (ValueError, UnicodeDecodeError, TypeError) as exc:
        raise ProtocolError(f"not JSON: {short(str(exc), 120)}") from None
    if not isinstance(obj, dict):
        raise ProtocolError("a message must be a JSON object")
    try:
        check_wire(obj, "the message")
    except WireValueError as exc:
        raise ProtocolError(str(exc)) from None
    kind = obj.get("t")
    if kind == "connect":
        version = obj.get("v", VERSION)
        if isinstance(version, bool) or version != VERSION:
            raise ProtocolError(
                f"protocol version {short(version)} is not supported (need {VERSION})"
            )
        token = _field(obj, "token", str, None)
        if token is not None and len(token) > MAX_TOKEN:
            raise ProtocolError(f"a session token has at most {MAX_TOKEN} characters")
        page = _field(obj, "page", str, "")
        query = _field(obj, "query", str, "")
        fork = _field(obj, "fork", bool, False)
        return Connect(
            token or None, page.strip("/"), query, fork, _scheme(obj, None), _browser(obj)
        )
    if kind == "theme":
        scheme = _scheme(obj, "")
        if not scheme:
            raise ProtocolError('"scheme" must be "light" or "dark"')
        return Theme(scheme)
    if kind == "rerun":
        changes = _field(obj, "changes", dict, {})
        triggers = _field(obj, "triggers", list, [])
        if not all(isinstance(t, str) for t in triggers):
            raise ProtocolError('"triggers" must be a list of widget ids')
        page = _field(obj, "page", str, None)
        return Rerun(dict(changes), tuple(triggers), page)
    if kind == "ping":
        return Ping()
    if kind == "stop":
        return Stop()
    if kind == "clear_cache":
        if set(obj) != {"t"}:
            raise ProtocolError('"clear_cache" takes no fields')
        return ClearCache()
    if kind == "rows":
        path = _field(obj, "path", list, [])
        start = _index(obj, "start")
        end = _index(obj, "end")
        if (
            not path
            or len(path) > MAX_PATH
            or not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in path)
        ):
            raise ProtocolError('"path" must be a list of element indexes')
        if end < start or end - start > MAX_WINDOW:
            raise ProtocolError(f"rows must satisfy 0 <= start <= end <= start + {MAX_WINDOW}")
        sort = obj.get("sort")
        if sort is not None and not (
            isinstance(sort, list)
            and len(sort) == 2
            and isinstance(sort[0], int)
            and not isinstance(sort[0], bool)
            and 0 <= sort[0] <= MAX_INT_COLUMNS
            and isinstance(sort[1], bool)
        ):
            raise ProtocolError('"sort" must be null or [column index, ascending]')
        search = obj.get("search", "")
        if not isinstance(search, str) or len(search) > MAX_SEARCH:
            raise ProtocolError(f'"search" must be a text of at most {MAX_SEARCH} characters')
        return Rows(tuple(path), start, end, None if sort is None else (sort[0], sort[1]), search)
    raise ProtocolError(f"unknown message type {short(kind)}")


def close_reason(text: str) -> str:
    """`text` cut to the 123 UTF-8 bytes a websocket close reason may hold (at a
    character boundary; lone surrogates become "?")."""
    data = text.encode("utf-8", "replace")
    if len(data) <= 123:
        return data.decode("utf-8")
    return data[:120].decode("utf-8", "ignore") + "..."


def dumps(message: dict[str, Any]) -> str:
    """Encode a server message."""
    return json.dumps(message, separators=(",", ":"), default=str, allow_nan=False)


def dumps_batch(messages: list[dict[str, Any]]) -> str:
    """Encode messages sent together: one object, or an array of several."""
    if len(messages) == 1:
        return dumps(messages[0])
    return "[" + ",".join(map(dumps, messages)) + "]"
