"""st.help: an object's name, type, signature, docstring and members; also what
st.write shows for classes, functions, modules and objects without a repr of their own."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import linecache
import sys
from types import FrameType
from typing import TYPE_CHECKING, Any

from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

_NO_ARGUMENT = object()
_MAX_MEMBERS = 60


def wants_help(value: Any) -> bool:
    """True for what st.write shows with st.help, as Streamlit does: classes, functions,
    methods, modules, dataclass instances and objects whose repr is object's default."""
    return (
        inspect.isclass(value)
        or inspect.isroutine(value)
        or inspect.ismodule(value)
        or (dataclasses.is_dataclass(value) and not isinstance(value, type))
        or _default_repr(value)
    )


def _default_repr(value: Any) -> bool:
    """True when the object's repr is object's own ("<Foo object at 0x...>")."""
    return getattr(type(value), "__repr__", None) is object.__repr__


@element("help", "help")
def help(self: Container, obj: Any = _NO_ARGUMENT, *, width: Any = "stretch") -> None:
    """Show what `obj` is: its name as written in the call, type, signature, docstring
    and public members. Without an argument, st.help's own documentation."""
    if obj is _NO_ARGUMENT:
        obj = help
    help_node(self, obj, _argument_source(sys._getframe(1), "help", 0))


def help_node(self: Container, obj: Any, name: str) -> None:
    """Add the help element for `obj`; `name` is the expression the app wrote for it."""
    self._add(
        Node(
            "help",
            {
                "name": name,
                "obj_type": _type_name(obj),
                "summary": _summary(obj),
                "doc": inspect.getdoc(obj) or "",
                "members": _members(obj),
            },
            value=obj,
        )
    )


def _type_name(obj: Any) -> str:
    if inspect.isclass(obj):
        return "class"
    if inspect.ismodule(obj):
        return "module"
    if inspect.ismethod(obj):
        return "method"
    if inspect.isfunction(obj):
        return "function"
    return type(obj).__name__


def _summary(obj: Any) -> str:
    """The signature of a callable (qualified by its module), or the repr of a value."""
    if inspect.ismodule(obj):
        return ""
    if callable(obj):
        try:
            signature = str(inspect.signature(obj))
        except (TypeError, ValueError):
            signature = "(...)"
        module = getattr(obj, "__module__", None) or type(obj).__module__
        qualname = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", "")
        return f"{module}.{qualname}{signature}" if qualname else signature
    if _default_repr(obj):
        return f"{type(obj).__module__}.{type(obj).__qualname__}()"
    return repr(obj)


def _members(obj: Any) -> list[dict[str, str]]:
    """Public attributes: name, type and first docstring line (or value)."""
    found: list[dict[str, str]] = []
    for member in sorted(dir(obj)):
        if member.startswith("_") or len(found) >= _MAX_MEMBERS:
            continue
        try:
            value = getattr(obj, member)
        except Exception:  # properties may raise; they are simply not listed
            continue
        doc = (inspect.getdoc(value) or "").split("\n", 1)[0] if callable(value) else ""
        shown = doc if callable(value) else repr(value)[:80]
        found.append({"name": member, "type": _type_name(value), "value": shown})
    return found


def _argument_source(frame: FrameType | None, function: str, position: int) -> str:
    """The source text of argument `position` of the call to `function` on the line
    the caller is at ("" when it is a literal or cannot be found)."""
    if frame is None:
        return ""
    filename, line = frame.f_code.co_filename, frame.f_lineno
    source = "".join(linecache.getlines(filename))
    if not source:
        return ""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not (node.lineno <= line <= (node.end_lineno or 0)):
            continue
        called = node.func
        name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
        if name != function or position >= len(node.args):
            continue
        argument = node.args[position]
        if isinstance(argument, ast.Constant):
            return ""
        return ast.get_source_segment(source, argument) or ""
    return ""


def argument_source(depth: int, function: str, position: int) -> str:
    """`_argument_source` for the frame `depth` levels above the caller."""
    return _argument_source(sys._getframe(depth + 1), function, position)
