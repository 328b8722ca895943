"""The `ostinato` command as a user types it."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import httpx

from tests.conftest import free_port
from tests.server.client import Tab
from tests.server.serving import running


def ostinato(*args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ostinato.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_help_lists_commands_and_option_syntax() -> None:
    result = ostinato("--help")
    assert result.returncode == 0
    for word in ("run", "hello", "version", "--server.port"):
        assert word in result.stdout


def test_run_help_lists_server_options() -> None:
    result = ostinato("run", "--help")
    assert result.returncode == 0
    assert "--server.maxUploadSize" in result.stdout
    assert "APP.py" in result.stdout


def test_version() -> None:
    result = ostinato("version")
    assert result.stdout.strip().startswith("Ostinato 0.")


def test_port_in_use_gives_a_clear_error(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("import ostinato as st\nst.write('hi')\n")
    port = free_port()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", port))
        busy.listen()
        result = ostinato("run", str(script), "--server.port", str(port))
    assert result.returncode != 0
    assert f"port {port}" in result.stderr
    assert f"--server.port {port + 1}" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_option_names_the_closest(tmp_path: Path) -> None:
    result = ostinato("run", "app.py", "--server.prot", "9000")
    assert result.returncode == 2
    assert "server.port" in result.stderr


def test_missing_script_is_a_clear_error(tmp_path: Path) -> None:
    result = ostinato("run", str(tmp_path / "nope.py"))
    assert result.returncode != 0
    assert "no script" in result.stderr


def test_config_show_says_where_each_value_came_from(tmp_path: Path) -> None:
    (tmp_path / ".ostinato").mkdir()
    (tmp_path / ".ostinato/config.toml").write_text("[server]\nmaxUploadSize = 9\n")
    result = subprocess.run(
        [sys.executable, "-m", "ostinato.cli", "config", "show", "--server.port", "9100"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "OSTINATO_LOGGER_LEVEL": "debug"},
        timeout=20,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "port = 9100  # from command line" in out
    assert f"maxUploadSize = 9  # from {tmp_path}/.ostinato/config.toml" in out
    assert 'level = "debug"  # from environment' in out
    assert "enforceSerializableSessionState = false  # from default" in out


def test_bad_config_file_stops_start_up_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / ".ostinato").mkdir()
    (tmp_path / ".ostinato/config.toml").write_text("[server]\nport = \n")
    result = subprocess.run(
        [sys.executable, "-m", "ostinato.cli", "run", "app.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        timeout=20,
    )
    assert result.returncode == 2
    assert "config.toml" in result.stderr and "line 2" in result.stderr


FIXTURE = Path(__file__).resolve().parent.parent / "config/fixtures/streamlit-1.67-config-show.toml"
TINY_APP = "import ostinato as st\nst.write('tiny app')\n"


def _project(tmp_path: Path, config: str | None = None) -> Path:
    (tmp_path / "app.py").write_text(TINY_APP)
    if config is not None:
        (tmp_path / ".streamlit").mkdir()
        (tmp_path / ".streamlit/config.toml").write_text(config)
    return tmp_path / "app.py"


def test_a_project_with_streamlits_whole_config_show_starts(tmp_path: Path) -> None:
    script = _project(tmp_path, FIXTURE.read_text())
    with running(script, cwd=tmp_path, env={"HOME": str(tmp_path)}) as server:
        assert httpx.get(f"{server.url}/_ostinato/health").text == "ok"
        page = httpx.get(f"{server.url}/")
        assert page.status_code == 200 and "ostinato-main" in page.text
        assert Tab(server.url).run().texts() == ["tiny app"]
        server.stop()
        out = server.output()
    warnings = [line for line in out.splitlines() if "does not act on yet" in line]
    assert len(warnings) == 1
    # The theme options the page acts on are not listed; the others are.
    assert "[theme] linkUnderline" in warnings[0]
    assert "primaryColor" not in warnings[0] and "baseRadius" not in warnings[0]
    assert "redColor" not in warnings[0]
    assert "[theme.dark.sidebar]" in warnings[0]
    assert "gatherUsageStats" not in warnings[0]
    assert "Unknown option" not in out


def test_common_streamlit_flags_are_accepted_on_the_command_line(tmp_path: Path) -> None:
    script = _project(tmp_path)
    flags = [
        "--browser.gatherUsageStats", "false",
        "--server.enableCORS", "false",
        "--server.fileWatcherType", "none",
        "--client.toolbarMode", "minimal",
        "--theme.base", "dark",
    ]  # fmt: skip
    with running(script, *flags, base="apps/demo", cwd=tmp_path) as server:
        assert server.url.endswith("/apps/demo")
        assert Tab(server.url).run().texts() == ["tiny app"]
        server.stop()
        out = server.output()
    assert "/apps/demo/" in out  # the URL printed at start-up
    # theme.base is acted on (the page's default scheme): no warning names it.
    assert not [line for line in out.splitlines() if "does not act on yet" in line]


def test_streamlit_environment_variables_configure_a_run(tmp_path: Path) -> None:
    script = _project(tmp_path)
    env = {"STREAMLIT_SERVER_BASE_URL_PATH": "from-env", "STREAMLIT_CLIENT_TOOLBAR_MODE": "viewer"}
    with running(script, cwd=tmp_path, env=env, served_under="from-env") as server:
        assert server.url.endswith("/from-env")
        assert httpx.get(f"{server.url}/_ostinato/health").text == "ok"
        assert Tab(server.url).session["config"]["toolbar_mode"] == "viewer"


def test_logger_message_format_shapes_the_log(tmp_path: Path) -> None:
    script = _project(tmp_path)
    fmt = "OSTLOG|%(levelname)s|%(message)s"
    with running(script, "--logger.messageFormat", fmt, "--theme.linkUnderline", "false") as server:
        server.stop()
        out = server.output()
    assert any(
        line.startswith("OSTLOG|WARNING|") and "theme" in line for line in out.splitlines()
    ), out


def test_a_bad_logger_message_format_is_a_clear_error(tmp_path: Path) -> None:
    script = _project(tmp_path)
    result = ostinato("run", str(script), "--logger.messageFormat", "%(nope")
    assert result.returncode != 0
    assert "logger.messageFormat" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_flag_suggests_only_a_close_option() -> None:
    close = ostinato("run", "app.py", "--server.enableCROS", "false")
    assert close.returncode == 2
    assert 'Did you mean "server.enableCORS"' in close.stderr
    far = ostinato("run", "app.py", "--server.nonsense", "1")
    assert far.returncode == 2
    assert "Did you mean" not in far.stderr


THEME_FLAGS = ["--theme.base", "dark", "--theme.linkUnderline", "false"]


def test_config_show_marks_options_accepted_but_not_implemented(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ostinato.cli", "config", "show", *THEME_FLAGS],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "STREAMLIT_SERVER_ENABLE_CORS": "0"},
        timeout=20,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "linkUnderline = false  # from command line; accepted, not implemented yet" in out
    assert 'base = "dark"  # from command line\n' in out
    assert "enableCORS = false  # from environment STREAMLIT_SERVER_ENABLE_CORS" in out
    assert 'baseUrlPath = ""  # from default\n' in out
    assert "# primaryColor =  # from default (unset)" in out
    assert "# buttonRadius =  # from default; accepted, not implemented yet (unset)" in out
    assert "[theme.dark.sidebar]" in out
    assert "corsAllowedOrigins = []  # from default" in out
