"""Library charts in Chromium: Plotly, Graphviz, ECharts, Mermaid, deck.gl and
pyplot each drawn with the marks of a small known dataset, a Plotly box selection
dragged with the mouse, an ECharts click selection and a deck.gl pick returned to
Python and written by the script, a rerun that
leaves a chart unchanged keeps its DOM, and a page without charts fetches none of
their chunks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import Server
from tests.e2e import apps

CHARTS = """
import ostinato as st
import plotly.graph_objects as go
import matplotlib.pyplot as plt
import pydeck as pdk

st.subheader("plotly")
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3, 4], y=[4, 1, 3, 2], mode="markers")))
st.subheader("graphviz")
st.graphviz_chart("digraph { a -> b; b -> c; a -> c }")
st.subheader("echarts")
st.echarts_chart({
    "xAxis": {"type": "category", "data": ["a", "b", "c"]},
    "yAxis": {},
    "series": [{"type": "bar", "data": [3, 1, 2]}, {"type": "line", "data": [1, 2, 3]}],
})
st.subheader("mermaid")
st.mermaid_chart("graph TD\\n  A-->B\\n  B-->C\\n  C-->D")
st.subheader("deck")
layer = pdk.Layer("ScatterplotLayer", data=[{"p": [0, 0]}, {"p": [10, 10]}],
                  get_position="p", get_radius=100000, get_fill_color=[200, 30, 0])
st.pydeck_chart(pdk.Deck(layers=[layer], map_style=None))
st.subheader("pyplot")
fig, ax = plt.subplots()
ax.plot([1, 2, 3], [3, 1, 2])
st.pyplot(fig)
st.button("Rerun")
"""


def test_every_library_chart_draws_its_data(serve: Callable[..., Server], page: Any) -> None:
    server = serve(CHARTS)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url)
    # Plotly: one SVG path per marker.
    plotly = page.locator(".ost-plotly")
    plotly.locator("path.point").first.wait_for(timeout=30_000)
    assert plotly.locator("path.point").count() == 4
    # Graphviz laid out in the page: three nodes, three edges, as SVG.
    graph = page.locator(".ost-graphviz svg")
    graph.wait_for(timeout=30_000)
    assert graph.locator("g.node").count() == 3
    assert graph.locator("g.edge").count() == 3
    # ECharts: a canvas, and the option's two series of three items each drawn.
    echarts = page.locator(".ost-echarts[data-items]")
    echarts.wait_for(timeout=30_000)
    assert echarts.get_attribute("data-items") == "6"
    assert echarts.locator("canvas").count() >= 1
    # Mermaid: four nodes in the diagram's SVG.
    mermaid = page.locator(".ost-mermaid[data-drawn] svg")
    mermaid.wait_for(timeout=30_000)
    page.wait_for_function("document.querySelectorAll('.ost-mermaid svg g.node').length === 4")
    # deck.gl: its canvas with one layer, on the plain background (no tiles fetched).
    deck = page.locator(".ost-deck[data-layers]")
    deck.wait_for(timeout=30_000)
    assert deck.get_attribute("data-layers") == "1"
    assert deck.locator("canvas").count() >= 1
    # pyplot: a PNG served from the media store, loaded.
    image = page.locator("img[src*='/_ostinato/media/']").first
    image.wait_for(state="attached")
    image.scroll_into_view_if_needed()  # loading="lazy": fetched once near the view
    page.wait_for_function(
        "[...document.querySelectorAll('img')]"
        ".some(i => i.src.includes('/_ostinato/media/') && i.naturalWidth > 100)"
    )
    assert errors == []


def test_a_rerun_keeps_unchanged_charts(serve: Callable[..., Server], page: Any) -> None:
    server = serve(CHARTS)
    page.goto(server.url)
    page.locator(".ost-plotly path.point").first.wait_for(timeout=30_000)
    page.locator(".ost-graphviz svg").wait_for()
    page.evaluate(
        "window.kept = [document.querySelector('.ost-plotly .main-svg'),"
        " document.querySelector('.ost-graphviz svg')]"
    )
    page.get_by_role("button", name="Rerun").click()
    page.wait_for_function("document.querySelector('[data-testid=stStatusWidget]') === null")
    page.wait_for_timeout(300)
    assert page.evaluate(
        "window.kept[0] === document.querySelector('.ost-plotly .main-svg') &&"
        " window.kept[1] === document.querySelector('.ost-graphviz svg')"
    )


SELECT = """
import ostinato as st
import plotly.graph_objects as go

fig = go.Figure(go.Scatter(x=[1, 2, 3, 4, 5], y=[1, 2, 3, 4, 5], mode="markers"))
fig.update_layout(width=500, height=400, margin=dict(l=40, r=40, t=40, b=40))
event = st.plotly_chart(fig, key="chart", on_select="rerun", selection_mode="box", width="content")
st.text(f"indices: {sorted(event.selection.point_indices)}")
st.text(f"boxes: {len(event.selection.box)}")
st.text(f"state: {sorted(st.session_state.chart.selection.point_indices)}")
"""


def test_a_plotly_box_selection_reaches_python(serve: Callable[..., Server], page: Any) -> None:
    server = serve(SELECT)
    page.goto(server.url)
    page.locator(".ost-plotly path.point").nth(4).wait_for(timeout=30_000)
    page.get_by_text("indices: []").wait_for()
    # Drag a box around the first three points (x, y from 1 to 3).
    points = page.locator(".ost-plotly path.point")
    first = points.nth(0).bounding_box()
    third = points.nth(2).bounding_box()
    assert first is not None and third is not None
    x0, y0 = first["x"] - 10, first["y"] + first["height"] + 10
    x1, y1 = third["x"] + third["width"] + 10, third["y"] - 10
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, steps=5)
    page.mouse.move(x1, y1, steps=5)
    page.mouse.up()
    page.get_by_text("indices: [0, 1, 2]").wait_for()
    page.get_by_text("boxes: 1").wait_for()
    page.get_by_text("state: [0, 1, 2]").wait_for()


def test_a_page_without_charts_loads_no_chart_chunk(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(apps.COUNTER)
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(server.url)
    page.get_by_text("Count = 0").wait_for()
    names = [url.rsplit("/", 1)[-1] for url in scripts]
    for lazy in ("plotly-", "graphviz-", "echarts-", "mermaid-", "deck-"):
        assert not any(name.startswith(lazy) for name in names), names


ECHARTS_SELECT = """
import ostinato as st

option = {
    "animation": False,
    "grid": {"left": 0, "right": 0, "top": 0, "bottom": 0},
    "xAxis": {"type": "category", "data": ["only"], "show": False},
    "yAxis": {"type": "value", "max": 10, "show": False},
    "series": [{"type": "bar", "name": "sales", "data": [10], "barWidth": "90%",
                "selectedMode": "single"}],
}
event = st.echarts_chart(option, on_select="rerun", key="bars", height=300)
st.text(f"selected: {event.selection.selected}")
"""


def test_an_echarts_click_selection_reaches_python(serve: Callable[..., Server], page: Any) -> None:
    server = serve(ECHARTS_SELECT)
    page.goto(server.url)
    chart = page.locator(".ost-echarts[data-items]")
    chart.wait_for(timeout=30_000)
    page.get_by_text("selected: []").wait_for()
    chart.click()  # the one bar fills the chart: its middle is on the bar
    page.get_by_text(
        "selected: [{'series_index': 0, 'series_id': None, 'series_name': 'sales', "
        "'data_type': 'main', 'data_indices': [0]}]"
    ).wait_for()


DECK_SELECT = """
import ostinato as st
import pydeck as pdk

layer = pdk.Layer("ScatterplotLayer", id="points", data=[{"p": [0, 0], "name": "origin"}],
                  get_position="p", get_radius=2000000, pickable=True)
deck = pdk.Deck(layers=[layer], initial_view_state=pdk.ViewState(latitude=0, longitude=0, zoom=1))
event = st.pydeck_chart(deck, on_select="rerun", key="deck", height=300)
st.text(f"indices: {dict(event.selection.indices)}")
st.text(f"objects: {[o['name'] for o in event.selection.objects.get('points', [])]}")
"""


def test_a_deck_pick_reaches_python(serve: Callable[..., Server], page: Any) -> None:
    server = serve(DECK_SELECT)
    page.goto(server.url)
    deck = page.locator(".ost-deck[data-layers]")
    deck.wait_for(timeout=30_000)
    page.get_by_text("indices: {}").wait_for()
    page.locator(".ost-deck[data-rendered]").wait_for()  # drawn: its points can be picked
    deck.click()  # the point is at the view's centre
    page.get_by_text("indices: {'points': [0]}").wait_for()
    page.get_by_text("objects: ['origin']").wait_for()
