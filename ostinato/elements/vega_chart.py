"""st.vega_lite_chart and st.altair_chart: a Vega-Lite spec drawn in the page by
vega-embed (frontend/src/elements/vega_chart.ts), its datasets loaded by URL from
the session's media store (chart_data), and with `on_select` a widget whose value
is the chart's selections (Streamlit's VegaLiteState). The built-in charts
(elements/charts.py) draw through `draw_spec` too."""

from __future__ import annotations

import copy
import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.chart_data import (
    dataset_url,
    frame_json,
    json_safe_spec,
    records_json,
    to_frame,
)
from ostinato.elements.widget import Spec, draw
from ostinato.errors import OstinatoAPIException, WidgetValueError
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

NODE = "vega_lite_chart"
"""The node type of every Vega-Lite chart (Streamlit's proto kind, as its AppTest shows it)."""

Width = Literal["stretch", "content"] | int
Height = Literal["stretch", "content"] | int
OnSelect = Literal["ignore", "rerun"] | Callable[..., Any]

_ALTAIR_LOCK = threading.Lock()
"""Altair's theme and data transformer registries are global: one conversion at a time."""

_READ_ONLY = (
    "A chart's selection state cannot be changed: it follows what the user selects in the chart."
)


class AttributeDictionary(dict[str, Any]):
    """A read-only dict whose items read as attributes too (`event.selection.brush`);
    nested dicts come back the same way. Streamlit's widget state objects."""

    def __getitem__(self, key: str) -> Any:
        item = super().__getitem__(key)
        return AttributeDictionary(item) if isinstance(item, dict) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {key!r}"
            ) from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError(_READ_ONLY)

    def __setitem__(self, key: str, value: Any) -> None:
        raise TypeError(_READ_ONLY)

    def __delitem__(self, key: str) -> None:
        raise TypeError(_READ_ONLY)

    def __ior__(self, other: Any) -> AttributeDictionary:  # type: ignore[override,misc]
        raise TypeError(_READ_ONLY)

    def clear(self) -> None:
        raise TypeError(_READ_ONLY)

    def pop(self, *args: Any) -> Any:
        raise TypeError(_READ_ONLY)

    def popitem(self) -> tuple[str, Any]:
        raise TypeError(_READ_ONLY)

    def setdefault(self, *args: Any) -> Any:
        raise TypeError(_READ_ONLY)

    def update(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError(_READ_ONLY)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))


class VegaLiteState(AttributeDictionary):
    """What a chart with `on_select` returns: `selection`, one entry per selection
    parameter (`{}` while nothing is selected; an interval's fields → [low, high];
    a point selection's list of the selected points' fields)."""


def selection_state(params: Iterable[str], wire: Any = None) -> VegaLiteState:
    """The state for `params` from the page's wire value (None: nothing selected)."""
    selection: dict[str, Any] = {name: {} for name in params}
    if isinstance(wire, dict) and isinstance(wire.get("selection"), dict):
        selection.update(wire["selection"])
    return VegaLiteState({"selection": AttributeDictionary(selection)})


def selection_params(spec: Any) -> set[str]:
    """Names of the selection parameters anywhere in the spec's views (layers,
    concatenations, the inner spec of a facet or repeat)."""
    found: set[str] = set()
    if not isinstance(spec, dict):
        return found
    for param in spec.get("params") or []:
        if isinstance(param, dict) and param.get("name") and param.get("select"):
            found.add(str(param["name"]))
    for key in ("layer", "hconcat", "vconcat", "concat"):
        for child in spec.get(key) or []:
            found |= selection_params(child)
    found |= selection_params(spec.get("spec"))
    return found


def check_theme(theme: Any) -> None:
    """OstinatoAPIException unless `theme` is "streamlit" or None."""
    if theme not in ("streamlit", None):
        raise OstinatoAPIException(f'theme must be "streamlit" or None, got {theme!r}.')


def check_on_select(on_select: Any) -> None:
    """OstinatoAPIException unless `on_select` is "ignore", "rerun" or a callable."""
    if not (callable(on_select) or on_select in ("ignore", "rerun")):
        raise OstinatoAPIException(
            f'on_select must be "ignore", "rerun" or a callable, got {on_select!r}.'
        )


def check_size(command: str, name: str, value: Any) -> None:
    """`width`/`height`: a positive int, "stretch" or "content"."""
    if isinstance(value, str) and value in ("stretch", "content"):
        return
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return
    raise OstinatoAPIException(
        f"st.{command} {name} must be a positive integer (pixels), 'stretch' or 'content', "
        f"got {value!r}."
    )


def chosen_selections(spec: dict[str, Any], selection_mode: Any) -> list[str]:
    """The selection parameters `on_select` reports (all of the spec's by default);
    OstinatoAPIException when the spec has none or `selection_mode` names others."""
    available = selection_params(spec)
    if not available:
        raise OstinatoAPIException(
            "on_select is set, but the chart's spec has no selection parameter: add one "
            "(Altair: chart.add_params(alt.selection_point()) or alt.selection_interval(); "
            'Vega-Lite: "params": [{"name": "...", "select": "point" or "interval"}]), '
            'or leave on_select="ignore".'
        )
    if selection_mode is None:
        return sorted(available)
    wanted = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in wanted:
        if name not in available:
            raise OstinatoAPIException(
                f"selection_mode names {name!r}, which is no selection parameter of the "
                f"chart's spec; it has: {', '.join(sorted(available))}."
            )
    return sorted(wanted)


_COUNTED = re.compile(r'"(param|view)_[0-9a-f]+(?:_[0-9]+)?"')


def stable_names(spec: dict[str, Any]) -> dict[str, Any]:
    """Altair names unnamed parameters and views by a counter that grows every run:
    renamed in order of appearance so the same chart gives the same spec each run."""
    text = json.dumps(spec, default=str)
    if not _COUNTED.search(text):
        return spec
    renamed: dict[str, str] = {}
    counts: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        old = match.group(0)
        if old not in renamed:
            kind = match.group(1)
            counts[kind] = counts.get(kind, 0) + 1
            renamed[old] = f'"{kind}_{counts[kind]}"'
        return renamed[old]

    result: dict[str, Any] = json.loads(_COUNTED.sub(rename, text))
    return result


def _split_data(
    spec: dict[str, Any], data: Any, command: str
) -> tuple[dict[str, Any], dict[str, str]]:
    """Move the spec's data out of it into the media store: the top-level `data` (or
    `data` given beside the spec) and the named `datasets`. Returns the spec, which
    then names them (`{"data": {"name": ...}}`), and dataset name → URL. Names are
    by position ("source", "data-1", …), not by content as Altair's, so new rows
    for the same chart leave its spec unchanged (the page changes them in place).
    GeoJSON values stay in the spec."""
    urls: dict[str, str] = {}
    renamed: dict[str, str] = {}
    datasets = spec.pop("datasets", None)
    if isinstance(datasets, dict):
        kept: dict[str, Any] = {}
        for index, (name, values) in enumerate(datasets.items(), start=1):
            if _geo(values):
                kept[str(name)] = values
            else:
                renamed[str(name)] = f"data-{index}"
                urls[f"data-{index}"] = dataset_url(_encode(values, command))
        if kept:
            spec["datasets"] = kept
    top = spec.get("data")
    if isinstance(top, dict) and "values" in top and not _geo(top["values"]) and data is None:
        data = top["values"]
        del spec["data"]
    if data is not None:
        urls["source"] = dataset_url(_encode(data, command))
        spec["data"] = {"name": "source"}
    if renamed:
        text = json.dumps(spec, default=str)
        for old, new in renamed.items():
            text = text.replace(json.dumps(old), json.dumps(new))
        spec = json.loads(text)
    return spec, urls


def _encode(values: Any, command: str) -> bytes:
    import pandas as pd

    if isinstance(values, list) and all(isinstance(v, dict) for v in values):
        return records_json(values)
    if isinstance(values, pd.DataFrame):
        return frame_json(values)  # read only: no copy
    return frame_json(to_frame(values, command))


def _geo(values: Any) -> bool:
    """True for GeoJSON/TopoJSON (drawn as shapes, not rows of a table)."""
    if isinstance(values, dict):
        return values.get("type") in (
            "FeatureCollection", "Feature", "GeometryCollection", "Topology", "Point",
            "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
        )  # fmt: skip
    return (
        bool(values)
        and isinstance(values, list)
        and isinstance(values[0], dict)
        and (values[0].get("type") == "Feature")
    )


def _multi_view(spec: dict[str, Any]) -> bool:
    """Facets, horizontal concatenations and repeats are as wide as their content."""
    encoding = spec.get("encoding") or {}
    return (
        "facet" in spec
        or "hconcat" in spec
        or "repeat" in spec
        or any(k in encoding for k in ("row", "column", "facet"))
        or any(
            isinstance(v, dict) and any(k in v for k in ("hconcat", "vconcat", "concat", "layer"))
            for v in spec.get("vconcat") or []
        )
    )


def draw_spec(
    self: Container,
    command: str,
    spec: dict[str, Any],
    data: Any = None,
    *,
    width: Width | None = None,
    height: Height = "content",
    use_container_width: bool | None = None,
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: OnSelect = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
    builtin: bool = False,
    node: str = NODE,
) -> Any:
    """Add a Vega-Lite chart of `spec` (not changed; a copy is sent) with its data.
    Returns the selection state with `on_select`, else None. Script thread."""
    check_theme(theme)
    check_on_select(on_select)
    if not isinstance(spec, dict) or not spec:
        raise OstinatoAPIException(
            f"st.{command} needs a spec: a non-empty dict of a Vega-Lite specification."
        )
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    if width is None:
        width = "content" if _multi_view(spec) else "stretch"
    check_size(command, "width", width)
    check_size(command, "height", height)
    if not builtin:  # the built-in charts' specs are new; the user's are left as given
        spec = copy.deepcopy(spec)
    spec, urls = _split_data(spec, data, command)
    spec = json_safe_spec(stable_names(spec))
    if "autosize" not in spec:
        spec["autosize"] = (
            {"type": "pad", "contains": "padding"}
            if _multi_view(spec)
            else {"type": "fit", "contains": "padding"}
        )
    described = alt.strip() if isinstance(alt, str) and alt.strip() else None
    props: dict[str, Any] = {
        "spec": spec,
        "datasets": urls,
        "theme": theme,
        "width": width,
        "height": height,
        "builtin": builtin,
        "alt": described,
    }
    if on_select == "ignore":
        self._add(Node(node, props))
        return None
    params = chosen_selections(spec, selection_mode)
    props["selection_mode"] = params
    identity = json.dumps([spec, sorted(urls.items()), theme, width, height], default=str)

    def decode(raw: Any) -> VegaLiteState:
        if raw is None:
            return selection_state(params)
        if not isinstance(raw, dict) or not isinstance(raw.get("selection"), dict):
            raise WidgetValueError(NODE, "", f"expected {{'selection': {{...}}}}, got {raw!r}")
        unknown = set(raw["selection"]) - set(params)
        if unknown:
            raise WidgetValueError(NODE, "", f"no selection parameter {sorted(unknown)}")
        return selection_state(params, raw)

    def encode(value: Any) -> Any:
        return json.loads(json.dumps(value, default=str))

    def refuse(raw: Any) -> Any:
        raise OstinatoAPIException(_READ_ONLY)

    result = draw(
        self,
        Spec(
            kind=NODE,
            label="",
            key=key,
            shape=(tuple(params),),
            default=selection_state(params),
            default_given=False,
            decode=decode,
            encode=encode,
            validate=refuse,
            props={"label_html": "", **props},
            extra_identity=(hashlib.blake2b(identity.encode(), digest_size=12).hexdigest(),),
            callback=on_select if callable(on_select) else None,
            settable=False,
        ),
    )
    return result


@element("vega_lite_chart", NODE)
def vega_lite_chart(
    self: Container,
    data: Any = None,
    spec: dict[str, Any] | None = None,
    *,
    width: Width | None = None,
    height: Height = "content",
    use_container_width: bool | None = None,
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: OnSelect = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """Draw a Vega-Lite chart; `data` (anything table-like) is its top-level data.
    With `on_select`, returns its selections (VegaLiteState)."""
    if isinstance(data, dict) and spec is None:
        data, spec = None, data
    return draw_spec(
        self, "vega_lite_chart", spec or {}, data, width=width, height=height,
        use_container_width=use_container_width, theme=theme, key=key, on_select=on_select,
        selection_mode=selection_mode, alt=alt,
    )  # fmt: skip


@element("altair_chart", NODE)
def altair_chart(
    self: Container,
    altair_chart: Any,
    *,
    width: Width | None = None,
    height: Height = "content",
    use_container_width: bool | None = None,
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: OnSelect = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """Draw an Altair chart (its spec from Altair's own `to_dict`). With `on_select`,
    returns its selections (VegaLiteState)."""
    return draw_spec(
        self, "altair_chart", altair_spec(altair_chart), width=width, height=height,
        use_container_width=use_container_width, theme=theme, key=key, on_select=on_select,
        selection_mode=selection_mode, alt=alt,
    )  # fmt: skip


def altair_spec(chart: Any) -> dict[str, Any]:
    """The Vega-Lite spec of an Altair chart, by Altair's `to_dict` with its data
    kept as named datasets (without Altair's default theme, which ours replaces)."""
    try:
        import altair as alt
    except ImportError:
        raise OstinatoAPIException(
            "st.altair_chart needs the altair package, which is not installed: "
            "pip install altair (or draw the spec with st.vega_lite_chart)."
        ) from None
    if not isinstance(chart, alt.TopLevelMixin):
        raise OstinatoAPIException(
            "st.altair_chart takes an Altair chart (alt.Chart, alt.LayerChart, "
            f"alt.HConcatChart, …), got {type(chart).__qualname__}."
        )
    theme = alt.theme if hasattr(alt, "theme") else alt.themes
    with _ALTAIR_LOCK:
        active = theme.active
        try:
            if active == "default":
                theme.enable("none")
            with alt.data_transformers.enable("default", max_rows=None):
                result: dict[str, Any] = chart.to_dict()
        finally:
            if active == "default":
                theme.enable(active)
    return result
