"""st.metric: a big number with a label and an optional change beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("metric", "metric")
def metric(
    self: Container,
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: Literal["normal", "inverse", "off"] = "normal",
    help: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
) -> None:
    """Write a big number with a label and an optional change beside it."""
    if delta_color not in ("normal", "inverse", "off"):
        from ostinato.errors import OstinatoAPIException

        raise OstinatoAPIException(
            f'st.metric delta_color must be "normal", "inverse" or "off", got {delta_color!r}.'
        )
    self._add(
        Node(
            "metric",
            {
                "label": label,
                "value": "—" if value is None else str(value),
                "delta": None if delta is None else str(delta),
                "delta_color": delta_color,
                "help": help,
                "label_visibility": label_visibility,
                "border": border,
            },
        )
    )
