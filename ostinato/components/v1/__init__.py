"""st.components.v1: `html` (an HTML string in an iframe), `iframe` (a URL in an
iframe) and `declare_component` (a custom component that speaks Streamlit's
component protocol), written where `with` blocks point, as in Streamlit 1.67."""

from __future__ import annotations

from ostinato.elements.component import CustomComponent as CustomComponent
from ostinato.elements.component import declare_component
from ostinato.elements.container import Container
from ostinato.elements.iframe import html_frame, url_frame


def html(
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> None:
    """Show the HTML string `html` (scripts run) in an iframe, `height` pixels high
    (150 by default) and `width` wide (the column's width by default)."""
    html_frame(Container(), html, width, height, scrolling, tab_index=tab_index)


def iframe(
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> None:
    """Show the page at the URL `src` in an iframe (the browser loads it)."""
    url_frame(Container(), src, width, height, scrolling, tab_index=tab_index)


__all__ = ["declare_component", "html", "iframe"]
