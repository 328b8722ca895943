"""st.space: empty space along its container's direction (height in a vertical
layout, width in a horizontal one), at Streamlit 1.67's named sizes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

SIZES_REM = {
    "xxsmall": 0.25,
    "xsmall": 0.5,
    "small": 0.75,
    "medium": 2.5,
    "large": 4.25,
    "xlarge": 6.0,
    "xxlarge": 8.0,
}
"""The named sizes, in rem: "small" is a widget label's height, "medium" a button's,
"large" a labelled input's."""


def check_size(size: Any) -> str | int:
    """`size` if st.space accepts it: a named size, "stretch" or a positive int (pixels)."""
    if isinstance(size, str) and (size in SIZES_REM or size == "stretch"):
        return size
    if isinstance(size, int) and 0 < size < 2**32:
        return int(size)  # True is 1 pixel, as in Streamlit
    names = ", ".join(repr(name) for name in (*SIZES_REM, "stretch"))
    raise OstinatoAPIException(
        f"st.space size must be one of {names} or a positive integer (pixels), got {size!r}."
    )


@element("space", "space")
def space(self: Container, size: str | int = "small") -> None:
    """Add space: vertical in a vertical layout, horizontal in a horizontal one;
    "stretch" takes what is left of the container."""
    self._add(Node("space", {"size": check_size(size), "rem": SIZES_REM.get(str(size))}))
