"""Custom components in Chromium: a component of our own (tests/e2e/components/
echo_counter, plain JS posting what streamlit-component-lib posts) gets its args
and the page's theme, sets its height, sends values that rerun the script, keeps
its document while its args change, and cannot break the page or the session
with malformed messages or a flood of them; messages from any other frame are
ignored. components.html and st.iframe show their content in frames."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Server

COMPONENT = Path(__file__).parent / "components" / "echo_counter"

APP = f"""
import pandas as pd
import ostinato as st
import ostinato.components.v1 as components

echo = components.declare_component("echo", path={str(COMPONENT)!r})
if "n" not in st.session_state:
    st.session_state.n = 0
    st.session_state.changes = 0
if st.button("Count"):
    st.session_state.n += 1
st.write(f"Counter = {{st.session_state.n}}")

def changed():
    st.session_state.changes += 1

value = echo(greeting=f"hello {{st.session_state.n}}", raw=b"\\x01\\x02",
             table=pd.DataFrame({{"a": [1, 2]}}), key="echo",
             default="none", on_change=changed)
st.write(f"Value = {{value!r}}")
st.write(f"Changes = {{st.session_state.changes}}")
components.html(
    "<p id='inside'>plain html</p><script>parent.postMessage({{isStreamlitMessage: true, "
    "type: 'streamlit:setComponentValue', value: 'forged', dataType: 'json'}}, '*')</script>",
    height=60,
)
"""


def _component(page: Any) -> Any:
    return page.frame_locator("iframe[title$='.echo']")


def _ready(page: Any) -> Any:
    frame = _component(page)
    frame.get_by_text("greeting hello 0").wait_for()
    return frame


def test_the_component_gets_args_and_theme_and_sets_its_height(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(APP)
    page.goto(server.url)
    frame = _ready(page)
    assert frame.locator("#greeting").inner_text() == (
        "greeting hello 0 | bytes 1,2 | tables table:arrow | disabled false"
    )
    theme = frame.locator("#theme").inner_text()
    primary = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--primary').trim()"
    )
    background = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()"
    )
    assert theme.startswith("base light | ")
    assert f"primary {primary} |" in theme and f"background {background} |" in theme
    assert "font " in theme and "undefined" not in theme
    assert "| faded rgba(" in theme and theme.endswith(", 0.6)")
    element = page.locator("iframe[title$='.echo']")
    page.wait_for_function(
        "s => document.querySelector(s).getBoundingClientRect().height === 137",
        arg="iframe[title$='.echo']",
    )
    assert element.get_attribute("sandbox") == (
        "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox "
        "allow-same-origin allow-scripts allow-downloads"
    )
    src = element.get_attribute("src") or ""
    assert "/_ostinato/component/app_0.echo/index.html?streamlitUrl=" in src
    # The page follows the OS into dark: the component is told.
    page.emulate_media(color_scheme="dark")
    frame.get_by_text("base dark |", exact=False).wait_for()


def test_values_rerun_the_script_and_the_component_keeps_its_document(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(APP)
    page.goto(server.url)
    frame = _ready(page)
    assert page.get_by_text("Value = 'none'").is_visible()
    instance = frame.locator("#instance").inner_text()
    frame.get_by_role("button", name="Send").click()
    page.get_by_text("Value = {'clicks': 1}").wait_for()
    page.get_by_text("Changes = 1").wait_for()
    frame.get_by_role("button", name="Send").click()
    page.get_by_text("Value = {'clicks': 2}").wait_for()
    page.get_by_text("Changes = 2").wait_for()
    frame.get_by_role("button", name="Bytes").click()
    page.get_by_text("Value = b'\\x07\\x08\\t'").wait_for()
    # New args reach the same document (no reload): a render event, not a new page.
    page.get_by_role("button", name="Count").click()
    frame.get_by_text("greeting hello 1", exact=False).wait_for()
    assert frame.locator("#instance").inner_text() == instance
    # Another frame's message claiming to be the component's was never taken.
    assert page.frame_locator("iframe[title='st.iframe']").locator("#inside").inner_text() == (
        "plain html"
    )
    page.evaluate(
        "window.postMessage({isStreamlitMessage: true, type: 'streamlit:setComponentValue',"
        " value: 'forged by the page', dataType: 'json'}, '*')"
    )
    page.get_by_role("button", name="Count").click()
    page.get_by_text("Counter = 2").wait_for()
    assert page.get_by_text("Value = b'\\x07\\x08\\t'").is_visible()
    assert page.get_by_text("forged").count() == 0


def test_malformed_messages_and_a_flood_do_not_break_the_page(
    serve: Callable[..., Server], page: Any
) -> None:
    warnings: list[str] = []
    errors: list[str] = []
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    server = serve(APP)
    page.goto(server.url)
    frame = _ready(page)
    frame.get_by_role("button", name="Malformed").click()
    frame.get_by_role("button", name="Send").click()
    page.get_by_text("Value = {'clicks': 1}").wait_for()
    texts = " ".join(warnings)
    assert "needs a height in pixels" in texts
    assert "unrecognized message type" in texts
    assert "without a value" in texts
    assert "bytes value must be" in texts
    assert "cannot be sent as JSON" in texts
    assert "server.maxClientMessageSize" in texts
    assert page.get_by_text("Changes = 1").is_visible()
    # A thousand values (and heights) at once: coalesced, bounded, the page goes on.
    frame.get_by_role("button", name="Flood").click()
    page.wait_for_function(
        "() => document.body.innerText.split('\\n').some(line => /^Value = \\d+$/.test(line))"
    )
    page.get_by_role("button", name="Count").click()
    page.get_by_text("Counter = 1").wait_for()
    changes = page.get_by_text("Changes = ").inner_text()
    assert int(changes.split("= ")[1]) < 100  # far fewer reruns than messages
    value = int(page.get_by_text("Value = ").inner_text().split("= ")[1])
    assert 1 <= value <= 1000
    height = page.locator("iframe[title$='.echo']").bounding_box()["height"]
    assert 100 <= height <= 150
    # The flood's second is over: the component is heard again.
    page.wait_for_timeout(1100)
    frame.get_by_role("button", name="Late").click()
    page.get_by_text("Value = 'after the flood'").wait_for()
    assert any("messages in a second" in w for w in warnings)
    assert len(warnings) < 60  # bounded: muted after a few per component
    assert errors == []


def test_the_protocol_host_is_a_chunk_only_component_pages_fetch(
    serve: Callable[..., Server], page: Any, context: Any
) -> None:
    server = serve(APP)
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(server.url)
    _ready(page)
    assert any("/chunks/component_host-" in url for url in scripts)
    plain = serve("import ostinato as st\nimport ostinato.components.v1 as c\nc.html('<p>x</p>')\n")
    other = context.new_page()
    seen: list[str] = []
    other.on("request", lambda r: seen.append(r.url) if r.resource_type == "script" else None)
    other.goto(plain.url)
    other.frame_locator("iframe[title='st.iframe']").get_by_text("x").wait_for()
    assert not any("component_host" in url for url in seen)


def test_html_and_iframe_show_their_content(serve: Callable[..., Server], page: Any) -> None:
    server = serve(
        "import ostinato as st\n"
        "import ostinato.components.v1 as components\n"
        "components.html(\"<p id='p'>from html</p>\", height=90)\n"
        "st.iframe(\"<div id='tall' style='height:300px'>measured</div>\")\n"
        "st.write('end')\n"
    )
    page.goto(server.url)
    page.get_by_text("end").wait_for()
    frames = page.locator("iframe[title='st.iframe']")
    assert frames.count() == 2
    page.frame_locator("iframe[title='st.iframe'] >> nth=0").locator("#p").wait_for()
    assert frames.nth(0).bounding_box()["height"] == 90
    page.frame_locator("iframe[title='st.iframe'] >> nth=1").get_by_text("measured").wait_for()
    page.wait_for_function(
        "s => document.querySelectorAll(s)[1].getBoundingClientRect().height >= 300",
        arg="iframe[title='st.iframe']",
    )
