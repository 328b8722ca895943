"""runner.threadSwitchInterval: how often the server lets another run's thread in."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Server
from tests.server.client import Tab

SHOWS_IT = "import sys\nimport ostinato as st\nst.write(f'switch {sys.getswitchinterval():.4f}')\n"


def test_the_server_switches_threads_every_millisecond_by_default(
    serve: Callable[..., Server],
) -> None:
    server = serve(SHOWS_IT)
    tab = Tab(server.url)
    assert tab.run().texts() == ["switch 0.0010"]
    tab.close()


def test_the_interval_is_an_option(serve: Callable[..., Server]) -> None:
    server = serve(SHOWS_IT, "--runner.threadSwitchInterval", "5")
    tab = Tab(server.url)
    assert tab.run().texts() == ["switch 0.0050"]
    tab.close()


def test_a_bad_interval_is_refused_naming_the_option(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(SHOWS_IT)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ostinato.cli",
            "run",
            str(script),
            "--runner.threadSwitchInterval",
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert result.returncode != 0
    assert "runner.threadSwitchInterval must be more than 0" in result.stderr
    assert "Traceback" not in result.stderr
