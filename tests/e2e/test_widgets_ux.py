"""Widgets as a person expects them (issue 13), in headless Chromium at desktop
and phone width: the multiselect's chips and keyboard, one-track range sliders
whose thumbs cannot cross, the selectbox's filter, number_input steppers, Enter
in forms and the hint that says what Enter does, tabs, expanders, popovers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.conftest import Server

SIZES = {"desktop": (1280, 800), "phone": (390, 844)}


@pytest.fixture(params=list(SIZES))
def sized(request: pytest.FixtureRequest, page: Any) -> Any:
    """The page at desktop width and at phone width."""
    width, height = SIZES[request.param]
    page.set_viewport_size({"width": width, "height": height})
    return page


def no_sideways_scroll(page: Any) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


MULTI = """
import ostinato as st
fruits = ["apple", "banana", "cherry", "date", "elderberry", "fig"]
picked = st.multiselect("Fruits", fruits)
st.write(f"picked={picked}")
few = st.multiselect("Two at most", fruits, max_selections=2, key="few")
st.write(f"few={few}")
"""


def chips(page: Any, label: str) -> list[str]:
    widget = page.locator(
        "[data-testid=ost-multiselect]", has=page.get_by_role("combobox", name=label)
    )
    return [text.strip() for text in widget.locator(".ost-chip-text").all_inner_texts()]


def test_multiselect_clicks_keep_every_option_and_chips_remove_them(
    serve: Callable[..., Server], sized: Any
) -> None:
    page = sized
    server = serve(MULTI)
    page.goto(server.url)
    page.get_by_text("picked=[]").wait_for()
    box = page.get_by_role("combobox", name="Fruits")
    assert box.get_attribute("placeholder") == "Choose options"
    box.click()
    assert box.get_attribute("aria-expanded") == "true"
    page.get_by_role("option", name="banana").click()
    page.get_by_text("picked=['banana']").wait_for()
    # A plain click on a second option adds it: the first stays chosen.
    page.get_by_role("option", name="date").click()
    page.get_by_text("picked=['banana', 'date']").wait_for()
    assert chips(page, "Fruits") == ["banana", "date"]
    # Chosen options leave the list; the list stayed open through the reruns.
    assert page.get_by_role("option", name="banana").count() == 0
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("placeholder") == ""
    page.get_by_role("button", name="Remove banana").click()
    page.get_by_text("picked=['date']").wait_for()
    assert chips(page, "Fruits") == ["date"]
    page.get_by_role("option", name="fig").click()
    page.get_by_text("picked=['date', 'fig']").wait_for()
    page.get_by_role("button", name="Clear all").first.click()
    page.get_by_text("picked=[]").wait_for()
    assert chips(page, "Fruits") == []
    assert page.get_by_role("button", name="Clear all").first.is_hidden()
    # "Select all" picks every option.
    page.get_by_role("option", name="Select all").click()
    page.get_by_text("picked=['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig']").wait_for()
    no_sideways_scroll(page)


def test_multiselect_filters_as_typed_and_works_by_keyboard(
    serve: Callable[..., Server], sized: Any
) -> None:
    page = sized
    server = serve(MULTI)
    page.goto(server.url)
    page.get_by_text("picked=[]").wait_for()
    box = page.get_by_role("combobox", name="Fruits")
    box.focus()
    box.press_sequentially("err")
    options = page.get_by_role("option")
    assert options.all_inner_texts() == ["Select 2 matches", "cherry", "elderberry"]
    # ArrowDown moves the active option (aria-activedescendant); Enter picks it.
    for _ in range(3):
        box.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert page.locator(f"[id='{active}']").inner_text() == "elderberry"
    box.press("Enter")
    page.get_by_text("picked=['elderberry']").wait_for()
    assert box.input_value() == ""
    # The list stays open, offering the others.
    assert options.all_inner_texts()[:3] == ["Select all", "apple", "banana"]
    for key in ("ArrowDown", "ArrowUp", "ArrowDown", "ArrowDown"):
        box.press(key)  # Select all, (stays at the top), apple, banana
    box.press("Enter")
    page.get_by_text("picked=['elderberry', 'banana']").wait_for()
    # Enter after typing picks the first match.
    box.press_sequentially("fi")
    box.press("Enter")
    page.get_by_text("picked=['elderberry', 'banana', 'fig']").wait_for()
    box.press("Backspace")
    page.get_by_text("picked=['elderberry', 'banana']").wait_for()
    # Backspace in the empty input removes the last chip.
    box.press("Backspace")
    page.get_by_text("picked=['elderberry']").wait_for()
    # Escape closes the list; focus stays in the field.
    assert box.get_attribute("aria-expanded") == "true"
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert (
        page.get_by_role("listbox").count() == 0
        or not page.get_by_role("listbox").first.is_visible()
    )
    assert box.evaluate("el => el === document.activeElement")
    box.press_sequentially("zzz")
    assert page.get_by_text("No results").is_visible()


def test_multiselect_stops_at_max_selections(serve: Callable[..., Server], sized: Any) -> None:
    page = sized
    server = serve(MULTI)
    page.goto(server.url)
    page.get_by_text("few=[]").wait_for()
    box = page.get_by_role("combobox", name="Two at most")
    box.click()
    # With a maximum there is no "Select all".
    assert page.get_by_role("option").all_inner_texts()[0] == "apple"
    page.get_by_role("option", name="apple").click()
    page.get_by_text("few=['apple']").wait_for()
    page.get_by_role("option", name="fig").click()
    page.get_by_text("few=['apple', 'fig']").wait_for()
    assert page.get_by_role("option").count() == 0
    page.get_by_text("You can only select up to 2 options. Remove an option first.").wait_for()
    box.press("Enter")
    page.wait_for_timeout(300)
    page.get_by_text("few=['apple', 'fig']").wait_for()


RANGE = """
import ostinato as st
low, high = st.slider("Price", 0, 100, (20, 80))
st.write(f"price={low}..{high}")
a, b = st.select_slider("Size", ["XS", "S", "M", "L", "XL"], value=("S", "L"))
st.write(f"size={a}..{b}")
"""


def test_range_slider_thumbs_cannot_cross_by_keyboard(
    serve: Callable[..., Server], sized: Any
) -> None:
    page = sized
    server = serve(RANGE)
    page.goto(server.url)
    page.get_by_text("price=20..80").wait_for()
    low = page.get_by_role("slider", name="Price (low)")
    high = page.get_by_role("slider", name="Price (high)")
    # One track: both thumbs live in the same box.
    assert low.bounding_box() == high.bounding_box()
    low.focus()
    low.press("End")
    page.get_by_text("price=80..80").wait_for()
    assert low.input_value() == "80" and high.input_value() == "80"
    low.press("ArrowLeft")
    page.get_by_text("price=79..80").wait_for()
    high.focus()
    high.press("Home")
    page.get_by_text("price=79..79").wait_for()
    high.press("ArrowRight")
    page.get_by_text("price=79..80").wait_for()
    # Each thumb carries its value; close thumbs share one label.
    labels = page.locator("[data-testid=ost-slider] .ost-slider-value:visible")
    expect(labels).to_have_text(["79 – 80"])
    low.press("Home")
    page.get_by_text("price=0..80").wait_for()
    expect(labels).to_have_text(["0", "80"])
    page.get_by_role("slider", name="Size (high)").focus()
    page.keyboard.press("Home")
    page.get_by_text("size=S..S").wait_for()
    no_sideways_scroll(page)


def test_range_slider_low_thumb_dragged_past_the_high_one_stops_there(
    serve: Callable[..., Server], sized: Any
) -> None:
    page = sized
    server = serve(RANGE)
    page.goto(server.url)
    page.get_by_text("price=20..80").wait_for()
    track = page.locator("[data-testid=ost-slider] .ost-range")
    box = track.bounding_box()
    usable = box["width"] - 18
    x = lambda value: box["x"] + 9 + usable * value / 100  # noqa: E731
    y = box["y"] + box["height"] / 2
    page.mouse.move(x(20), y)
    page.mouse.down()
    page.mouse.move(x(50), y, steps=5)
    page.mouse.move(x(95), y, steps=10)
    page.mouse.up()
    # One change on release, with the values in order.
    page.get_by_text("price=80..80").wait_for()
    # Pressing the track moves the nearer thumb there.
    page.mouse.click(x(30), y)
    page.get_by_text("price=30..80").wait_for()
    page.mouse.click(x(90), y)
    page.get_by_text("price=30..90").wait_for()


SELECT = """
import ostinato as st
country = st.selectbox("Country", [f"Country {i}" for i in range(300)], index=None)
st.write(f"country={country}")
size = st.selectbox("Size", ["small", "medium", "large"], index=1, placeholder="Pick a size")
st.write(f"size={size}")
"""


def test_selectbox_filters_long_lists_and_works_by_keyboard(
    serve: Callable[..., Server], sized: Any
) -> None:
    page = sized
    server = serve(SELECT)
    page.goto(server.url)
    page.get_by_text("country=None").wait_for()
    country = page.get_by_role("combobox", name="Country")
    assert country.input_value() == ""
    assert country.get_attribute("placeholder") == "Choose an option"
    country.click()
    country.press_sequentially("y 12")
    assert page.get_by_role("option").all_inner_texts()[:3] == [
        "Country 12",
        "Country 120",
        "Country 121",
    ]
    assert page.get_by_role("option").count() == 11
    country.press("ArrowDown")
    country.press("ArrowDown")
    country.press("Enter")
    page.get_by_text("country=Country 120").wait_for()
    assert country.input_value() == "Country 120"
    assert country.get_attribute("aria-expanded") == "false"
    # Typing then Escape leaves the value as it was.
    country.press_sequentially("zz")
    country.press("Escape")
    assert country.input_value() == "Country 120"
    size = page.get_by_role("combobox", name="Size")
    assert size.input_value() == "medium"
    size.click()
    assert page.get_by_role("option", name="medium").get_attribute("aria-selected") == "true"
    # Open, the field holds only the filter; the chosen option shows behind it.
    assert size.input_value() == "" and size.get_attribute("placeholder") == "medium"
    size.press_sequentially("ar")
    assert page.get_by_role("option").all_inner_texts() == ["large"]
    size.press("Enter")
    page.get_by_text("size=large").wait_for()
    assert size.input_value() == "large"
    size.click()
    page.get_by_role("option", name="small").click()
    page.get_by_text("size=small").wait_for()
    no_sideways_scroll(page)


NUMBER = """
import ostinato as st
n = st.number_input("Cups", min_value=0, max_value=3, value=1)
st.write(f"cups={n}")
x = st.number_input("Weight", min_value=0.0, max_value=1.0, value=0.5, step=0.25)
st.write(f"weight={x}")
"""


def test_number_input_steppers_change_the_value_and_stop_at_the_bounds(
    serve: Callable[..., Server], sized: Any
) -> None:
    page = sized
    server = serve(NUMBER)
    page.goto(server.url)
    page.get_by_text("cups=1").wait_for()
    cups = page.get_by_role("spinbutton", name="Cups")
    plus = page.get_by_role("button", name="Increase Cups")
    minus = page.get_by_role("button", name="Decrease Cups")
    # The steppers sit inside the field, on its right.
    field, plus_box = (
        cups.locator("xpath=ancestor::div[contains(@class,'ost-number')]").bounding_box(),
        plus.bounding_box(),
    )
    assert (
        field["x"] < plus_box["x"]
        and plus_box["x"] + plus_box["width"] <= field["x"] + field["width"] + 0.5
    )
    assert (
        field["y"] <= plus_box["y"]
        and plus_box["y"] + plus_box["height"] <= field["y"] + field["height"] + 0.5
    )
    plus.click()
    page.get_by_text("cups=2").wait_for()
    plus.click()
    page.get_by_text("cups=3").wait_for()
    assert plus.is_disabled()
    assert cups.input_value() == "3"
    minus.click()
    page.get_by_text("cups=2").wait_for()
    assert plus.is_enabled()
    page.get_by_role("button", name="Decrease Weight").click()
    page.get_by_text("weight=0.25").wait_for()
    page.get_by_role("button", name="Decrease Weight").click()
    page.get_by_text("weight=0.0").wait_for()
    assert page.get_by_role("button", name="Decrease Weight").is_disabled()
    no_sideways_scroll(page)


FORMS = """
import ostinato as st
with st.form("enter"):
    name = st.text_input("Name")
    age = st.number_input("Age", value=30)
    st.form_submit_button("Save")
st.write(f"saved={name}/{age}")
with st.form("no_enter", enter_to_submit=False):
    city = st.text_input("City")
    st.form_submit_button("Keep")
st.write(f"city={city}")
note = st.text_input("Note")
st.write(f"note={note}")
"""


def hint(page: Any, label: str) -> str:
    widget = page.locator(".ost-widget", has=page.get_by_label(label, exact=True))
    text = widget.locator(".ost-hint")
    return text.inner_text() if text.is_visible() else ""


def test_enter_submits_a_form_unless_enter_to_submit_is_false(
    serve: Callable[..., Server], sized: Any
) -> None:
    page = sized
    server = serve(FORMS)
    page.goto(server.url)
    page.get_by_text("saved=/30").wait_for()
    page.get_by_label("Name", exact=True).fill("Ada")
    page.get_by_label("Name", exact=True).press("Enter")
    page.get_by_text("saved=Ada/30").wait_for()
    age = page.get_by_role("spinbutton", name="Age")
    age.fill("36")
    age.press("Enter")
    page.get_by_text("saved=Ada/36").wait_for()
    city = page.get_by_label("City", exact=True)
    city.fill("Turin")
    city.press("Enter")
    page.wait_for_timeout(500)
    assert page.get_by_text("city=", exact=True).count() == 1
    page.get_by_role("button", name="Keep").click()
    page.get_by_text("city=Turin").wait_for()


def test_enter_hint_shows_only_while_the_field_has_focus(
    serve: Callable[..., Server], sized: Any
) -> None:
    page = sized
    server = serve(FORMS)
    page.goto(server.url)
    page.get_by_text("note=").wait_for()
    note = page.get_by_label("Note", exact=True)
    assert hint(page, "Note") == ""
    note.focus()
    # Outside a form: only once the text was edited.
    assert hint(page, "Note") == ""
    note.press_sequentially("hi")
    assert hint(page, "Note") == "Press Enter to apply"
    note.press("Enter")
    page.get_by_text("note=hi").wait_for()
    assert hint(page, "Note") == ""
    note.press_sequentially("!")
    assert hint(page, "Note") == "Press Enter to apply"
    note.blur()
    page.get_by_text("note=hi!").wait_for()
    assert hint(page, "Note") == ""
    # Inside a form whose Enter submits: as long as the field has focus.
    page.get_by_label("Name", exact=True).focus()
    assert hint(page, "Name") == "Press Enter to submit form"
    page.get_by_label("Name", exact=True).blur()
    assert hint(page, "Name") == ""
    # enter_to_submit=False: no hint at all.
    page.get_by_label("City", exact=True).focus()
    page.get_by_label("City", exact=True).press_sequentially("x")
    assert hint(page, "City") == ""


LAYOUT = """
import ostinato as st
first, second = st.tabs(["First", "Second"])
first.write("Panel text")
second.write("Other text")
with st.expander("Details"):
    st.write("Hidden detail")
with st.popover("Options"):
    st.write("Popover body")
"""


def test_tab_panels_read_as_content_and_chevrons_turn(
    serve: Callable[..., Server], sized: Any
) -> None:
    page = sized
    server = serve(LAYOUT)
    page.goto(server.url)
    page.get_by_text("Panel text").wait_for()
    panel = page.get_by_role("tabpanel")
    tab = page.get_by_role("tab", name="First")
    style = (
        "el => { const s = getComputedStyle(el);"
        " return [s.color, s.fontWeight, s.paddingLeft, s.backgroundColor]; }"
    )
    text = page.get_by_text("Panel text")
    color, weight, _, _ = text.evaluate(style)
    body_color = page.evaluate("getComputedStyle(document.getElementById('ostinato-main')).color")
    assert color == body_color and weight == "400"
    assert panel.evaluate(style)[2] == "0px"
    assert panel.evaluate(style)[3] in ("rgba(0, 0, 0, 0)", "transparent")
    assert tab.evaluate(style)[0] != color  # the chosen tab is in the accent colour

    def turns(selector: str, pseudo: str) -> None:
        """Clicking the summary turns its chevron (once the transition ends)."""
        summary = page.locator(selector)
        read = f"el => getComputedStyle(el, '{pseudo}').transform"
        closed = summary.evaluate(read)
        assert closed not in ("none", "")
        summary.click()
        page.wait_for_function(
            f"([el, closed]) => getComputedStyle(el, '{pseudo}').transform !== closed",
            arg=[summary.element_handle(), closed],
        )

    turns("details.ost-expander > summary", "::before")
    page.get_by_text("Hidden detail").wait_for()
    turns("details.ost-popover > summary", "::after")
    page.get_by_text("Popover body").wait_for()
    page.keyboard.press("Escape")
    expect(page.get_by_text("Popover body")).to_be_hidden()
    summary = page.locator("details.ost-expander > summary")
    # Focus rings stay: a focused summary has an outline.
    summary.focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    assert summary.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    no_sideways_scroll(page)


AREA = """
import ostinato as st
with st.form("notes"):
    text = st.text_area("Notes")
    st.form_submit_button("Save")
st.write(f"notes={text!r}")
"""


def test_ctrl_enter_in_a_text_area_submits_its_form(
    serve: Callable[..., Server], sized: Any
) -> None:
    page = sized
    server = serve(AREA)
    page.goto(server.url)
    page.get_by_text("notes=''").wait_for()
    area = page.get_by_label("Notes", exact=True)
    area.focus()
    assert hint(page, "Notes") == "Press Ctrl+Enter to submit form"
    area.press_sequentially("one")
    area.press("Enter")  # a new line, not a submit
    area.press_sequentially("two")
    page.wait_for_timeout(300)
    assert page.get_by_text("notes=''").count() == 1
    area.press("Control+Enter")
    page.get_by_text("notes='one\\ntwo'").wait_for()
