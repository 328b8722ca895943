"""st.echarts_chart: an Apache ECharts option (a dict, its JSON, or a pyecharts chart)
drawn in the page by echarts (its own lazy chunk, frontend/src/lazy/echarts.ts),
themed from the page's colours. Only JSON options: no JavaScript callbacks, no GL,
map or extension series, as in Streamlit 1.67. With `on_select` the chart is a
widget whose value is what the user selected (Streamlit's EChartsState)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.library_chart import (
    ChartState,
    OnSelect,
    Size,
    add_chart,
    check_on_select,
    check_size,
    check_theme,
    identity,
    selection_chart,
)
from ostinato.elements.media_data import normalize_alt
from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

NODE = "echarts_chart"
DEFAULT_WIDTH = 700
DEFAULT_HEIGHT = 350
_GL_SERIES = frozenset({
    "bar3D", "flowGL", "globe", "graphGL", "line3D", "lines3D", "linesGL", "map3D",
    "polygons3D", "scatter3D", "scatterGL", "surface",
})  # fmt: skip
_GL_COMPONENTS = frozenset({"geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D"})
_EXTENSIONS = {"liquidFill": "echarts-liquidfill", "wordCloud": "echarts-wordcloud"}
_JS_FUNCTION = re.compile(r"\bfunction\s*\(")
_JSCODE = "--x_x--"
_NO_CALLBACKS = (
    "st.echarts_chart spec has JavaScript callbacks (function values or JsCode), which "
    "are not supported: give a JSON option, with ECharts string templates for formatters."
)


class EChartsSelectionState(ChartState):
    """`selected` (the selected data items) and `areas` (brushed areas)."""


class EChartsState(ChartState):
    """What st.echarts_chart returns with `on_select`: `selection`."""

    def __getitem__(self, key: str) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and isinstance(item, dict):
            return EChartsSelectionState(item)
        return super().__getitem__(key)


def _parse(text: str) -> Any:
    try:
        option = json.loads(text)
    except (TypeError, ValueError) as exc:
        rest = text[getattr(exc, "pos", 0) :]
        if _JS_FUNCTION.search(rest) or "=>" in rest:
            raise OstinatoAPIException(_NO_CALLBACKS) from None
        raise OstinatoAPIException(
            "st.echarts_chart spec could not be read as JSON: give a dict, a JSON str or a "
            f"pyecharts chart ({exc})."
        ) from None
    if _has_jscode(option):
        raise OstinatoAPIException(_NO_CALLBACKS)
    return option


def _has_jscode(value: Any) -> bool:
    if isinstance(value, str):
        text = value.strip()
        return text.startswith(_JSCODE) and text.endswith(_JSCODE) and len(text) > 2 * len(_JSCODE)
    if isinstance(value, dict):
        return any(_has_jscode(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_jscode(v) for v in value)
    return False


def _variants(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The option and the options inside it (media queries, baseOption, timeline)."""

    def media(opt: dict[str, Any]) -> Iterator[dict[str, Any]]:
        for entry in opt.get("media") or []:
            if isinstance(entry, dict) and isinstance(entry.get("option"), dict):
                yield entry["option"]

    yield option
    yield from media(option)
    base = option.get("baseOption")
    if isinstance(base, dict):
        yield base
        yield from media(base)
    for timeline in option.get("options") or []:
        if isinstance(timeline, dict):
            yield timeline
            yield from media(timeline)


def _entries(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
    elif isinstance(value, (list, tuple)):
        yield from (v for v in value if isinstance(v, dict))


def _series(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for variant in _variants(option):
        yield from _entries(variant.get("series"))


def _check_features(option: dict[str, Any]) -> None:
    """Refuse what plain ECharts from JSON cannot draw (GL, extensions, custom, maps)."""
    for variant in _variants(option):
        for component in sorted(_GL_COMPONENTS & variant.keys()):
            raise OstinatoAPIException(
                f"st.echarts_chart spec uses the {component!r} component, which needs the "
                "ECharts GL extension: 3D and WebGL charts are not supported."
            )
    uses_geo = any("geo" in v for v in _variants(option))
    for series in _series(option):
        kind = series.get("type")
        if kind in _GL_SERIES:
            raise OstinatoAPIException(
                f"st.echarts_chart spec uses the {kind!r} series, which needs the ECharts GL "
                "extension: 3D and WebGL charts are not supported."
            )
        if isinstance(kind, str) and kind in _EXTENSIONS:
            raise OstinatoAPIException(
                f"st.echarts_chart spec uses the {kind!r} series, which needs the "
                f"{_EXTENSIONS[kind]} extension: only core ECharts is bundled."
            )
        if kind == "custom":
            raise OstinatoAPIException(
                "st.echarts_chart spec uses a 'custom' series, which needs a JavaScript "
                "renderItem callback: only JSON options are supported."
            )
        if kind == "map" or series.get("coordinateSystem") == "geo":
            uses_geo = True
    if uses_geo:
        raise OstinatoAPIException(
            "st.echarts_chart spec uses a map or geo coordinate system, which needs GeoJSON "
            "map data registered: map charts are not supported."
        )


def _dataset_sources(option: dict[str, Any]) -> None:
    """A table-like `dataset.source` (a DataFrame, an array, …) becomes rows after a
    header row, as ECharts reads a dataset (a named index is a column too)."""
    import pandas as pd

    for variant in _variants(option):
        for dataset in _entries(variant.get("dataset")):
            source = dataset.get("source")
            if source is None or isinstance(source, (list, dict, str)):
                continue
            if hasattr(source, "to_pandas") and not isinstance(source, pd.DataFrame):
                source = source.to_pandas()
            try:
                frame = source.to_frame() if isinstance(source, pd.Series) else pd.DataFrame(source)
            except (TypeError, ValueError) as exc:
                raise OstinatoAPIException(
                    "st.echarts_chart dataset.source must be rows (a list), a dict or "
                    f"table-like data (a DataFrame, an array), got {type(source).__name__}: {exc}"
                ) from None
            if any(name is not None for name in frame.index.names):
                frame = frame.reset_index()
            rows = json.loads(frame.to_json(orient="values", date_format="iso"))
            dataset["source"] = [[str(c) for c in frame.columns], *rows]


def _copy(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: (v if k == "source" and not isinstance(v, (list, dict)) else _copy(v))
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, (list, tuple)):
        return [_copy(v) for v in value]
    return value


def _unserializable(value: Any, path: str) -> tuple[str, Any] | None:
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if value is None or isinstance(value, (str, int)):
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _unserializable(item, f"{path}.{key}" if path else str(key))
            if found:
                return found
        return None
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _unserializable(item, f"{path}[{index}]")
            if found:
                return found
        return None
    return path, value


def normalize(spec: Any) -> dict[str, Any]:
    """The option as JSON-ready dict; OstinatoAPIException saying what is wrong."""
    if isinstance(spec, str):
        option = _parse(spec)
    elif isinstance(spec, Mapping):
        option = _copy(spec)
    elif callable(getattr(spec, "dump_options", None)):
        option = _parse(spec.dump_options())
    else:
        raise OstinatoAPIException(
            "st.echarts_chart spec must be a dict, a JSON str or a pyecharts chart, got "
            f"{type(spec).__qualname__}."
        )
    if not isinstance(option, dict):
        raise OstinatoAPIException(
            f"st.echarts_chart spec must be a JSON object (mapping), got {type(option).__name__}."
        )
    _check_features(option)
    _dataset_sources(option)
    found = _unserializable(option, "")
    if found is not None:
        where, value = found
        if callable(value):
            raise OstinatoAPIException(_NO_CALLBACKS)
        raise OstinatoAPIException(
            f"st.echarts_chart spec is not JSON: {where} is {value!r} ({type(value).__name__}); "
            "use plain int, float, str, None, lists and dicts (None for missing numbers), "
            "or give table data as a DataFrame in dataset.source."
        )
    return option


def _pixels(value: Any, default: int, library_default: str) -> int | str:
    """A pyecharts chart's own width/height ("600px", "100%") for "content" (not
    pyecharts' default, `library_default`)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text == "100%":
            return "stretch"
        match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*px", text)
        if match and text != library_default and float(match.group(1)) > 0:
            return int(float(match.group(1)))
    return default


@element("echarts_chart", NODE)
def echarts_chart(
    self: Container,
    spec: Any,
    *,
    width: Size = "stretch",
    height: Size = "content",
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: OnSelect = "ignore",
    renderer: Literal["canvas", "svg"] = "canvas",
    alt: str | None = None,
) -> Any:
    """Draw an ECharts chart. With `on_select` returns the selection (EChartsState),
    kept in Session State under `key`."""
    check_size("echarts_chart", "width", width)
    check_size("echarts_chart", "height", height)
    check_theme("echarts_chart", theme)
    if renderer not in ("canvas", "svg"):
        raise OstinatoAPIException(
            f'st.echarts_chart renderer must be "canvas" or "svg", got {renderer!r}.'
        )
    check_on_select(on_select)
    option = normalize(spec)
    shown_width = (
        _pixels(getattr(spec, "width", None), DEFAULT_WIDTH, "900px")
        if width == "content"
        else width
    )
    shown_height = (
        _pixels(getattr(spec, "height", None), DEFAULT_HEIGHT, "500px")
        if height == "content"
        else height
    )
    described = normalize_alt(alt)
    props: dict[str, Any] = {
        "spec": option,
        "theme": theme,
        "renderer": renderer,
        "width": shown_width,
        "height": shown_height,
        "alt": described,
    }
    if on_select == "ignore":
        if key is not None:
            props["key"] = str(key)
        add_chart(self, NODE, props)
        return None
    props["selection_activated"] = True
    return selection_chart(
        self, NODE, props, key=key, on_select=on_select,
        empty={"selected": [], "areas": []}, shape=(True,),
        ident=identity(option, theme, renderer, width, height, described),
        state_type=EChartsState,
    )  # fmt: skip
