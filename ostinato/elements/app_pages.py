"""Helper (registers nothing): the pages of the app as a run sees them, for
st.switch_page and st.page_link."""

from __future__ import annotations

from ostinato.runtime.context import RunContext
from ostinato.runtime.pages import Page


def app_pages(ctx: RunContext) -> list[Page]:
    session = ctx.session
    if session is None:
        return []
    if ctx.nav_pages:
        return ctx.nav_pages
    if session.nav_pages:
        return session.nav_pages
    return session.runner.folder_pages.pages()
