"""The Streamlit side of a recording, in a worker process of its own."""

from __future__ import annotations

import traceback
from typing import Any

from conformance.harness import run_scenario
from conformance.scenarios import all_scenarios


def record_one(name: str) -> tuple[str, list[dict[str, Any]]]:
    """One scenario on Streamlit, in a process of its own, forked from one that has
    imported Streamlit and run nothing (Streamlit keeps process-wide state, such as
    warnings shown once)."""
    from conformance.frameworks import streamlit

    scenario = all_scenarios()[name]
    try:
        return name, run_scenario(scenario, streamlit())
    except Exception:
        return name, [{"harness_error": traceback.format_exc()}]
