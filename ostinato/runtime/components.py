"""The custom components a script declared (st.components.v1.declare_component):
name → the folder the server serves its files from, or the URL the page loads it
from. One registry per process, as Streamlit's runtime keeps one: a name declared
by any session's script is served to every page. Any thread may call."""

from __future__ import annotations

import logging
import mimetypes
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("ostinato.components")

URL_PREFIX = "/_ostinato/component/"
"""Where the server serves a component's folder: URL_PREFIX + name + "/" + file."""


@dataclass(frozen=True)
class Declared:
    """One declared component: its full name (module.name) and where it comes from."""

    name: str
    folder: Path | None
    url: str | None


class ComponentRegistry:
    """Declared components by name; a later declaration of a name replaces it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._declared: dict[str, Declared] = {}

    def declare(self, component: Declared) -> None:
        """Record `component` (a warning when it replaces a different one). Any thread."""
        with self._lock:
            before = self._declared.get(component.name)
            self._declared[component.name] = component
        if before is not None and before != component:
            log.warning("Component %r is declared again, now from %s", component.name, component)

    def get(self, name: str) -> Declared | None:
        """The component declared as `name`, if any. Any thread."""
        with self._lock:
            return self._declared.get(name)

    def file(self, name: str, relative: str) -> Path | None:
        """The file `relative` of component `name`'s folder, or None: unknown name,
        a URL component, a path that leaves the folder (`..`, absolute, a link
        pointing outside), or no such file. Any thread."""
        declared = self.get(name)
        if declared is None or declared.folder is None:
            return None
        root = declared.folder.resolve()
        parts = [part for part in relative.replace("\\", "/").split("/") if part not in ("", ".")]
        if not parts:
            parts = ["index.html"]
        if any(part == ".." or ":" in part or "\x00" in part for part in parts):
            return None
        candidate = root.joinpath(*parts)
        try:
            resolved = candidate.resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if resolved != root and root not in resolved.parents:
            return None
        if resolved.is_dir():
            resolved = resolved / "index.html"
            if not resolved.is_file():
                return None
        return resolved if resolved.is_file() else None


def mime_type(path: Path) -> str:
    """The Content-Type to serve `path` with (JavaScript modules included; no charset,
    so a file declares its own as it would under Streamlit)."""
    suffix = path.suffix.lower()
    known = {
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".html": "text/html",
        ".htm": "text/html",
        ".json": "application/json",
        ".map": "application/json",
        ".svg": "image/svg+xml",
        ".wasm": "application/wasm",
        ".woff2": "font/woff2",
        ".woff": "font/woff",
        ".ttf": "font/ttf",
    }
    if suffix in known:
        kind = known[suffix]
    else:
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return kind


registry = ComponentRegistry()
"""The process's components."""
