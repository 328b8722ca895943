"""Chat in headless Chromium: the pinned input, Enter and Shift+Enter, a streamed
reply that shows before its run ends, the page following the newest message,
an inline input, and what a rerun of a long chat sends."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Server

DEMO = Path(__file__).resolve().parents[2] / "ostinato/demo/Hello.py"

CHAT = """
import time
import ostinato as st

st.title("Echo bot")
if "messages" not in st.session_state:
    st.session_state.messages = [
        {"role": "assistant" if i % 2 else "user", "content": f"Earlier message {i}"}
        for i in range(int(st.query_params.get("history", "0")))
    ]
for m in st.session_state.messages:
    with st.chat_message(m["role"]):
        st.markdown(m["content"])

if prompt := st.chat_input("What is up?", max_chars=int(st.query_params.get("max", "500"))):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)

    def reply():
        for word in f"You said: {prompt}".split():
            yield word + " "
            time.sleep(float(st.query_params.get("delay", "0.02")))
        # Held back until the test has seen the text stream in.
        while st.query_params.get("hold") == "1" and not st.session_state.get("released"):
            time.sleep(0.05)
            if __import__("os").path.exists("release"):
                break
        yield "(done)"

    with st.chat_message("assistant"):
        response = st.write_stream(reply())
    st.session_state.messages.append({"role": "assistant", "content": response})
"""

INLINE = """
import ostinato as st
st.write("Inline chat")
left, right = st.columns(2)
with left:
    said = st.chat_input("Left side")
right.write(f"left said: {said}")
"""


@pytest.mark.parametrize("width", [1280, 390])
def test_pinned_input_sits_at_the_bottom_and_enter_sends(
    serve: Callable[..., Server], page: Any, width: int
) -> None:
    server = serve(CHAT)
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(server.url)
    field = page.get_by_placeholder("What is up?")
    field.wait_for()
    box = page.locator("#ostinato-bottom").bounding_box()
    assert box is not None
    assert abs(box["y"] + box["height"] - 800) <= 1  # fixed to the viewport's bottom
    field_box = field.bounding_box()
    assert field_box is not None and field_box["x"] >= 0
    assert field_box["x"] + field_box["width"] <= width
    send = page.get_by_role("button", name="Send message")
    assert send.is_disabled()  # nothing to send yet

    field.fill("first line")
    assert send.is_enabled()
    field.press("Shift+Enter")
    field.type("second line")
    assert field.input_value() == "first line\nsecond line"
    field.press("Enter")
    page.get_by_text("You said: first line second line (done)").wait_for()
    assert field.input_value() == ""
    assert send.is_disabled()
    messages = page.locator(".ost-chat-message")
    assert messages.count() == 2
    assert "ost-chat-user" in (messages.nth(0).get_attribute("class") or "")


def test_the_reply_streams_in_before_its_run_ends(
    serve: Callable[..., Server], page: Any, tmp_path: Any
) -> None:
    server = serve(CHAT)
    page.goto(f"{server.url}/?hold=1&history=6")
    field = page.get_by_placeholder("What is up?")
    field.fill("stream please")
    field.press("Enter")
    # The whole reply but the last chunk shows while the script still runs.
    page.get_by_text("You said: stream please").wait_for()
    assert page.locator("body").get_attribute("data-running") == "true"
    assert page.get_by_text("(done)").count() == 0
    # The history the run left as it was is not faded as left over (it was not
    # sent again: the server said it was kept).
    page.wait_for_timeout(700)
    assert page.locator(".ost-chat-message").count() == 8
    assert page.locator(".ost-chat-message.stale").count() == 0
    assert page.locator("h1.stale").count() == 0
    (tmp_path / "release").write_text("")
    page.get_by_text("You said: stream please (done)").wait_for()


def test_the_page_follows_the_newest_message(serve: Callable[..., Server], page: Any) -> None:
    server = serve(CHAT)
    page.set_viewport_size({"width": 1000, "height": 600})
    page.goto(f"{server.url}/?history=40")
    page.get_by_text("Earlier message 39").wait_for()
    page.evaluate("window.scrollTo(0, 0)")
    field = page.get_by_placeholder("What is up?")
    field.fill("where am I")
    field.press("Enter")
    newest = page.get_by_text("You said: where am I (done)")
    newest.wait_for()
    page.wait_for_function(
        "() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2"
    )
    reply = newest.bounding_box()
    bottom = page.locator("#ostinato-bottom").bounding_box()
    assert reply is not None and bottom is not None
    # In view, above the pinned input.
    assert 0 <= reply["y"] and reply["y"] + reply["height"] <= bottom["y"] + 1


def test_max_chars_counter_and_limit(serve: Callable[..., Server], page: Any) -> None:
    server = serve(CHAT)
    page.goto(f"{server.url}/?max=5")
    field = page.get_by_placeholder("What is up?")
    field.type("abcdefgh")
    assert field.input_value() == "abcde"
    assert page.locator(".ost-chat-counter").inner_text() == "5/5"
    field.press("Enter")
    page.get_by_text("You said: abcde (done)").wait_for()


def test_chat_input_in_a_column_is_inline(serve: Callable[..., Server], page: Any) -> None:
    server = serve(INLINE)
    page.goto(server.url)
    field = page.get_by_placeholder("Left side")
    field.wait_for()
    assert page.locator("#ostinato-bottom").is_hidden()
    assert page.locator(".ost-col").first.locator(".ost-chat-input").count() == 1
    field.fill("hi from the left")
    field.press("Enter")
    page.get_by_text("left said: hi from the left").wait_for()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_chat_colours_follow_the_theme(
    serve: Callable[..., Server], page: Any, scheme: str
) -> None:
    server = serve(CHAT)
    page.emulate_media(color_scheme=scheme)
    page.goto(server.url)
    page.get_by_placeholder("What is up?").fill("colours")
    page.get_by_placeholder("What is up?").press("Enter")
    page.get_by_text("You said: colours (done)").wait_for()
    colours = page.evaluate(
        """() => {
          const bg = (el) => getComputedStyle(el).backgroundColor;
          return { page: bg(document.body), bottom: bg(document.getElementById("ostinato-bottom")),
                   text: getComputedStyle(document.querySelector(".ost-chat-field")).color };
        }"""
    )
    assert colours["bottom"] == colours["page"]
    assert colours["text"] != colours["page"]


def test_the_demo_chat_page_answers(serve: Callable[..., Server], page: Any) -> None:
    server = serve(DEMO)
    page.goto(f"{server.url}/Chat")
    page.get_by_text("Ask me anything").wait_for()
    field = page.get_by_placeholder("What is up?")
    field.fill("the demo works")
    field.press("Enter")
    page.locator(".ost-chat-assistant").nth(1).get_by_text("the demo works").wait_for()
    assert page.locator(".ost-chat-message").count() == 3


FILES = """
import ostinato as st
prompt = st.chat_input("Attach and say", accept_file="multiple")
if prompt:
    st.write(f"text: {prompt.text}")
    for f in prompt.files:
        st.write(f"file {f.name}: {f.read().decode()}")
"""


def test_files_attached_to_a_message_reach_the_script(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(FILES)
    page.goto(server.url)
    field = page.get_by_placeholder("Attach and say")
    field.wait_for()
    page.locator(".ost-chat-input input[type=file]").set_input_files(
        [
            {"name": "a.txt", "mimeType": "text/plain", "buffer": b"alpha"},
            {"name": "b.txt", "mimeType": "text/plain", "buffer": b"beta"},
        ]
    )
    page.get_by_text("a.txt").wait_for()
    assert page.get_by_role("button", name="Send message").is_enabled()
    field.fill("two files")
    field.press("Enter")
    page.get_by_text("file b.txt: beta").wait_for()
    page.get_by_text("text: two files").wait_for()
    page.get_by_text("file a.txt: alpha").wait_for()
    assert page.locator(".ost-chat-file").count() == 0


STOPPABLE = """
import time
import ostinato as st
if st.chat_input("Long job", submit_mode="stop"):
    st.write("working")
    tick = st.empty()
    for n in range(100):
        time.sleep(0.1)
        tick.write(f"tick {n}")
    st.write("finished")
"""


def test_submit_mode_stop_turns_send_into_stop(serve: Callable[..., Server], page: Any) -> None:
    server = serve(STOPPABLE)
    page.goto(server.url)
    field = page.get_by_placeholder("Long job")
    field.fill("go")
    field.press("Enter")
    page.get_by_text("working").wait_for()
    assert field.is_disabled()
    page.get_by_role("button", name="Stop", exact=True).last.click()
    page.wait_for_function("() => document.body.dataset.running === 'false'")
    assert page.get_by_text("finished").count() == 0
    assert field.is_enabled()
    assert page.get_by_role("button", name="Send message").count() == 1
