"""Errors a developer can act on, in Chromium (issue 13): a SyntaxError shows the
user's line and a caret, tracebacks have a Copy button, errors reach the terminal,
client.showErrorDetails hides what it says."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from tests.conftest import Server

FAILING = """
import ostinato as st

def divide(n):
    return n / 0

st.write("before")
divide(1)
"""


def test_syntax_error_shows_the_line_and_a_caret(serve: Callable[..., Server], page: Any) -> None:
    server = serve("import ostinato as st\nst.write('hi'))\n")
    page.goto(server.url)
    error = page.locator(".ost-exception")
    error.wait_for()
    lines = error.locator(".ost-exception-syntax").inner_text().splitlines()
    assert lines[0].endswith(", line 2")
    assert lines[1] == "  st.write('hi'))"
    assert lines[2].strip() == "^" and lines[2].index("^") == lines[1].index("))") + 1
    assert lines[3] == "SyntaxError: unmatched ')'"
    assert "ast.py" not in error.inner_text()


def test_indentation_error_shows_the_line(serve: Callable[..., Server], page: Any) -> None:
    server = serve("import ostinato as st\nif True:\nst.write('x')\n")
    page.goto(server.url)
    error = page.locator(".ost-exception-syntax")
    error.wait_for()
    text = error.inner_text()
    assert "IndentationError" in text and "st.write('x')" in text and "^" in text


def test_copy_button_copies_the_traceback(serve: Callable[..., Server], browser: Any) -> None:
    server = serve(FAILING)
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        page = context.new_page()
        page.goto(server.url)
        error = page.locator(".ost-exception")
        error.wait_for()
        error.get_by_role("button", name="Copy the error").click()
        error.get_by_role("button", name="Copy the error").filter(has_text="Copied").wait_for()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith("ZeroDivisionError: division by zero")
        assert "Traceback:" in copied and "return n / 0" in copied and "divide(1)" in copied
    finally:
        context.close()


def test_errors_are_logged_in_the_terminal(serve: Callable[..., Server], page: Any) -> None:
    server = serve(FAILING)
    page.goto(server.url)
    page.locator(".ost-exception").wait_for()
    time.sleep(0.3)
    server.stop()
    out = server.output()
    line = next(text for text in out.splitlines() if "ZeroDivisionError" in text)
    assert "WARNING" in line and f"{server.script}:5" in line
    assert "return n / 0" in out


def test_show_error_details_type_shows_only_the_type(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(FAILING, "--client.showErrorDetails", "type")
    page.goto(server.url)
    error = page.locator(".ost-exception")
    error.wait_for()
    text = error.inner_text()
    assert "ZeroDivisionError" in text
    assert "division by zero" not in text and "return n / 0" not in text
    assert "encountered an error" in text
