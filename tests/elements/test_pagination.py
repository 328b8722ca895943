"""st.pagination: pages from 1, default, callbacks, presets and the errors a user sees."""

from __future__ import annotations

from typing import Any

import pytest

from ostinato.testing.v1 import AppTest
from ostinato.testing.v1.element_tree import AppTestError
from tests.elements.widget_checks import (
    CALLBACK,
    check_first_value_from_session_state,
    check_value_key_and_callback,
    script_error,
)


@pytest.mark.parametrize(
    ("call", "before", "new"),
    [(f"st.pagination(10, {CALLBACK})", 1, 7), (f"st.pagination(3, default=3, {CALLBACK})", 3, 1)],
)
def test_value_key_and_callback(call: str, before: Any, new: Any) -> None:
    check_value_key_and_callback("pagination", call, before, new)


@pytest.mark.parametrize(("preset", "expected"), [(4, 4), (9, 2), ("3", 2), (True, 2)])
def test_first_value_from_session_state(preset: Any, expected: Any) -> None:
    check_first_value_from_session_state(
        "pagination", f"st.pagination(5, default=2, {CALLBACK})", preset, expected
    )


def test_view_checks_the_page_as_streamlits_does() -> None:
    at = AppTest.from_string("import ostinato as st\nst.pagination(5, max_visible_pages=3)").run()
    (widget,) = at.pagination
    assert widget.label is None
    assert (widget.num_pages, widget.default, widget.max_visible_pages) == (5, 1, 3)
    for bad in (0, 6, True, "2"):
        with pytest.raises(AppTestError, match="a page is an int from 1 to 5"):
            widget.set_value(bad)
    assert widget.select(5).run().pagination[0].value == 5


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("st.pagination(0)", "at least 1"),
        ("st.pagination(5, default=6)", "outside the range [1, 5]"),
        ('st.pagination(5, default="2")', "default must be an int"),
        ("st.pagination(5, max_visible_pages=-1)", "non-negative integer or None"),
        ("st.pagination(5, on_change=1)", "on_change must be"),
    ],
)
def test_bad_parameters_name_what_they_accept(body: str, fragment: str) -> None:
    kind, message = script_error(body)
    assert kind == "OstinatoAPIException"
    assert fragment in message
