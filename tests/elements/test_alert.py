"""Alerts (success, info, warning, error) and exceptions shown with st.exception."""

from __future__ import annotations

import pytest

from ostinato.config import set_option
from ostinato.testing.v1 import AppTest


@pytest.mark.parametrize("kind", ["success", "info", "warning", "error"])
def test_alert_body_markdown_and_icon(kind: str) -> None:
    at = AppTest.from_string(
        f'import ostinato as st\nst.{kind}("It **worked**")\nst.{kind}("<b>x</b>", icon="🔥")\n'
    ).run()
    first, second = getattr(at, kind)
    assert (first.type, first.value, first.icon) == (kind, "It **worked**", "")
    assert first.props["html"] == "<p>It <strong>worked</strong></p>"
    assert second.icon == "🔥"
    assert second.props["html"] == "<p>&lt;b&gt;x&lt;/b&gt;</p>"


def test_alerts_keep_their_own_lists() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.success("ok")\nst.info("fyi")\nst.warning("careful")\n'
        'st.error("bad")\n'
    ).run()
    assert at.success.values == ["ok"] and at.info.values == ["fyi"]
    assert at.warning.values == ["careful"] and at.error.values == ["bad"]
    assert [e.type for e in at.main.children.values()] == ["success", "info", "warning", "error"]


EXCEPTION_APP = """
import ostinato as st

def divide():
    return 1 / 0

try:
    divide()
except ZeroDivisionError as exc:
    st.exception(exc)
st.write("goes on")
"""


def test_exception_shows_type_message_and_the_users_traceback() -> None:
    at = AppTest.from_string(EXCEPTION_APP).run()
    (shown,) = at.exception
    assert shown.exc_type == "ZeroDivisionError"
    assert shown.message == shown.value == "division by zero"
    trace = "\n".join(shown.stack_trace)
    assert "in divide" in trace and "return 1 / 0" in trace
    assert "ostinato/" not in trace
    assert at.markdown.values == ["goes on"]


def test_exception_never_raised_has_no_traceback() -> None:
    at = AppTest.from_string('import ostinato as st\nst.exception(KeyError("k"))\n').run()
    (shown,) = at.exception
    assert (shown.exc_type, shown.message, shown.stack_trace) == ("KeyError", "'k'", [])


def test_error_details_can_be_hidden() -> None:
    # An uncaught error follows client.showErrorDetails ("none": a generic message);
    # st.exception shows everything whatever the option says, as in Streamlit.
    set_option("client.showErrorDetails", "none")
    at = AppTest.from_string("import ostinato as st\n1 / 0\n").run()
    (shown,) = at.exception
    assert shown.exc_type == ""
    assert shown.message.startswith("This app has encountered an error.")
    assert shown.stack_trace == []
