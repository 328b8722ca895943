"""Every option of Streamlit 1.67's `streamlit config show` is accepted, with its
type and default, from a file, a flag or a STREAMLIT_* variable.

The fixtures come from `bench/.venv-streamlit/bin/python
tests/config/make_streamlit_fixture.py` (see its docstring): the raw output of
`streamlit config show`, the same uncommented (every option set to its default,
or to a sample value where Streamlit has none), and the options parsed out of
it as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ostinato.config import get_option, set_option
from ostinato.config.loader import load
from ostinato.config.names import env_name, suggest, suggest_env
from ostinato.config.options import OPTIONS
from ostinato.config.settings import coerce, not_implemented_in_use, source_of
from ostinato.errors import ConfigError

FIXTURES = Path(__file__).resolve().parent / "fixtures"
STREAMLIT: dict[str, dict[str, Any]] = json.loads(
    (FIXTURES / "streamlit-1.67-options.json").read_text()
)
CONFIG_SHOW = FIXTURES / "streamlit-1.67-config-show.toml"

# Options whose default differs in Ostinato on purpose; the description says why.
DIFFERENT_DEFAULTS = {
    "logger.messageFormat": "Ostinato's default adds",
    "client.showErrorDetails": '"full"',
    "server.address": "loopback",
    "server.cookieSecret": "random",
    "browser.serverPort": "server.port",
    "secrets.files": "absolute",
}
# Streamlit declares these as str, but their values are lists or numbers.
TYPE_OF_VALUES = {"fontFaces": list, "headingFontSizes": list, "headingFontWeights": list}


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "project", tmp_path / "home"


def project_with(cwd: Path, config: str) -> None:
    (cwd / ".streamlit").mkdir(parents=True)
    (cwd / ".streamlit" / "config.toml").write_text(config)


def test_every_streamlit_option_is_in_the_registry_with_its_default() -> None:
    assert len(STREAMLIT) > 300
    missing = sorted(set(STREAMLIT) - set(OPTIONS))
    assert missing == []
    for name, theirs in STREAMLIT.items():
        option = OPTIONS[name]
        if name in DIFFERENT_DEFAULTS:
            assert DIFFERENT_DEFAULTS[name] in option.description, name
            continue
        assert option.default == theirs["default"], name
        if theirs["default"] is not None:
            # The default's own type is one the option takes.
            assert type(theirs["default"]) in (option.type, *option.also), name


def test_option_types_follow_streamlit() -> None:
    for name, theirs in STREAMLIT.items():
        key = name.rsplit(".", 1)[1]
        declared = {"str": str, "bool": bool, "int": int, "float": float, "list": list}
        expected = TYPE_OF_VALUES.get(key) or declared[theirs["type"]]
        if key.endswith("Colors"):
            expected = list
        option = OPTIONS[name]
        assert expected in (option.type, *option.also), name


def test_the_config_show_fixture_loads_every_section(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    project_with(cwd, CONFIG_SHOW.read_text())
    load(cwd=cwd, home=home, environ={})
    source = str(cwd / ".streamlit" / "config.toml")
    assert source_of("theme.dark.sidebar.primaryColor") == source
    assert get_option("theme.base") == "dark"
    assert get_option("theme.fontFaces")[0]["family"] == "Inter"
    assert get_option("theme.headingFontWeights") == [700, 600, 600]
    assert get_option("secrets.files") == ["./.streamlit/secrets.toml"] * 2
    assert get_option("server.enableStaticServing") is False
    assert get_option("browser.gatherUsageStats") is True
    assert get_option("client.showErrorDetails") == "full"
    # Every option the file sets took its value from the file.
    for name in STREAMLIT:
        if name not in ("server.sslCertFile", "server.sslKeyFile"):
            assert source_of(name) == source, name


def test_common_sections_and_flags_of_the_issue(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    project_with(
        cwd,
        '[theme]\nbase = "dark"\nprimaryColor = "#ff4b4b"\n[browser]\ngatherUsageStats = false\n',
    )
    flags = [
        ("browser.gatherUsageStats", "false"),
        ("server.enableCORS", "false"),
        ("server.baseUrlPath", "/apps/one"),
        ("server.fileWatcherType", "none"),
        ("client.toolbarMode", "minimal"),
        ("theme.base", "light"),
    ]
    load(flags, cwd=cwd, home=home, environ={})
    assert get_option("server.enableCORS") is False
    assert get_option("server.baseUrlPath") == "/apps/one"
    assert get_option("server.fileWatcherType") == "none"
    assert get_option("client.toolbarMode") == "minimal"
    assert get_option("theme.base") == "light"
    assert get_option("theme.primaryColor") == "#ff4b4b"


def test_streamlit_environment_variables(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    environ = {
        "STREAMLIT_SERVER_ENABLE_CORS": "false",
        "STREAMLIT_SERVER_CORS_ALLOWED_ORIGINS": "https://a.example https://b.example",
        "STREAMLIT_THEME_LIGHT_SIDEBAR_PRIMARY_COLOR": "#123456",
        "STREAMLIT_SERVER_PORT": "8600",
        "OSTINATO_SERVER_PORT": "8700",
        # Streamlit's own variables that are no option are left alone.
        "STREAMLIT_RUN_TARGET": "app.py",
    }
    load(cwd=cwd, home=home, environ=environ)
    assert get_option("server.enableCORS") is False
    assert source_of("server.enableCORS") == "environment STREAMLIT_SERVER_ENABLE_CORS"
    assert get_option("server.corsAllowedOrigins") == ["https://a.example", "https://b.example"]
    assert get_option("theme.light.sidebar.primaryColor") == "#123456"
    # OSTINATO_* wins over STREAMLIT_* for the same option.
    assert get_option("server.port") == 8700


def test_environment_names_follow_streamlit() -> None:
    assert env_name("server.enableCORS", "STREAMLIT_") == "STREAMLIT_SERVER_ENABLE_CORS"
    assert env_name("server.baseUrlPath") == "OSTINATO_SERVER_BASE_URL_PATH"
    assert env_name("server.disconnectedSessionTTL") == "OSTINATO_SERVER_DISCONNECTED_SESSION_TTL"
    assert (
        env_name("theme.dark.sidebar.codeFontSize", "STREAMLIT_")
        == "STREAMLIT_THEME_DARK_SIDEBAR_CODE_FONT_SIZE"
    )


def test_did_you_mean_only_close_spellings() -> None:
    assert suggest("server.enableCROS") == "server.enableCORS"
    assert suggest("server.prot") == "server.port"
    assert suggest("sever.port") == "server.port"
    assert suggest("theme.primaryColour") == "theme.primaryColor"
    assert suggest("server.nonsense") is None
    assert suggest("server.x") is None
    assert suggest_env("OSTINATO_SERVER_ENABLE_CROS") == "OSTINATO_SERVER_ENABLE_CORS"
    assert suggest_env("OSTINATO_SERVER_NONSENSE") is None


def test_unknown_option_message(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    project_with(cwd, "[server]\nenableCROS = false\n")
    with pytest.raises(ConfigError, match=r'Did you mean "server\.enableCORS"'):
        load(cwd=cwd, home=home, environ={})
    with pytest.raises(ConfigError) as error:
        load([("server.nonsense", "1")], cwd=cwd / "elsewhere", home=home, environ={})
    assert "Did you mean" not in str(error.value)


def test_values_of_the_wrong_kind_are_refused() -> None:
    with pytest.raises(ConfigError, match='"auto", "watchdog", "poll", "none"'):
        coerce("server.fileWatcherType", "inotify")
    with pytest.raises(ConfigError, match='"auto", "developer", "viewer", "minimal"'):
        coerce("client.toolbarMode", "hidden")
    with pytest.raises(ConfigError, match="type list"):
        coerce("server.corsAllowedOrigins", 5)
    with pytest.raises(ConfigError, match="type int or float"):
        coerce("theme.baseFontSize", "big")


def test_lists_from_text() -> None:
    assert coerce("server.corsAllowedOrigins", '["https://a", "https://b"]') == [
        "https://a",
        "https://b",
    ]
    assert coerce("server.corsAllowedOrigins", "https://a,https://b") == ["https://a", "https://b"]
    assert coerce("server.corsAllowedOrigins", "") == []
    assert coerce("theme.headingFontSizes", "2rem") == "2rem"


def test_show_error_details_takes_streamlit_levels() -> None:
    assert coerce("client.showErrorDetails", "full") == "full"
    assert coerce("client.showErrorDetails", "none") == "none"
    assert coerce("client.showErrorDetails", "type") == "type"
    assert coerce("client.showErrorDetails", "stacktrace") == "stacktrace"
    # As in Streamlit 1.67: false is the legacy spelling of "stacktrace".
    assert coerce("client.showErrorDetails", "false") == "stacktrace"
    assert coerce("client.showErrorDetails", True) == "full"
    with pytest.raises(ConfigError, match='"full", "stacktrace"'):
        coerce("client.showErrorDetails", "some")


def test_not_implemented_options_set_to_something_else_are_listed() -> None:
    set_option("theme.linkUnderline", False)
    set_option("theme.base", "dark")  # implemented (the page's default scheme)
    set_option("runner.fastReruns", True)  # its default: nothing changes
    set_option("server.port", 9000)  # implemented
    set_option("server.allowedHosts", ["a.example"])  # implemented
    assert not_implemented_in_use() == ["theme.linkUnderline"]
