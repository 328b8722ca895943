"""st.page_link: a link to another page of the app, or to an external URL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.elements.app_pages import app_pages
from ostinato.runtime.context import get_run_context
from ostinato.runtime.pages import Page, resolve
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("page_link", "page_link")
def page_link(
    self: Container,
    page: str | Page,
    *,
    label: str | None = None,
    icon: str | None = None,
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
) -> None:
    """A link to another page of the app, or to an external URL."""
    if isinstance(page, str) and page.startswith(("http://", "https://", "mailto:")):
        props = {"href": page, "url_path": None, "external": True, "label": label or page}
    else:
        ctx = get_run_context()
        session = ctx.session
        base = session.runner.script.folder if session is not None else "."
        target = resolve(app_pages(ctx), page, base)
        props = {
            "href": "/" + target.url_path,
            "url_path": target.url_path,
            "external": False,
            "label": label or target.title,
        }
        icon = icon if icon is not None else target.icon
    props.update({"icon": icon, "help": help, "disabled": disabled})
    self._add(Node("page_link", props))
