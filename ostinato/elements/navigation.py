"""Multipage apps from the script: the module-level commands st.Page,
st.navigation, st.switch_page and st.set_page_config (they add no node)."""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, NoReturn

from ostinato.elements.app_pages import app_pages
from ostinato.errors import OstinatoAPIException
from ostinato.runtime.context import get_run_context
from ostinato.runtime.control import RerunInterrupt
from ostinato.runtime.pages import Page, page_from_file, resolve, url_path_for
from ostinato.runtime.query_params import query_values
from ostinato.tree.registry import command


@command("Page")
def make_page(
    page: str | os.PathLike[str] | Callable[[], Any],
    *,
    title: str | None = None,
    icon: str | None = None,
    url_path: str | None = None,
    default: bool = False,
    visibility: Literal["visible", "hidden"] = "visible",
    help: str | None = None,
) -> Page:
    """A page for st.navigation: a script path (relative to the entry script) or a
    function; `visibility="hidden"` leaves it out of the menu (still reachable)."""
    if visibility not in ("visible", "hidden"):
        raise OstinatoAPIException(
            f'st.Page: visibility must be "visible" or "hidden", got {visibility!r}.'
        )
    ctx = get_run_context()
    if callable(page):
        name = getattr(page, "__name__", "page")
        label = title or name.replace("_", " ")
        made = Page(page, label, icon, "" if default else url_path or url_path_for(name), default)
    else:
        base = ctx.session.runner.script.folder if ctx.session is not None else "."
        page = os.fspath(page)
        path = page if os.path.isabs(page) else os.path.join(base, page)
        if not os.path.isfile(path):
            raise OstinatoAPIException(f'st.Page: no script at "{page}" (looked at {path}).')
        made = page_from_file(path, title, icon, url_path, default)
    made.visibility = visibility
    made.help = inspect.cleandoc(help).strip() if help else ""
    return made


PageLike = Page | str | Callable[[], Any]
"""What st.navigation takes as a page: an st.Page, a script path, or a function."""


def _as_page(page: PageLike) -> Page:
    return page if isinstance(page, Page) else make_page(page)


@command("navigation")
def navigation(
    pages: Sequence[PageLike] | Mapping[str, Sequence[PageLike]],
    *,
    position: Literal["sidebar", "hidden", "top"] = "sidebar",
    expanded: bool | int = False,
) -> Page:
    """Declare the app's pages (st.Page objects, script paths or functions; the first
    is the default unless one says default=True); returns the current one."""
    ctx = get_run_context()
    flat: list[Page] = []
    if isinstance(pages, Mapping):
        for section, group in pages.items():
            for item in group:
                page = _as_page(item)
                page.section = section or None
                flat.append(page)
    else:
        flat = [_as_page(item) for item in pages]
    if not flat:
        raise OstinatoAPIException("st.navigation needs at least one st.Page.")
    if position not in ("sidebar", "hidden", "top"):
        raise OstinatoAPIException(
            f'st.navigation position must be "sidebar", "hidden" or "top", got {position!r}.'
        )
    defaults = [p for p in flat if p.default]
    if len(defaults) > 1:
        raise OstinatoAPIException("Only one st.Page may have default=True.")
    default = defaults[0] if defaults else flat[0]
    default.url_path = ""
    paths = [p.url_path for p in flat]
    duplicates = {p for p in paths if paths.count(p) > 1}
    if duplicates:
        raise OstinatoAPIException(
            f"Two pages share the URL path {sorted(duplicates)[0]!r}; give one a url_path=."
        )
    state = ctx.state
    current = next((p for p in flat if p.url_path == state.page), None)
    if current is None:
        if state.page:
            from ostinato.tree.notices import alert_node

            ctx.add(
                ctx.active(),
                alert_node("warning", f'Page not found: "{state.page}". Showing the main page.'),
            )
        current = default
        state.set_page(current.url_path)
    ctx.nav_pages = flat
    ctx.nav = {
        "position": position,
        "expanded": expanded if isinstance(expanded, bool) else int(expanded),
        "pages": [p.describe() for p in flat if p.visibility == "visible"],
    }
    if ctx.session is not None:
        ctx.session.nav_pages = flat
    return current


@command("switch_page")
def switch_page(page: str | os.PathLike[str] | Page, *, query_params: Any = None) -> NoReturn:
    """Go to another page of the app now (path relative to the entry script, or a
    Page). The URL's query parameters are replaced by `query_params` (a mapping or
    (key, value) pairs; None clears them, st.query_params' `embed` ones excepted)."""
    ctx = get_run_context()
    session = ctx.session
    pages = app_pages(ctx)
    base = session.runner.script.folder if session is not None else "."
    target = resolve(pages, page if isinstance(page, Page) else os.fspath(page), base)
    new_params = query_values("switch_page", query_params)
    if session is not None:
        query = session.query
        kept = {k: query.get_all(k) for k in ("embed", "embed_options") if k in query}
        query.from_dict({**kept, **new_params} if new_params else kept)
    ctx.state.set_page(target.url_path, by_script=True)
    if session is not None:
        session.request_rerun()
    raise RerunInterrupt()


@command("set_page_config")
def set_page_config(
    page_title: str | None = None,
    page_icon: str | None = None,
    layout: Literal["centered", "wide"] = "centered",
    initial_sidebar_state: Literal["auto", "expanded", "collapsed"] = "auto",
    menu_items: dict[str, Any] | None = None,
) -> None:
    """Set the browser tab's title and icon, the page width and the sidebar's start state."""
    if layout not in ("centered", "wide"):
        raise OstinatoAPIException(f'layout must be "centered" or "wide", got {layout!r}.')
    if initial_sidebar_state not in ("auto", "expanded", "collapsed"):
        raise OstinatoAPIException(
            'initial_sidebar_state must be "auto", "expanded" or "collapsed", '
            f"got {initial_sidebar_state!r}."
        )
    ctx = get_run_context()
    config = {
        "title": page_title,
        "icon": page_icon,
        "layout": layout,
        "sidebar": initial_sidebar_state,
    }
    ctx.page_config = config
    if ctx.session is not None:
        ctx.session.send({"t": "page_config", **config})
