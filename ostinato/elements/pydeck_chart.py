"""st.pydeck_chart: a deck.gl map or scene from pydeck's own JSON (`Deck.to_json()`),
drawn in the page by deck.gl (its own lazy chunk, frontend/src/lazy/deck.ts). The
server fetches nothing; without network the layers show on a plain background.
With `on_select` the chart is a widget whose value is the objects the user picked
(Streamlit's PydeckState)."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.library_chart import (
    ChartState,
    OnSelect,
    add_chart,
    check_on_select,
    check_size,
    identity,
    selection_chart,
)
from ostinato.elements.media_data import normalize_alt
from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

NODE = "deck_gl_json_chart"
"""Streamlit's proto kind, as its AppTest shows the chart."""

EMPTY_MAP: dict[str, Any] = {
    "initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}
}
SELECTION_MODES = ("multi-object", "single-object")
_UUID = re.compile(r'"id": "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"')


class PydeckSelectionState(ChartState):
    """`indices` (layer id → indices of the picked objects) and `objects` (layer id →
    the picked objects)."""


class PydeckState(ChartState):
    """What st.pydeck_chart returns with `on_select`: `selection`."""

    def __getitem__(self, key: str) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and isinstance(item, dict):
            return PydeckSelectionState(item)
        return super().__getitem__(key)


def _tooltip(deck: Any) -> Any:
    widget = getattr(deck, "deck_widget", None)
    if widget is not None and isinstance(getattr(widget, "tooltip", None), dict):
        return widget.tooltip
    tooltip = getattr(deck, "_tooltip", None)
    return tooltip if isinstance(tooltip, (dict, bool)) else None


def _records(deck: Any) -> None:
    """pandas DataFrames in layers become records (what pydeck's JSON holds)."""
    import pandas as pd

    for layer in getattr(deck, "layers", None) or []:
        data = getattr(layer, "data", None)
        if isinstance(data, pd.DataFrame):
            layer.data = data.to_dict(orient="records")


@element("pydeck_chart", NODE)
def pydeck_chart(
    self: Container,
    pydeck_obj: Any = None,
    *,
    width: int | Literal["stretch"] = "stretch",
    use_container_width: bool | None = None,
    height: int | Literal["stretch"] = 500,
    selection_mode: Literal["single-object", "multi-object"] = "single-object",
    on_select: OnSelect = "ignore",
    key: str | int | None = None,
    alt: str | None = None,
) -> Any:
    """Draw a pydeck Deck (an empty world map for None). With `on_select` returns the
    picked objects (PydeckState), kept in Session State under `key`."""
    if use_container_width:
        width = "stretch"
    check_size("pydeck_chart", "width", width, content=False)
    check_size("pydeck_chart", "height", height, content=False)
    check_on_select(on_select)
    if pydeck_obj is None:
        spec: dict[str, Any] = json.loads(json.dumps(EMPTY_MAP))
    else:
        if not callable(getattr(pydeck_obj, "to_json", None)):
            raise OstinatoAPIException(
                f"st.pydeck_chart pydeck_obj must be a pydeck.Deck or None, got "
                f"{type(pydeck_obj).__qualname__}."
            )
        _records(pydeck_obj)
        spec = json.loads(pydeck_obj.to_json())
    tooltip = _tooltip(pydeck_obj) if pydeck_obj is not None else None
    described = normalize_alt(alt)
    props: dict[str, Any] = {
        "spec": spec,
        "tooltip": tooltip,
        "width": width,
        "height": height,
        "alt": described,
    }
    if on_select == "ignore":
        add_chart(self, NODE, props)
        return None
    if not isinstance(selection_mode, str):
        raise OstinatoAPIException(
            "st.pydeck_chart selection_mode must be a single value, 'single-object' or "
            f"'multi-object', got {selection_mode!r}."
        )
    if selection_mode not in SELECTION_MODES:
        raise OstinatoAPIException(
            "st.pydeck_chart selection_mode must be 'single-object' or 'multi-object', "
            f"got {selection_mode!r}."
        )
    props["selection_mode"] = selection_mode
    # Layers pydeck names by a random uuid get a new one each run: not the chart's identity.
    stable = _UUID.sub('"id": ""', json.dumps(spec, sort_keys=True))
    return selection_chart(
        self, NODE, props, key=key, on_select=on_select,
        empty={"indices": {}, "objects": {}}, shape=(selection_mode,),
        ident=identity(stable, width, height, described), state_type=PydeckState,
    )  # fmt: skip
