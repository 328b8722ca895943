"""The design system in the browser (issue 13): light and dark schemes, the app's
[theme] from .streamlit/config.toml, the phone layout and the sidebar drawer, and
WCAG AA contrast computed from the page's real styles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Server

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

SHOWCASE = """
import ostinato as st
st.title("Showcase")
st.caption("A caption in muted text")
st.markdown("Read [the docs](https://example.com/docs) first.")
st.metric("Up", 10, delta=2)
st.metric("Down", 10, delta=-2)
st.success("Saved")
st.info("Note this")
st.warning("Careful")
st.error("Broken")
st.button("Go", type="primary")
st.sidebar.write("In the sidebar")
st.sidebar.button("Side button")
"""

WIDE_TABLE = """
import ostinato as st
st.write("Wide data")
st.dataframe({f"column {i}": list(range(i, i + 20)) for i in range(30)})
st.sidebar.write("Filters")
st.sidebar.button("Apply")
"""

# The contrast ratio of an element's text against the first opaque background
# behind it, from the computed styles (rgb(), rgba() or color(srgb …)).
CONTRAST_JS = """
(el) => {
  const parse = (text) => {
    let m = text.match(/^rgba?\\(([^)]+)\\)$/);
    if (m) {
      const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
      return [p[0] / 255, p[1] / 255, p[2] / 255, p.length > 3 ? p[3] : 1];
    }
    m = text.match(/^color\\(srgb ([^)]+)\\)$/);
    if (m) {
      const p = m[1].split(/[ \\/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    }
    throw new Error("colour " + text);
  };
  const lum = ([r, g, b]) => {
    const f = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  let node = el, bg = null;
  while (node) {
    const c = parse(getComputedStyle(node).backgroundColor);
    if (c[3] >= 0.99) { bg = c; break; }
    node = node.parentElement;
  }
  bg = bg || [1, 1, 1, 1];
  const fg = parse(getComputedStyle(el).color);
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}
"""


def background(page: Any, selector: str = "body") -> str:
    return str(page.eval_on_selector(selector, "el => getComputedStyle(el).backgroundColor"))


@pytest.fixture
def tab(browser: Any) -> Iterator[Callable[..., Any]]:
    """tab(url, viewport=..., color_scheme=..., storage=...) → a loaded page."""
    contexts: list[Any] = []

    def make(url: str, storage: str | None = None, **options: Any) -> Any:
        options.setdefault("viewport", DESKTOP)
        context = browser.new_context(**options)
        contexts.append(context)
        if storage is not None:
            # Stored once per tab, as if chosen in Settings before (a reload keeps it).
            context.add_init_script(
                "if (!sessionStorage.getItem('seeded')) {"
                f" localStorage.setItem('ostinato.theme', {storage!r});"
                " sessionStorage.setItem('seeded', '1'); }"
            )
        # What the body's background is when the page is first parsed: no flash.
        context.add_init_script(
            "document.addEventListener('DOMContentLoaded', () => {"
            " window.firstBackground = getComputedStyle(document.body).backgroundColor; })"
        )
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(url)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_dark_os_gives_a_dark_page_from_the_first_paint(
    serve: Callable[..., Server], tab: Callable[..., Any], viewport: dict[str, int]
) -> None:
    server = serve(SHOWCASE)
    page = tab(server.url, color_scheme="dark", viewport=viewport)
    page.get_by_text("Saved").wait_for()
    assert background(page) == "rgb(14, 17, 23)"
    assert page.evaluate("window.firstBackground") == "rgb(14, 17, 23)"
    light = tab(server.url, color_scheme="light", viewport=viewport)
    light.get_by_text("Saved").wait_for()
    assert background(light) == "rgb(255, 255, 255)"
    # The OS switches while the page is open: the page follows.
    light.emulate_media(color_scheme="dark")
    light.wait_for_function("getComputedStyle(document.body).backgroundColor === 'rgb(14, 17, 23)'")


def test_the_stored_choice_overrides_the_os(
    serve: Callable[..., Server], tab: Callable[..., Any]
) -> None:
    server = serve(SHOWCASE)
    page = tab(server.url, color_scheme="dark", storage="light")
    page.get_by_text("Saved").wait_for()
    assert page.evaluate("window.firstBackground") == "rgb(255, 255, 255)"
    assert page.evaluate("document.documentElement.dataset.scheme") == "light"
    page = tab(server.url, color_scheme="light", storage="dark")
    page.get_by_text("Saved").wait_for()
    assert background(page) == "rgb(14, 17, 23)"
    # Back to "auto" (what Settings does through theme.ts): the OS decides again.
    page.evaluate("localStorage.removeItem('ostinato.theme')")
    page.reload()
    page.get_by_text("Saved").wait_for()
    assert background(page) == "rgb(255, 255, 255)"


def test_theme_in_streamlit_config_shows(
    serve: Callable[..., Server], tab: Callable[..., Any], tmp_path: Path
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        "[theme]\n"
        'primaryColor = "#ff4b4b"\n'
        'font = "serif"\n'
        'codeFont = "monospace"\n'
        'baseRadius = "none"\n'
        "[theme.sidebar]\n"
        'backgroundColor = "#123456"\n'
        'textColor = "#ffffff"\n'
    )
    server = serve(SHOWCASE)
    for scheme in ("light", "dark"):
        page = tab(server.url, color_scheme=scheme)
        go = page.get_by_role("button", name="Go")
        go.wait_for()
        assert go.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(255, 75, 75)"
        assert go.evaluate("el => getComputedStyle(el).borderRadius") == "0px"
        family = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "serif" in family and "Source Sans" not in family
        # A custom theme is based on light, and shown by default even on a dark OS.
        assert background(page) == "rgb(255, 255, 255)"
        assert background(page, "#ostinato-sidebar") == "rgb(18, 52, 86)"
        side = page.get_by_text("In the sidebar")
        assert side.evaluate("el => getComputedStyle(el).color") == "rgb(255, 255, 255)"


def test_theme_base_dark_is_the_default_and_the_user_can_switch(
    serve: Callable[..., Server], tab: Callable[..., Any], tmp_path: Path
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[theme]\nbase = "dark"\n')
    server = serve(SHOWCASE)
    page = tab(server.url, color_scheme="light")
    page.get_by_text("Saved").wait_for()
    assert page.evaluate("window.firstBackground") == "rgb(14, 17, 23)"
    page = tab(server.url, color_scheme="light", storage="light")
    page.get_by_text("Saved").wait_for()
    assert background(page) == "rgb(255, 255, 255)"


def test_the_bundled_font_is_served_and_used(serve: Callable[..., Server], page: Any) -> None:
    server = serve(SHOWCASE)
    page.goto(server.url)
    page.get_by_text("Saved").wait_for()
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('16px \"Source Sans 3\"')")
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)"
    )
    assert any("Source Sans 3" in name for name in loaded)
    fonts = page.evaluate(
        "performance.getEntriesByType('resource').map(e => e.name)"
        ".filter(n => n.endsWith('.woff2'))"
    )
    assert fonts and all(name.startswith(server.url) for name in fonts)  # no CDN


def test_phone_main_column_is_full_width_and_wide_table_scrolls_in_its_box(
    serve: Callable[..., Server], tab: Callable[..., Any]
) -> None:
    server = serve(WIDE_TABLE)
    page = tab(server.url, viewport=PHONE)
    page.locator(".ost-dataframe").wait_for()
    width = page.eval_on_selector("#ostinato-main", "el => el.getBoundingClientRect().width")
    assert width >= 350
    box = page.locator(".ost-dataframe")
    assert box.evaluate("el => el.scrollWidth > el.clientWidth + 500")
    assert box.evaluate("el => el.getBoundingClientRect().right") <= 390
    assert page.evaluate(
        "document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth"
    )
    page.mouse.wheel(600, 0)
    page.wait_for_timeout(100)
    assert page.evaluate("window.scrollX") == 0


def _drawer_shown(page: Any) -> bool:
    return bool(
        page.eval_on_selector(
            "#ostinato-sidebar",
            "el => { const r = el.getBoundingClientRect();"
            " return getComputedStyle(el).visibility === 'visible'"
            " && r.right > 100 && r.left >= 0; }",
        )
    )


def test_phone_sidebar_is_a_drawer(serve: Callable[..., Server], tab: Callable[..., Any]) -> None:
    server = serve(WIDE_TABLE)
    page = tab(server.url, viewport=PHONE)
    page.get_by_text("Wide data").wait_for()
    toggle = page.get_by_role("button", name="Open sidebar")
    toggle.wait_for()
    assert not _drawer_shown(page)  # closed by default on a phone
    main_top = page.eval_on_selector("#ostinato-main", "el => el.getBoundingClientRect().top")
    assert main_top < 100  # the sidebar does not sit above the content
    toggle.click()
    page.wait_for_function("document.body.dataset.sidebar === 'open'")
    page.wait_for_timeout(300)
    assert _drawer_shown(page)
    # Over the content, and focus moved into it.
    assert page.evaluate(
        "document.getElementById('ostinato-sidebar').contains(document.activeElement)"
    )
    page.keyboard.press("Escape")
    page.wait_for_function("document.body.dataset.sidebar === 'closed'")
    assert page.evaluate("document.activeElement.id") == "ostinato-sidebar-toggle"
    page.wait_for_timeout(300)
    assert not _drawer_shown(page)
    # Open again, then a click on the dimmed page beside it closes it.
    page.get_by_role("button", name="Open sidebar").click()
    page.wait_for_function("document.body.dataset.sidebar === 'open'")
    page.get_by_role("button", name="Apply").click()  # a click inside keeps it open
    assert page.evaluate("document.body.dataset.sidebar") == "open"
    page.mouse.click(375, 600)
    page.wait_for_function("document.body.dataset.sidebar === 'closed'")


def test_desktop_sidebar_collapses_and_layout_options(
    serve: Callable[..., Server], tab: Callable[..., Any]
) -> None:
    server = serve(WIDE_TABLE)
    page = tab(server.url)
    page.get_by_text("Filters").wait_for()
    assert page.get_by_text("Filters").is_visible()
    page.get_by_role("button", name="Close sidebar").click()
    assert not page.get_by_text("Filters").is_visible()
    page.get_by_role("button", name="Open sidebar").click()
    page.get_by_text("Filters").wait_for()
    centered = page.eval_on_selector("#ostinato-main", "el => el.getBoundingClientRect().width")
    assert centered < 800

    wide = serve(
        "import ostinato as st\n"
        'st.set_page_config(layout="wide", initial_sidebar_state="collapsed")\n'
        + WIDE_TABLE.replace("import ostinato as st\n", "")
    )
    page = tab(wide.url)
    page.get_by_text("Wide data").wait_for()
    page.wait_for_function("document.body.dataset.sidebar === 'closed'")
    assert not page.get_by_text("Filters").is_visible()
    width = page.eval_on_selector("#ostinato-main", "el => el.getBoundingClientRect().width")
    assert width > 1100
    expanded = serve(
        'import ostinato as st\nst.set_page_config(initial_sidebar_state="expanded")\n'
        + WIDE_TABLE.replace("import ostinato as st\n", "")
    )
    page = tab(expanded.url, viewport=PHONE)
    page.get_by_text("Wide data").wait_for()
    page.wait_for_function("document.body.dataset.sidebar === 'open'")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_muted_links_deltas_and_alerts_pass_aa_contrast(
    serve: Callable[..., Server], tab: Callable[..., Any], scheme: str
) -> None:
    server = serve(SHOWCASE)
    page = tab(server.url, color_scheme=scheme)
    page.get_by_text("Broken").wait_for()
    checks = {
        "text": page.get_by_text("Read"),
        "muted": page.get_by_text("A caption in muted text"),
        "link": page.get_by_role("link", name="the docs"),
        "delta up": page.locator(".ost-metric-delta.good"),
        "delta down": page.locator(".ost-metric-delta.bad"),
        "metric label": page.locator(".ost-metric-label").first,
        "success": page.get_by_text("Saved"),
        "info": page.get_by_text("Note this"),
        "warning": page.get_by_text("Careful"),
        "error": page.get_by_text("Broken"),
        "primary button": page.get_by_role("button", name="Go"),
        "sidebar text": page.get_by_text("In the sidebar"),
    }
    ratios = {name: float(loc.evaluate(CONTRAST_JS)) for name, loc in checks.items()}
    low = {name: round(r, 2) for name, r in ratios.items() if r < 4.5}
    assert low == {}, f"below 4.5:1 in {scheme}: {low}"


CONTEXT = """
import ostinato as st
st.write(f"theme is {st.context.theme.type}, {st.context.theme['type']}")
st.button("Again")
"""


def test_st_context_theme_reports_the_pages_scheme(
    serve: Callable[..., Server], tab: Callable[..., Any]
) -> None:
    server = serve(CONTEXT)
    page = tab(server.url, color_scheme="dark")
    page.get_by_text("theme is dark, dark").wait_for()
    # The OS switches to light: the next run sees it.
    page.emulate_media(color_scheme="light")
    page.wait_for_function("document.documentElement.dataset.scheme === 'light'")
    page.get_by_role("button", name="Again").click()
    page.get_by_text("theme is light, light").wait_for()
