"""Pages of a multipage app: a `pages/` folder beside the entry script, or the
list a script gives to `st.navigation`."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ostinato.errors import OstinatoAPIException
from ostinato.runtime.script import Script

_PREFIX = re.compile(r"^(\d+)[_\- ]*")
_ICON = re.compile(r"^([^\w\s.]+)[_\- ]*", re.UNICODE)


@dataclass(eq=False)
class Page:
    """One page: a script file or a function, with its title, icon and URL path.
    What `st.Page(...)` returns."""

    source: str | Callable[[], Any]
    title: str
    icon: str | None
    url_path: str
    default: bool = False
    section: str | None = None
    visibility: str = "visible"
    """"hidden": left out of the navigation menu, still reachable by URL and links."""
    help: str = ""
    _script: Script | None = field(default=None, repr=False)

    @property
    def script(self) -> Script | None:
        """The page's script file (None for a function page)."""
        if self._script is None and isinstance(self.source, str):
            self._script = Script(self.source)
        return self._script

    def run(self) -> None:
        """Run this page's script or function inside the current run."""
        from ostinato.runtime.script_runner import run_page

        run_page(self)

    def describe(self) -> dict[str, Any]:
        """What the page's navigation shows for it."""
        return {
            "url_path": self.url_path,
            "title": self.title,
            "icon": self.icon,
            "section": self.section,
        }


def label_from_file(path: str) -> tuple[int | None, str | None, str]:
    """("03_🎈_My_plots.py") → (3, "🎈", "My plots"): order, icon and title."""
    stem = os.path.splitext(os.path.basename(path))[0]
    order = None
    match = _PREFIX.match(stem)
    if match:
        order = int(match.group(1))
        stem = stem[match.end() :]
    icon = None
    match = _ICON.match(stem)
    if match:
        icon = match.group(1)
        stem = stem[match.end() :]
    title = stem.replace("_", " ").strip() or os.path.basename(path)
    return order, icon, title


def url_path_for(title: str) -> str:
    """A URL path from a title: spaces become underscores, nothing else changes case."""
    return re.sub(r"[^\w\-]+", "_", title.strip()).strip("_")


def page_from_file(path: str, title: str | None = None, icon: str | None = None,
                   url_path: str | None = None, default: bool = False) -> Page:  # fmt: skip
    """A page for a script file, labelled from its name unless told otherwise."""
    _, file_icon, file_title = label_from_file(path)
    # As Streamlit: the URL path comes from the file's name, whatever the title.
    return Page(
        os.path.abspath(path),
        title or file_title,
        icon if icon is not None else file_icon,
        "" if default else (url_path if url_path is not None else url_path_for(file_title)),
        default,
    )


class FolderPages:
    """The pages of an entry script and its `pages/` folder, rescanned when the
    folder changes. Any thread."""

    def __init__(self, entry: Script) -> None:
        self.entry = entry
        self.folder = os.path.join(entry.folder, "pages")
        self._pages: list[Page] = []
        self._version: float | None = None
        self._lock = threading.Lock()

    def pages(self) -> list[Page]:
        """Main page first, then the folder's pages by numeric prefix, then name."""
        try:
            version = os.stat(self.folder).st_mtime_ns
        except OSError:
            version = None
        with self._lock:
            if version == self._version and self._pages:
                return self._pages
            main = page_from_file(self.entry.path, default=True)
            main._script = self.entry
            found = [main]
            if version is not None:
                files = [
                    f
                    for f in os.listdir(self.folder)
                    if f.endswith(".py") and not f.startswith("_")
                ]

                def order(name: str) -> tuple[float, str]:
                    number, _, title = label_from_file(name)
                    return (float("inf") if number is None else number, title.lower())

                for name in sorted(files, key=order):
                    found.append(page_from_file(os.path.join(self.folder, name)))
            self._pages, self._version = found, version
            return found

    def find(self, url_path: str) -> Page | None:
        """The page at `url_path` (the main page for ""), or None."""
        for page in self.pages():
            if page.url_path == url_path:
                return page
        return None


def resolve(pages: list[Page], target: str | Page, base_folder: str) -> Page:
    """The page a script means by `target`: a Page, a file path relative to the
    entry script's folder, or a URL path. Raises a clear error otherwise."""
    if isinstance(target, Page):
        for page in pages:
            if page is target or (page.source == target.source):
                return page
        return target
    candidate = os.path.abspath(os.path.join(base_folder, target))
    for page in pages:
        if isinstance(page.source, str) and os.path.abspath(page.source) == candidate:
            return page
        if page.url_path == target.strip("/"):
            return page
    known = ", ".join(
        os.path.relpath(p.source, base_folder) if isinstance(p.source, str) else p.title
        for p in pages
    )
    raise OstinatoAPIException(
        f'No page "{target}". Pages are given as a path relative to the entry script '
        f"or as an st.Page; this app has: {known}."
    )
