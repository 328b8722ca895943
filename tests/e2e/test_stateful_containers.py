"""Streamlit 1.67's stateful containers and layout in Chromium: tabs, expander and
popover callbacks fire from the page and their key follows; a horizontal
container lays its children out in a row; top and hidden navigation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import Server

STATEFUL = """
import ostinato as st
st.session_state.setdefault("log", [])
def note(what):
    st.session_state.log.append(f"{what}:{st.session_state[what]}")
cat, dog, owl = st.tabs(["Cat", "Dog", "Owl"], key="animal", on_change=note, args=("animal",))
if owl.open:
    owl.write("Hoot from the owl")
with st.expander("Details", key="details", on_change=note, args=("details",)):
    st.write("Expander body")
with st.popover("Menu", key="menu", on_change=note, args=("menu",)):
    st.write("Popover body")
st.write("log = " + ", ".join(st.session_state.log))
st.write(f"state = {st.session_state.animal}/{st.session_state.details}/{st.session_state.menu}")
def pick(label):
    st.session_state.animal = label
st.button("Show the dog", on_click=pick, args=("Dog",))
"""


def test_tab_expander_and_popover_callbacks_fire_from_the_page(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(STATEFUL)
    page.goto(server.url)
    page.get_by_text("state = Cat/False/False").wait_for()
    assert page.get_by_text("Hoot from the owl").count() == 0
    page.get_by_role("tab", name="Owl").click()
    page.get_by_text("log = animal:Owl").wait_for()
    page.get_by_text("Hoot from the owl").wait_for()
    assert page.get_by_role("tab", name="Owl").get_attribute("aria-selected") == "true"
    page.get_by_text("Details").click()
    page.get_by_text("log = animal:Owl, details:True").wait_for()
    page.get_by_text("Expander body").wait_for()
    page.locator("summary", has_text="Menu").click()
    page.get_by_text("log = animal:Owl, details:True, menu:True").wait_for()
    page.get_by_text("Popover body").wait_for()
    page.keyboard.press("Escape")
    page.get_by_text("menu:True, menu:False").wait_for()
    page.get_by_text("state = Owl/True/False").wait_for()
    # The key follows the other way too: set from Python, the page's tab changes.
    page.get_by_role("button", name="Show the dog").click()
    page.get_by_text("state = Dog/True/False").wait_for()
    page.wait_for_function(
        "() => document.querySelector('[role=tab][aria-selected=true]')?.textContent === 'Dog'"
    )
    assert page.get_by_text("Hoot from the owl").count() == 0


def test_horizontal_container_lays_children_out_in_a_row(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(
        """
import ostinato as st
with st.container(horizontal=True, gap="large", key="bar"):
    st.button("First")
    st.button("Second")
    st.button("Third")
with st.container(key="stack"):
    st.button("Up")
    st.button("Down")
with st.container(horizontal=True, horizontal_alignment="right", key="right"):
    st.button("Far right")
"""
    )
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(server.url)
    boxes = [
        page.get_by_role("button", name=n).bounding_box() for n in ("First", "Second", "Third")
    ]
    assert boxes[0]["y"] == boxes[1]["y"] == boxes[2]["y"]
    assert boxes[0]["x"] + boxes[0]["width"] < boxes[1]["x"] < boxes[2]["x"]
    # gap="large" is 4rem between the buttons.
    assert boxes[1]["x"] - (boxes[0]["x"] + boxes[0]["width"]) >= 60
    up = page.get_by_role("button", name="Up").bounding_box()
    down = page.get_by_role("button", name="Down").bounding_box()
    assert down["y"] > up["y"] + up["height"] - 1
    row = page.locator(".st-key-right").bounding_box()
    far = page.get_by_role("button", name="Far right").bounding_box()
    assert abs((row["x"] + row["width"]) - (far["x"] + far["width"])) < 2
    # At 390 px the row still wraps into the width: no horizontal scrolling.
    page.set_viewport_size({"width": 390, "height": 800})
    page.wait_for_timeout(100)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


NAVIGATION = """
import ostinato as st
def home():
    st.write("Home body")
    st.page_link(st.session_state.pages["b"], label="Link to B", icon=":material/arrow_forward:")
    st.page_link(st.session_state.pages["b"], label="Off link", disabled=True)
def page_a():
    st.write("A body")
def page_b():
    st.write(f"B body {dict(st.query_params)}")
    if st.button("Back home with a query"):
        st.switch_page(st.session_state.pages["home"], query_params={"from": "b"})
st.session_state.pages = {
    "home": st.Page(home, title="Home", icon=":material/home:", default=True),
    "a": st.Page(page_a, title="Alpha", url_path="alpha"),
    "b": st.Page(page_b, title="Beta"),
}
p = st.session_state.pages
pages = {"": [p["home"]], "Reports": [p["a"], p["b"]]}
st.navigation(pages, position=POSITION).run()
st.sidebar.write("Sidebar text")
"""


def test_top_navigation_is_a_bar_with_section_menus(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(NAVIGATION.replace("POSITION", '"top"'))
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(server.url)
    page.get_by_text("Home body").wait_for()
    bar = page.locator("#ostinato-topnav")
    bar.wait_for()
    # Drawn across the top, not in the sidebar.
    assert page.locator("#ostinato-nav").is_hidden()
    box = bar.bounding_box()
    assert box["y"] == 0 and box["width"] >= 1200
    assert bar.get_by_role("link", name="Home").get_attribute("aria-current") == "page"
    bar.get_by_text("Reports").click()
    bar.get_by_role("menuitem", name="Alpha").click()
    page.get_by_text("A body").wait_for()
    assert page.url.endswith("/alpha")
    assert bar.locator("details[open]").count() == 0
    # A page link with an icon, and a disabled one that goes nowhere.
    bar.get_by_role("link", name="Home").click()
    page.get_by_text("Home body").wait_for()
    off = page.locator(".ost-page-link", has_text="Off link")
    assert off.get_attribute("aria-disabled") == "true" and off.get_attribute("href") is None
    page.locator(".ost-page-link", has_text="Link to B").click()
    page.get_by_text("B body {}").wait_for()
    page.get_by_role("button", name="Back home with a query").click()
    page.get_by_text("Home body").wait_for()
    page.wait_for_function("() => location.search === '?from=b'")
    # At 390 px the bar stays in the width of the screen.
    page.set_viewport_size({"width": 390, "height": 800})
    assert bar.bounding_box()["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_hidden_navigation_draws_no_menu(serve: Callable[..., Server], page: Any) -> None:
    server = serve(NAVIGATION.replace("POSITION", '"hidden"'))
    page.goto(server.url + "/alpha")
    page.get_by_text("A body").wait_for()
    page.get_by_text("Sidebar text").wait_for()
    assert page.locator("#ostinato-topnav").count() == 0
    assert page.locator("#ostinato-nav").is_hidden()
    assert page.get_by_role("link", name="Beta").count() == 0


def test_grid_puts_cells_in_columns_and_spans_them(serve: Callable[..., Server], page: Any) -> None:
    server = serve(
        """
import ostinato as st
g = st.grid(3, border=True)
for i in range(4):
    g.button(f"Cell {i}")
g.cell(column_span="all").button("Whole row")
"""
    )
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(server.url)
    page.get_by_role("button", name="Whole row").wait_for()
    cells = [page.get_by_role("button", name=f"Cell {i}").bounding_box() for i in range(4)]
    assert cells[0]["y"] == cells[1]["y"] == cells[2]["y"] < cells[3]["y"]
    assert cells[0]["x"] < cells[1]["x"] < cells[2]["x"]
    assert cells[3]["x"] == cells[0]["x"]
    row = page.locator(".ost-grid-cell").bounding_box()
    grid = page.locator(".ost-grid").bounding_box()
    assert abs(row["width"] - grid["width"]) < 2


def test_stateful_tabs_in_a_fragment_rerun_only_the_fragment(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(
        """
import ostinato as st
st.session_state.setdefault("full", 0)
st.session_state.full += 1
@st.fragment
def part():
    st.tabs(["A", "B"], key="t", on_change="rerun")
    st.write(f"tab {st.session_state.t}")
part()
st.write(f"full runs {st.session_state.full}")
"""
    )
    page.goto(server.url)
    page.get_by_text("tab A").wait_for()
    page.get_by_text("full runs 1").wait_for()
    page.get_by_role("tab", name="B").click()
    page.get_by_text("tab B").wait_for()
    assert page.get_by_text("full runs 1").count() == 1


def test_pixel_widths_size_widgets_text_and_buttons(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(
        """
import ostinato as st
st.text_input("Narrow field", width=300)
st.button("Wide button", width="stretch")
st.info("Narrow note", width=250)
"""
    )
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(server.url)
    field = page.locator("[data-testid=ost-text_input]").bounding_box()
    assert abs(field["width"] - 300) < 2
    button = page.get_by_role("button", name="Wide button").bounding_box()
    main = page.locator("#ostinato-main > .ost-widget").nth(1).bounding_box()
    assert button["width"] >= main["width"] - 2 > 600
    note = page.locator(".ost-alert", has_text="Narrow note").bounding_box()
    assert abs(note["width"] - 250) < 2
    page.set_viewport_size({"width": 390, "height": 800})
    assert page.locator("[data-testid=ost-text_input]").bounding_box()["width"] <= 390
