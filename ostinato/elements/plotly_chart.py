"""st.plotly_chart: a Plotly figure drawn in the page by plotly.js (its own lazy
chunk, frontend/src/lazy/plotly.ts). The spec is plotly's own JSON
(`plotly.io.to_json`); with `on_select` the chart is a widget whose value is the
points, boxes and lassos the user selected (Streamlit's PlotlyState)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.library_chart import (
    ChartState,
    OnSelect,
    Size,
    add_chart,
    check_on_select,
    check_size,
    check_theme,
    container_width,
    identity,
    selection_chart,
)
from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

NODE = "plotly_chart"
SELECTION_MODES = ("box", "lasso", "points")
DEFAULT_WIDTH = 700
DEFAULT_HEIGHT = 450


class PlotlySelectionState(ChartState):
    """`points` (each a dict of the point's fields), `point_indices`, `box` and `lasso`
    (each a dict of `xref`, `yref`, `x`, `y`)."""


class PlotlyState(ChartState):
    """What st.plotly_chart returns with `on_select`: `selection`."""

    def __getitem__(self, key: str) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and isinstance(item, dict):
            return PlotlySelectionState(item)
        return super().__getitem__(key)


EMPTY: dict[str, Any] = {"points": [], "point_indices": [], "box": [], "lasso": []}


def selection_modes(selection_mode: Any) -> list[str]:
    """The modes `on_select` reports, sorted; OstinatoAPIException naming the accepted ones."""
    modes = [selection_mode] if isinstance(selection_mode, str) else selection_mode
    try:
        chosen = set(modes)
    except TypeError:
        chosen = {selection_mode}
    if not chosen or not chosen <= set(SELECTION_MODES):
        raise OstinatoAPIException(
            "st.plotly_chart selection_mode must be one of 'box', 'lasso', 'points' or a "
            f"list of them, got {selection_mode!r}."
        )
    return sorted(chosen)


def _figure(figure_or_data: Any) -> Any:
    """The plotly figure (a Figure or its dict) of what st.plotly_chart was given (a
    figure, its data or dict, a matplotlib figure), by plotly's own tools."""
    try:
        import plotly.tools
    except ImportError:
        raise OstinatoAPIException(
            "st.plotly_chart needs the plotly package, which is not installed: pip install plotly."
        ) from None
    kind = type(figure_or_data)
    if kind.__module__.startswith("matplotlib") and kind.__name__ == "Figure":
        return plotly.tools.mpl_to_plotly(figure_or_data)
    try:
        return plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    except Exception as exc:
        raise OstinatoAPIException(
            "st.plotly_chart figure_or_data must be a plotly Figure, a dict or list of "
            f"traces, or a matplotlib Figure; got {kind.__qualname__}: {exc}"
        ) from None


def _default_template() -> Any:
    """plotly's default template, as its JSON reads back (None when there is none)."""
    import plotly.io as pio

    name = pio.templates.default
    if name not in _TEMPLATES:
        try:
            from plotly.io.json import to_json_plotly

            _TEMPLATES[name] = json.loads(to_json_plotly(pio.templates[name].to_plotly_json()))
        except Exception:
            _TEMPLATES[name] = None
    return _TEMPLATES[name]


_TEMPLATES: dict[Any, Any] = {}


def _layout_size(spec: dict[str, Any], name: str) -> int | None:
    value = (spec.get("layout") or {}).get(name)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return int(value)
    return None


@element("plotly_chart", NODE)
def plotly_chart(
    self: Container,
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: Size = "stretch",
    height: Size = "content",
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: OnSelect = "ignore",
    selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
    config: dict[str, Any] | None = None,
    alt: str | None = None,
) -> Any:
    """Draw a Plotly figure. With `on_select` ("rerun" or a callable) returns the
    selection (PlotlyState), kept in Session State under `key`."""
    width = container_width(width, use_container_width)
    check_size("plotly_chart", "width", width)
    check_size("plotly_chart", "height", height)
    check_theme("plotly_chart", theme)
    check_on_select(on_select)
    if config is not None and not isinstance(config, dict):
        raise OstinatoAPIException(
            f"st.plotly_chart config must be a dict of plotly.js options, got {config!r}."
        )
    figure = _figure(figure_or_data)
    import plotly.io as pio

    spec: dict[str, Any] = json.loads(pio.to_json(figure, validate=False))
    layout = spec.setdefault("layout", {})
    # The page's theme replaces plotly's default template (not one the figure chose).
    themed = theme == "streamlit" and layout.get("template") in (None, _default_template())
    if themed:
        layout.pop("template", None)
    shown_width = width if width != "content" else _layout_size(spec, "width") or DEFAULT_WIDTH
    shown_height = height if height != "content" else _layout_size(spec, "height") or DEFAULT_HEIGHT
    described = alt.strip() if isinstance(alt, str) and alt.strip() else None
    props: dict[str, Any] = {
        "spec": spec,
        "config": dict(config or {}),
        "theme": theme,
        "themed": themed,
        "width": shown_width,
        "height": shown_height,
        "alt": described,
    }
    if on_select == "ignore":
        add_chart(self, NODE, props)
        return None
    modes = selection_modes(selection_mode)
    props["selection_mode"] = modes
    return selection_chart(
        self, NODE, props, key=key, on_select=on_select, empty=EMPTY,
        shape=(tuple(modes),), ident=identity(spec, config, theme, width, height, described),
        state_type=PlotlyState,
    )  # fmt: skip
