"""The widgets of Streamlit 1.5x-1.67 in Chromium: pills, segmented control, feedback,
datetime_input, accept_new_options, menu_button, pagination, camera and audio input."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, Server
from tests.e2e.test_a11y import VIEWS, audit

FAKE_MEDIA = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]
"""Chromium's fake camera (a test pattern) and microphone (a beep), allowed without asking."""


@pytest.fixture(scope="module")
def media_browser(browser: Any) -> Iterator[Any]:
    """A second headless Chromium, with fake media devices (the shared `browser` has
    none), launched by the same Playwright."""
    instance = browser.browser_type.launch(
        executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *FAKE_MEDIA]
    )
    yield instance
    instance.close()


@pytest.fixture
def media_page(media_browser: Any) -> Iterator[Any]:
    """A tab of the fake-media Chromium, in a fresh profile."""
    context = media_browser.new_context()
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


BUTTON_GROUPS = """
import ostinato as st
tags = st.pills("Tags", ["Red", "Green", "Blue"], selection_mode="multi", key="tags")
view = st.segmented_control("View", ["Day", "Week", "Month"], default="Week")
st.write(f"tags={tags} view={view}")
"""


def test_pills_and_segmented_control_clicked(serve: Callable[..., Server], page: Any) -> None:
    server = serve(BUTTON_GROUPS)
    page.goto(server.url)
    page.get_by_text("tags=[] view=Week").wait_for()
    page.get_by_role("button", name="Green").click()
    page.get_by_text("tags=['Green'] view=Week").wait_for()
    page.get_by_role("button", name="Red").click()
    page.get_by_text("tags=['Green', 'Red'] view=Week").wait_for()
    page.get_by_role("button", name="Green").click()
    page.get_by_text("tags=['Red'] view=Week").wait_for()
    assert page.get_by_role("button", name="Red").get_attribute("aria-pressed") == "true"
    page.get_by_role("button", name="Month").click()
    page.get_by_text("tags=['Red'] view=Month").wait_for()
    # Clicking the chosen segment again clears a single choice.
    page.get_by_role("button", name="Month").click()
    page.get_by_text("tags=['Red'] view=None").wait_for()


def test_button_group_by_keyboard(serve: Callable[..., Server], page: Any) -> None:
    server = serve(BUTTON_GROUPS)
    page.goto(server.url)
    page.get_by_text("tags=[] view=Week").wait_for()
    page.get_by_role("button", name="Week").focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.textContent") == "Month"
    page.keyboard.press("Space")
    page.get_by_text("tags=[] view=Month").wait_for()
    page.keyboard.press("ArrowRight")  # wraps round to the first
    page.keyboard.press("Enter")
    page.get_by_text("tags=[] view=Day").wait_for()
    assert page.evaluate("document.activeElement.textContent") == "Day"


IGNORED = """
import ostinato as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
tag = st.pills("Tag", ["a", "b"], on_change="ignore")
page = st.pagination(9, on_change="ignore")
st.button("Apply")
st.write(f"runs={st.session_state.runs} tag={tag} page={page}")
"""


def test_on_change_ignore_waits_for_the_next_rerun(serve: Callable[..., Server], page: Any) -> None:
    server = serve(IGNORED)
    page.goto(server.url)
    page.get_by_text("runs=1 tag=None page=1").wait_for()
    page.get_by_role("button", name="b", exact=True).click()
    page.get_by_role("button", name="Page 3").click()
    # Shown at once, sent with the next rerun something else asks for.
    assert page.get_by_role("button", name="b", exact=True).get_attribute("aria-pressed") == "true"
    assert page.get_by_role("button", name="Page 3").get_attribute("aria-current") == "page"
    page.get_by_role("button", name="Apply").click()
    page.get_by_text("runs=2 tag=b page=3").wait_for()


FEEDBACK = """
import ostinato as st
thumbs = st.feedback("thumbs")
stars = st.feedback("stars", key="stars")
st.write(f"thumbs={thumbs} stars={stars}")
"""


def test_feedback_thumbs_and_stars(serve: Callable[..., Server], page: Any) -> None:
    server = serve(FEEDBACK)
    page.goto(server.url)
    page.get_by_text("thumbs=None stars=None").wait_for()
    page.get_by_role("button", name="Thumbs up").click()
    page.get_by_text("thumbs=1 stars=None").wait_for()
    page.get_by_role("button", name="4 stars").click()
    page.get_by_text("thumbs=1 stars=3").wait_for()
    # Stars up to the chosen one are lit.
    lit = page.locator("[data-testid=ost-feedback]").nth(1).locator(".lit")
    assert lit.count() == 4
    page.get_by_role("button", name="4 stars").click()  # again: cleared
    page.get_by_text("thumbs=1 stars=None").wait_for()
    page.get_by_role("button", name="Thumbs up").focus()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Enter")
    page.get_by_text("thumbs=0 stars=None").wait_for()


DATETIME = """
import datetime as dt
import ostinato as st
when = st.datetime_input("Meeting", dt.datetime(2024, 5, 6, 9, 0),
                         max_value=dt.datetime(2024, 12, 31, 18, 0))
st.write(f"when={when!r}")
"""


def test_datetime_input_typed(serve: Callable[..., Server], page: Any) -> None:
    server = serve(DATETIME)
    page.goto(server.url)
    page.get_by_text("when=datetime.datetime(2024, 5, 6, 9, 0)").wait_for()
    field = page.get_by_label("Meeting")
    assert field.input_value() == "2024-05-06T09:00"
    assert field.get_attribute("max") == "2024-12-31T18:00"
    field.fill("2024-07-08T14:45")
    page.get_by_text("when=datetime.datetime(2024, 7, 8, 14, 45)").wait_for()
    assert page.get_by_label("Meeting").input_value() == "2024-07-08T14:45"
    # Typed segment by segment (month, day, year, hour, minute, AM/PM in en-US; each
    # segment moves on to the next when full).
    field = page.get_by_label("Meeting")
    field.focus()
    field.press_sequentially("090120241130A")
    # Nothing is sent while typing; Enter sends the whole value.
    page.get_by_text("when=datetime.datetime(2024, 7, 8, 14, 45)").wait_for()
    assert field.input_value() == "2024-09-01T11:30"
    field.press("Enter")
    page.get_by_text("when=datetime.datetime(2024, 9, 1, 11, 30)").wait_for()


NEW_OPTIONS = """
import ostinato as st
fruit = st.selectbox("Fruit", ["Apple", "Pear"], accept_new_options=True)
tags = st.multiselect("Tags", ["red", "blue"], accept_new_options=True)
st.write(f"fruit={fruit} tags={tags}")
"""


def test_accept_new_options_adds_a_typed_option(serve: Callable[..., Server], page: Any) -> None:
    server = serve(NEW_OPTIONS)
    page.goto(server.url)
    page.get_by_text("fruit=Apple tags=[]").wait_for()
    fruit = page.get_by_role("combobox", name="Fruit")
    fruit.click()
    fruit.type("Kiwi")
    page.get_by_role("option", name="Add: Kiwi").wait_for()
    page.keyboard.press("Enter")
    page.get_by_text("fruit=Kiwi tags=[]").wait_for()
    assert page.get_by_role("combobox", name="Fruit").input_value() == "Kiwi"
    # Typed in another case, an option's label picks the option.
    fruit = page.get_by_role("combobox", name="Fruit")
    fruit.click()
    fruit.type("pear")
    page.keyboard.press("Enter")
    page.get_by_text("fruit=Pear tags=[]").wait_for()

    tags = page.get_by_role("combobox", name="Tags")
    tags.click()
    tags.type("green")
    page.get_by_role("option", name="Add: green").click()
    page.get_by_text("fruit=Pear tags=['green']").wait_for()
    tags = page.get_by_role("combobox", name="Tags")
    tags.type("blue")
    page.keyboard.press("Enter")
    page.get_by_text("fruit=Pear tags=['green', 'blue']").wait_for()
    page.get_by_role("button", name="Remove green").click()
    page.get_by_text("fruit=Pear tags=['blue']").wait_for()


MENU_AND_PAGES = """
import ostinato as st
pick = st.menu_button("Export", ["CSV", "JSON", "Parquet"])
page = st.pagination(20, key="page")
st.write(f"pick={pick} page={page}")
"""


def test_menu_button_by_mouse_and_keyboard(serve: Callable[..., Server], page: Any) -> None:
    server = serve(MENU_AND_PAGES)
    page.goto(server.url)
    page.get_by_text("pick=None page=1").wait_for()
    button = page.get_by_role("button", name="Export")
    assert button.get_attribute("aria-haspopup") == "menu"
    button.click()
    page.get_by_role("menuitem", name="JSON").click()
    page.get_by_text("pick=JSON page=1").wait_for()
    page.get_by_role("button", name="Export").focus()
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == "CSV"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.get_by_text("pick=Parquet page=1").wait_for()
    # Escape closes the menu and gives the focus back to the button.
    page.get_by_role("button", name="Export").click()
    page.keyboard.press("Escape")
    assert page.get_by_role("menu").is_hidden()
    assert page.evaluate("document.activeElement.getAttribute('aria-haspopup')") == "menu"


def test_pagination_pages_arrows_and_gaps(serve: Callable[..., Server], page: Any) -> None:
    server = serve(MENU_AND_PAGES)
    page.goto(server.url)
    page.get_by_text("pick=None page=1").wait_for()
    nav = page.get_by_role("navigation", name="Pagination")
    assert nav.locator("button").all_inner_texts()[1:-1] == ["1", "2", "3", "4", "5", "20"]
    assert page.get_by_role("button", name="Previous page").is_disabled()
    page.get_by_role("button", name="Page 5").click()
    page.get_by_text("pick=None page=5").wait_for()
    assert page.get_by_role("button", name="Page 5").get_attribute("aria-current") == "page"
    page.get_by_role("button", name="Next page").click()
    page.get_by_text("pick=None page=6").wait_for()
    page.get_by_role("button", name="Page 20").click()
    page.get_by_text("pick=None page=20").wait_for()
    assert page.get_by_role("button", name="Next page").is_disabled()
    page.get_by_role("button", name="Page 20").focus()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Enter")
    page.get_by_text("pick=None page=19").wait_for()


CAPTURE = """
import ostinato as st
photo = st.camera_input("Smile")
voice = st.audio_input("Speak", sample_rate=16000)
for name, f in (("photo", photo), ("voice", voice)):
    st.write(f"{name}=" + ("none" if f is None else f"{f.type} {f.size} {f.getvalue()[:4]!r}"))
st.button("Still here")
"""


def test_camera_photo_reaches_the_script(serve: Callable[..., Server], media_page: Any) -> None:
    page = media_page
    server = serve(CAPTURE)
    page.goto(server.url)
    page.get_by_text("photo=none").wait_for()
    take = page.get_by_role("button", name="Take photo")
    page.wait_for_function("document.querySelector('video.ost-camera-video')?.videoWidth > 0")
    take.click()
    page.get_by_text("photo=image/jpeg").wait_for()
    shown = page.get_by_text("photo=image/jpeg").inner_text()
    size = int(shown.split()[1])
    assert size > 1000 and shown.endswith("b'\\xff\\xd8\\xff\\xe0'")
    assert page.get_by_role("img", name="Photo taken: image.jpg").is_visible()
    page.get_by_role("button", name="Clear photo").click()
    page.get_by_text("photo=none").wait_for()
    page.get_by_role("button", name="Take photo").wait_for()


def test_microphone_recording_reaches_the_script_as_wav(
    serve: Callable[..., Server], media_page: Any
) -> None:
    page = media_page
    server = serve(CAPTURE)
    page.goto(server.url)
    page.get_by_text("voice=none").wait_for()
    page.get_by_role("button", name="Record").click()
    page.get_by_text("Recording 0:01").wait_for()
    page.get_by_role("button", name="Stop").click()
    page.get_by_text("voice=audio/wav").wait_for()
    size = int(page.get_by_text("voice=audio/wav").inner_text().split()[1])
    # About a second of 16 kHz mono 16-bit samples after the 44-byte header.
    assert 44 + 16_000 * 2 <= size <= 44 + 16_000 * 2 * 4
    assert "b'RIFF'" in page.get_by_text("voice=audio/wav").inner_text()
    assert page.locator("audio.ost-audio-preview").is_visible()
    page.get_by_role("button", name="Clear recording").click()
    page.get_by_text("voice=none").wait_for()


def test_refused_devices_leave_a_message_and_a_usable_page(
    serve: Callable[..., Server], page: Any
) -> None:
    # The shared Chromium has no fake devices and no one to grant access.
    server = serve(CAPTURE)
    page.goto(server.url)
    page.get_by_text("photo=none").wait_for()
    alert = page.get_by_role("alert").filter(has_text="camera")
    alert.wait_for()
    assert page.get_by_role("button", name="Try again").is_enabled()
    page.get_by_role("button", name="Record").click()
    page.get_by_role("alert").filter(has_text="microphone").wait_for()
    assert page.get_by_role("button", name="Record").is_enabled()
    page.get_by_role("button", name="Still here").click()
    page.get_by_text("voice=none").wait_for()


GALLERY = """
import datetime as dt
import ostinato as st
st.pills("Tags", ["Red", "Green"], selection_mode="multi", default=["Green"])
st.segmented_control("View", ["Day", "Week"], default="Day", help="How much to show")
st.feedback("thumbs")
st.feedback("faces", default=2)
st.feedback("stars", default=3)
st.datetime_input("When", dt.datetime(2024, 5, 6, 9, 0))
st.menu_button("Export", ["CSV", "JSON"], type="primary")
st.pagination(12, default=6)
st.selectbox("Fruit", ["Apple"], accept_new_options=True)
st.write("done")
"""


@pytest.fixture(params=VIEWS, ids=[view[0] for view in VIEWS])
def viewed(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:
    """A tab at the test_a11y viewports, in light and dark schemes."""
    _, viewport, scheme = request.param
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def test_the_new_widgets_have_no_serious_violation(
    serve: Callable[..., Server], viewed: Any
) -> None:
    view_page = viewed
    server = serve(GALLERY)
    view_page.goto(server.url)
    view_page.get_by_text("done").wait_for()
    view_page.wait_for_timeout(300)
    assert audit(view_page) == []
