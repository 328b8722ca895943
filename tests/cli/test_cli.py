"""The `ostinato` command as a user types it."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from tests.conftest import free_port


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
