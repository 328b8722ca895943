"""Magic: a bare expression on its own line is written to the page."""

from __future__ import annotations

import ast

MAGIC_NAME = "__ostinato_magic__"
_OWN_MODULES = ("ostinato", "streamlit")


def _api_names(tree: ast.Module) -> set[str]:
    """Names the script binds to the Ostinato (or Streamlit) API."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in _OWN_MODULES:
                    names.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in _OWN_MODULES:
                names.update(alias.asname or alias.name for alias in node.names)
    return names


def _root_name(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute | ast.Call | ast.Subscript):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


class _Magic(ast.NodeTransformer):
    def __init__(self, api: set[str]) -> None:
        self.api = api

    def _body(self, body: list[ast.stmt], docstring_ok: bool) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for index, stmt in enumerate(body):
            stmt = self.visit(stmt)
            if isinstance(stmt, ast.Expr) and self._shows(stmt.value):
                is_doc = (
                    docstring_ok
                    and index == 0
                    and isinstance(stmt.value, ast.Constant)
                    and isinstance(stmt.value.value, str)
                )
                if not is_doc:
                    call = ast.Call(ast.Name(MAGIC_NAME, ast.Load()), [stmt.value], [])
                    stmt = ast.copy_location(ast.Expr(call), stmt)
            out.append(stmt)
        return out

    def _shows(self, value: ast.expr) -> bool:
        # Function calls are statements run for their effect (as in Streamlit).
        return not isinstance(value, ast.Await | ast.Yield | ast.YieldFrom | ast.Call)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        for field in ("body", "orelse", "finalbody"):
            body = getattr(node, field, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                is_scope = isinstance(
                    node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module
                )
                setattr(node, field, self._body(body, field == "body" and is_scope))
        for field in ("handlers", "cases"):
            for child in getattr(node, field, None) or []:
                self.visit(child)
        return node


def add_magic(tree: ast.Module) -> ast.Module:
    """Wrap every bare expression statement in a call that writes its value."""
    result = _Magic(_api_names(tree)).visit(tree)
    assert isinstance(result, ast.Module)
    return ast.fix_missing_locations(result)
