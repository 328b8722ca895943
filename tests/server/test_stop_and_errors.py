"""The Stop message, client.showErrorDetails levels and the terminal log of script
errors (issue 13), on a real server."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from ostinato.config import set_option
from ostinato.server import protocol
from ostinato.testing.v1 import AppTest
from tests.conftest import Server
from tests.server.client import Tab

SLOW = (
    "import time\nimport ostinato as st\n"
    "st.write('before')\n"
    "for _ in range(40):\n    time.sleep(0.05)\n"
    "st.write('after')\n"
)

FAILING = "import ostinato as st\ndef divide():\n    return 1 / 0\nst.write('start')\ndivide()\n"


def test_stop_parses_and_takes_no_fields() -> None:
    assert protocol.parse('{"t": "stop"}') == protocol.Stop()


def test_stop_ends_the_run_at_its_next_st_call(serve: Callable[..., Server]) -> None:
    server = serve(SLOW)
    tab = Tab(server.url)
    tab.recv_type("run_started")
    first = tab.recv_type("delta")
    assert first["el"]["body"] == "before"
    tab.send({"t": "stop"})
    finished = tab.recv_type("run_finished")
    assert finished["status"] == "stopped"
    assert finished["sizes"]["0"] == 1  # "after" was never written
    # The session goes on: the next rerun runs to the end.
    tab.rerun()
    run = tab.run()
    assert run.status == "ok" and run.texts() == ["before", "after"]


def test_stop_without_a_run_does_nothing(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n")
    tab = Tab(server.url)
    assert tab.run().status == "ok"
    tab.send({"t": "stop"})
    tab.send({"t": "ping"})
    assert tab.recv()["t"] == "pong"
    tab.rerun()
    assert tab.run().status == "ok"


def test_stop_with_extra_fields_is_accepted() -> None:
    assert isinstance(protocol.parse('{"t": "stop", "run": 3}'), protocol.Stop)


@pytest.mark.parametrize(
    ("level", "exc_type", "message", "trace"),
    [
        ("full", "ZeroDivisionError", "division by zero", True),
        (True, "ZeroDivisionError", "division by zero", True),
        ("stacktrace", "ZeroDivisionError", None, True),
        (False, "ZeroDivisionError", None, True),
        ("type", "ZeroDivisionError", None, False),
        ("none", "", None, False),
    ],
)
def test_show_error_details_levels_as_in_streamlit(
    level: object, exc_type: str, message: str | None, trace: bool
) -> None:
    set_option("client.showErrorDetails", level)
    (shown,) = AppTest.from_string(FAILING).run().exception
    assert shown.exc_type == exc_type
    if message is None:
        assert "division by zero" not in shown.message
        assert "encountered an error" in shown.message
    else:
        assert shown.message == message
    assert bool(shown.stack_trace) is trace
    if trace:
        assert "return 1 / 0" in "\n".join(shown.stack_trace)
        assert "division by zero" not in "\n".join(shown.stack_trace)


def test_st_exception_ignores_show_error_details() -> None:
    set_option("client.showErrorDetails", "none")
    app = "import ostinato as st\nst.exception(KeyError('k'))\n"
    (shown,) = AppTest.from_string(app).run().exception
    assert (shown.exc_type, shown.message) == ("KeyError", "'k'")


def test_syntax_error_shows_the_users_line_and_a_caret() -> None:
    app = "import ostinato as st\nst.write('hi')\nx = (1,\nif x:\n    pass\n"
    (shown,) = AppTest.from_string(app).run().exception
    assert shown.exc_type == "SyntaxError"
    lines = shown.message.splitlines()
    assert lines[0].endswith(", line 3")
    assert lines[1] == "  x = (1,"
    assert lines[2] == "      ^"
    assert "ast.py" not in shown.message + "\n".join(shown.stack_trace)


def test_script_errors_are_logged_as_warnings_with_file_and_line(
    serve: Callable[..., Server],
) -> None:
    server = serve(FAILING)
    tab = Tab(server.url)
    assert tab.run().status == "error"
    time.sleep(0.3)
    server.stop()
    out = server.output()
    assert "WARNING" in out
    line = next(text for text in out.splitlines() if "ZeroDivisionError" in text)
    assert "WARNING" in line and f"{server.script}:3" in line
    assert "return 1 / 0" in out


def test_syntax_errors_are_logged_with_the_line_and_caret(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi'))\n")
    tab = Tab(server.url)
    run = tab.run()
    assert run.status == "error"
    (shown,) = run.of_type("exception")
    assert "st.write('hi'))" in shown["message"] and "^" in shown["message"]
    time.sleep(0.3)
    server.stop()
    out = server.output()
    assert "WARNING" in out and "  st.write('hi'))" in out
    assert "SyntaxError: unmatched ')'" in out
