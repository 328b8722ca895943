"""st.toast: a short message in the corner of the page that goes away by itself.
`st.toast` writes to the page's event area (as Streamlit's, outside main and
sidebar); `st.sidebar.toast` and `container.toast` write where they are called.
What it returns updates the same toast: `t.toast("Done!")`."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from typing import Any

from ostinato.elements.container import Container
from ostinato.elements.transient import slot
from ostinato.errors import OstinatoAPIException
from ostinato.runtime.context import get_run_context
from ostinato.tree import markdown
from ostinato.tree.node import EVENT, Node
from ostinato.tree.registry import element

DURATIONS = {"short": 4, "long": 10, "infinite": 0}
"""Seconds a toast stays (0: until dismissed), as Streamlit 1.67 sets them."""

_MATERIAL = re.compile(r"^:material/[a-z0-9_]+:$")
_JOINERS = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"}


def _emoji(text: str) -> bool:
    """One emoji: a short run of pictographs, with joiners, variation selectors,
    skin tones and flag letters."""
    if not text or text.isascii() or len(text) > 12:
        return False
    for char in text:
        if char in _JOINERS or "\U0001f3fb" <= char <= "\U0001f3ff":
            continue
        if "\U0001f1e6" <= char <= "\U0001f1ff" or "\U000e0020" <= char <= "\U000e007f":
            continue
        if unicodedata.category(char) != "So" and not ("\U0001f000" <= char <= "\U0001faff"):
            return False
    return True


def check_icon(icon: Any) -> str:
    """ "" for no icon; an emoji or ":material/name:" as given; refuse anything else."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise OstinatoAPIException(
            f"Invalid `icon` type. Expected one of: str, None. Provided type: "
            f"{type(icon).__name__}."
        )
    shown: str = icon.strip()
    if not shown or shown == "spinner" or _MATERIAL.match(shown) or _emoji(shown):
        return shown
    raise OstinatoAPIException(
        f'The value "{icon}" is not a valid icon. Use a single emoji or a Material icon '
        "shortcode like :material/thumb_up:."
    )


def _duration(duration: Any) -> int:
    if isinstance(duration, str) and duration in DURATIONS:
        return DURATIONS[duration]
    if isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
        return duration
    raise OstinatoAPIException(
        "Invalid `duration` value. Supported values: short, long, infinite, a positive integer."
    )


@element("toast", "block:empty", "toast")
def toast(
    self: Container, body: Any, *, icon: str | None = None, duration: Any = "short"
) -> Container:
    """Show `body` (Markdown) as a toast for `duration` ("short": 4 s, "long": 10 s,
    "infinite", or seconds); call `.toast(...)` on what it returns to change it."""
    text = str(body)
    if text == "":
        raise OstinatoAPIException("The `body` parameter is required. Please provide a message.")
    text = textwrap.dedent(text).strip()
    shown_icon = check_icon(icon)
    seconds = _duration(duration)
    node = Node(
        "toast",
        {
            "body": text,
            "html": markdown.render(text),
            "icon": shown_icon,
            "duration": seconds,
            # Each run's toast is a new one in the page, as each call in Streamlit.
            "run": get_run_context().run,
        },
    )
    # `st.toast` (the main container that follows `with`) writes to the event area.
    return slot(Container(EVENT) if self._path is None else self, node)
