"""Streamlit's Markdown extensions, rendered on the server (ostinato/tree/markdown_ext.py):
what the page receives for each, nested, escaped, and never inside code."""

from __future__ import annotations

import pytest

from ostinato.tree.markdown import render, render_inline, render_label
from ostinato.tree.markdown_ext import PALETTE, emoji_table


@pytest.mark.parametrize("color", [*PALETTE, "rainbow"])
def test_coloured_text_and_backgrounds(color: str) -> None:
    assert render(f":{color}[hot]") == f'<p><span class="ost-fg ost-fg-{color}">hot</span></p>'
    assert (
        render(f":{color}-background[hot]")
        == f'<p><span class="ost-bg ost-bg-{color}">hot</span></p>'
    )


@pytest.mark.parametrize("color", PALETTE)
def test_badges(color: str) -> None:
    assert (
        render_inline(f":{color}-badge[new]")
        == f'<span class="ost-badge ost-badge-{color}">new</span>'
    )


def test_rainbow_badges_and_unknown_directives_stay_text() -> None:
    assert render(":rainbow-badge[x] :purple[y] :foo-background[z]") == (
        "<p>:rainbow-badge[x] :purple[y] :foo-background[z]</p>"
    )


def test_directives_nest_and_hold_markdown() -> None:
    assert render(":red[a **b** :blue-background[c `d`]]") == (
        '<p><span class="ost-fg ost-fg-red">a <strong>b</strong> '
        '<span class="ost-bg ost-bg-blue">c <code>d</code></span></span></p>'
    )


def test_a_badge_with_an_icon() -> None:
    assert render_inline(":green-badge[:material/star: Top]") == (
        '<span class="ost-badge ost-badge-green">'
        '<span class="ost-icon" aria-hidden="true">star</span> Top</span>'
    )


def test_small_and_shimmer() -> None:
    assert render_inline(":small[fine print] :shimmer[Thinking]") == (
        '<span class="ost-small">fine print</span> <span class="ost-shimmer">Thinking</span>'
    )


def test_custom_colours_only_take_css_colours() -> None:
    assert render_inline(':color[w]{foreground="#d50000" background="hsl(60,100%,90%)"}') == (
        '<span class="ost-fg" style="color: #d50000; background-color: hsl(60,100%,90%)">w</span>'
    )
    # Anything that is not a colour (which could break out of the style) is dropped.
    assert render_inline(':color[w]{foreground="red;background:url(x)"}') == (
        '<span class="ost-fg">w</span>'
    )


def test_an_unclosed_directive_is_text() -> None:
    assert render(":red[never closed") == "<p>:red[never closed</p>"


def test_html_in_directives_stays_escaped_unless_allowed() -> None:
    assert render(":red[<b>x</b>]") == (
        '<p><span class="ost-fg ost-fg-red">&lt;b&gt;x&lt;/b&gt;</span></p>'
    )
    assert render(":red[<b>x</b>]", unsafe_allow_html=True) == (
        '<p><span class="ost-fg ost-fg-red"><b>x</b></span></p>'
    )


def test_emoji_shortcodes() -> None:
    assert emoji_table()["smile"] == "😄"
    assert render(":smile: :+1: :sunglasses:") == "<p>😄 👍 😎</p>"
    # Unknown names and times stay as written.
    assert render(":not_an_emoji: at 12:30:45") == "<p>:not_an_emoji: at 12:30:45</p>"


def test_material_icons() -> None:
    assert render_inline(":material/home: Home") == (
        '<span class="ost-icon" aria-hidden="true">home</span> Home'
    )


def test_inline_and_display_math() -> None:
    assert render("Area $\\pi r^2$.") == (
        '<p>Area <span class="ost-math" data-tex="\\pi r^2">\\pi r^2</span>.</p>'
    )
    assert render("$$\n\\frac{a}{b}\n$$") == (
        '<div class="ost-math ost-math-display" data-tex="\\frac{a}{b}">\\frac{a}{b}</div>'
    )


def test_dollars_that_are_not_math() -> None:
    # As Streamlit: "$" before a space or a digit after the closing "$" is no math.
    assert render("It costs $5 and $10.") == "<p>It costs $5 and $10.</p>"
    assert render("a $ b $ c") == "<p>a $ b $ c</p>"
    assert render("\\$x\\$") == "<p>$x$</p>"


def test_math_source_is_escaped() -> None:
    html = render("$a<b$")
    assert 'data-tex="a&lt;b"' in html and "<b" not in html


def test_typographic_symbols_between_spaces() -> None:
    assert render("a -> b <- c <-> d -- e >= f <= g ~= h") == (
        "<p>a → b ← c ↔ d — e ≥ f ≤ g ≈ h</p>"
    )
    assert render("x->y") == "<p>x-&gt;y</p>"


def test_nothing_is_touched_in_code_spans_and_blocks() -> None:
    source = ":red[x] :smile: :material/home: $y$ -> z"
    assert render(f"`{source}`") == f"<p><code>{source.replace('>', '&gt;')}</code></p>"
    assert render(f"```\n{source}\n```") == (
        f"<pre><code>{source.replace('>', '&gt;')}\n</code></pre>"
    )
    assert render(f"    {source}") == f"<pre><code>{source.replace('>', '&gt;')}\n</code></pre>"


def test_links_open_in_a_new_tab_but_anchors_do_not() -> None:
    assert render("[docs](https://example.org) [top](#top)") == (
        '<p><a href="https://example.org" target="_blank" rel="noopener noreferrer">docs</a>'
        ' <a href="#top">top</a></p>'
    )


def test_labels_keep_block_markdown_literal() -> None:
    assert render_label("# Not a heading") == "# Not a heading"
    assert render_label("- not a list") == "- not a list"
    assert render_label("**Bold** :red[red]", ":material/bolt:") == (
        '<span class="ost-icon" aria-hidden="true">bolt</span> <strong>Bold</strong> '
        '<span class="ost-fg ost-fg-red">red</span>'
    )
