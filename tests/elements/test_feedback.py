"""st.feedback: thumbs, faces and stars, their indexes, default, callbacks, presets and errors."""

from __future__ import annotations

from typing import Any

import pytest

from ostinato.testing.v1 import AppTest
from tests.elements.widget_checks import (
    CALLBACK,
    check_first_value_from_session_state,
    check_value_key_and_callback,
    script_error,
)


@pytest.mark.parametrize(
    ("call", "before", "new"),
    [
        (f"st.feedback({CALLBACK})", None, 1),
        (f'st.feedback("faces", {CALLBACK})', None, 4),
        (f'st.feedback("stars", default=2, {CALLBACK})', 2, None),
    ],
)
def test_value_key_and_callback(call: str, before: Any, new: Any) -> None:
    check_value_key_and_callback("feedback", call, before, new)


@pytest.mark.parametrize(("preset", "expected"), [(3, 3), (7, 1), ("3", 1), (None, None)])
def test_first_value_from_session_state(preset: Any, expected: Any) -> None:
    call = f'st.feedback("stars", default=1, {CALLBACK})'
    check_first_value_from_session_state("feedback", call, preset, expected)


def test_view_has_no_label_and_the_page_gets_the_kind() -> None:
    at = AppTest.from_string('import ostinato as st\nst.feedback("faces")').run()
    (widget,) = at.feedback
    assert widget.label is None
    assert widget.options == "faces" and widget.count == 5


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('st.feedback("hearts")', "'thumbs', 'faces' or 'stars'"),
        ('st.feedback("thumbs", default=2)', "outside the range [0, 1]"),
        ('st.feedback("stars", default=True)', "outside the range [0, 4]"),
        ("st.feedback(width=0)", "width must be"),
    ],
)
def test_bad_parameters_name_what_they_accept(body: str, fragment: str) -> None:
    kind, message = script_error(body)
    assert kind == "OstinatoAPIException"
    assert fragment in message
