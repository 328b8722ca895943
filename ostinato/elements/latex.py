"""st.latex: display math, typeset in the page by KaTeX (a chunk the page fetches
only when it shows math)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from ostinato.elements.prose import clean
from ostinato.elements.transient import check_width
from ostinato.tree import markdown
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def is_sympy_expression(value: Any) -> bool:
    """True for a SymPy expression (SymPy is only looked at when the app imported it)."""
    sympy = sys.modules.get("sympy")
    return sympy is not None and isinstance(value, sympy.Expr)


def _sympy_latex(body: Any) -> str | None:
    """The LaTeX of a SymPy expression, None for anything else."""
    if not is_sympy_expression(body):
        return None
    return str(sys.modules["sympy"].latex(body))


@element("latex", "latex")
def latex(
    self: Container,
    body: Any,
    *,
    help: str | None = None,
    width: int | str = "stretch",
) -> None:
    """Write `body` (TeX, or a SymPy expression) as display math."""
    check_width(width, allow_content=True)
    tex = _sympy_latex(body)
    text = clean(body if tex is None else tex)
    props: dict[str, Any] = {"body": text, "help": str(help) if help else None, "width": width}
    if help:
        props["help_html"] = markdown.render(str(help))
    self._add(Node("latex", props))
