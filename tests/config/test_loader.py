"""Option layers and their precedence, and bad configuration refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from ostinato.config import get_option
from ostinato.config.loader import env_name, load
from ostinato.config.settings import source_of
from ostinato.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "project", tmp_path / "home"


def test_defaults_when_nothing_is_set(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    load(cwd=cwd, home=home, environ={})
    assert get_option("server.port") == 8501
    assert get_option("runner.enforceSerializableSessionState") is False
    assert source_of("server.port") == "default"


def test_each_layer_overrides_the_one_below(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    write(home / ".ostinato/config.toml", "[server]\nport = 1001\nmaxUploadSize = 5\n"
          "runOnSave = true\nheadless = false\n")  # fmt: skip
    write(cwd / ".ostinato/config.toml", "[server]\nport = 1002\nmaxUploadSize = 6\n"
          "runOnSave = false\n")  # fmt: skip
    environ = {"OSTINATO_SERVER_PORT": "1003", "OSTINATO_SERVER_MAX_UPLOAD_SIZE": "7"}
    load([("server.port", "1004")], cwd=cwd, home=home, environ=environ)
    assert get_option("server.port") == 1004
    assert source_of("server.port") == "command line"
    assert get_option("server.maxUploadSize") == 7
    assert source_of("server.maxUploadSize") == "environment OSTINATO_SERVER_MAX_UPLOAD_SIZE"
    assert get_option("server.runOnSave") is False
    assert source_of("server.runOnSave") == str(cwd / ".ostinato/config.toml")
    assert get_option("server.headless") is False
    assert source_of("server.headless") == str(home / ".ostinato/config.toml")


def test_streamlit_config_is_read_when_there_is_no_ostinato_one(
    dirs: tuple[Path, Path],
) -> None:
    cwd, home = dirs
    # The reference page's file, exactly as written there.
    write(cwd / ".streamlit/config.toml", "[runner]\nenforceSerializableSessionState = true\n")
    load(cwd=cwd, home=home, environ={})
    assert get_option("runner.enforceSerializableSessionState") is True
    write(cwd / ".ostinato/config.toml", "[runner]\nmagicEnabled = false\n")
    load(cwd=cwd, home=home, environ={})
    assert get_option("runner.magicEnabled") is False


def test_environment_variable_names() -> None:
    assert (
        env_name("runner.enforceSerializableSessionState")
        == "OSTINATO_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE"
    )
    assert env_name("server.port") == "OSTINATO_SERVER_PORT"


def test_toml_syntax_error_names_file_and_line(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    path = write(cwd / ".ostinato/config.toml", "[server]\nport = 80\nheadless = = yes\n")
    with pytest.raises(ConfigError) as error:
        load(cwd=cwd, home=home, environ={})
    assert str(path) in str(error.value)
    assert "line 3" in str(error.value)


def test_unknown_option_names_the_closest(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    write(cwd / ".ostinato/config.toml", "[runner]\nenforceSerializableState = true\n")
    with pytest.raises(ConfigError, match=r"runner\.enforceSerializableSessionState"):
        load(cwd=cwd, home=home, environ={})


def test_wrong_type_names_the_expected_type(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    write(cwd / ".ostinato/config.toml", '[server]\nport = "eighty"\n')
    with pytest.raises(ConfigError, match="type int"):
        load(cwd=cwd, home=home, environ={})


def test_nothing_applies_when_one_layer_is_bad(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    write(cwd / ".ostinato/config.toml", "[server]\nport = 1234\n")
    with pytest.raises(ConfigError):
        load([("server.headless", "maybe")], cwd=cwd, home=home, environ={})
    assert get_option("server.port") == 8501


def test_unknown_environment_variable_is_refused(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    with pytest.raises(ConfigError, match="OSTINATO_SERVER_PORT"):
        load(cwd=cwd, home=home, environ={"OSTINATO_SERVER_PROT": "1"})
