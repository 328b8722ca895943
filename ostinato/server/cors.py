"""Which origins may use the app: server.enableCORS and server.corsAllowedOrigins.

A page is allowed when it comes from the address the request reached (its Origin
names the Host, with the matching scheme: an http page opens ws, an https page
wss) and that Host is one this server answers to; when its origin is listed in
server.corsAllowedOrigins (a reverse proxy that rewrites Host makes a browser's
own origin look foreign); or when server.enableCORS is false (any origin, as in
Streamlit). Streamlit also lets pages of localhost and of the machine's own
addresses in; Ostinato does not, so that another local web page cannot drive the
app.

The Host check stops DNS rebinding: a page of `evil.example` whose name the
attacker re-points at 127.0.0.1 sends `Host: evil.example:PORT` and a matching
Origin. A Host is known when it is an IP address (a rebinding needs a name),
`localhost` or a `*.localhost` name, server.address, the machine's own name when
the server listens on every interface, or the host of an origin in
server.corsAllowedOrigins (how to name the host of a proxy that keeps it).

server.allowedHosts, when set, replaces that rule, as in Streamlit: a websocket or
upload whose Host (port ignored) is not listed is refused whatever its Origin,
and a listed Host counts as this server's. Entries are exact names,
`*.example.com` (its subdomains, not `example.com` itself) or `*` (any)."""

from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache
from urllib.parse import urlsplit

from starlette.types import Message, Receive, Scope, Send

from ostinato.config import get_option


def listed_origins() -> set[str]:
    """server.corsAllowedOrigins, as `scheme://host[:port]` without a trailing slash."""
    return {
        str(origin).strip().rstrip("/").lower()
        for origin in get_option("server.corsAllowedOrigins")
    }


def same_host(origin: str, host: str) -> bool:
    """True when `origin` names the host the request reached."""
    return urlsplit(origin).netloc.lower() == host.lower()


_PAGE_SCHEME = {"http": "http", "ws": "http", "https": "https", "wss": "https"}
_WILDCARDS = {"", "0.0.0.0", "::", "[::]"}


def _hostname(host: str) -> str:
    """The name or address of a Host header, without its port or brackets."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host[1:]
    if host.count(":") == 1:
        return host.split(":", 1)[0]
    return host


@lru_cache(maxsize=1)
def _machine_names() -> frozenset[str]:
    names = {socket.gethostname().lower()}
    names.add(f"{next(iter(names))}.local")
    return frozenset(names)


def allowed_hosts() -> list[str]:
    """server.allowedHosts, lower-cased, without trailing dots or blanks."""
    entries = (
        str(entry).strip().lower().rstrip(".") for entry in get_option("server.allowedHosts")
    )
    return [entry for entry in entries if entry]


def host_listed(host: str) -> bool:
    """True when server.allowedHosts is empty or lists `host` (a Host header)."""
    listed = allowed_hosts()
    if not listed:
        return True
    name = _hostname(host).rstrip(".")
    if not name or any(mark in name for mark in "/?#@") or not _port_ok(host):
        return False
    for entry in listed:
        if entry == "*" or entry == name:
            return True
        if entry.startswith("*.") and name.endswith(entry[1:]):
            return True
    return False


def _port_ok(host: str) -> bool:
    """A Host header's port, if it has one, is a number 0-65535."""
    host = host.strip()
    tail = host[host.find("]") + 1 :] if host.startswith("[") else host
    if ":" not in tail:
        return True
    port = tail.rpartition(":")[2]
    return port.isdigit() and int(port) <= 65535


def known_host(host: str) -> bool:
    """True when `host` (a Host header) names this server (see the module's notes)."""
    name = _hostname(host)
    if not name:
        return False
    if allowed_hosts():
        return host_listed(host)
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        pass
    if name == "localhost" or name.endswith(".localhost"):
        return True
    address = _hostname(str(get_option("server.address")))
    if name == address:
        return True
    if address in _WILDCARDS and name in _machine_names():
        return True
    return any(_hostname(urlsplit(origin).netloc) == name for origin in listed_origins())


def origin_allowed(origin: str | None, host: str, scheme: str = "") -> bool:
    """May a page of `origin` use an app reached at `host` by a request of `scheme`
    (http/https, ws/wss; "" skips the scheme check)? No Origin (a program, not a
    browser page) is allowed."""
    if origin is None or not get_option("server.enableCORS"):
        return True
    if origin.rstrip("/").lower() in listed_origins():
        return True
    if not same_host(origin, host) or not known_host(host):
        return False
    page_scheme = _PAGE_SCHEME.get(scheme.lower())
    return page_scheme is None or urlsplit(origin).scheme.lower() == page_scheme


def refusal(scope: Scope) -> str | None:
    """Why a websocket or upload request is refused (its Host, then its Origin), or
    None when it is allowed."""
    origin, host = request_origin(scope)
    if not host_listed(host):
        return HOST_REFUSED
    if not origin_allowed(origin, host, str(scope.get("scheme", ""))):
        return REFUSED
    return None


REFUSED = "Origin not allowed: add it to server.corsAllowedOrigins"
HOST_REFUSED = "Host not allowed: add it to server.allowedHosts"


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def request_origin(scope: Scope) -> tuple[str | None, str]:
    """(Origin, Host) of a request."""
    return _header(scope, b"origin"), _header(scope, b"host") or ""


def with_cors_headers(scope: Scope, send: Send) -> Send:
    """Wrap `send` so that a response to a page of another allowed origin says so
    (Access-Control-Allow-Origin: that origin, or * when CORS is off)."""
    origin, host = request_origin(scope)
    if origin is None or same_host(origin, host) or not origin_allowed(origin, host):
        return send
    allow = origin if get_option("server.enableCORS") else "*"

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [
                (k, v) for k, v in message.get("headers", []) if k != b"access-control-allow-origin"
            ]
            headers.append((b"access-control-allow-origin", allow.encode("latin-1")))
            headers.append((b"vary", b"Origin"))
            message = {**message, "headers": headers}
        await send(message)

    return sending


async def preflight(scope: Scope, receive: Receive, send: Send) -> bool:
    """Answer a CORS preflight (OPTIONS with Access-Control-Request-Method) from an
    allowed origin; True when it was one."""
    if scope.get("method") != "OPTIONS" or _header(scope, b"access-control-request-method") is None:
        return False
    origin, host = request_origin(scope)
    allowed = origin is not None and origin_allowed(origin, host)
    headers = [(b"content-length", b"0")]
    if allowed and origin is not None:
        allow = origin if get_option("server.enableCORS") else "*"
        headers += [
            (b"access-control-allow-origin", allow.encode("latin-1")),
            (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
            (b"access-control-allow-headers", b"Content-Type, X-Ostinato-Xsrf"),
            (b"access-control-max-age", b"600"),
            (b"vary", b"Origin"),
        ]
    await send(
        {"type": "http.response.start", "status": 204 if allowed else 403, "headers": headers}
    )
    await send({"type": "http.response.body", "body": b""})
    return True
