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


INTENDED: dict[str, Intended] = {}
