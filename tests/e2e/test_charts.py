"""Charts in Chromium: every built-in chart, Altair, Vega-Lite and the map drawn
with the marks of their data (SVG, so marks are countable), an Altair interval
selection dragged with the mouse returned to Python, a chart kept (the same DOM
node) by a rerun that does not change it and updated in place by one that
changes its data, and no chart chunk for a page without charts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import Server
from tests.e2e import apps

CHARTS = """
import ostinato as st
import pandas as pd

df = pd.DataFrame({"a": [1, 3, 2, 5], "b": [2, 1, 4, 3]})
st.subheader("line")
st.line_chart(df)
st.subheader("area")
st.area_chart(df)
st.subheader("bar")
st.bar_chart(df, stack=False)
st.subheader("hbar")
st.bar_chart(df, horizontal=True)
st.subheader("scatter")
st.scatter_chart(df, x="a", y="b", size="b")
st.subheader("vega")
st.vega_lite_chart(df, {"mark": "tick", "encoding": {"x": {"field": "a", "type": "quantitative"}}})
st.subheader("map")
st.map(pd.DataFrame({"lat": [48.85, 48.86, 48.87], "lon": [2.35, 2.36, 2.30]}))
"""


LOADED = 30_000
"""How long the first charts may take (the chart chunk is parsed on a busy machine)."""


@pytest.fixture(autouse=True)
def _patient(page: Any) -> None:
    """Waits long enough for the chart chunk to load and compile on a busy machine."""
    page.set_default_timeout(LOADED)


def _chart_after(page: Any, heading: str) -> Any:
    """The chart element drawn after the subheader `heading`."""
    return page.locator(f"h3:has-text('{heading}') + .ost-vega").first


def _marks(page: Any, heading: str, selector: str) -> int:
    chart = _chart_after(page, heading)
    chart.locator("svg").first.wait_for()
    return int(chart.locator(selector).count())


def test_every_chart_kind_draws_the_marks_of_its_data(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(CHARTS)
    page.goto(server.url)
    page.locator(".ost-vega svg").nth(6).wait_for(timeout=LOADED)
    # Two series (a, b) as two lines; the hover layers draw no visible point.
    assert _marks(page, "line", "path[aria-roledescription='line mark']") == 2
    assert _marks(page, "area", "path[aria-roledescription='area mark']") == 2
    # 4 rows x 2 columns, side by side (stack=False) and stacked horizontally.
    assert _marks(page, "bar", "path[aria-roledescription='bar']") == 8
    assert _marks(page, "hbar", "path[aria-roledescription='bar']") == 8
    assert _marks(page, "scatter", "path[aria-roledescription='circle']") == 4
    assert _marks(page, "vega", "path[aria-roledescription='tick']") == 4
    assert _marks(page, "map", "path[aria-roledescription='circle']") == 3
    # The theme: the first series in the palette's first colour of the light scheme.
    first = _chart_after(page, "line").locator("path[aria-roledescription='line mark']").first
    assert first.get_attribute("stroke") == "#0068c9"


def test_charts_follow_the_scheme_and_fit_a_phone(serve: Callable[..., Server], page: Any) -> None:
    server = serve(CHARTS)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url)
    chart = _chart_after(page, "line")
    chart.locator("path[aria-roledescription='line mark']").first.wait_for()
    box = chart.locator("svg").first.bounding_box()
    assert box is not None and box["width"] <= 390 and box["width"] > 250
    page.evaluate(
        "localStorage.setItem('ostinato.theme', 'dark');"
        "window.dispatchEvent(new StorageEvent('storage', {key: 'ostinato.theme'}))"
    )
    line = chart.locator("path[aria-roledescription='line mark']").first
    page.wait_for_function(
        "el => el.getAttribute('stroke') === '#83c9ff'", arg=line.element_handle()
    )


BRUSH = """
import altair as alt
import ostinato as st
import pandas as pd

df = pd.DataFrame({"x": [1, 2, 3, 4, 5, 6, 7, 8], "y": [1, 2, 3, 4, 5, 6, 7, 8]})
brush = alt.selection_interval(name="brush", encodings=["x"])
chart = alt.Chart(df).mark_point().encode(x="x:Q", y="y:Q").add_params(brush)
event = st.altair_chart(chart, on_select="rerun", key="picked")
chosen = event.selection.brush
if chosen:
    low, high = chosen["x"]
    st.write(f"from {low:.1f} to {high:.1f}")
    st.write(f"state has {sorted(st.session_state.picked.selection)}")
else:
    st.write("nothing chosen")
"""


def test_an_altair_interval_dragged_with_the_mouse_reaches_python(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(BRUSH)
    page.goto(server.url)
    page.get_by_text("nothing chosen").wait_for()
    svg = page.locator(".ost-vega svg").first
    svg.locator("path[aria-roledescription='point']").first.wait_for()
    chart_node = page.evaluate_handle("document.querySelector('.ost-vega')")
    frame = svg.locator("path[aria-roledescription='point']")
    first, last = frame.nth(1).bounding_box(), frame.nth(5).bounding_box()
    assert first is not None and last is not None
    y = first["y"] + first["height"] / 2
    page.mouse.move(first["x"] - 2, y)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] + 2, y, steps=8)
    page.mouse.up()
    text = page.get_by_text("from ")
    text.wait_for()
    low, high = (float(v) for v in text.inner_text().removeprefix("from ").split(" to "))
    assert 1.5 < low < 2.1 and 5.9 < high < 6.6
    page.get_by_text("state has ['brush']").wait_for()
    # The rerun kept the chart (and the brush drawn on it).
    assert page.evaluate("n => n.isConnected", chart_node)
    brush = page.locator(".ost-vega .brush_brush path").first
    width = brush.bounding_box()["width"]
    assert width > 50
    # Drawn again in the other scheme, the chart keeps the brush where it was.
    page.evaluate(
        "localStorage.setItem('ostinato.theme', 'dark');"
        "window.dispatchEvent(new StorageEvent('storage', {key: 'ostinato.theme'}))"
    )
    page.wait_for_function(
        "() => document.querySelector('.ost-vega svg path[aria-roledescription=point]')"
        ".getAttribute('stroke') === '#83c9ff'"
    )
    assert (
        abs(page.locator(".ost-vega .brush_brush path").first.bounding_box()["width"] - width) < 2
    )


POINT = """
import ostinato as st
import pandas as pd

df = pd.DataFrame({"a": [1, 2, 3], "b": [30, 10, 20]})
spec = {
    "mark": {"type": "circle", "size": 400},
    "params": [{"name": "pick", "select": "point"}],
    "encoding": {"x": {"field": "a", "type": "quantitative"},
                 "y": {"field": "b", "type": "quantitative"}},
}
event = st.vega_lite_chart(df, spec, on_select="rerun", key="chart")
st.write(f"picked {event.selection.pick}")
"""


def test_a_clicked_point_comes_back_with_its_values(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(POINT)
    page.goto(server.url)
    page.get_by_text("picked {}").wait_for(timeout=LOADED)
    point = page.locator(".ost-vega path[aria-roledescription='circle']").nth(1)
    point.wait_for()
    point.click()
    # The point's x and y values (the chart's encodings), as Streamlit reports them.
    page.get_by_text("picked [{'a': 2, 'b': 10}]").wait_for()


KEPT = """
import numpy as np
import ostinato as st
import pandas as pd

if "n" not in st.session_state:
    st.session_state.n = 0
st.button("Again", on_click=lambda: st.session_state.update(n=st.session_state.n + 1))
st.write(f"Runs {st.session_state.n}")
st.line_chart(pd.DataFrame({"v": np.arange(20) % 7}))
grow = 3 + (st.session_state.n if st.checkbox("Grow") else 0)
st.bar_chart(pd.DataFrame({"v": list(range(grow))}))
"""


def test_a_rerun_keeps_an_unchanged_chart_and_updates_a_changed_one_in_place(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(KEPT)
    page.goto(server.url)
    page.locator(".ost-vega path[aria-roledescription='line mark']").first.wait_for()
    bars = page.locator(".ost-vega").nth(1).locator("path[aria-roledescription='bar']")
    bars.nth(2).wait_for()
    page.evaluate(
        """() => {
          window.__charts = [...document.querySelectorAll('.ost-vega')];
          window.__svgs = [...document.querySelectorAll('.ost-vega svg')];
          window.__changed = 0;
          new MutationObserver((records) => { window.__changed += records.length; })
            .observe(window.__charts[0].querySelector('.vega-embed'),
                     {subtree: true, childList: true, attributes: true, characterData: true});
        }"""
    )
    page.get_by_role("button", name="Again").click()
    page.get_by_text("Runs 1").wait_for()
    page.get_by_role("button", name="Again").click()
    page.get_by_text("Runs 2").wait_for()
    assert page.evaluate("window.__charts.every((c) => c.isConnected)")
    # Nothing in the chart was drawn again (the page only faded it while the runs ran).
    assert page.evaluate("window.__changed") == 0
    page.get_by_text("Grow").click()
    bars.nth(4).wait_for()
    assert bars.count() == 5
    # New rows went into the same chart: its node and its SVG stayed.
    assert page.evaluate("window.__charts.every((c) => c.isConnected)")
    assert page.evaluate("window.__svgs.every((s) => s.isConnected)")


def test_a_page_without_charts_loads_no_chart_chunk(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(apps.COUNTER)
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(server.url)
    page.get_by_role("button", name="Increment").click()
    page.get_by_text("Count = 1").wait_for()
    assert not [url for url in scripts if "vega" in url]


def test_a_chart_page_loads_the_chart_chunk_once(serve: Callable[..., Server], page: Any) -> None:
    server = serve(CHARTS)
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(server.url)
    page.locator(".ost-vega svg").nth(6).wait_for(timeout=LOADED)
    assert len([url for url in scripts if "/chunks/vega-" in url]) == 1


BAD = """
import ostinato as st
import pandas as pd

if "n" not in st.session_state:
    st.session_state.n = 0
st.button("Again", on_click=lambda: st.session_state.update(n=st.session_state.n + 1))
st.write(f"Runs {st.session_state.n}")
st.line_chart(pd.DataFrame({"a": [1, 2]}), x="nope")
"""


def test_a_bad_chart_is_an_error_in_the_page_and_the_session_goes_on(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(BAD)
    page.goto(server.url)
    page.get_by_text('Data does not have a column named "nope"').first.wait_for()
    page.get_by_role("button", name="Again").click()
    page.get_by_text("Runs 1").wait_for()
    page.get_by_text('Data does not have a column named "nope"').first.wait_for()
