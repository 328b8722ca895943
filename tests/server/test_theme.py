"""[theme] options become the page's CSS custom properties (ostinato/server/theme.py);
a value that could inject CSS is refused, naming the option."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from ostinato.config import set_option
from ostinato.config.settings import not_implemented_in_use
from ostinato.server import theme
from ostinato.server.theme import ThemeError
from tests.conftest import Server, free_port


def test_nothing_set_adds_nothing_and_follows_the_os() -> None:
    built = theme.build()
    assert built.head() == ""
    assert built.html_attribute() == ""


def test_colours_fonts_and_radius_become_tokens() -> None:
    set_option("theme.primaryColor", "#ff4b4b")
    set_option("theme.font", "serif")
    set_option("theme.codeFont", "JetBrains Mono, monospace")
    set_option("theme.baseRadius", "full")
    set_option("theme.linkColor", "rgb(10, 20, 200)")
    css = theme.build().style
    assert ":root[data-scheme], :root[data-scheme] #ostinato-sidebar {" in css
    assert "--primary: #ff4b4b" in css
    assert "--primary-fg: #0e1117" in css  # dark text reads better on this red
    assert "--font: " + theme.SERIF in css
    assert '--mono: "JetBrains Mono", monospace, ui-monospace' in css
    assert "--radius: 1.4rem" in css
    assert "--link: rgb(10, 20, 200)" in css


def test_chart_colours_become_the_charts_palette() -> None:
    set_option("theme.chartCategoricalColors", ["#ff0000", "teal"])
    set_option("theme.dark.chartCategoricalColors", ["#00ff00"])
    css = theme.build().style
    assert "--chart-1: #ff0000; --chart-2: teal" in css
    assert "--chart-1: #00ff00" in css
    set_option("theme.chartCategoricalColors", ["red; x: y"])
    with pytest.raises(ThemeError, match="chartCategoricalColors"):
        theme.build()


@pytest.mark.parametrize(
    ("value", "expected"),
    [("none", "0"), ("small", "0.25rem"), (6, "6px"), ("10px", "10px"), ("0.5rem", "0.5rem")],
)
def test_base_radius_accepts_streamlit_words_and_lengths(value: object, expected: str) -> None:
    set_option("theme.baseRadius", value)
    assert f"--radius: {expected};" in theme.build().style


def test_surface_colours_apply_to_their_base_and_make_it_the_default() -> None:
    set_option("theme.backgroundColor", "#fdf6e3")
    built = theme.build()
    light = ':root[data-scheme="light"], :root[data-scheme="light"] #ostinato-sidebar'
    assert f"{light} {{ --bg: #fdf6e3; }}" in built.style
    assert built.html_attribute() == ' data-base="light"'
    set_option("theme.base", "dark")
    built = theme.build()
    dark = ':root[data-scheme="dark"], :root[data-scheme="dark"] #ostinato-sidebar'
    assert f"{dark} {{ --bg: #fdf6e3; }}" in built.style
    assert built.html_attribute() == ' data-base="dark"'


def test_sidebar_and_scheme_sections() -> None:
    set_option("theme.sidebar.backgroundColor", "#123456")
    set_option("theme.sidebar.primaryColor", "teal")
    set_option("theme.dark.primaryColor", "#ffcc00")
    css = theme.build().style
    assert ":root[data-scheme] #ostinato-sidebar { --primary: teal; --primary-text: teal; }" in css
    assert (
        ':root[data-scheme="light"] #ostinato-sidebar { --sidebar-bg: #123456; --bg: #123456; }'
        in css
    )
    assert ':root[data-scheme="dark"] #ostinato-sidebar { --primary: #ffcc00' in css


def test_widget_border_switch() -> None:
    set_option("theme.showWidgetBorder", False)
    assert "--widget-border: transparent" in theme.build().style
    set_option("theme.showWidgetBorder", True)
    assert "--widget-border: var(--border)" in theme.build().style


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("theme.primaryColor", "red; } body { display: none"),
        ("theme.primaryColor", "</style><script>alert(1)</script>"),
        ("theme.sidebar.textColor", "url(http://evil.example/x)"),
        ("theme.backgroundColor", "#12345"),
        ("theme.font", "Inter; color: red"),
        ("theme.headingFont", "a{b}"),
        ("theme.baseRadius", "1px; color: red"),
        ("theme.base", "solarized"),
    ],
)
def test_bad_values_are_refused_naming_the_option(name: str, value: str) -> None:
    set_option(name, value)
    with pytest.raises(ThemeError, match=name.replace(".", r"\.")):
        theme.build()


def test_font_faces_from_static_become_font_face_rules() -> None:
    set_option(
        "theme.fontFaces",
        [{"family": "Inter", "url": "app/static/Inter.woff2", "weight": "100 900"}],
    )
    set_option("theme.font", "Inter")
    css = theme.build("/apps/one/").style
    assert (
        '@font-face { font-family: "Inter"; src: url("/apps/one/app/static/Inter.woff2"); '
        "font-display: swap; font-weight: 100 900 }" in css
    )
    set_option("theme.fontFaces", [{"family": "Inter", "url": 'x.woff2") ; } body {'}])
    with pytest.raises(ThemeError, match=r"theme\.fontFaces\[0\]\.url"):
        theme.build()


def test_implemented_theme_options_are_not_reported_as_ignored() -> None:
    set_option("theme.primaryColor", "#ff4b4b")
    set_option("theme.sidebar.font", "serif")
    set_option("theme.redColor", "#ff0000")
    set_option("theme.baseFontSize", 15)  # accepted only
    assert not_implemented_in_use() == ["theme.baseFontSize"]


def test_the_page_carries_the_theme(serve: Callable[..., Server], tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[theme]\nbase = "dark"\nprimaryColor = "#ff4b4b"\n'
    )
    server = serve("import ostinato as st\nst.write('hi')\n")
    page = httpx.get(server.url).text
    assert '<html data-base="dark" lang="en">' in page
    assert '<style id="ostinato-theme">' in page
    assert "--primary: #ff4b4b" in page


def test_a_bad_colour_stops_the_start_with_the_option_named(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("import ostinato as st\n")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "ostinato.cli",
            "run",
            str(script),
            "--server.port",
            str(free_port()),
            "--theme.primaryColor",
            "red;}body{display:none",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert run.returncode != 0
    assert "theme.primaryColor" in run.stderr
    assert "is not a colour" in run.stderr


def test_connect_and_theme_messages_carry_the_scheme() -> None:
    from ostinato.server import protocol

    connect = protocol.parse('{"t": "connect", "v": 1, "token": null, "page": "", "query": ""}')
    assert isinstance(connect, protocol.Connect) and connect.scheme is None
    connect = protocol.parse(
        '{"t": "connect", "v": 1, "token": null, "page": "", "query": "", "scheme": "dark"}'
    )
    assert isinstance(connect, protocol.Connect) and connect.scheme == "dark"
    assert protocol.parse('{"t": "theme", "scheme": "light"}') == protocol.Theme("light")
    for bad in ('{"t": "theme", "scheme": "blue"}', '{"t": "theme"}'):
        with pytest.raises(protocol.ProtocolError, match="scheme"):
            protocol.parse(bad)


def test_st_context_theme_outside_a_browser_is_none() -> None:
    import ostinato as st

    assert st.context.theme.type is None
    assert st.context.theme == {"type": None}


def test_the_basic_palette_sets_markdown_colours() -> None:
    set_option("theme.redColor", "#d00000")
    set_option("theme.blueTextColor", "#0000aa")
    set_option("theme.blueBackgroundColor", "#ddeeff")
    set_option("theme.dark.greenColor", "#00ff00")
    set_option("theme.dark.greenTextColor", "#99ff99")
    css = theme.build().style
    assert "--red-text: color-mix(in srgb, #d00000 85%, var(--mix-toward))" in css
    assert "--red-bg: color-mix(in srgb, #d00000 15%, transparent)" in css
    assert "--blue-text: #0000aa" in css and "--blue-bg: #ddeeff" in css
    # An explicit text colour comes after the one derived from the base, so it wins.
    dark = css[css.index(':root[data-scheme="dark"]') :]
    assert dark.index("--green-text: color-mix") < dark.index("--green-text: #99ff99")


def test_a_bad_palette_colour_is_refused() -> None:
    set_option("theme.violetColor", "red; background: url(x)")
    with pytest.raises(ThemeError, match=r"theme\.violetColor"):
        theme.build()
