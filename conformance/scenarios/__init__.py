"""Scenario apps, one module per topic; each module has a `SCENARIOS` list."""

from __future__ import annotations

import importlib
import pkgutil

from conformance.harness import Scenario


def all_scenarios() -> dict[str, Scenario]:
    """Every scenario by name (names are unique across modules)."""
    found: dict[str, Scenario] = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        scenarios = importlib.import_module(f"{__name__}.{module.name}").SCENARIOS
        for scenario in scenarios:
            name = f"{module.name}.{scenario.name}"
            if name in found:
                raise ValueError(f"two scenarios named {name}")
            found[name] = scenario
    return found
