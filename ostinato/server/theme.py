"""Streamlit's `[theme]` options as the page's CSS custom properties.

The page (src/app.css) defines every design token for the light and the dark
scheme; this module turns the `[theme]`, `[theme.sidebar]`, `[theme.light]`,
`[theme.dark]` (and their `.sidebar`) options into a `<style>` block that the
server puts into the page it serves, after the stylesheet, so that the first
paint already has the app's theme. Every value is checked before it gets near
CSS: a colour, a length, a font name or a font URL that could end the rule or
the style element is refused at start-up with an error naming the option.

Which scheme a section applies to:

- `[theme]` accent options (primaryColor, linkColor, fonts, baseRadius,
  showWidgetBorder) apply to both schemes; its surface colours (background,
  secondary background, text, border, code) apply to the scheme it is based on
  (`base`, light when unset), and setting any of them (here or in
  `[theme.sidebar]`) makes that scheme the page's default, as Streamlit shows a
  custom theme by default. The user can
  still switch scheme in Settings.
- `[theme.light]` and `[theme.dark]` apply to their scheme only.
- The `.sidebar` sections apply to the sidebar only (same rules).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ostinato.config import get_option
from ostinato.errors import ConfigError


class ThemeError(ConfigError):
    """A `[theme]` option has a value the page cannot use safely."""


# Keys whose values are colours, and the tokens they set.
COLOURS: dict[str, tuple[str, ...]] = {
    "primaryColor": ("--primary", "--primary-text"),
    "backgroundColor": ("--bg",),
    "secondaryBackgroundColor": ("--bg-secondary",),
    "textColor": ("--text",),
    "linkColor": ("--link",),
    "borderColor": ("--border",),
    "codeBackgroundColor": ("--code-bg",),
    "codeTextColor": ("--code-text",),
}
# Streamlit's basic palette (Markdown's :red[…], :red-background[…], badges):
# `redTextColor` and `redBackgroundColor` set the tokens; `redColor` alone derives
# both (text a little darker/lighter toward the scheme's contrast, a translucent tint).
PALETTE = ("red", "orange", "yellow", "blue", "green", "violet", "gray")
PALETTE_BASE = {f"{c}Color": c for c in PALETTE}
for _c in PALETTE:
    COLOURS[f"{_c}TextColor"] = (f"--{_c}-text",)
    COLOURS[f"{_c}BackgroundColor"] = (f"--{_c}-bg",)
# Colours that belong to a scheme's surface: in [theme] they apply to its base only.
SURFACE = {
    "backgroundColor",
    "secondaryBackgroundColor",
    "textColor",
    "borderColor",
    "codeBackgroundColor",
    "codeTextColor",
}
FONTS = {"font": "--font", "headingFont": "--heading-font", "codeFont": "--mono"}
IMPLEMENTED = {
    *PALETTE_BASE,
    *COLOURS,
    *FONTS,
    "base",
    "baseRadius",
    "showWidgetBorder",
    "fontFaces",
}
"""The theme keys the page acts on (options.py marks them implemented)."""

SANS = (
    '"Source Sans 3", "Source Sans Pro", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
)
SERIF = '"Source Serif 4", "Source Serif Pro", Georgia, "Times New Roman", serif'
MONO = 'ui-monospace, "SFMono-Regular", "Cascadia Mono", Menlo, Consolas, monospace'
GENERIC = {"sans-serif": SANS, "serif": SERIF, "monospace": MONO}
GENERIC_WORDS = {
    "serif",
    "sans-serif",
    "monospace",
    "cursive",
    "fantasy",
    "system-ui",
    "ui-sans-serif",
    "ui-serif",
    "ui-monospace",
    "ui-rounded",
    "math",
    "emoji",
}
CHART_COLOURS = 10
"""How many of theme.chartCategoricalColors the charts' palette takes (--chart-1 …)."""

RADII = {"none": "0", "small": "0.25rem", "medium": "0.5rem", "large": "1rem", "full": "1.4rem"}

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_FUNCTION = re.compile(r"(?:rgba?|hsla?)\(\s*[0-9.,%\s/+-]+\)", re.IGNORECASE)
_NAMED = re.compile(r"[a-zA-Z]{3,30}")
_LENGTH = re.compile(r"(\d+(?:\.\d+)?)(px|rem|em|%)?")
_FAMILY = re.compile(r"[\w .\-]{1,80}")
_URL = re.compile(r"[\w\-./:%?=&~+@]{1,500}")
_WEIGHT = re.compile(r"\d{3}(?: \d{3})?|normal|bold")
_RANGE = re.compile(r"[uU]\+[0-9a-fA-F?\-, uU+]{1,500}")


def colour(name: str, value: Any) -> str:
    """A CSS colour: #hex, rgb()/rgba()/hsl()/hsla() of numbers, or a colour name."""
    text = str(value).strip()
    if isinstance(value, str) and any(
        pattern.fullmatch(text) for pattern in (_HEX, _FUNCTION, _NAMED)
    ):
        return text
    raise ThemeError(
        f"Option {name} = {value!r} is not a colour: give #rrggbb, #rgb, rgb(r, g, b), "
        'rgba(r, g, b, a), hsl(...) or a CSS colour name like "teal".'
    )


def radius(name: str, value: Any) -> str:
    """baseRadius: "none", "small", "medium", "large", "full", pixels or a CSS length."""
    if isinstance(value, bool):
        raise ThemeError(f"Option {name} = {value!r} is not a radius.")
    if isinstance(value, int | float):
        return f"{float(value):g}px"
    text = str(value).strip().lower()
    if text in RADII:
        return RADII[text]
    match = _LENGTH.fullmatch(text)
    if match is None:
        raise ThemeError(
            f"Option {name} = {value!r} is not a radius: give none, small, medium, large, "
            'full, a number of pixels or a length like "6px" or "0.5rem".'
        )
    return text if match.group(2) else f"{text}px"


def family(name: str, value: Any) -> str:
    """A font: "sans-serif", "serif", "monospace", or family names separated by commas."""
    text = str(value).strip()
    if text.lower() in GENERIC:
        return GENERIC[text.lower()]
    names = [part.strip().strip("'\"").strip() for part in text.split(",")]
    if not isinstance(value, str) or not names or not all(_FAMILY.fullmatch(n) for n in names):
        raise ThemeError(
            f"Option {name} = {value!r} is not a font: give sans-serif, serif, monospace or "
            "font family names (letters, digits, spaces, dots and dashes), separated by commas."
        )
    listed = [n if n.lower() in GENERIC_WORDS else f'"{n}"' for n in names]
    fallback = MONO if name.endswith("codeFont") else SANS
    return ", ".join([*listed, fallback])


def font_faces(name: str, value: Any, root: str) -> list[str]:
    """[[theme.fontFaces]]: @font-face rules; a relative url is the app's (app/static/…)."""
    if not isinstance(value, list):
        raise ThemeError(f"Option {name} must be a list of [[theme.fontFaces]] tables.")
    rules: list[str] = []
    for n, face in enumerate(value):
        where = f"{name}[{n}]"
        if not isinstance(face, dict):
            raise ThemeError(f"Option {where} must be a table with family and url.")
        fam, url = str(face.get("family", "")).strip(), str(face.get("url", "")).strip()
        if not _FAMILY.fullmatch(fam):
            raise ThemeError(f"Option {where}.family = {fam!r} is not a font family name.")
        if not _URL.fullmatch(url) or "//" in url.split(":", 1)[-1][2:]:
            raise ThemeError(
                f"Option {where}.url = {url!r} is not a font URL: give a path such as "
                '"app/static/MyFont.woff2" or an http(s) URL.'
            )
        if not re.match(r"https?://", url):
            url = root + url.lstrip("/")
        parts = [f'font-family: "{fam}"', f'src: url("{url}")', "font-display: swap"]
        weight = face.get("weight")
        if weight is not None:
            text = str(weight).strip()
            if isinstance(weight, bool) or not _WEIGHT.fullmatch(text):
                raise ThemeError(f"Option {where}.weight = {weight!r} is not a font weight.")
            parts.append(f"font-weight: {text}")
        style = face.get("style")
        if style is not None:
            if str(style) not in ("normal", "italic", "oblique"):
                raise ThemeError(f"Option {where}.style = {style!r}: normal, italic or oblique.")
            parts.append(f"font-style: {style}")
        unicode_range = face.get("unicodeRange")
        if unicode_range is not None:
            if not _RANGE.fullmatch(str(unicode_range).strip()):
                raise ThemeError(f"Option {where}.unicodeRange = {unicode_range!r} is not a range.")
            parts.append(f"unicode-range: {str(unicode_range).strip()}")
        rules.append("@font-face { " + "; ".join(parts) + " }")
    return rules


def _contrast_text(value: str) -> str | None:
    """Black or white, whichever reads better on a #hex colour (None: not hex)."""
    if not _HEX.fullmatch(value):
        return None
    digits = value[1:]
    if len(digits) in (3, 4):
        digits = "".join(c * 2 for c in digits[:3])
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    lum = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#ffffff" if (1.05 / (lum + 0.05)) >= ((lum + 0.05) / 0.05) else "#0e1117"


@dataclass
class Theme:
    """The page's theme: the style block and the default scheme ("" follows the OS)."""

    style: str
    base: str

    def head(self) -> str:
        """The `<style>` element for the page's head ("" when nothing is set)."""
        if not self.style:
            return ""
        return f'<style id="ostinato-theme">\n{self.style}</style>'

    def html_attribute(self) -> str:
        """` data-base="dark"` for the page's <html> ("" when the OS decides)."""
        return f' data-base="{html.escape(self.base)}"' if self.base else ""


def _tokens(section: str, keys: Iterable[str]) -> list[str]:
    """The declarations for the set keys of one section."""
    out: list[str] = []
    for key in keys:
        name = f"{section}.{key}"
        value = get_option(name)
        if value is None:
            continue
        if key in PALETTE_BASE:
            text, tone = colour(name, value), PALETTE_BASE[key]
            out.append(f"--{tone}-text: color-mix(in srgb, {text} 85%, var(--mix-toward))")
            out.append(f"--{tone}-bg: color-mix(in srgb, {text} 15%, transparent)")
        elif key in COLOURS:
            text = colour(name, value)
            tokens = COLOURS[key]
            if key == "backgroundColor" and section.endswith("sidebar"):
                tokens = ("--sidebar-bg", "--bg")  # the sidebar's own, and its inputs'
            out.extend(f"{token}: {text}" for token in tokens)
            if key == "primaryColor":
                fg = _contrast_text(text)
                if fg:
                    out.append(f"--primary-fg: {fg}")
            if key == "textColor":
                out.append("--text-muted: color-mix(in srgb, var(--text) 78%, var(--bg))")
        elif key in FONTS:
            out.append(f"{FONTS[key]}: {family(name, value)}")
        elif key == "baseRadius":
            out.append(f"--radius: {radius(name, value)}")
        elif key == "chartCategoricalColors":
            if not isinstance(value, list | tuple) or not value:
                raise ThemeError(f"Option {name} = {value!r} must be a list of colours.")
            for index, one in enumerate(value[:CHART_COLOURS], start=1):
                out.append(f"--chart-{index}: {colour(name, one)}")
        elif key == "showWidgetBorder":
            if not isinstance(value, bool):
                raise ThemeError(f"Option {name} = {value!r} must be true or false.")
            out.append(f"--widget-border: {'var(--border)' if value else 'transparent'}")
    return out


def _rule(selector: str, declarations: list[str]) -> str:
    return f"{selector} {{ {'; '.join(declarations)}; }}\n" if declarations else ""


def build(root: str = "/") -> Theme:
    """The theme from the current options; ThemeError names a bad option."""
    base = get_option("theme.base")
    if base is not None and str(base) not in ("light", "dark"):
        raise ThemeError(
            f'Option theme.base = {base!r}: give "light" or "dark" (theme files are not read).'
        )
    # The palette's base colours first: an explicit text or background colour wins.
    keys = [
        key
        for key in (
            *PALETTE_BASE, *COLOURS, *FONTS, "baseRadius", "showWidgetBorder",
            "chartCategoricalColors",
        )
    ]  # fmt: skip
    shared = [k for k in keys if k not in SURFACE]
    surface = [k for k in keys if k in SURFACE]
    custom_surface = any(
        get_option(f"{section}.{k}") is not None
        for section in ("theme", "theme.sidebar")
        for k in surface
    )
    scheme = str(base) if base is not None else ("light" if custom_surface else "")
    home = scheme or "light"
    css: list[str] = []
    faces = get_option("theme.fontFaces")
    if faces:
        css.extend(rule + "\n" for rule in font_faces("theme.fontFaces", faces, root))
    # Scopes: the page (:root), which the sidebar also takes (app.css declares some
    # tokens again on #ostinato-sidebar), then the sidebar's own sections, later so
    # that they win there. Every selector out-ranks app.css's own.
    side = " #ostinato-sidebar"
    for sidebar in (False, True):
        for section, scheme_selector in (
            ("theme", ":root[data-scheme]"),
            ("theme.light", ':root[data-scheme="light"]'),
            ("theme.dark", ':root[data-scheme="dark"]'),
        ):
            prefix = f"{section}.sidebar" if sidebar else section

            def selector(root: str, sidebar: bool = sidebar) -> str:
                return root + side if sidebar else f"{root}, {root}{side}"

            if section == "theme":
                bound = f':root[data-scheme="{home}"]'
                css.append(_rule(selector(scheme_selector), _tokens(prefix, shared)))
                css.append(_rule(selector(bound), _tokens(prefix, surface)))
            else:
                css.append(_rule(selector(scheme_selector), _tokens(prefix, keys)))
    return Theme("".join(css), scheme)


__all__ = ["IMPLEMENTED", "Theme", "ThemeError", "build", "colour", "family", "radius"]
