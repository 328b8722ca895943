"""st.context as a browser reports it (locale, time zone, URL, embedding, cookies),
st.link_button opening its URL in a new tab, st.badge and st.space in the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import Server

CONTEXT_APP = """
import ostinato as st
c = st.context
st.text(f"locale={c.locale} tz={c.timezone} offset={c.timezone_offset}")
st.text(f"url={c.url} embedded={c.is_embedded} ip={c.ip_address}")
agent = c.headers.get("user-agent", "")
st.text(f"cookie={c.cookies.get('flavour')} agent={'HeadlessChrome' in agent}")
"""


def test_context_reports_the_browser_s_locale_time_zone_and_url(
    serve: Callable[..., Server], browser: Any
) -> None:
    server = serve(CONTEXT_APP)
    context = browser.new_context(locale="de-DE", timezone_id="Asia/Kolkata")
    try:
        context.add_cookies([{"name": "flavour", "value": "lemon", "url": server.url}])
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(f"{server.url}/?embed=true&x=1#top")
        # Asia/Kolkata is UTC+5:30 all year: 330 minutes ahead, so -330. Chromium may
        # name the zone by its older ICU name: the script sees the browser's own.
        zone = page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
        assert zone in ("Asia/Kolkata", "Asia/Calcutta")
        page.get_by_text(f"locale=de-DE tz={zone} offset=-330").wait_for()
        page.get_by_text(f"url={server.url} embedded=True ip=None").wait_for()
        page.get_by_text("cookie=lemon agent=True").wait_for()
    finally:
        context.close()


def test_context_is_not_embedded_without_embed_true(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(CONTEXT_APP)
    page.goto(f"{server.url}/?embed=false")
    page.get_by_text(f"url={server.url} embedded=False ip=None").wait_for()


LINKS_APP = """
import ostinato as st
st.session_state.setdefault("clicks", 0)
def count():
    st.session_state.clicks += 1
st.link_button("Open target", "/target-page", icon=":material/open_in_new:")
st.link_button("Counted", "/counted", on_click=count, type="primary")
st.link_button("Off", "/off", disabled=True)
st.write(f"clicks {st.session_state.clicks}")
st.badge("Fresh", color="green", icon="🔥")
st.badge("Main", color="primary")
st.space("large")
st.write("after the space")
"""


def test_link_button_opens_its_url_in_a_new_tab(serve: Callable[..., Server], page: Any) -> None:
    server = serve(LINKS_APP)
    page.goto(server.url)
    link = page.get_by_role("link", name="Open target")
    link.wait_for()
    assert link.get_attribute("target") == "_blank"
    assert "noopener" in (link.get_attribute("rel") or "")
    with page.context.expect_page() as opened:
        link.click()
    new_tab = opened.value
    new_tab.wait_for_load_state()
    assert new_tab.url == f"{server.url}/target-page"
    assert page.url.rstrip("/") == server.url  # the app's tab stays where it was
    page.get_by_text("clicks 0").wait_for()


def test_link_button_with_a_callback_also_reruns_the_app(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(LINKS_APP)
    page.goto(server.url)
    counted = page.get_by_role("link", name="Counted")
    with page.context.expect_page() as opened:
        counted.click()
    assert opened.value.url.endswith("/counted")
    page.get_by_text("clicks 1").wait_for()
    off = page.locator(".ost-link-button", has_text="Off")
    assert off.get_attribute("aria-disabled") == "true" and off.get_attribute("href") is None


def test_badges_are_coloured_pills_and_space_takes_room(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(LINKS_APP)
    page.goto(server.url)
    fresh = page.locator(".ost-badge", has_text="Fresh")
    fresh.wait_for()
    assert "🔥" in fresh.inner_text()
    colours = fresh.evaluate(
        "el => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor,"
        " getComputedStyle(document.body).color]"
    )
    text, background, body = colours
    assert background not in ("rgba(0, 0, 0, 0)", "transparent") and text != body
    main = page.locator(".ost-badge", has_text="Main")
    assert main.evaluate("el => getComputedStyle(el).backgroundColor") != background
    space = page.get_by_test_id("ost-space")
    root_px = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert abs(space.bounding_box()["height"] - 4.25 * root_px) < 1


def test_context_url_follows_the_page_the_tab_shows(
    serve: Callable[..., Server], page: Any, tmp_path: Any
) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "2_Report.py").write_text(
        "import ostinato as st\nst.text(f'report url={st.context.url}')\n"
    )
    server = serve("import ostinato as st\nst.text(f'main url={st.context.url}')\n")
    page.goto(f"{server.url}/Report")
    page.get_by_text(f"report url={server.url}/Report").wait_for()
    page.get_by_role("link", name="app 0").click()
    page.get_by_text(f"main url={server.url}").wait_for()


BADGES_APP = """
import ostinato as st
for color in ("red", "orange", "yellow", "blue", "green", "violet", "gray", "primary"):
    st.badge(f"badge {color}", color=color)
"""

CONTRAST_JS = """
els => els.map(el => {
  // "rgb(r, g, b)" in 0-255, or "color(srgb r g b)" (what color-mix gives) in 0-1.
  const rgb = s => s.replace(/^color\\(srgb/, "").match(/[\\d.]+/g).slice(0, 3)
    .map(v => (s.startsWith("color(") ? Number(v) : Number(v) / 255));
  const lum = c => {
    const [r, g, b] = c.map(v => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(el);
  const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
  return [el.textContent, (a + 0.05) / (b + 0.05)];
})
"""


def test_every_badge_colour_is_readable_in_both_schemes(
    serve: Callable[..., Server], browser: Any
) -> None:
    server = serve(BADGES_APP)
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        try:
            page = context.new_page()
            page.set_default_timeout(10_000)
            page.goto(server.url)
            page.get_by_text("badge primary").wait_for()
            assert page.evaluate("document.documentElement.dataset.scheme") == scheme
            ratios = page.locator(".ost-badge").evaluate_all(CONTRAST_JS)
            assert len(ratios) == 8
            low = [(name, round(ratio, 2)) for name, ratio in ratios if ratio < 4.5]
            assert not low, (scheme, low)
        finally:
            context.close()
