"""st.metric: a big number with a label, an optional change beside it and an
optional sparkline of its recent values (drawn by the page as a small SVG)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def chart_points(chart_data: Any) -> list[float | None]:
    """chart_data as numbers (a DataFrame's first column, a dict's keys, any
    sequence); NaN and infinities become None so the wire stays JSON."""
    if chart_data is None:
        return []
    if isinstance(chart_data, str | int | float | bool):
        items: list[Any] = [chart_data]
    elif isinstance(chart_data, Mapping):
        items = list(chart_data.keys())
    elif hasattr(chart_data, "iloc") and getattr(chart_data, "ndim", 1) == 2:
        items = list(chart_data.iloc[:, 0]) if chart_data.shape[1] else []
    elif isinstance(chart_data, Iterable):
        items = list(chart_data)
    else:
        items = [chart_data]
    points: list[float | None] = []
    for item in items:
        try:
            number = float(item)
        except (TypeError, ValueError):
            raise OstinatoAPIException(
                f"st.metric chart_data accepts numbers only: {item!r} "
                f"({type(item).__name__}) is not one."
            ) from None
        points.append(number if math.isfinite(number) else None)
    return points


@element("metric", "metric")
def metric(
    self: Container,
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: Literal["normal", "inverse", "off"] = "normal",
    *,
    help: str | None = None,
    icon: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
    width: int | Literal["stretch", "content"] = "stretch",
    height: int | Literal["stretch", "content"] = "content",
    chart_data: Any = None,
    chart_type: Literal["line", "bar", "area"] = "line",
    delta_arrow: Literal["auto", "up", "down", "off"] = "auto",
    format: str | None = None,
    delta_description: str | None = None,
) -> None:
    """Write a big number with a label, an optional change and an optional sparkline."""
    from ostinato.elements.link_button import check_icon

    if delta_color not in ("normal", "inverse", "off"):
        raise OstinatoAPIException(
            f'st.metric delta_color must be "normal", "inverse" or "off", got {delta_color!r}.'
        )
    if delta_arrow not in ("auto", "up", "down", "off"):
        raise OstinatoAPIException(
            f"Invalid `delta_arrow` value {delta_arrow!r}. Supported values: 'auto', 'up', "
            "'down', 'off'."
        )
    points = chart_points(chart_data)
    shown = None
    if format is not None:
        from ostinato.elements.cell_format import NUMBER_PRESETS, check_number_format, format_number

        check_number_format(
            format, "st.metric", tuple(p for p in NUMBER_PRESETS if p != "duration")
        )
        if isinstance(value, int | float) and not isinstance(value, bool):
            shown = format_number(value, format)
    self._add(
        Node(
            "metric",
            {
                "label": label,
                "value": "—" if value is None else str(value),
                "display": shown,
                "delta": None if delta is None else str(delta),
                "delta_color": delta_color,
                "delta_arrow": delta_arrow,
                "delta_description": delta_description,
                "help": help,
                "icon": check_icon("metric", icon),
                "label_visibility": label_visibility,
                "border": border,
                "width": width,
                "height": height,
                "chart_data": points or None,
                # Streamlit draws any other chart_type as a line.
                "chart_type": chart_type if chart_type in ("bar", "area") else "line",
            },
        )
    )
