"""In the page: math typeset by the lazy KaTeX chunk (fetched only by pages with
math), Material icons in their font, Markdown colours, and st.html sanitised unless
unsafe_allow_javascript."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import Server
from tests.e2e import apps
from tests.e2e.test_theme_layout import CONTRAST_JS

MATH = r"""
import ostinato as st

st.latex(r"\int_0^1 x^2\,dx = \frac{1}{3}")
st.markdown("Inline $x^2$ in text.")
st.latex(r"\frac{")
st.write("after the bad formula")
"""

COLOURS = """
import ostinato as st

st.markdown("Plain :red[hot] :blue-background[cool] :green-badge[new] :smile:")
st.markdown(":material/home: Home")
st.button("**Bold** :violet[label]")
st.radio("Pick", ["*first*", ":orange[second]"], captions=["the caption", "another"])
"""

HTML = """
import ostinato as st

st.html(
    '<p id="safe">kept</p><script>document.body.dataset.safeRan = "yes"</script>'
    '<img id="pic" src="data:," onerror="document.body.dataset.handlerRan = \\'yes\\'">'
    '<a id="js" href="javascript:alert(1)">link</a>'
)
st.html(
    '<a id="out" href="https://example.org" target="_blank">out</a>'
    '<svg id="vector"><circle r="4"></circle></svg>'
)
st.html(
    '<p id="unsafe">scripted</p><script>document.body.dataset.unsafeRan = "yes"</script>'
    '<img id="pic2" src="data:," onerror="document.body.dataset.handler2Ran = \\'yes\\'">',
    unsafe_allow_javascript=True,
)
st.html("<style>#safe { letter-spacing: 3px; }</style>")
"""


def _requests(page: Any) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url))
    return urls


def test_latex_and_markdown_math_are_typeset_by_the_katex_chunk(
    serve: Callable[..., Server], page: Any
) -> None:
    urls = _requests(page)
    page.goto(serve(MATH).url)
    page.get_by_text("after the bad formula").wait_for()
    page.locator(".ost-latex .katex-display").first.wait_for()
    page.locator(".ost-markdown .ost-math .katex").wait_for()
    # The formula reads as math (MathML for assistive tech), not as its TeX source.
    assert "∫" in page.locator(".ost-latex").first.inner_text()
    # Bad TeX shows as KaTeX's error (its source, in the error colour), the run goes on.
    error = page.locator(".ost-latex .katex-error")
    error.wait_for()
    assert error.inner_text() == "\\frac{"
    assert error.evaluate("e => getComputedStyle(e).color") != page.locator(
        ".ost-markdown p"
    ).last.evaluate("e => getComputedStyle(e).color")
    page.wait_for_function("document.fonts.check('16px KaTeX_Main')")
    names = [url.rsplit("/", 1)[-1] for url in urls]
    assert any(n.startswith("katex-") and n.endswith(".js") for n in names)
    assert "katex.css" in names
    assert any(n.startswith("KaTeX_Main-Regular") for n in names)


def test_the_counter_page_fetches_no_math_sanitiser_or_icon_font(
    serve: Callable[..., Server], page: Any
) -> None:
    urls = _requests(page)
    page.goto(serve(apps.COUNTER).url)
    page.get_by_text("Count = 0").wait_for()
    page.get_by_role("button", name="Increment").click()
    page.get_by_text("Count = 1").wait_for()
    page.evaluate("document.fonts.ready.then(() => true)")
    heavy = [u for u in urls if any(w in u for w in ("katex", "KaTeX", "purify", "material"))]
    assert heavy == []


def test_colours_badges_emoji_and_icons(serve: Callable[..., Server], page: Any) -> None:
    urls = _requests(page)
    page.goto(serve(COLOURS).url)
    paragraph = page.locator(".ost-markdown p").first
    paragraph.wait_for()
    body = paragraph.evaluate("e => getComputedStyle(e).color")
    hot = page.locator(".ost-fg-red").evaluate("e => getComputedStyle(e).color")
    assert hot != body
    cool = page.locator(".ost-bg-blue").evaluate("e => getComputedStyle(e).backgroundColor")
    assert cool not in ("rgba(0, 0, 0, 0)", "transparent")
    badge = page.locator(".ost-badge-green")
    assert badge.inner_text() == "new"
    assert badge.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert "😄" in paragraph.inner_text()
    # The icon is drawn by Material Symbols (fetched because a glyph uses it): one
    # glyph wide, not the word "home".
    icon = page.locator(".ost-icon", has_text="home")
    page.wait_for_function("document.fonts.check('24px \"Material Symbols Rounded\"', 'home')")
    page.wait_for_function(
        "() => [...document.fonts].some(f => f.family.includes('Material Symbols Rounded')"
        " && f.status === 'loaded')"
    )
    box = icon.bounding_box()
    assert box is not None and box["width"] <= box["height"] * 1.3
    assert any(u.endswith("material-symbols-rounded.woff2") for u in urls)
    # Labels are Markdown too.
    button = page.get_by_role("button", name="Bold label")
    assert button.locator("strong").inner_text() == "Bold"
    assert button.locator(".ost-fg-violet").inner_text() == "label"
    option = page.get_by_role("radio", name="second")
    assert option.locator("xpath=..").locator(".ost-fg-orange").inner_text() == "second"
    assert page.locator(".ost-option em").inner_text() == "first"
    assert page.locator(".ost-option-caption").first.inner_text() == "the caption"


def test_html_is_sanitised_unless_javascript_is_allowed(
    serve: Callable[..., Server], page: Any
) -> None:
    urls = _requests(page)
    page.goto(serve(HTML).url)
    page.locator("#safe").wait_for()
    page.locator("#unsafe").wait_for()
    page.wait_for_function("document.body.dataset.unsafeRan === 'yes'")
    page.locator("#pic").wait_for(state="attached")
    assert page.evaluate("document.body.dataset.safeRan") is None
    assert page.evaluate("document.body.dataset.handlerRan") is None
    assert page.locator("#pic").get_attribute("onerror") is None
    assert page.locator("#js").get_attribute("href") is None
    # As Streamlit 1.67: HTML only (no SVG), new-tab links kept with rel=noopener.
    assert page.locator("#out").get_attribute("target") == "_blank"
    assert page.locator("#out").get_attribute("rel") == "noopener noreferrer"
    assert page.locator("#vector").count() == 0
    # unsafe_allow_javascript runs scripts, but event handlers are still removed.
    page.locator("#pic2").wait_for(state="attached")
    assert page.locator("#pic2").get_attribute("onerror") is None
    assert page.evaluate("document.body.dataset.handler2Ran") is None
    # Style-only HTML applies and takes no room.
    page.wait_for_function(
        "getComputedStyle(document.getElementById('safe')).letterSpacing === '3px'"
    )
    style_box = page.locator(".ost-html.style-only").bounding_box()
    assert style_box is None
    assert any("purify" in u for u in urls)


LAYOUT = """
import ostinato as st

st.markdown("## Section one\\nBody text")
st.markdown("## Quiet section", anchors=False)
st.markdown("word " * 80, wrap=False)
st.markdown("centred", text_alignment="center")
"""


def test_markdown_headings_anchors_and_layout(serve: Callable[..., Server], page: Any) -> None:
    page.goto(serve(LAYOUT).url)
    page.get_by_text("centred").wait_for()
    linked = page.locator("h2#section-one")
    assert linked.locator("a.ost-anchor").get_attribute("href") == "#section-one"
    quiet = page.locator("h2#quiet-section")
    assert quiet.count() == 1 and quiet.locator("a").count() == 0
    # wrap=False: one line, cut (its text is wider than its box).
    line = page.locator(".ost-nowrap p")
    box = line.bounding_box()
    assert box is not None and box["height"] < 40
    assert line.evaluate("e => e.scrollWidth > e.clientWidth")
    centred = page.locator(".ost-markdown", has_text="centred")
    assert centred.evaluate("e => getComputedStyle(e).textAlign") == "center"


NAV_ICONS = """
import ostinato as st

def home():
    st.page_link(other, label="Go on", icon=":material/arrow_forward:")

def second():
    st.write("second page")

other = st.Page(second, title="Second", icon="🚀")
st.navigation([st.Page(home, title="Home", icon=":material/home:", default=True), other]).run()
"""


def test_material_icons_of_pages_and_page_links(serve: Callable[..., Server], page: Any) -> None:
    page.goto(serve(NAV_ICONS).url)
    link = page.locator(".ost-page-link")
    link.wait_for()
    assert link.locator(".ost-icon").inner_text() == "arrow_forward"
    nav = page.locator(".ost-nav-link", has_text="Home")
    assert nav.locator(".ost-icon").inner_text() == "home"
    # The icon's name is not read out: the link is named by its title.
    assert page.get_by_role("link", name="Home", exact=True).count() == 1
    assert "🚀" in page.locator(".ost-nav-link", has_text="Second").inner_text()


TONES = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "primary")
PALETTE_APP = "import ostinato as st\n" + "".join(
    f'st.markdown(":{t}[{t} text] :{t}-background[{t} behind] :{t}-badge[{t} badge]")\n'
    for t in TONES
)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_markdown_colours_pass_aa_contrast(
    serve: Callable[..., Server], browser: Any, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(serve(PALETTE_APP).url)
        page.get_by_text("primary badge").wait_for()
        ratios = {}
        for tone in TONES:
            for kind, name in (("fg", "text"), ("bg", "behind"), ("badge", "badge")):
                located = page.locator(f".ost-{kind}-{tone}", has_text=f"{tone} {name}")
                ratios[f"{tone} {name}"] = float(located.evaluate(CONTRAST_JS))
        low = {name: round(r, 2) for name, r in ratios.items() if r < 4.5}
        assert low == {}, f"below 4.5:1 in {scheme}: {low}"
    finally:
        context.close()


HELP = """
import ostinato as st

st.text_input("Name", help="Your **full** name, see [the guide](https://example.org)")
st.markdown("Body", help="A *note*")
"""


def test_help_tooltips_are_markdown(serve: Callable[..., Server], page: Any) -> None:
    page.goto(serve(HELP).url)
    badge = page.locator(".ost-w-text_input .ost-help")
    badge.wait_for()
    tip = badge.locator(".ost-help-tip")
    assert not tip.is_visible()
    badge.hover()
    tip.wait_for()
    assert tip.locator("strong").inner_text() == "full"
    assert tip.get_by_role("link", name="the guide").get_attribute("target") == "_blank"
    # Read out as text, without the Markdown's marks.
    assert badge.get_attribute("aria-label") == "Help: Your full name, see the guide"
    note = page.locator(".ost-with-help .ost-help-tip")
    page.locator(".ost-with-help .ost-help").focus()
    note.wait_for()
    assert note.locator("em").inner_text() == "note"
