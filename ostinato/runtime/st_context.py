"""`st.context`: what the page told the server about itself. Today only the theme:
`st.context.theme.type` is "light" or "dark", the scheme the tab shows (the OS's,
the user's choice in Settings, or the app's theme.base), as the page reported it
when it connected or last switched; None outside a browser session (AppTest,
bare mode). A switch does not rerun the script: the next run sees it."""

from __future__ import annotations

from typing import Any

from ostinato.runtime.context import get_run_context


class ContextTheme(dict[str, Any]):
    """`st.context.theme`: a dict with `type`, also readable as an attribute."""

    @property
    def type(self) -> str | None:
        value = self.get("type")
        return value if isinstance(value, str) else None


class Context:
    """`st.context`."""

    @property
    def theme(self) -> ContextTheme:
        """The tab's colour scheme: `{"type": "light" | "dark" | None}`."""
        session = get_run_context().session
        scheme = getattr(session, "scheme", None) if session is not None else None
        return ContextTheme(type=scheme)

    def __repr__(self) -> str:
        return f"st.context(theme={dict(self.theme)!r})"


context = Context()
