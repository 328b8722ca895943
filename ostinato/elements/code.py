"""st.code: a block of code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("code", "code")
def code(
    self: Container,
    body: str,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
) -> None:
    """Write a block of code."""
    self._add(
        Node(
            "code",
            {"body": body, "language": language, "line_numbers": line_numbers, "wrap": wrap_lines},
        )
    )
