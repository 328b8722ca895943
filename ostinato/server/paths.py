"""Where the app is served: server.baseUrlPath as a URL path prefix."""

from __future__ import annotations

from ostinato.config import get_option


def base_path() -> str:
    """server.baseUrlPath as "" (the root) or "/a/b" (no trailing slash)."""
    parts = [part for part in str(get_option("server.baseUrlPath")).split("/") if part]
    return "".join(f"/{part}" for part in parts)


def page_root(route: str) -> str:
    """The relative URL from a page path (after the base) back to the app's root:
    "./" for "/" or "/Forms", "../" for "/Forms/". The page turns it into its base
    path, so it also works behind a proxy that strips a prefix of its own."""
    depth = max(route.count("/") - 1, 0)
    return "./" if depth == 0 else "../" * depth
