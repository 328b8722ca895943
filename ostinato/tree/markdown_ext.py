"""Streamlit's Markdown extensions as markdown-it-py plugins: coloured text and
backgrounds (`:red[…]`, `:blue-background[…]`, `:color[…]{foreground="…"}`),
badges (`:green-badge[…]`), `:small[…]`, `:shimmer[…]`, emoji shortcodes (`:smile:`),
Material icons (`:material/home:`), LaTeX (`$…$`, `$$…$$`, typeset in the page by
the lazy KaTeX chunk), Streamlit's typographic arrows (`->` → `→`), and links that
open in a new tab. Everything is made as tokens, so the renderer escapes the text
and code spans and blocks are never touched."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkLabel
from markdown_it.renderer import RendererHTML
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.dollarmath import dollarmath_plugin

PALETTE = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
"""Streamlit's named colours for text, backgrounds and badges (plus "rainbow" for
text and backgrounds)."""

_DIRECTIVE = re.compile(r":([a-z][a-z0-9-]*)\[")
_SHORTCODE = re.compile(r":(material/[a-z0-9_]+|[a-z0-9_+\-]+):")
_ATTRS = re.compile(r'\{\s*((?:(?:foreground|background)\s*=\s*"[^"{}]*"\s*)+)\}')
_ATTR = re.compile(r'(foreground|background)\s*=\s*"([^"]*)"')
_NUMBER = r"\s*-?\d+(?:\.\d+)?%?\s*"
_CSS_COLOR = re.compile(
    r"#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|[a-zA-Z]{3,30}"
    rf"|(?:rgb|rgba|hsl|hsla)\({_NUMBER}(?:,{_NUMBER}){{2,3}}\)"
)
"""CSS colours `:color[…]{…}` accepts: named, hex, rgb(a) and hsl(a) with commas
(as Streamlit documents), nothing that could end the style attribute."""

EMOJI_FILE = Path(__file__).resolve().parent.parent / "frontend" / "dist" / "emoji.json"
"""Shortcode → emoji, written by the front-end build from markdown-it-emoji's table."""

_SYMBOLS = (
    (re.compile(r"(^|\s)<->(?=\s|$)"), "↔"),
    (re.compile(r"(^|\s)->(?=\s|$)"), "→"),
    (re.compile(r"(^|\s)<-(?=\s|$)"), "←"),
    (re.compile(r"(^|\s)--(?=\s|$)"), "—"),
    (re.compile(r"(^|\s)>=(?=\s|$)"), "≥"),
    (re.compile(r"(^|\s)<=(?=\s|$)"), "≤"),
    (re.compile(r"(^|\s)~=(?=\s|$)"), "≈"),
)


@cache
def emoji_table() -> dict[str, str]:
    """The shortcode table ({} when the front end was not built yet)."""
    try:
        table: dict[str, str] = json.loads(EMOJI_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return table


def _directive_classes(name: str) -> list[str] | None:
    """The classes of a `:name[…]` span, or None when `name` is not a directive."""
    if name in PALETTE or name == "rainbow":
        return ["ost-fg", f"ost-fg-{name}"]
    if name == "color":
        return ["ost-fg"]
    if name in ("small", "shimmer"):
        return [f"ost-{name}"]
    kind, _, tone = name.rpartition("-")
    if tone == "background" and (kind in PALETTE or kind == "rainbow"):
        return ["ost-bg", f"ost-bg-{kind}"]
    if tone == "badge" and kind in PALETTE:
        return ["ost-badge", f"ost-badge-{kind}"]
    return None


def _custom_style(attrs: str) -> str:
    """The inline style of `{foreground="…" background="…"}`; invalid colours dropped."""
    style = []
    for which, value in _ATTR.findall(attrs):
        value = value.strip()
        if _CSS_COLOR.fullmatch(value):
            style.append(f"{'color' if which == 'foreground' else 'background-color'}: {value}")
    return "; ".join(style)


def _directive(state: StateInline, silent: bool) -> bool:
    """`:name[content]` (content is Markdown, directives nest)."""
    if state.src[state.pos] != ":":
        return False
    found = _DIRECTIVE.match(state.src, state.pos, state.posMax)
    if found is None:
        return False
    classes = _directive_classes(found.group(1))
    if classes is None:
        return False
    start = found.end()
    end = parseLinkLabel(state, start - 1)
    if end < 0:
        return False
    after = end + 1
    style = ""
    if found.group(1) == "color":
        attrs = _ATTRS.match(state.src, after, state.posMax)
        if attrs is not None:
            style = _custom_style(attrs.group(1))
            after = attrs.end()
    if not silent:
        opening = state.push("ost_directive_open", "span", 1)
        opening.attrSet("class", " ".join(classes))
        if style:
            opening.attrSet("style", style)
        old_max = state.posMax
        state.pos, state.posMax = start, end
        state.md.inline.tokenize(state)
        state.posMax = old_max
        state.push("ost_directive_close", "span", -1)
    state.pos = after
    return True


def _shortcode(state: StateInline, silent: bool) -> bool:
    """`:smile:` (an emoji) and `:material/home:` (an icon of Material Symbols)."""
    if state.src[state.pos] != ":":
        return False
    found = _SHORTCODE.match(state.src, state.pos, state.posMax)
    if found is None:
        return False
    name = found.group(1)
    if name.startswith("material/"):
        if not silent:
            opening = state.push("ost_icon_open", "span", 1)
            opening.attrSet("class", "ost-icon")
            opening.attrSet("aria-hidden", "true")
            state.push("text", "", 0).content = name.removeprefix("material/")
            state.push("ost_icon_close", "span", -1)
    else:
        emoji = emoji_table().get(name)
        if emoji is None:
            return False
        if not silent:
            state.push("text", "", 0).content = emoji
    state.pos = found.end()
    return True


def _symbols(state: StateCore) -> None:
    """Streamlit's arrows and relations between spaces: `->` → `→`, `>=` → `≥`, …
    (not inside links, code or math)."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        in_link = 0
        for token in block.children:
            if token.type == "link_open":
                in_link += 1
            elif token.type == "link_close":
                in_link -= 1
            elif token.type == "text" and not in_link and any(c in token.content for c in "<>-~"):
                text = token.content
                for pattern, symbol in _SYMBOLS:
                    text = pattern.sub(rf"\g<1>{symbol}", text)
                token.content = text


def _math_span(tex: str, display: bool) -> str:
    """A marked span (inline) or div (display) holding the TeX, typeset by the page."""
    source = html.escape(tex.strip())
    if display:
        return f'<div class="ost-math ost-math-display" data-tex="{source}">{source}</div>\n'
    return f'<span class="ost-math" data-tex="{source}">{source}</span>'


def _math_inline(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return _math_span(tokens[idx].content, display=False)


def _math_block(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return _math_span(tokens[idx].content, display=True)


def _link_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """Links to other pages open in a new tab (as in Streamlit); #anchors do not."""
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if not href.startswith("#"):
        token.attrSet("target", "_blank")
        token.attrSet("rel", "noopener noreferrer")
    return self.renderToken(tokens, idx, options, env)


def _fence(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """A ```mermaid fence is a diagram: a marked div holding its source, drawn by the
    page (st.mermaid_chart writes one); other fences are code as usual."""
    token = tokens[idx]
    if token.info.strip().split(" ")[0].lower() == "mermaid":
        source = html.escape(token.content)
        return f'<div class="ost-mermaid" data-mermaid="{source}"><pre>{source}</pre></div>\n'
    return str(self.fence(tokens, idx, options, env))


def streamlit_extensions(md: MarkdownIt) -> None:
    """Add Streamlit's Markdown extensions to `md`."""
    md.inline.ruler.before("link", "ost_directive", _directive)
    md.inline.ruler.before("link", "ost_shortcode", _shortcode)
    md.core.ruler.push("ost_symbols", _symbols)
    dollarmath_plugin(
        md, allow_labels=False, allow_space=False, allow_digits=False, double_inline=True
    )
    md.add_render_rule("math_inline", _math_inline)
    md.add_render_rule("math_inline_double", _math_inline)
    md.add_render_rule("math_block", _math_block)
    md.add_render_rule("link_open", _link_open)
    md.add_render_rule("fence", _fence)
