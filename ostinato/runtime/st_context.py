"""`st.context`: what the browser told the server about the tab, as in Streamlit 1.67.

`headers`, `cookies` and `ip_address` come from the websocket's opening request
(headers case-insensitive, repeatable: `.get_all`); `ip_address` is None on
localhost. `locale` (navigator.language), `timezone`, `timezone_offset` (minutes
behind UTC, as `Date.getTimezoneOffset`), `url` (the app's URL without query or
fragment, ending with the current page's path) and `is_embedded` (`?embed=true`)
are sent by the page when it connects; `theme.type` when it connects and when it
switches scheme. A change does not rerun the script: the next run sees it.
Outside a browser session (bare mode, AppTest without `at.context`) every field
is None and headers and cookies are empty, as in Streamlit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ostinato.runtime.context import RunContext, get_run_context

KEYS = frozenset(
    {
        "headers",
        "cookies",
        "theme",
        "timezone",
        "timezone_offset",
        "locale",
        "url",
        "ip_address",
        "is_embedded",
    }
)
"""The names st.context answers, by attribute or by item."""

_LOCALHOST = frozenset({"127.0.0.1", "::1"})


@dataclass(frozen=True)
class ClientInfo:
    """What one connection of a tab reported: its request and its browser's settings.
    Written by the connection (event loop), read by runs (script thread): replaced
    whole, never changed in place."""

    headers: tuple[tuple[str, str], ...] = ()
    cookies: Mapping[str, str] = field(default_factory=dict)
    remote_ip: str | None = None
    locale: str | None = None
    timezone: str | None = None
    timezone_offset: int | None = None
    url: str | None = None
    """The page's URL as the browser has it (no query or fragment)."""
    is_embedded: bool | None = None


def _header_case(name: str) -> str:
    """ "coNtent-TYPE" → "Content-Type": how header names are shown and compared."""
    return "-".join(part.capitalize() for part in name.split("-"))


class ContextHeaders(Mapping[str, str]):
    """`st.context.headers`: read-only, case-insensitive; a repeated header gives its
    first value by item and all of them with `get_all`."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        grouped: dict[str, list[str]] = {}
        for name, value in headers:
            grouped.setdefault(_header_case(name), []).append(value)
        self._headers = grouped

    def get_all(self, key: str) -> list[str]:
        """Every value sent for the header `key` (an empty list when none)."""
        return list(self._headers.get(_header_case(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_header_case(key)][0]
        except (KeyError, IndexError):
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        """A plain dict, one value per header."""
        return {key: self[key] for key in self}

    def __repr__(self) -> str:
        return repr(self.to_dict())


class ContextCookies(Mapping[str, str]):
    """`st.context.cookies`: the cookies the tab's request carried, read-only."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = MappingProxyType(dict(cookies))

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        """A plain dict of the cookies."""
        return dict(self._cookies)

    def __repr__(self) -> str:
        return repr(self.to_dict())


class ContextTheme(dict[str, Any]):
    """`st.context.theme`: a dict with `type`, also readable as an attribute."""

    @property
    def type(self) -> str | None:
        value = self.get("type")
        return value if isinstance(value, str) else None


def _client(ctx: RunContext) -> ClientInfo:
    session = ctx.session
    info = getattr(session, "client", None) if session is not None else None
    return info if isinstance(info, ClientInfo) else ClientInfo()


def page_url(url: str, page_paths: Iterable[str], current: str) -> str:
    """The app's URL for the current page, as Streamlit has it: the browser's URL
    without a trailing slash and without any page's path at its end, then the
    current page's path (none for the main page)."""
    url = url.removesuffix("/")
    for path in page_paths:
        if path and url.endswith(path):
            url = url.removesuffix(path).removesuffix("/")
            break
    return f"{url}/{current}" if current else url


def _page_paths(ctx: RunContext) -> list[str]:
    session = ctx.session
    if session is None:
        return []
    pages = ctx.nav_pages or session.nav_pages or session.runner.folder_pages.pages()
    return [str(page.url_path) for page in pages]


class Context:
    """`st.context`: each property reads the tab of the run that asks. Script thread.

    Not a dict: properties by attribute or item (`st.context["locale"]`), `in`
    tells whether a name is one of them; no iteration, as in Streamlit."""

    __iter__ = None  # `iter(st.context)` is a TypeError, not a probe of st.context[0]

    @property
    def headers(self) -> ContextHeaders:
        """The headers of the tab's websocket request (case-insensitive)."""
        return ContextHeaders(_client(get_run_context()).headers)

    @property
    def cookies(self) -> ContextCookies:
        """The cookies of the tab's websocket request."""
        return ContextCookies(_client(get_run_context()).cookies)

    @property
    def theme(self) -> ContextTheme:
        """The tab's colour scheme: `{"type": "light" | "dark" | None}`."""
        session = get_run_context().session
        scheme = getattr(session, "scheme", None) if session is not None else None
        return ContextTheme(type=scheme)

    @property
    def timezone(self) -> str | None:
        """The browser's time zone name, e.g. "Europe/Berlin"."""
        return _client(get_run_context()).timezone

    @property
    def timezone_offset(self) -> int | None:
        """Minutes the browser's time is behind UTC (-60 for UTC+1)."""
        return _client(get_run_context()).timezone_offset

    @property
    def locale(self) -> str | None:
        """The browser's preferred language (navigator.language), e.g. "en-US"."""
        return _client(get_run_context()).locale

    @property
    def url(self) -> str | None:
        """The app's URL in the browser for the current page, without query or fragment."""
        ctx = get_run_context()
        url = _client(ctx).url
        if url is None or ctx.session is None:
            return None
        return page_url(url, _page_paths(ctx), ctx.state.page)

    @property
    def ip_address(self) -> str | None:
        """The client's IP address; None when it connects from this machine."""
        remote = _client(get_run_context()).remote_ip
        return None if remote is None or remote in _LOCALHOST else remote

    @property
    def is_embedded(self) -> bool | None:
        """True when the page's URL has `?embed=true`."""
        return _client(get_run_context()).is_embedded

    def __getitem__(self, key: str) -> Any:
        if key not in KEYS:
            raise KeyError(
                f'st.context has no key "{key}". Valid keys are: {", ".join(sorted(KEYS))}.'
            )
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in KEYS

    def __repr__(self) -> str:
        return "st.context"


context = Context()
