"""Helper (registers nothing): the columns of a table as the page shows them: which
type each is (from its dtype, or its st.column_config), its label, width and
format, and its cells in wire form. st.dataframe and st.table use it; so can
st.data_editor (the configs and kinds are the same)."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import math
import numbers
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ostinato.elements.cell_format import (
    DATE_PRESETS,
    check_number_format,
    decimals_of,
    format_number,
    format_temporal,
)
from ostinato.errors import OstinatoAPIException

if TYPE_CHECKING:
    import pandas as pd

    from ostinato.elements.table_data import TableData

INDEX = "_index"
"""The name column_config and selections use for the index column(s)."""

KINDS = (
    "text", "number", "checkbox", "selectbox", "multiselect", "list", "datetime", "date",
    "time", "link", "image", "audio", "video", "json", "markdown", "line_chart",
    "bar_chart", "area_chart", "progress", "button",
)  # fmt: skip
"""Column types the page draws ("type" of a column_config's type_config)."""

WIDTHS = ("small", "medium", "large")
ALIGNMENTS = ("left", "center", "right")
_CHARTS = ("line_chart", "bar_chart", "area_chart")


@dataclass
class Column:
    """One column shown: where its values come from and how they read."""

    name: Any
    """The frame's column name (the index level's name for index columns)."""
    label: str
    position: int
    """Its place among the frame's columns, or the index level."""
    index: bool
    kind: str
    config: dict[str, Any] = field(default_factory=dict)
    """The type_config of its column_config, with the type's defaults filled in."""
    width: str | int | None = None
    help: str | None = None
    pinned: bool | None = None
    alignment: str | None = None
    hidden: bool = False
    decimals: int | None = None
    integral: bool = False
    aware: bool = False
    timezone: str | None = None

    def wire(self) -> dict[str, Any]:
        """What the page needs to draw the column's header and cells."""
        align = self.alignment or (
            "right"
            if self.kind in ("number", "progress")
            else "center"
            if self.kind == "checkbox"
            else "left"
        )
        out: dict[str, Any] = {
            "name": INDEX if self.index else str(self.name),
            "label": self.label,
            "kind": self.kind,
            "align": align,
            "index": self.index,
            "width": self.width,
            "help": self.help,
            "pinned": bool(self.pinned if self.pinned is not None else self.index),
        }
        if self.kind in (*_CHARTS, "progress"):
            out["color"] = self.config.get("color")
        if self.kind in _CHARTS:
            out["y_min"] = self.config.get("y_min")
            out["y_max"] = self.config.get("y_max")
        return out

    def cells(self, values: Sequence[Any], styler: list[str | None] | None = None) -> list[Any]:
        """The cells of `values` in wire form: display text (None when missing), a
        bool for checkboxes, lists of texts, [href, text] for links, numbers for
        charts, [fraction, text] for progress bars. `styler`: a Styler's texts."""
        if hasattr(values, "tolist"):
            values = values.tolist()  # plain Python values: checked and formatted quickly
        if styler is None and self.kind in ("number", "text") and not self.config.get("format"):
            return [self._plain(v) for v in values]
        out: list[Any] = []
        for i, value in enumerate(values):
            if styler is not None and styler[i] is not None and self.kind in ("text", "number"):
                out.append(None if _missing(value) else styler[i])
                continue
            try:
                out.append(self.cell(value))
            except (TypeError, ValueError, OverflowError, AttributeError):
                out.append(_text(value))
        return out

    def _plain(self, value: Any) -> Any:
        """A cell of a number or text column without a format: the common types at
        once, anything else as `cell` makes it."""
        kind = type(value)
        if kind is str and self.kind == "text":
            return value
        if kind is int and self.kind == "number" and self.decimals is None:
            return str(value)
        if kind is float and self.kind == "number":
            return None if value != value else format_number(value, None, self.decimals)
        if value is None:
            return None
        try:
            return self.cell(value)
        except (TypeError, ValueError, OverflowError, AttributeError):
            return _text(value)

    def cell(self, value: Any) -> Any:
        """One cell in wire form (see `cells`)."""
        kind = self.kind
        if kind in (*_CHARTS, "list", "multiselect"):
            if value is None or (not _listlike(value) and _missing(value)):
                return None
        elif _missing(value):
            return None
        if kind == "number":
            if isinstance(value, bool) or not isinstance(value, numbers.Number | decimal.Decimal):
                return _text(value)
            return format_number(value, self.config.get("format"), self.decimals)
        if kind == "checkbox":
            return (
                bool(value)
                if isinstance(value, bool | int | float) or hasattr(value, "dtype")
                else _text(value)
            )
        if kind in ("datetime", "date", "time"):
            return self._temporal(value)
        if kind in ("list", "multiselect"):
            items = list(value) if _listlike(value) else [value]
            labels = self.config.get("labels") or {}
            return [labels.get(_key(v), _item(v)) for v in items]
        if kind in _CHARTS:
            points = list(value) if _listlike(value) else [value]
            return [_number_or_none(p) for p in points]
        if kind == "progress":
            number = float(value)
            low = self.config.get("min_value")
            high = self.config.get("max_value")
            low = 0 if low is None else low
            high = (100 if self.integral else 1) if high is None else high
            span = high - low
            fraction = 0.0 if span == 0 or not math.isfinite(number) else (number - low) / span
            text = format_number(value, self.config.get("format"), self.decimals)
            return [max(0.0, min(1.0, fraction)), text]
        if kind == "link":
            href = str(value)
            shown = self.config.get("display_text")
            if shown:
                pattern = self.config.get("pattern")
                if pattern is not None:
                    found = pattern.search(href)
                    shown = found.group(1) if found and found.groups() else href
                return [href, shown]
            return [href, href]
        if kind == "json":
            if isinstance(value, str):
                try:
                    return json.dumps(json.loads(value), ensure_ascii=False)
                except ValueError:
                    return value
            return json.dumps(_jsonable(value), ensure_ascii=False, default=str)
        if kind == "selectbox":
            labels = self.config.get("labels") or {}
            return labels.get(_key(value), _text(value))
        if kind == "markdown":
            from ostinato.tree import markdown

            return markdown.render_inline(str(value))
        return _text(value)

    def _temporal(self, value: Any) -> str:
        kind = self.kind
        if hasattr(value, "to_pydatetime"):
            value = value.to_pydatetime()
        if isinstance(value, str):
            return value
        if kind == "datetime" and isinstance(value, dt.datetime):
            if self.timezone:
                from zoneinfo import ZoneInfo

                zone = ZoneInfo(self.timezone)
                value = value.astimezone(zone) if value.tzinfo else value.replace(tzinfo=zone)
            return format_temporal(
                value, "datetime", self.config.get("format"), value.tzinfo is not None
            )
        if kind == "date" and isinstance(value, dt.datetime):
            value = value.date()
        if kind == "time" and isinstance(value, dt.datetime):
            value = value.time()
        if isinstance(value, dt.date | dt.time):
            shape = (
                "date"
                if isinstance(value, dt.date) and not isinstance(value, dt.datetime)
                else ("time" if isinstance(value, dt.time) else "datetime")
            )
            return format_temporal(value, shape, self.config.get("format"))
        return _text(value)


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if _listlike(value) or isinstance(value, str | bytes | bool | int):
        return False
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _listlike(value: Any) -> bool:
    return isinstance(value, list | tuple | set | frozenset) or (
        hasattr(value, "__array__") and getattr(value, "ndim", 0) == 1
    )


def _key(value: Any) -> Any:
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


def _item(value: Any) -> str:
    if isinstance(value, float | int) and not isinstance(value, bool):
        return format_number(value)
    return _text(value)


def _number_or_none(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _jsonable(value: Any) -> Any:
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return value


def _text(value: Any) -> str:
    """A value as plain text: floats read as the grid's numbers (inf → ∞)."""
    if isinstance(value, bytes):
        try:
            return value.decode()
        except UnicodeDecodeError:
            return repr(value)
    if isinstance(value, float):
        return format_number(value)
    if hasattr(value, "isoformat") and hasattr(value, "year"):
        return str(value)
    return str(value)


def kind_of(series: pd.Series) -> tuple[str, bool]:
    """The column type a column of this dtype shows as, and whether it holds integers."""
    dtype = series.dtype
    code = getattr(dtype, "kind", "O")
    if code == "b":
        return "checkbox", False
    if code in "iu":
        return "number", True
    if code == "f":
        return "number", False
    if code == "M":
        return "datetime", False
    name = str(dtype)
    if name == "boolean":
        return "checkbox", False
    if name.startswith(("Int", "UInt")):
        return "number", True
    if name.startswith("Float"):
        return "number", False
    if code != "O":
        return "text", False
    sample = next((v for v in series.head(100) if not _missing(v) or _listlike(v)), None)
    if isinstance(sample, bool):
        return "checkbox", False
    if isinstance(sample, numbers.Integral):
        return "number", True
    if isinstance(sample, numbers.Number | decimal.Decimal):
        return "number", False
    if isinstance(sample, dt.datetime):
        return "datetime", False
    if isinstance(sample, dt.date):
        return "date", False
    if isinstance(sample, dt.time):
        return "time", False
    if _listlike(sample):
        return "list", False
    if isinstance(sample, dict):
        return "json", False
    return "text", False


def _check_config(where: str, config: dict[str, Any]) -> None:
    width = config.get("width")
    if (
        width is not None
        and width not in WIDTHS
        and not (isinstance(width, int) and not isinstance(width, bool) and width > 0)
    ):
        raise OstinatoAPIException(
            f"{where}: `width` must be 'small', 'medium', 'large' or a positive number of "
            f"pixels, got {width!r}."
        )
    alignment = config.get("alignment")
    if alignment is not None and alignment not in ALIGNMENTS:
        raise OstinatoAPIException(
            f"{where}: `alignment` must be 'left', 'center' or 'right', got {alignment!r}."
        )
    type_config = config.get("type_config") or {}
    kind = type_config.get("type")
    if kind is not None and kind not in KINDS:
        raise OstinatoAPIException(
            f"{where}: unknown column type {kind!r}; one of {', '.join(KINDS)}."
        )
    fmt = type_config.get("format")
    if kind == "number":
        check_number_format(fmt, where)
    elif kind == "progress":
        check_number_format(fmt, where, tuple(p for p in _presets() if p != "duration"))
    elif kind in ("datetime", "date", "time") and fmt is not None and not isinstance(fmt, str):
        raise OstinatoAPIException(
            f"{where}: `format` must be a Moment.js format string or one of "
            f"{', '.join(DATE_PRESETS)}, got {type(fmt).__name__}."
        )
    if kind == "link" and type_config.get("display_text"):
        try:
            re.compile(str(type_config["display_text"]))
        except re.error as exc:
            if "(" in str(type_config["display_text"]):
                raise OstinatoAPIException(
                    f"{where}: `display_text` {type_config['display_text']!r} is not a valid "
                    f"regular expression ({exc})."
                ) from None


def _presets() -> tuple[str, ...]:
    from ostinato.elements.cell_format import NUMBER_PRESETS

    return NUMBER_PRESETS


def normalise_config(column_config: Any) -> dict[str | int, dict[str, Any]]:
    """column_config as {name or position: config dict}: None hides a column, a
    text is its label. Anything else is refused, naming the column."""
    if column_config is None:
        return {}
    if not isinstance(column_config, dict):
        raise OstinatoAPIException(
            f"`column_config` must be a dict of column names (or positions) to a label, "
            f"None or a st.column_config type, got {type(column_config).__name__}."
        )
    out: dict[str | int, dict[str, Any]] = {}
    for name, config in column_config.items():
        where = f"column_config[{name!r}]"
        if config is None:
            out[name] = {"hidden": True}
        elif isinstance(config, str):
            out[name] = {"label": config}
        elif isinstance(config, dict):
            _check_config(where, config)
            out[name] = dict(config)
        else:
            raise OstinatoAPIException(
                f"{where} must be None (hide the column), a label, or a st.column_config "
                f"type such as st.column_config.NumberColumn(), got {type(config).__name__}."
            )
    return out


def _fill(column: Column, config: dict[str, Any]) -> None:
    """Apply a column's config (label, width, type, …) to it."""
    for attr in ("width", "help", "pinned", "alignment"):
        if config.get(attr) is not None:
            setattr(column, attr, config[attr])
    if config.get("label") is not None:
        column.label = str(config["label"])
    if config.get("hidden") is not None:
        column.hidden = bool(config["hidden"])
    type_config = dict(config.get("type_config") or {})
    if type_config.get("type"):
        column.kind = type_config["type"]
    column.config.update(
        {k: v for k, v in type_config.items() if v is not None or k not in column.config}
    )
    if column.kind in ("number", "progress") and column.config.get("step") is not None:
        column.decimals = decimals_of(column.config["step"])
    if column.kind == "datetime" and column.config.get("timezone"):
        column.timezone = str(column.config["timezone"])
    options = column.config.get("options")
    if isinstance(options, list) and options and isinstance(options[0], dict):
        column.config["labels"] = {
            _key(o.get("value")): str(o.get("label", o.get("value")))
            for o in options
            if isinstance(o, dict)
        }
    shown = column.config.get("display_text")
    if column.kind == "link" and isinstance(shown, str) and "(" in shown:
        column.config["pattern"] = re.compile(shown)


def resolve(
    data: TableData,
    column_config: Any = None,
    column_order: Any = None,
    hide_index: bool | None = None,
) -> list[Column]:
    """Every column the table shows, index columns first, in page order.

    A column_config naming a column the data does not have is ignored, as Streamlit
    does; so are names in `column_order` that are not columns."""
    frame = data.frame
    configs = normalise_config(column_config)
    index_names = list(frame.index.names)
    columns: list[Column] = []
    for level, name in enumerate(index_names):
        values = frame.index.get_level_values(level).to_series()
        kind, integral = kind_of(values)
        columns.append(
            Column(
                name=name, label="" if name is None else str(name), position=level, index=True,
                kind=kind, integral=integral, aware=getattr(values.dtype, "tz", None) is not None,
            )
        )  # fmt: skip
    for position, (name, series) in enumerate(frame.items()):
        kind, integral = kind_of(series)
        columns.append(
            Column(
                name=name, label=str(name), position=position, index=False, kind=kind,
                integral=integral, aware=getattr(series.dtype, "tz", None) is not None,
                hidden=position in data.hidden_columns,
            )
        )  # fmt: skip
    if data.hide_index:
        for column in columns:
            if column.index:
                column.hidden = True
    for place, column in enumerate(columns):
        for name in (place, INDEX if column.index else str(column.name)):
            if name in configs:
                _fill(column, configs[name])
    if hide_index is not None:
        for column in columns:
            if column.index:
                column.hidden = bool(hide_index)
    shown = [c for c in columns if c.index and not c.hidden]
    data_columns = [c for c in columns if not c.index]
    if column_order is not None:
        if isinstance(column_order, str):
            column_order = [column_order]
        by_name: dict[str, Column] = {}
        for c in data_columns:
            by_name.setdefault(str(c.name), c)
        for name in column_order:
            found = by_name.get(str(name))
            if found is not None and not found.hidden:
                shown.append(found)
        return shown
    return shown + [c for c in data_columns if not c.hidden]


def column_values(frame: pd.DataFrame, column: Column) -> Any:
    """The values of `column` in `frame` (a Series or an Index level)."""
    if column.index:
        return frame.index.get_level_values(column.position)
    return frame.iloc[:, column.position]
