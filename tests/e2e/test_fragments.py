"""Fragments and dialogs in Chromium: a fragment rerun leaves the rest of the page
untouched (a MutationObserver outside it sees nothing), run_every updates the
fragment by itself, and a dialog opens, reruns as a fragment, closes on
st.rerun() and on Escape, and keeps the keyboard inside while open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import Server

PAGE = """
import ostinato as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.markdown(f"Script runs: {st.session_state.runs}")
for i in range(30):
    st.markdown(f"Row {i}")
st.checkbox("Outside box", key="outside")

@st.fragment
def part():
    level = st.slider("Level", 0, 10, key="level")
    st.markdown(f"Level is {level}")

part()
st.markdown("After the fragment")
"""

WATCH = """
(() => {
  const fragment = document.querySelector('[data-path="0.32"]');
  window.__outside = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      // By path: a node the fragment rerun replaced is no longer inside it.
      const at = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const path = at?.closest('[data-path]')?.dataset.path ?? '';
      if (path !== '0.32' && !path.startsWith('0.32.')) window.__outside.push(r.type + ' ' + path);
    }
  });
  const all = {subtree: true, childList: true, attributes: true, characterData: true};
  observer.observe(document.getElementById('ostinato-main'), all);
  return fragment.textContent;
})()
"""


def test_a_fragment_rerun_leaves_the_rest_of_the_page_untouched(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(PAGE)
    page.goto(server.url)
    page.get_by_text("Level is 0").wait_for()
    assert "Level is 0" in page.evaluate(WATCH)
    slider = page.get_by_label("Level")
    slider.focus()
    for n in (1, 2, 3):
        page.keyboard.press("ArrowRight")
        page.get_by_text(f"Level is {n}").wait_for()
    page.wait_for_function("() => !document.querySelector('#ostinato-main .stale')")
    assert page.evaluate("window.__outside") == []
    assert page.get_by_text("Script runs: 1").is_visible()
    # A widget outside reruns the whole script, and the fragment keeps its value.
    page.get_by_text("Outside box").click()
    page.get_by_text("Script runs: 2").wait_for()
    assert page.get_by_text("Level is 3").is_visible()
    assert page.evaluate("window.__outside") != []


CLOCK = """
import ostinato as st
st.session_state.setdefault("ticks", 0)
st.markdown("Clock page")

@st.fragment(run_every="150ms")
def clock():
    st.session_state.ticks += 1
    st.markdown(f"Ticks: {st.session_state.ticks}")

clock()
"""


def test_run_every_updates_the_fragment_text_by_itself(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(CLOCK)
    page.goto(server.url)
    ticks = """() => {
      const m = /Ticks: (\\d+)/.exec(document.getElementById('ostinato-main').textContent);
      return m ? Number(m[1]) : 0;
    }"""
    page.wait_for_function(f"({ticks})() >= 1")
    page.wait_for_function(f"({ticks})() >= 4", timeout=20_000)
    assert page.get_by_text("Clock page").is_visible()
    assert page.locator("text=/Ticks: \\d+/").count() == 1


DIALOG = """
import ostinato as st

@st.dialog("Your name")
def ask():
    name = st.text_input("Name", key="name_field")
    st.markdown(f"Typing: {name}")
    if st.button("Submit"):
        st.session_state.name = name
        st.rerun()

if st.button("Open"):
    ask()
st.markdown(f"Name: {st.session_state.get('name', '-')}")
"""


def test_a_dialog_opens_reruns_as_a_fragment_and_closes_on_rerun(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(DIALOG)
    page.goto(server.url)
    page.get_by_text("Name: -").wait_for()
    page.get_by_role("button", name="Open").click()
    dialog = page.get_by_role("dialog", name="Your name")
    dialog.wait_for()
    assert dialog.get_attribute("aria-modal") == "true"
    field = dialog.get_by_label("Name")
    field.fill("Ada")
    field.press("Enter")
    dialog.get_by_text("Typing: Ada").wait_for()
    assert dialog.is_visible()
    dialog.get_by_role("button", name="Submit").click()
    page.get_by_text("Name: Ada").wait_for()
    dialog.wait_for(state="detached")


def test_escape_closes_a_dialog_and_focus_returns_to_the_opener(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(DIALOG)
    page.goto(server.url)
    page.get_by_text("Name: -").wait_for()
    opener = page.get_by_role("button", name="Open")
    opener.click()
    dialog = page.get_by_role("dialog", name="Your name")
    dialog.wait_for()
    dialog.get_by_text("Typing:").wait_for()
    # The keyboard stays in the dialog: Tab goes round its controls.
    inside = []
    for _ in range(6):
        page.keyboard.press("Tab")
        inside.append(page.evaluate("document.activeElement.closest('dialog') !== null"))
    assert all(inside)
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached")
    assert opener.evaluate("el => el === document.activeElement")
    # Opening it again shows it again.
    opener.click()
    page.get_by_role("dialog", name="Your name").wait_for()


def test_a_dialog_fits_a_phone_screen(serve: Callable[..., Server], page: Any) -> None:
    server = serve(DIALOG)
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(server.url)
    page.get_by_text("Name: -").wait_for()
    page.get_by_role("button", name="Open").click()
    dialog = page.get_by_role("dialog", name="Your name")
    dialog.wait_for()
    box = dialog.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390


def test_a_dialog_takes_the_dark_theme(serve: Callable[..., Server], page: Any) -> None:
    server = serve(DIALOG)
    page.emulate_media(color_scheme="dark")
    page.goto(server.url)
    page.get_by_text("Name: -").wait_for()
    page.get_by_role("button", name="Open").click()
    dialog = page.get_by_role("dialog", name="Your name")
    dialog.wait_for()
    colours = dialog.evaluate(
        """el => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color,
                 getComputedStyle(document.body).backgroundColor]"""
    )
    background, text, page_background = colours
    assert background == page_background
    assert background != "rgb(255, 255, 255)"
    assert text != "rgb(28, 34, 48)"  # the light theme's text colour


FRAGMENT_DIALOG = """
import ostinato as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.markdown(f"Script runs: {st.session_state.runs}")

@st.dialog("Confirm", dismissible=False)
def confirm(item):
    st.markdown(f"Delete {item}?")
    if st.button("Yes, delete"):
        st.session_state.deleted = item
        st.rerun()

@st.fragment
def listing():
    for item in ("alpha", "beta"):
        if st.button(f"Delete {item}", key=item):
            confirm(item)

listing()
st.markdown(f"Deleted: {st.session_state.get('deleted', 'nothing')}")
"""


def test_a_fragment_opens_a_dialog_that_escape_cannot_close_when_not_dismissible(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(FRAGMENT_DIALOG)
    page.goto(server.url)
    page.get_by_text("Deleted: nothing").wait_for()
    page.get_by_role("button", name="Delete beta").click()
    dialog = page.get_by_role("dialog", name="Confirm")
    dialog.get_by_text("Delete beta?").wait_for()
    # Opened by a fragment rerun: the script did not run again.
    assert page.get_by_text("Script runs: 1").count() == 1
    assert dialog.get_by_role("button", name="Close").count() == 0
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)  # Escape is handled at once; give a wrong close time to show
    assert dialog.is_visible()
    dialog.get_by_role("button", name="Yes, delete").click()
    page.get_by_text("Deleted: beta").wait_for()
    dialog.wait_for(state="detached")
    assert page.get_by_text("Script runs: 2").count() == 1
