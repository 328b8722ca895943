"""The built-in charts: st.line_chart, st.area_chart, st.bar_chart and
st.scatter_chart. Each builds a Vega-Lite spec from its data with pandas (wide data,
several y columns, is melted into one value column and one series column; the
index is x when no x is named) and draws it as a Vega-Lite chart (vega_chart)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.chart_data import to_frame
from ostinato.elements.vega_chart import NODE, check_size, draw_spec
from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import element

if TYPE_CHECKING:
    import pandas as pd

    from ostinato.elements.container import Container

Kind = Literal["line", "area", "bar", "scatter"]
Stack = bool | Literal["normalize", "center", "layered"] | None
Width = Literal["stretch", "content"] | int
Height = Literal["stretch", "content"] | int

INDEX = "index -- ostinato"
"""The field of the index when it is x (shown as "index" in tooltips)."""
VALUE = "value -- ostinato"
"""The field of the y values of melted (wide) data."""
SERIES = "color -- ostinato"
"""The field naming the column each melted value came from."""
MISSING = "no data -- ostinato"
"""A field no data has: an empty chart still has axes and takes its space."""

BUILTIN_COLORS = frozenset(
    {"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"}
)
"""Colour names the page resolves to the theme's colours."""

_COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
_HOVER_THRESHOLD = 1000
"""Above this many rows, the line chart's hover follows the pointer at most every 16 ms."""


def field(name: str) -> str:
    """A column name as a Vega-Lite field string (".", "[", "]" and "\\" escaped)."""
    for char in ("\\", ".", "[", "]"):
        name = name.replace(char, "\\" + char)
    return name


def vega_type(column: pd.Series) -> str:
    """The Vega-Lite type of a column's values."""
    from pandas.api.types import infer_dtype

    kind = infer_dtype(column, skipna=True)
    if kind in (
        "floating",
        "integer",
        "mixed-integer-float",
        "mixed-integer",
        "complex",
        "decimal",
    ):
        return "quantitative"
    if kind == "categorical":
        return "ordinal" if column.cat.ordered else "nominal"
    if kind in ("datetime", "datetime64", "date", "time", "timedelta", "timedelta64", "period"):
        return "temporal"
    return "nominal"


def is_color(value: Any) -> bool:
    """A hex colour ("#f80", "#ff8800aa"), a CSS rgb()/rgba() text, or an RGB(A) tuple."""
    if isinstance(value, str):
        if value.startswith("#"):
            return value[1:].isalnum() and len(value) in (4, 5, 7, 9)
        return value.startswith(("rgb(", "rgba("))
    return (
        isinstance(value, tuple | list)
        and len(value) in (3, 4)
        and all(isinstance(c, int | float) and not isinstance(c, bool) for c in value)
    )


def css_color(value: Any) -> str:
    """A colour as CSS text: tuples of 0–255 ints or 0.0–1.0 floats become rgb()/rgba()."""
    if isinstance(value, str):
        return value
    parts = [min(255, max(0, int(c * 255) if isinstance(c, float) else int(c))) for c in value[:3]]
    if len(value) == 3:
        return f"rgb({parts[0]}, {parts[1]}, {parts[2]})"
    alpha = value[3]
    alpha = min(1.0, max(0.0, alpha / 255 if isinstance(alpha, int) else float(alpha)))
    return f"rgba({parts[0]}, {parts[1]}, {parts[2]}, {alpha})"


def _missing(frame: pd.DataFrame, name: str) -> OstinatoAPIException:
    columns = ", ".join(str(c) for c in frame.columns)
    return OstinatoAPIException(
        f'Data does not have a column named "{name}". Available columns are: {columns}.'
    )


def _is_date(frame: pd.DataFrame, name: str | None) -> bool:
    import datetime as dt

    return name is not None and len(frame[name]) > 0 and isinstance(frame[name].iat[0], dt.date)


def build_spec(
    kind: Kind,
    data: Any,
    *,
    command: str,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    horizontal: bool = False,
    stack: Stack = None,
    sort: bool | str = True,
    width: Any = "stretch",
    height: Any = "content",
) -> tuple[dict[str, Any], pd.DataFrame]:
    """The Vega-Lite spec of a built-in chart and the frame it draws (its data)."""
    import pandas as pd

    frame = to_frame(data, command)
    frame.columns = pd.Index([str(c) for c in frame.columns])
    if x is not None and not isinstance(x, str):
        raise OstinatoAPIException(
            f"st.{command} x must be a column name (str) or None (the index), got "
            f"{type(x).__name__}."
        )
    if x is not None and x not in frame.columns:
        raise _missing(frame, x)
    if y is None:
        ys = [c for c in frame.columns if c != x]
    else:
        ys = [y] if isinstance(y, str) else [str(c) for c in y]
        for name in ys:
            if name not in frame.columns:
                raise _missing(frame, name)
    color_column = color if isinstance(color, str) and color in frame.columns else None
    color_value = None if color_column is not None else color
    size_column = size if isinstance(size, str) and size in frame.columns else None
    size_value = None if size_column is not None else size
    sort_column = None
    if isinstance(sort, str):
        sort_column = sort.removeprefix("-")
        if sort_column not in frame.columns:
            raise _missing(frame, sort_column)
    elif not isinstance(sort, bool):
        raise OstinatoAPIException(
            f'st.{command} sort must be True, False or a column name ("-name" for '
            f"descending), got {sort!r}."
        )

    if x is None and ys:
        x = str(frame.index.name) if frame.index.name is not None else INDEX
        frame.index.name = x
        frame = frame.reset_index()
    used = list(dict.fromkeys(c for c in (x, color_column, size_column, sort_column, *ys) if c))
    frame = frame[used].copy()
    if color_column is not None and len(frame) and is_color(frame[color_column].iat[0]):
        frame[color_column] = frame[color_column].map(css_color)

    y_field: str | None = ys[0] if len(ys) == 1 else None
    series = False
    if len(ys) > 1 and x is not None:
        keep = list(dict.fromkeys(c for c in (x, size_column, sort_column) if c))
        frame = frame.melt(id_vars=keep, value_vars=ys, var_name=SERIES, value_name=VALUE)
        y_field, color_column, series = VALUE, SERIES, True

    bar = kind == "bar"
    x_enc = _axis(frame, x, x_label, named=x is not None and x != INDEX)
    y_enc = _axis(frame, y_field, y_label, named=y is not None and not series)
    x_enc["axis"]["grid"] = bar and horizontal
    y_enc["axis"]["grid"] = not (bar and horizontal)
    if bar and not _is_date(frame, x):
        x_enc["type"] = "ordinal"
    if bar and horizontal:
        x_enc, y_enc = y_enc, x_enc
        x_enc["axis"]["grid"], y_enc["axis"]["grid"] = True, False
    value_enc, category_enc = (x_enc, y_enc) if bar and horizontal else (y_enc, x_enc)
    if stack is not None:
        value_enc["stack"] = False if stack == "layered" else stack
    if bar:
        if sort is False:
            category_enc["sort"] = None
        elif isinstance(sort, str):
            category_enc["sort"] = {
                "field": field(sort.removeprefix("-")),
                "order": "descending" if sort.startswith("-") else "ascending",
            }
    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}
    if bar and stack is False and color_column is not None:
        encoding["yOffset" if horizontal else "xOffset"] = {"field": field(color_column)}
    if color_column is not None and (kind == "area" or stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    color_enc = _color(frame, color_column, color_value, ys, series, color)
    if color_enc is not None:
        encoding["color"] = color_enc
    if kind == "scatter":
        if size_column is not None:
            encoding["size"] = {
                "field": field(size_column),
                "title": size_column,
                "type": vega_type(frame[size_column]),
                "legend": _SIZE_LEGEND,
            }
        elif size_value is None or (
            isinstance(size_value, int | float) and not isinstance(size_value, bool)
        ):
            encoding["size"] = {"value": 100 if size_value is None else size_value}
        else:
            raise OstinatoAPIException(
                f"st.scatter_chart size must be a column name or a number, got {size_value!r}."
            )
    if x is not None and y_field is not None:
        encoding["tooltip"] = _tooltip(frame, x, y_field, color_column, color_enc, size_column)

    mark = {"line": "line", "area": "area", "bar": "bar", "scatter": "circle"}[kind]
    zoom = {"name": "zoom", "select": {"type": "interval", "encodings": ["x", "y"]},
            "bind": "scales"}  # fmt: skip
    spec: dict[str, Any]
    if kind == "line" and x is not None:
        hover = {
            "name": "hover",
            "select": {
                "type": "point",
                "on": "pointermove{16}" if len(frame) > _HOVER_THRESHOLD else "pointermove",
                "nearest": True,
                "fields": [field(x)],
                "clear": "pointerleave",
            },
        }
        spec = {
            "layer": [
                {"mark": {"type": "line"}, "encoding": encoding, "params": [zoom]},
                {"mark": {"type": "point", "opacity": 0}, "encoding": encoding, "params": [hover]},
                {"mark": {"type": "point", "filled": True, "size": 65}, "encoding": encoding,
                 "transform": [{"filter": {"param": "hover", "empty": False}}]},
            ],
            "config": {"legend": {"symbolType": "stroke"}},
        }  # fmt: skip
    else:
        spec = {"mark": {"type": mark}, "encoding": encoding, "params": [zoom]}
    if isinstance(width, int) and not isinstance(width, bool):
        spec["width"] = width
    if isinstance(height, int) and not isinstance(height, bool):
        spec["height"] = height
    return spec, frame


def _axis(
    frame: pd.DataFrame, name: str | None, label: str | None, *, named: bool
) -> dict[str, Any]:
    from pandas.api.types import is_integer_dtype

    if name is None:
        enc: dict[str, Any] = {"field": MISSING, "type": "quantitative", "title": ""}
    else:
        enc = {"field": field(name), "type": vega_type(frame[name]), "title": name if named else ""}
    if label is not None:
        enc["title"] = label
    enc["scale"] = {}
    axis: dict[str, Any] = {"grid": False}
    if name is not None and is_integer_dtype(frame[name]):
        axis["tickMinStep"] = 1
    enc["axis"] = axis
    return enc


def _color(
    frame: pd.DataFrame,
    column: str | None,
    value: Any,
    ys: list[str],
    series: bool,
    given: Any,
) -> dict[str, Any] | None:
    if value is not None and not (isinstance(value, list | tuple) and len(value) == 0):
        single = is_color(value) or (isinstance(value, str) and value.lower() in BUILTIN_COLORS)
        if single:
            if len(ys) != 1:
                raise _color_count([value], ys)
            return {"value": _one_color(value)}
        if isinstance(value, list | tuple):
            if len(value) != len(ys):
                raise _color_count(list(value), ys)
            for one in value:
                if not (is_color(one) or (isinstance(one, str) and one.lower() in BUILTIN_COLORS)):
                    raise _bad_color(given)
            if len(value) == 1:
                return {"value": _one_color(value[0])}
            return {
                "field": SERIES if series else (field(column) if column else SERIES),
                "type": "nominal",
                "scale": {"domain": ys, "range": [_one_color(c) for c in value]},
                "legend": _COLOR_LEGEND,
                "title": " ",
            }
        raise _bad_color(given)
    if column is None:
        return None
    if series:
        return {"field": SERIES, "type": "nominal", "legend": _COLOR_LEGEND, "title": " "}
    enc: dict[str, Any] = {"field": field(column), "type": vega_type(frame[column]),
                           "legend": _COLOR_LEGEND, "title": column}  # fmt: skip
    if len(frame[column]) and is_color(frame[column].iat[0]):
        enc["scale"] = {"range": [css_color(c) for c in frame[column].unique()]}
        enc["legend"] = None
    return enc


def _one_color(value: Any) -> str:
    if isinstance(value, str) and value.lower() in BUILTIN_COLORS:
        return value.lower()
    return css_color(value)


def _color_count(colors: list[Any], ys: list[str]) -> OstinatoAPIException:
    return OstinatoAPIException(
        f"The list of colors {colors} must have the same length as the list of columns to "
        f"be colored {ys}."
    )


def _bad_color(given: Any) -> OstinatoAPIException:
    return OstinatoAPIException(
        f'color {given!r} is no colour: give a column name, a hex colour ("#ffaa00", '
        '"#ffaa0088"), an RGB or RGBA tuple (ints 0–255 or floats 0.0–1.0), one of '
        f"{', '.join(sorted(BUILTIN_COLORS - {'grey'}))}, or a list of colours, one per y column."
    )


def _tooltip(
    frame: pd.DataFrame,
    x: str,
    y: str,
    color: str | None,
    color_enc: dict[str, Any] | None,
    size: str | None,
) -> list[dict[str, Any]]:
    def tip(name: str, title: str | None = None, kind: str | None = None) -> dict[str, Any]:
        entry: dict[str, Any] = {"field": field(name), "type": kind or vega_type(frame[name])}
        if title is not None:
            entry["title"] = title
        return entry

    tips = [tip(x, "index" if x == INDEX else x)]
    tips.append(tip(y, "value", "quantitative") if y == VALUE else tip(y, y))
    if color is not None and (color_enc is None or color_enc.get("legend", True) is not None):
        tips.append(tip(color, "color", "nominal") if color == SERIES else tip(color, color))
    if size is not None:
        tips.append(tip(size, size))
    return tips


def check_stack(stack: Any) -> None:
    """OstinatoAPIException unless `stack` is one Streamlit accepts."""
    if stack not in (None, True, False, "normalize", "center", "layered") or (
        isinstance(stack, int | float) and not isinstance(stack, bool)
    ):
        raise OstinatoAPIException(
            f"stack must be True, False, 'normalize', 'center', 'layered' or None, got {stack!r}."
        )


def _draw(
    self: Container,
    kind: Kind,
    command: str,
    data: Any,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    alt: str | None,
    **options: Any,
) -> None:
    check_size(command, "width", width)
    check_size(command, "height", height)
    spec, frame = build_spec(kind, data, command=command, width=width, height=height, **options)
    draw_spec(
        self, command, spec, frame, width=width, height=height,
        use_container_width=use_container_width, alt=alt, builtin=True,
    )  # fmt: skip


@element("line_chart", NODE)
def line_chart(
    self: Container,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    width: Width = "stretch",
    height: Height = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> None:
    """A line per y column (or per value of the `color` column), x the index by default."""
    _draw(
        self, "line", "line_chart", data, width, height, use_container_width, alt,
        x=x, y=y, x_label=x_label, y_label=y_label, color=color,
    )  # fmt: skip


@element("area_chart", NODE)
def area_chart(
    self: Container,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    stack: Stack = None,
    width: Width = "stretch",
    height: Height = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> None:
    """Areas per y column (stacked by default; `stack` as Vega-Lite's)."""
    check_stack(stack)
    _draw(
        self, "area", "area_chart", data, width, height, use_container_width, alt,
        x=x, y=y, x_label=x_label, y_label=y_label, color=color, stack=stack,
    )  # fmt: skip


@element("bar_chart", NODE)
def bar_chart(
    self: Container,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    horizontal: bool = False,
    sort: bool | str = True,
    stack: Stack = None,
    width: Width = "stretch",
    height: Height = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> None:
    """Bars per y column; `horizontal`, `stack` (False: side by side) and `sort` (a
    column, "-column" descending, or False for the data's order)."""
    check_stack(stack)
    _draw(
        self, "bar", "bar_chart", data, width, height, use_container_width, alt,
        x=x, y=y, x_label=x_label, y_label=y_label, color=color, horizontal=horizontal,
        sort=sort, stack=stack,
    )  # fmt: skip


@element("scatter_chart", NODE)
def scatter_chart(
    self: Container,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    width: Width = "stretch",
    height: Height = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> None:
    """Circles per y column; `size` a column or a number (area in pixels)."""
    _draw(
        self, "scatter", "scatter_chart", data, width, height, use_container_width, alt,
        x=x, y=y, x_label=x_label, y_label=y_label, color=color, size=size,
    )  # fmt: skip
