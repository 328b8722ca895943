"""st.map: points at latitude/longitude on a plain Mercator projection with a
graticule, drawn by Vega-Lite. No map tiles: nothing is fetched, by the server or
the page, so a map works without network. Zoom and centre as Streamlit picks them
(from the points' extent unless `zoom` is given); sizes are radii in metres."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.chart_data import to_frame
from ostinato.elements.charts import BUILTIN_COLORS, css_color, field, is_color
from ostinato.elements.vega_chart import check_size, draw_spec
from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import element

if TYPE_CHECKING:
    import pandas as pd

    from ostinato.elements.container import Container

LATITUDES = ("lat", "latitude", "LAT", "LATITUDE")
LONGITUDES = ("lon", "longitude", "LON", "LONGITUDE")
DEFAULT_SIZE = 100
"""Radius of a point in metres."""
DEFAULT_ZOOM = 12
MIN_RADIUS_PX = 3
SIZE = "size -- ostinato"
"""The field of each point's area in pixels (from its radius in metres)."""
COLOR = "color -- ostinato"


def zoom_for(distance: float) -> int:
    """The zoom level at which `distance` degrees of longitude fit the map (0–20):
    a level shows 360 / 2**level degrees."""
    for level in range(20):
        if 360 / 2 ** (level + 1) < distance <= 360 / 2**level:
            return level
    return DEFAULT_ZOOM


def _coordinate(frame: pd.DataFrame, what: str, given: str | None, names: tuple[str, ...]) -> str:
    if isinstance(given, str) and given in frame.columns:
        name = given
    else:
        found = [n for n in names if n in frame.columns]
        if not found:
            listed = ", ".join(repr(n) for n in sorted(names))
            existing = ", ".join(repr(str(c)) for c in frame.columns)
            raise OstinatoAPIException(
                f"st.map data must have a {what} column named one of {listed} (or name it "
                f"with {what}=). Its columns are: {existing}."
            )
        name = found[0]
    if frame[name].isna().any():
        raise OstinatoAPIException(
            f"st.map column {name!r} must not hold empty values (NaN, NaT or None)."
        )
    return name


@element("map", "map")
def map(
    self: Container,
    data: Any = None,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: Any = None,
    zoom: int | None = None,
    width: Literal["stretch"] | int = "stretch",
    height: Literal["stretch"] | int = 500,
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> None:
    """A map of points; `color` and `size` a column or one value for all."""
    if use_container_width:
        width = "stretch"
    check_size("map", "width", width)
    check_size("map", "height", height)
    if "content" in (width, height):
        raise OstinatoAPIException("st.map width and height must be 'stretch' or pixels.")
    frame = to_frame(data, "map")
    frame.columns = [str(c) for c in frame.columns]
    layers: list[dict[str, Any]] = []
    center, level = (0.0, 0.0), 0 if zoom is None else zoom
    if len(frame):
        lat = _coordinate(frame, "latitude", latitude, LATITUDES)
        lon = _coordinate(frame, "longitude", longitude, LONGITUDES)
        used = {lat, lon}
        points = frame
        lats, lons = points[lat].astype(float), points[lon].astype(float)
        center = ((lons.max() + lons.min()) / 2, (lats.max() + lats.min()) / 2)
        if zoom is None:
            level = zoom_for(max(abs(lats.max() - lats.min()), abs(lons.max() - lons.min())))
        metres_per_px = 40075016.686 * math.cos(math.radians(center[1])) / (512 * 2**level)
        encoding: dict[str, Any] = {
            "longitude": {"field": field(lon), "type": "quantitative"},
            "latitude": {"field": field(lat), "type": "quantitative"},
        }
        columns = {lat: points[lat], lon: points[lon]}
        if isinstance(size, str) and size in frame.columns:
            radius = points[size].astype(float)
            used.add(size)
        else:
            value = DEFAULT_SIZE if size is None else size
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise OstinatoAPIException(
                    f"st.map size must be a column name or a number (metres), got {size!r}."
                )
            radius = lats * 0 + float(value)
        px = (radius / max(metres_per_px, 1e-9)).clip(lower=MIN_RADIUS_PX)
        columns[SIZE] = math.pi * px * px
        encoding["size"] = {"field": SIZE, "type": "quantitative", "scale": None, "legend": None}
        if isinstance(color, str) and color in frame.columns:
            if not len(points) or not is_color(points[color].iat[0]):
                raise OstinatoAPIException(
                    f'st.map column "{color}" does not hold colours (hex text such as '
                    '"#ff0000" or RGB(A) tuples).'
                )
            columns[COLOR] = points[color].map(css_color)
            encoding["color"] = {"field": COLOR, "type": "nominal", "scale": None, "legend": None}
        else:
            value = "primary" if color is None else color
            if isinstance(value, str) and value.lower() in BUILTIN_COLORS:
                encoding["color"] = {"value": value.lower()}
            elif is_color(value):
                encoding["color"] = {"value": css_color(value)}
            else:
                raise OstinatoAPIException(
                    f"st.map color must be a column of colours, a hex colour, an RGB(A) "
                    f"tuple or 'primary', got {color!r}."
                )
        encoding["tooltip"] = [
            {"field": field(lat), "type": "quantitative"},
            {"field": field(lon), "type": "quantitative"},
        ]
        layers.append({"mark": {"type": "circle", "opacity": 0.8}, "encoding": encoding})
        import pandas as pd

        frame = pd.DataFrame(columns)
    # A graticule of about six lines across the view, drawn only around it.
    span = min(360.0, 360 / 2**level)
    step = span / 6
    west, east = max(-180.0, center[0] - span), min(180.0, center[0] + span)
    south, north = max(-85.0, center[1] - span), min(85.0, center[1] + span)
    graticule = {
        "data": {"graticule": {"extent": [[west, south], [east, north]], "step": [step, step]}},
        "mark": {"type": "geoshape", "filled": False, "strokeWidth": 0.5},
    }
    spec: dict[str, Any] = {
        "layer": [graticule, *layers],
        "projection": {
            "type": "mercator",
            "center": [float(center[0]), float(center[1])],
            "scale": 512 * 2**level / (2 * math.pi),
            "translate": {"expr": "[width / 2, height / 2]"},
        },
    }
    if isinstance(width, int):
        spec["width"] = width
    if isinstance(height, int):
        spec["height"] = height
    draw_spec(
        self, "map", spec, frame if len(frame) else None, width=width, height=height,
        alt=alt, node="map",
    )  # fmt: skip
