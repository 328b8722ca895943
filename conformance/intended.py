"""Scenarios where Ostinato differs from Streamlit on purpose, and why. Each entry
names the step and field where the difference first shows, so that any other
difference in the same scenario still fails."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Intended:
    """Where the difference shows first, and the reason for it."""

    step: int
    field: str
    reason: str


_AT_ASSIGNMENT = (
    "With runner.enforceSerializableSessionState on, Ostinato refuses an unserializable "
    "value at the assignment, so the traceback points at the line that stores it and "
    "nothing after it runs with the bad value; Streamlit checks once, at the end of the run."
)

INTENDED: dict[str, Intended] = {
    "apptest_state.delete_widget_key_then_run": Intended(
        4,
        "error",
        "After a test deletes a widget's key between runs, Streamlit's AppTest.run() raises "
        "KeyError from inside Streamlit (its widget state lost the key but not the widget); "
        "Ostinato runs the script and the widget starts again from its default.",
    ),
    "serializable.on_lambda_raises": Intended(1, "main[1].type", _AT_ASSIGNMENT),
    "serializable.on_lock_raises": Intended(1, "main[1].type", _AT_ASSIGNMENT),
    "serializable.on_stored_then_deleted": Intended(1, "main[0].type", _AT_ASSIGNMENT),
    "serializable.on_then_recover": Intended(3, "main[1].type", _AT_ASSIGNMENT),
    "serializable.on_via_callback": Intended(3, "main[0].type", _AT_ASSIGNMENT),
    "serializable.on_via_config_file": Intended(0, "main (length)", _AT_ASSIGNMENT),
    "serializable.on_caught_by_script": Intended(1, "main[0].value", _AT_ASSIGNMENT),
}
