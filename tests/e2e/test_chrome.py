"""The app's chrome in Chromium (issue 13): the main menu and Settings, Stop, the R
shortcut, title and favicon per page, heading anchors, the skip link, connection
states, and how elements look (json tree, highlighted code)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Server, TcpProxy
from tests.e2e import apps

RUNS = """
import ostinato as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"Runs = {st.session_state.runs}")
st.text_input("Name")
"""

SLOW = """
import time
import ostinato as st
st.write("before the sleep")
if st.session_state.get("slow", True):
    for _ in range(100):
        time.sleep(0.05)
st.write("after the sleep")
st.button("Fast", on_click=lambda: st.session_state.update(slow=False))
"""


def click_to(page: Any, n: int, start: int = 0) -> None:
    for k in range(start + 1, n + 1):
        page.get_by_role("button", name="Increment").click()
        page.get_by_text(f"Count = {k}").wait_for()


def open_menu_item(page: Any, name: str) -> None:
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name=name, exact=True).click()


def test_menu_rerun_reruns(serve: Callable[..., Server], page: Any) -> None:
    server = serve(RUNS)
    page.goto(server.url)
    page.get_by_text("Runs = 1").wait_for()
    open_menu_item(page, "Rerun")
    page.get_by_text("Runs = 2").wait_for()
    items = page.locator("#ostinato-menu-items [role=menuitem]:visible")
    page.get_by_role("button", name="Main menu").click()
    names = [text.strip() for text in items.all_inner_texts()]
    assert [n.split("\n")[0] for n in names if "Always" not in n] == [
        "Rerun",
        "Clear cache",
        "Settings",
        "Print",
        "About",
    ]


def test_settings_switch_the_scheme_and_wide_mode(serve: Callable[..., Server], page: Any) -> None:
    server = serve(RUNS)
    page.goto(server.url)
    page.get_by_text("Runs = 1").wait_for()
    open_menu_item(page, "Settings")
    dialog = page.get_by_role("dialog", name="Settings")
    dialog.wait_for()
    theme = dialog.get_by_label("Choose app theme, colors and fonts")
    theme.select_option("dark")
    assert page.evaluate("document.documentElement.dataset.scheme") == "dark"
    theme.select_option("light")
    assert page.evaluate("document.documentElement.dataset.scheme") == "light"
    assert page.evaluate("localStorage.getItem('ostinato.theme')") == "light"
    dialog.get_by_label("Wide mode").check()
    assert page.evaluate("document.body.classList.contains('wide')")
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached")
    assert page.get_by_role("button", name="Main menu").evaluate(
        "b => b === document.activeElement"
    )
    # Remembered per browser.
    page.reload()
    page.get_by_text("Runs = 2").wait_for()
    assert page.evaluate("document.documentElement.dataset.scheme") == "light"


def test_system_setting_follows_the_os(serve: Callable[..., Server], browser: Any) -> None:
    server = serve(RUNS)
    context = browser.new_context(color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(server.url)
        page.get_by_text("Runs = 1").wait_for()
        assert page.evaluate("document.documentElement.dataset.scheme") == "dark"
    finally:
        context.close()


def test_menu_theme_switch_keeps_the_menu_open(serve: Callable[..., Server], page: Any) -> None:
    server = serve(RUNS)
    page.goto(server.url)
    page.get_by_text("Runs = 1").wait_for()
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("button", name="Dark", exact=True).click()
    assert page.evaluate("document.documentElement.dataset.scheme") == "dark"
    assert (
        page.get_by_role("button", name="Dark", exact=True).get_attribute("aria-pressed") == "true"
    )
    page.get_by_role("button", name="Light", exact=True).click()
    assert page.evaluate("document.documentElement.dataset.scheme") == "light"
    assert page.get_by_role("menuitem", name="Rerun", exact=True).is_visible()


def test_about_dialog_opens_and_closes(serve: Callable[..., Server], page: Any) -> None:
    server = serve(RUNS)
    page.goto(server.url)
    page.get_by_text("Runs = 1").wait_for()
    open_menu_item(page, "About")
    dialog = page.get_by_role("dialog", name="About")
    assert "Ostinato" in dialog.inner_text()
    dialog.get_by_role("button", name="Close").click()
    dialog.wait_for(state="detached")


def test_stop_interrupts_a_long_run(serve: Callable[..., Server], page: Any) -> None:
    server = serve(SLOW)
    page.goto(server.url)
    page.get_by_text("before the sleep").wait_for()
    stop = page.locator("#ostinato-running").get_by_role("button", name="Stop")
    stop.click()
    page.locator("body[data-running=false]").wait_for(state="attached", timeout=8000)
    time.sleep(0.3)
    assert page.get_by_text("after the sleep").count() == 0
    # The page is usable: a rerun runs (fast now) to the end.
    page.evaluate("1")
    page.keyboard.press("r")
    page.get_by_text("before the sleep").wait_for()
    page.locator("body[data-running=true]").wait_for(state="attached")
    stop.click()
    page.locator("body[data-running=false]").wait_for(state="attached", timeout=8000)
    assert page.get_by_text("after the sleep").count() == 0


def test_r_reruns_but_not_while_typing(serve: Callable[..., Server], page: Any) -> None:
    server = serve(RUNS)
    page.goto(server.url)
    page.get_by_text("Runs = 1").wait_for()
    page.locator("body").press("r")
    page.get_by_text("Runs = 2").wait_for()
    field = page.get_by_label("Name")
    field.click()
    page.keyboard.type("rr")
    time.sleep(0.4)
    assert field.input_value() == "rr"
    assert page.get_by_text("Runs = 2").count() == 1


def test_running_is_announced_politely_only_when_it_lasts(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(SLOW)
    page.goto(server.url)
    announce = page.locator("#ostinato-announce")
    assert announce.get_attribute("aria-live") == "polite"
    page.wait_for_function(
        "document.getElementById('ostinato-announce').textContent === 'Running…'"
    )
    page.locator("#ostinato-running").get_by_role("button", name="Stop").click()
    page.wait_for_function(
        "document.getElementById('ostinato-announce').textContent === 'Finished running.'"
    )


def test_title_and_favicon_per_page(
    serve: Callable[..., Server], page: Any, tmp_path: Path
) -> None:
    app = tmp_path / "mpa"
    (app / "pages").mkdir(parents=True)
    (app / "home.py").write_text("import ostinato as st\nst.title('Home')\n")
    (app / "pages" / "1_Charts.py").write_text("import ostinato as st\nst.header('Charts here')\n")
    (app / "pages" / "2_Config.py").write_text(
        "import ostinato as st\n"
        "st.set_page_config(page_title='Configured', page_icon='🎈')\n"
        "st.header('Config here')\n"
    )
    server = serve(app / "home.py")
    page.goto(server.url)
    page.get_by_role("heading", name="Home").wait_for()
    page.wait_for_function("document.title === 'home'")
    page.get_by_role("link", name="Charts").click()
    page.get_by_text("Charts here").wait_for()
    page.wait_for_function("document.title === 'Charts'")
    page.get_by_role("link", name="Config").click()
    page.get_by_text("Config here").wait_for()
    page.wait_for_function("document.title === 'Configured'")
    icon = page.locator("link[rel=icon]").get_attribute("href")
    assert icon and icon.startswith("data:image/svg+xml") and "%F0%9F%8E%88" in icon


def test_heading_anchors(serve: Callable[..., Server], page: Any) -> None:
    server = serve(
        "import ostinato as st\n"
        "st.title('Hello World')\n"
        "st.header('Named', anchor='custom')\n"
        "st.header('Data & Charts')\n"
        "st.subheader('No link', anchor=False)\n"
    )
    page.goto(server.url)
    title = page.get_by_role("heading", name="Hello World")
    title.wait_for()
    assert title.get_attribute("id") == "hello-world"
    link = title.get_by_role("link", name="Link to heading")
    assert link.get_attribute("href") == "#hello-world"
    assert float(link.evaluate("a => getComputedStyle(a).opacity")) == 0
    title.hover()
    page.wait_for_function(
        "getComputedStyle(document.querySelector('#hello-world .ost-anchor')).opacity === '1'"
    )
    assert page.locator("h2#custom .ost-anchor").count() == 1
    assert page.locator("h2#data-and-charts").count() == 1
    bare = page.get_by_role("heading", name="No link")
    assert bare.get_attribute("id") == "no-link"  # as Streamlit: the id stays, the link goes
    assert bare.locator(".ost-anchor").count() == 0


def test_skip_link_moves_focus_to_the_content(serve: Callable[..., Server], page: Any) -> None:
    server = serve(RUNS)
    page.goto(server.url)
    page.get_by_text("Runs = 1").wait_for()
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.evaluate("a => a === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "ostinato-main"


def test_disconnected_disables_widgets_and_reconnect_keeps_state(
    serve: Callable[..., Server], proxy: Callable[[int], TcpProxy], page: Any
) -> None:
    server = serve(apps.COUNTER)
    front = proxy(server.port)
    page.goto(front.url)
    click_to(page, 2)
    # Keep the link down long enough to look at it.
    front.drop()
    page.locator("#ostinato-status[data-state=disconnected]").wait_for(state="attached")
    status = page.locator("#ostinato-status")
    assert "disabled" in status.inner_text()
    button = page.get_by_role("button", name="Increment", include_hidden=True)
    disabled = button.is_disabled()
    page.locator("#ostinato-status[data-state=connected]").wait_for(state="attached", timeout=10000)
    assert disabled or page.evaluate("document.getElementById('ostinato-app').inert") is False
    page.get_by_text("Count = 2").wait_for()
    assert page.get_by_role("button", name="Increment").is_enabled()
    click_to(page, 3, start=2)


def test_widgets_are_disabled_while_the_server_is_down(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(apps.COUNTER)
    page.goto(server.url)
    click_to(page, 2)
    server.stop()
    page.locator("#ostinato-status[data-state=disconnected]").wait_for(state="attached")
    assert page.locator("#ostinato-app button").first.is_disabled()
    assert page.evaluate("document.getElementById('ostinato-app').inert")
    page.locator("#ostinato-app button").first.click(force=True)
    restarted = serve(server.script, port=server.port)
    page.get_by_text("The server restarted; this page started a new session.").wait_for(
        timeout=15000
    )
    page.get_by_text("Count = 0").wait_for()
    assert page.get_by_role("button", name="Reload").is_visible()
    restarted.stop()


def test_server_restart_does_not_replay_queued_clicks(
    serve: Callable[..., Server], proxy: Callable[[int], TcpProxy], page: Any
) -> None:
    server = serve(apps.COUNTER)
    front = proxy(server.port)
    page.goto(front.url)
    click_to(page, 10)
    server.stop()
    page.locator("#ostinato-status[data-state=disconnected]").wait_for(state="attached")
    # A click the page queued before it saw the link go (sent into the void).
    page.evaluate(
        "document.querySelectorAll('#ostinato-app button[data-ost-offline]')"
        ".forEach(b => { b.disabled = false; })"
    )
    page.evaluate("document.getElementById('ostinato-app').inert = false")
    page.locator("#ostinato-app button").first.click(force=True, timeout=2000)
    restarted = serve(server.script, port=server.port)
    notice = page.get_by_text("The server restarted; this page started a new session.")
    notice.wait_for(timeout=15000)
    page.get_by_text("Count = 0").wait_for()
    time.sleep(0.5)
    assert page.get_by_text("Count = 1").count() == 0
    page.get_by_role("button", name="Reload").click()
    page.get_by_text("Count = 0").wait_for()
    assert notice.count() == 0
    restarted.stop()


def test_json_tree_collapses_and_expands(serve: Callable[..., Server], page: Any) -> None:
    server = serve(
        "import ostinato as st\n"
        "st.json({'name': 'Ada', 'langs': ['en', 'fr'], 'deep': {'a': {'b': 1}}})\n"
        "st.json({'hidden': {'x': 1}}, expanded=False)\n"
        "st.json({'one': {'two': {'three': 3}}}, expanded=1)\n"
    )
    page.goto(server.url)
    trees = page.locator(".ost-json-tree")
    first, second, third = trees.nth(0), trees.nth(1), trees.nth(2)
    first.wait_for()
    assert '"name": "Ada"' in first.inner_text().replace("\u00a0", " ")
    assert '"b": 1' in first.inner_text()
    langs = first.locator("details:has(> summary:has-text('langs'))")
    langs.locator("summary").first.click()
    assert '"en"' not in langs.inner_text()
    assert "2 items" in langs.inner_text()
    langs.locator("summary").first.click()
    assert '"en"' in langs.inner_text()
    assert '"hidden"' not in second.inner_text()
    second.locator("summary").first.click()
    assert '"hidden"' in second.inner_text()
    # expanded=1: the top level open, what is under it collapsed (Streamlit's depth).
    assert '"one"' in third.inner_text() and '"two"' not in third.inner_text()


def test_code_is_highlighted_and_copied(serve: Callable[..., Server], browser: Any) -> None:
    server = serve(
        "import ostinato as st\n"
        "st.code('def f(x):\\n    return \"hi\"  # note\\n', language='python')\n"
        "st.code('plain text here', language=None)\n"
    )
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        page = context.new_page()
        page.goto(server.url)
        block = page.locator(".ost-code").first
        block.wait_for()
        keyword = block.locator(".tk-k").first
        assert keyword.inner_text() == "def"
        string = block.locator(".tk-s2").first
        assert keyword.evaluate("e => getComputedStyle(e).color") != string.evaluate(
            "e => getComputedStyle(e).color"
        )
        assert block.locator(".tk-c1").inner_text() == "# note"
        block.hover()
        block.get_by_role("button", name="Copy to clipboard").click()
        page.wait_for_function("navigator.clipboard.readText().then(t => t.length > 0)")
        copied = page.evaluate("navigator.clipboard.readText()")
        # As Streamlit 1.67: one newline at each end of the code is dropped.
        assert copied == 'def f(x):\n    return "hi"  # note'
        plain = page.locator(".ost-code").nth(1)
        assert plain.inner_text().startswith("plain text here")
        assert plain.locator("[class^=tk-]").count() == 0
    finally:
        context.close()


CONTRAST = """el => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(el);
  const [a, b] = [lum(style.color), lum(style.backgroundColor)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def test_metric_deltas_have_arrows_and_contrast(serve: Callable[..., Server], browser: Any) -> None:
    server = serve(
        "import ostinato as st\n"
        "st.metric('Temperature', '70 °F', '1.2 °F')\n"
        "st.metric('Wind', '9 mph', '-8%')\n"
    )
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        try:
            page = context.new_page()
            page.goto(server.url)
            up = page.locator(".ost-metric-delta.good")
            down = page.locator(".ost-metric-delta.bad")
            up.wait_for()
            assert "▲" in up.inner_text() and "▼" in down.inner_text()
            for delta in (up, down):
                assert delta.evaluate(CONTRAST) >= 4.5, (scheme, delta.inner_text())
        finally:
            context.close()
