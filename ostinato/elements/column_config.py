"""st.column_config (registers nothing; st.column_config is named in ostinato/api.py):
the column types of st.dataframe and st.data_editor. Each function returns a plain
dict, as Streamlit's do, so a configuration can be stored, compared and merged;
ostinato/elements/table_columns.py reads them."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, TypeAlias

from ostinato.errors import OstinatoAPIException

ColumnConfig: TypeAlias = dict[str, Any]
"""One column's configuration: label, width, help, … and "type_config"."""

ColumnWidth: TypeAlias = Literal["small", "medium", "large"] | int
ContentAlignment: TypeAlias = Literal["left", "center", "right"]
NumberFormat: TypeAlias = Literal[
    "plain", "localized", "dollar", "euro", "yen", "percent", "compact", "scientific",
    "engineering", "accounting", "bytes",
]  # fmt: skip
NumberColumnFormat: TypeAlias = NumberFormat | Literal["duration"]
DateTimeFormat: TypeAlias = Literal["localized", "distance", "calendar", "iso8601"]
ThemeColor: TypeAlias = Literal[
    "red", "blue", "green", "yellow", "orange", "violet", "gray", "grey", "primary"
]
ChartColor: TypeAlias = Literal["auto", "auto-inverse"] | ThemeColor | str
ButtonType: TypeAlias = Literal["primary", "secondary", "tertiary"]

CHART_COLORS = (
    "auto", "auto-inverse", "red", "blue", "green", "yellow", "violet", "orange", "gray",
    "grey", "primary",
)  # fmt: skip
"""Named colours of chart and progress columns (besides #hex and rgb()/rgba())."""


def css_color_like(color: object) -> bool:
    """True for "#rgb"-style hex colours and rgb()/rgba() texts."""
    if not isinstance(color, str):
        return False
    if color.startswith("#"):
        return color[1:].isalnum() and len(color) in (4, 5, 7, 9)
    return color.startswith(("rgb(", "rgba("))


def _chart_color(color: Any) -> Any:
    if color is not None and color not in CHART_COLORS and not css_color_like(color):
        raise OstinatoAPIException(
            f"Invalid `color` value {color!r}. Supported values: {', '.join(CHART_COLORS)}, "
            "a hex color (#rrggbb) or an rgb()/rgba() color."
        )
    return color


def _base(
    label: str | None,
    width: ColumnWidth | None,
    help: str | None,
    **more: Any,
) -> ColumnConfig:
    return {"label": label, "width": width, "help": help, **more}


def _iso(value: dt.date | dt.time | None) -> str | None:
    return None if value is None else value.isoformat()


def _seconds(step: int | float | dt.timedelta | None) -> int | float | None:
    return step.total_seconds() if isinstance(step, dt.timedelta) else step


def Column(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
) -> ColumnConfig:
    """A column of any type: label, width, help and so on, the type from the data."""
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment,
    )  # fmt: skip


def TextColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> ColumnConfig:
    """A column of text (`validate`: a regular expression edited values must match)."""
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=default,
        type_config={"type": "text", "max_chars": max_chars, "validate": validate},
    )  # fmt: skip


def NumberColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: int | float | None = None,
    format: str | NumberColumnFormat | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
) -> ColumnConfig:
    """A column of numbers shown with `format`: a preset ("plain", "localized",
    "percent", "dollar", …) or a printf-style string ("%.2f", "%d ⭐")."""
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=default,
        type_config={
            "type": "number", "min_value": min_value, "max_value": max_value,
            "format": format, "step": step,
        },
    )  # fmt: skip


def CheckboxColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: bool | None = None,
) -> ColumnConfig:
    """A column of checkboxes (True, False or missing)."""
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=default, type_config={"type": "checkbox"},
    )  # fmt: skip


def SelectboxColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    format_func: Callable[[Any], str] | None = None,
) -> ColumnConfig:
    """A column whose values are one of `options` (shown through `format_func`)."""
    processed: list[Any] | None = None if options is None else list(options)
    if processed and format_func is not None:
        processed = [{"value": o, "label": format_func(o)} for o in processed]
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        default=default, type_config={"type": "selectbox", "options": processed},
    )  # fmt: skip


def MultiselectColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[str] | None = None,
    accept_new_options: bool | None = None,
    color: Any = None,
    format_func: Callable[[str], str] | None = None,
) -> ColumnConfig:
    """A column of lists of `options`, each shown as a pill (`color`: one for all,
    or a list cycled through the options)."""
    processed: list[dict[str, Any]] | None = None
    if options is not None:
        colors: Iterator[Any] | None = None
        if isinstance(color, str):
            colors = itertools.repeat(color)
        elif color is not None:
            colors = itertools.cycle(list(color))
        processed = []
        for option in options:
            entry: dict[str, Any] = {"value": option}
            if format_func is not None:
                entry["label"] = format_func(option)
            if colors is not None:
                entry["color"] = next(colors)
            processed.append(entry)
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        default=None if default is None else list(default),
        type_config={
            "type": "multiselect", "options": processed, "accept_new_options": accept_new_options,
        },
    )  # fmt: skip


def DatetimeColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: dt.datetime | None = None,
    format: str | DateTimeFormat | None = None,
    min_value: dt.datetime | None = None,
    max_value: dt.datetime | None = None,
    step: int | float | dt.timedelta | None = None,
    timezone: str | None = None,
) -> ColumnConfig:
    """A column of dates with times, shown with a Moment.js-style `format`
    ("YYYY-MM-DD HH:mm") or a preset ("localized", "distance", "calendar", "iso8601")."""
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=_iso(default),
        type_config={
            "type": "datetime", "format": format, "min_value": _iso(min_value),
            "max_value": _iso(max_value), "step": _seconds(step), "timezone": timezone,
        },
    )  # fmt: skip


def DateColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: dt.date | None = None,
    format: str | Literal["localized", "distance", "iso8601"] | None = None,
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    step: int | None = None,
) -> ColumnConfig:
    """A column of dates, shown with a Moment.js-style `format` or a preset."""
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=_iso(default),
        type_config={
            "type": "date", "format": format, "min_value": _iso(min_value),
            "max_value": _iso(max_value), "step": step,
        },
    )  # fmt: skip


def TimeColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: dt.time | None = None,
    format: str | Literal["localized", "iso8601"] | None = None,
    min_value: dt.time | None = None,
    max_value: dt.time | None = None,
    step: int | float | dt.timedelta | None = None,
) -> ColumnConfig:
    """A column of times of day, shown with a Moment.js-style `format` or a preset."""
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=_iso(default),
        type_config={
            "type": "time", "format": format, "min_value": _iso(min_value),
            "max_value": _iso(max_value), "step": _seconds(step),
        },
    )  # fmt: skip


def ListColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[str] | None = None,
) -> ColumnConfig:
    """A column of lists, each item shown as a pill."""
    return _base(
        label, width, help, pinned=pinned, disabled=disabled, required=required,
        default=None if default is None else list(default), type_config={"type": "list"},
    )  # fmt: skip


def LinkColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> ColumnConfig:
    """A column of URLs shown as links; `display_text` is a fixed text, or a regular
    expression whose first group is shown ("https://(.*?)\\.example\\.com")."""
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=default,
        type_config={
            "type": "link", "max_chars": max_chars, "validate": validate,
            "display_text": display_text,
        },
    )  # fmt: skip


def _media(kind: str) -> Callable[..., ColumnConfig]:
    def make(
        label: str | None = None,
        *,
        width: ColumnWidth | None = None,
        help: str | None = None,
        pinned: bool | None = None,
        alignment: ContentAlignment | None = None,
    ) -> ColumnConfig:
        return _base(
            label, width, help, pinned=pinned, alignment=alignment, type_config={"type": kind}
        )

    return make


def ImageColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
) -> ColumnConfig:
    """A column of images: URLs or data URLs (data:image/png;base64,…)."""
    return _media("image")(label, width=width, help=help, pinned=pinned, alignment=alignment)


def AudioColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
) -> ColumnConfig:
    """A column of audio URLs, each a small player."""
    return _media("audio")(label, width=width, help=help, pinned=pinned, alignment=alignment)


def VideoColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
) -> ColumnConfig:
    """A column of video URLs, each a small player."""
    return _media("video")(label, width=width, help=help, pinned=pinned, alignment=alignment)


def JsonColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
) -> ColumnConfig:
    """A column of JSON values (dicts, lists, JSON texts), shown compactly."""
    return _media("json")(label, width=width, help=help, pinned=pinned, alignment=alignment)


def MarkdownColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: str | None = None,
) -> ColumnConfig:
    """A column of Markdown texts, rendered in the cell."""
    return _base(
        label, width, help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=default, type_config={"type": "markdown"},
    )  # fmt: skip


def _chart(kind: str) -> Callable[..., ColumnConfig]:
    def make(
        label: str | None,
        width: ColumnWidth | None,
        help: str | None,
        pinned: bool | None,
        y_min: int | float | None,
        y_max: int | float | None,
        color: ChartColor | None,
    ) -> ColumnConfig:
        return _base(
            label, width, help, pinned=pinned,
            type_config={
                "type": kind, "y_min": y_min, "y_max": y_max, "color": _chart_color(color),
            },
        )  # fmt: skip

    return make


def LineChartColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: ChartColor | None = None,
) -> ColumnConfig:
    """A column of lists of numbers, each drawn as a small line chart."""
    return _chart("line_chart")(label, width, help, pinned, y_min, y_max, color)


def BarChartColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: ChartColor | None = None,
) -> ColumnConfig:
    """A column of lists of numbers, each drawn as a small bar chart."""
    return _chart("bar_chart")(label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: ChartColor | None = None,
) -> ColumnConfig:
    """A column of lists of numbers, each drawn as a small area chart."""
    return _chart("area_chart")(label, width, help, pinned, y_min, y_max, color)


def ProgressColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | NumberFormat | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: ChartColor | None = None,
) -> ColumnConfig:
    """A column of numbers drawn as progress bars between `min_value` (0) and
    `max_value` (100 for integers, 1 for floats), labelled with `format`."""
    return _base(
        label, width, help, pinned=pinned,
        type_config={
            "type": "progress", "format": format, "min_value": min_value,
            "max_value": max_value, "step": step, "color": _chart_color(color),
        },
    )  # fmt: skip


def ButtonColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    type: ButtonType = "secondary",
    on_click: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    key: str | None = None,
) -> ColumnConfig:
    """A column of buttons labelled by the cell's text. Ostinato draws them disabled:
    clicking a cell's button (on_click with a key) is not supported yet."""
    if key is None and (on_click is not None or args is not None or kwargs is not None):
        raise OstinatoAPIException(
            "ButtonColumn: `key` is required when `on_click`, `args` or `kwargs` is given "
            "(the callbacks are registered under it)."
        )
    return _base(
        label, width, help, pinned=pinned, alignment=alignment, disabled=True,
        type_config={"type": "button", "button_type": type},
    )  # fmt: skip


__all__ = [
    "AreaChartColumn",
    "AudioColumn",
    "BarChartColumn",
    "ButtonColumn",
    "CheckboxColumn",
    "Column",
    "DateColumn",
    "DatetimeColumn",
    "ImageColumn",
    "JsonColumn",
    "LineChartColumn",
    "LinkColumn",
    "ListColumn",
    "MarkdownColumn",
    "MultiselectColumn",
    "NumberColumn",
    "ProgressColumn",
    "SelectboxColumn",
    "TextColumn",
    "TimeColumn",
    "VideoColumn",
]
