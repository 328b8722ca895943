"""st.page_link: a link to another page of the app, or to an external URL."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlencode

from ostinato.elements.app_pages import app_pages
from ostinato.elements.sizing import button_width, check_choice
from ostinato.runtime.context import get_run_context
from ostinato.runtime.pages import Page, resolve
from ostinato.runtime.query_params import query_values
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("page_link", "page_link")
def page_link(
    self: Container,
    page: str | os.PathLike[str] | Page,
    *,
    label: str | None = None,
    icon: str | None = None,
    icon_position: Literal["left", "right"] = "left",
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: int | str = "content",
    query_params: Any = None,
) -> None:
    """A link to another page of the app (with `query_params` in its URL), or to an
    external URL."""
    check_choice("page_link", "icon_position", icon_position, ("left", "right"))
    width = button_width("page_link", width, use_container_width)
    if not isinstance(page, Page):
        page = os.fspath(page)
    if isinstance(page, str) and page.startswith(("http://", "https://", "mailto:")):
        props: dict[str, Any] = {
            "href": page,
            "url_path": None,
            "external": True,
            "label": label or page,
        }
    else:
        ctx = get_run_context()
        session = ctx.session
        base = session.runner.script.folder if session is not None else "."
        target = resolve(app_pages(ctx), page, base)
        query = urlencode(
            [
                (k, v)
                for k, values in query_values("page_link", query_params).items()
                for v in values
            ]
        )
        props = {
            "href": "/" + target.url_path + (f"?{query}" if query else ""),
            "url_path": target.url_path,
            "query": query,
            "external": False,
            "label": label or target.title,
        }
        icon = icon if icon is not None else target.icon
        if help is None and target.help:
            help = target.help
    props.update(
        {
            "icon": icon,
            "icon_position": icon_position,
            "help": help,
            "disabled": disabled,
            "width": width,
        }
    )
    self._add(Node("page_link", props))
