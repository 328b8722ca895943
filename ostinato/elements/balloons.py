"""st.balloons and st.snow: a short celebration drawn over the page (nodes of
types "balloons" and "snow"; the page plays each once per run that calls it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.elements.transient import slot
from ostinato.runtime.context import get_run_context
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def _effect(self: Container, kind: str) -> Container:
    # The run number makes each run's call a new element, so the page plays it again.
    return slot(self, Node(kind, {"show": True, "run": get_run_context().run}))


@element("balloons", "block:empty", "balloons")
def balloons(self: Container) -> Container:
    """Float balloons up the page, once."""
    return _effect(self, "balloons")


@element("snow", "block:empty", "snow")
def snow(self: Container) -> Container:
    """Let snowflakes fall over the page, once."""
    return _effect(self, "snow")
