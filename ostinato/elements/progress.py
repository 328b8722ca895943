"""st.progress: a bar from 0 to 100, updated in place through what it returns."""

from __future__ import annotations

import math
import textwrap
from typing import TYPE_CHECKING, Any

from ostinato.elements.transient import check_width, slot
from ostinato.errors import OstinatoAPIException
from ostinato.tree import markdown
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def _percent(value: Any) -> int:
    """An int 0–100 as is, a float 0.0–1.0 as a whole percent (rounded down)."""
    if isinstance(value, bool):
        raise OstinatoAPIException(
            "Invalid `value` type. Expected one of: int, float. Provided type: bool."
        )
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise OstinatoAPIException(
                f"The `value` parameter, set to {value}, is outside the required range [0, 100]."
            )
        return value
    if isinstance(value, float):
        near_edge = any(math.isclose(value, edge, rel_tol=1e-9, abs_tol=1e-9) for edge in (0, 1))
        if not (0.0 <= value <= 1.0 or near_edge):
            raise OstinatoAPIException(
                f"The `value` parameter, set to {value}, is outside the required range [0.0, 1.0]."
            )
        return int(value * 100)
    raise OstinatoAPIException(
        f"Invalid `value` type. Expected one of: int, float. Provided type: {type(value).__name__}."
    )


@element("progress", "block:empty", "progress")
def progress(
    self: Container, value: int | float, text: str | None = None, width: Any = "stretch"
) -> Container:
    """Show a progress bar at `value` (an int 0–100 or a float 0.0–1.0) with an
    optional Markdown `text`; call `.progress(value, text)` on what it returns to
    move the same bar."""
    percent = _percent(value)
    if text is not None and not isinstance(text, str):
        raise OstinatoAPIException(
            f"Invalid `text` type. Expected one of: str. Provided type: {type(text).__name__}."
        )
    body = None if text is None else textwrap.dedent(text).strip()
    check_width(width)
    node = Node(
        "progress",
        {
            "value": percent,
            "text": body or "",
            "html": markdown.render_inline(body) if body else "",
            "width": width,
        },
    )
    return slot(self, node)
