"""st.pyplot: a matplotlib figure drawn on the server (PNG, Agg) and served from the
session's media store as st.image serves an image; AppTest sees it as Streamlit's
does, an "imgs" element whose value is the image's URL."""

from __future__ import annotations

import io
import logging
import os
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.media_data import check_width, image_url, normalize_alt, serve
from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

SAVEFIG = {"bbox_inches": "tight", "dpi": 200, "format": "png"}
"""How the figure is saved (Streamlit's defaults); keyword arguments change them."""

SAVEFIG_KWARGS_DEPRECATED = (
    "st.pyplot: passing matplotlib savefig keyword arguments is deprecated. st.pyplot "
    'already saves with bbox_inches="tight" and dpi=200; for other options save the '
    "figure yourself (fig.savefig(buffer, ...)) and show it with st.image."
)

_log = logging.getLogger("ostinato.elements")

# Scripts run in server threads with no window to draw in: matplotlib's non-GUI
# backend, unless the user chose one (the environment variable, or an import before).
os.environ.setdefault("MPLBACKEND", "Agg")


@element("pyplot", "image")
def pyplot(
    self: Container,
    fig: Any,
    clear_figure: bool = False,
    *,
    width: int | Literal["stretch", "content"] = "stretch",
    use_container_width: bool | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> None:
    """Show a matplotlib Figure as an image. `fig` is required (matplotlib's global
    figure is not safe across sessions); `clear_figure` clears it once drawn."""
    if fig is None:
        raise OstinatoAPIException(
            "st.pyplot needs fig, the figure to show: matplotlib's global figure is not "
            "safe to share between sessions. Write fig, ax = plt.subplots(); ...; st.pyplot(fig)."
        )
    if not callable(getattr(fig, "savefig", None)):
        raise OstinatoAPIException(
            f"st.pyplot fig must be a matplotlib Figure, got {type(fig).__qualname__}."
        )
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_width("pyplot", width, allow_content=True)
    if kwargs:
        _log.warning(SAVEFIG_KWARGS_DEPRECATED)
    buffer = io.BytesIO()
    fig.savefig(buffer, **{**SAVEFIG, **kwargs})
    payload = buffer.getvalue()
    head = payload.lstrip()[:2048]
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        url = image_url(payload.decode("utf-8"), width, False, "RGB", "PNG", command="pyplot")
    else:
        url = serve(payload, "image/png", "pyplot.png")
    if clear_figure:
        fig.clf()
    _forget(fig)
    shown = {"url": url, "caption": "", "caption_html": "", "alt": normalize_alt(alt)}
    self._add(Node("image", {"images": [shown], "width": width, "link": None}))


def _forget(fig: Any) -> None:
    """Let pyplot's figure registry let go of the figure once it is drawn, so a script
    that makes a figure every run does not pile them up (and warn past 20)."""
    import sys

    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None and getattr(fig, "number", None) in plt.get_fignums():
        plt.close(fig)
