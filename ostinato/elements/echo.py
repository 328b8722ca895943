"""st.echo: a `with` block whose own source is shown as code (above or below what
it writes), then run, as in Streamlit 1.67."""

from __future__ import annotations

import ast
import contextlib
import sys
import textwrap
import tokenize
from collections.abc import Iterator
from typing import Literal

from ostinato.elements.container import Container
from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import command


def _statement_at(tree: ast.AST, line: int) -> ast.AST | None:
    """The statement that starts on `line` (the innermost one, as Streamlit finds it)."""
    found: ast.AST | None = None
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and node.lineno == line and hasattr(node, "body"):
            if found is None or node.col_offset >= getattr(found, "col_offset", 0):
                found = node
    return found


def block_source(filename: str, line: int) -> str:
    """The dedented source of the body of the `with` statement on `line` of
    `filename` (decorators of a first decorated definition included). OSError
    when the file cannot be read; ValueError when no block starts on that line."""
    with tokenize.open(filename) as handle:
        lines = handle.readlines()
    statement = _statement_at(ast.parse("".join(lines)), line)
    body = getattr(statement, "body", None)
    if not body:
        raise ValueError(f"no block starts on line {line} of {filename}")
    first = body[0]
    start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
    end = getattr(statement, "end_lineno", None) or len(lines)
    return textwrap.dedent("".join(lines[start - 1 : end]))


@command("echo")
@contextlib.contextmanager
def echo(code_location: Literal["above", "below"] = "above") -> Iterator[None]:
    """Use as `with st.echo():` — shows the block's code, then what it writes
    (`code_location="below"`: the code after). The code is read from the script file."""
    if code_location not in ("above", "below"):
        raise OstinatoAPIException(
            f'st.echo code_location must be "above" or "below", got {code_location!r}.'
        )
    caller = sys._getframe(2)  # echo's caller: contextmanager's __enter__ sits between
    filename, line = caller.f_code.co_filename, caller.f_lineno
    here = Container()
    target = here.empty() if code_location == "above" else here
    source: str | None = None
    problem: str | None = None
    try:
        source = block_source(filename, line)
    except (OSError, SyntaxError, ValueError) as exc:
        problem = f"Unable to display code. {exc}"
    # The block runs even when its source cannot be shown.
    yield
    if source is not None:
        target.code(source, "python")
    elif problem is not None:
        target.warning(problem)
