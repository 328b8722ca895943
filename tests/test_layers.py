"""The package's layers import downwards only (../shared/DESIGN.md, "Growing to
Streamlit's whole API"): a module may import its own layer and those below it,
never one above, also not inside a function or under TYPE_CHECKING."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ostinato"

LAYERS: list[set[str]] = [
    {"ostinato.errors"},
    {"ostinato.config"},
    {"ostinato.tree"},
    {"ostinato.state"},
    {"ostinato.stores"},
    {"ostinato.runtime"},
    {"ostinato.elements"},
    {"ostinato.cache"},
    {"ostinato.server", "ostinato.testing"},
    {"ostinato", "ostinato.api", "ostinato.commands", "ostinato.components"},
    {"ostinato.cli"},
]
"""From the bottom. `ostinato` itself (`import ostinato as st`) is the public API."""

SIBLINGS_APART = [("ostinato.server", "ostinato.testing")]
"""Parts of one layer that must not import each other either."""


def part_of(module: str) -> str:
    """The layer part a module belongs to: the longest listed prefix."""
    parts = module.split(".")
    for length in range(len(parts), 0, -1):
        name = ".".join(parts[:length])
        if any(name in layer for layer in LAYERS):
            return name
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def level(part: str) -> int:
    return next(index for index, layer in enumerate(LAYERS) if part in layer)


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, module: str | None = None) -> list[tuple[int, str]]:
    """(line, imported module) of every ostinato import in the file, wherever it is;
    `module` is the file's module name (by default, from its place in the package)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = module or module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            # `from ostinato import elements` names a module of the package.
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                if (PACKAGE.parent / candidate.replace(".", "/")).with_suffix(".py").exists() or (
                    PACKAGE.parent / candidate.replace(".", "/") / "__init__.py"
                ).exists():
                    found.append((node.lineno, candidate))
    return [
        (line, name) for line, name in found if name == "ostinato" or name.startswith("ostinato.")
    ]


def sources() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if "demo" not in path.relative_to(PACKAGE).parts and "frontend" not in path.parts
    )


def test_every_module_is_in_a_layer() -> None:
    for path in sources():
        part_of(module_name(path))


def violations(path: Path, module: str | None = None) -> list[str]:
    """The upward (or sibling) imports of one file."""
    module = module or module_name(path)
    own = part_of(module)
    found = []
    for line, target in imports(path, module):
        other = part_of(target)
        if level(other) > level(own):
            found.append(f"{module}:{line} ({own}) imports {target} ({other})")
        elif other != own and {own, other} in [set(pair) for pair in SIBLINGS_APART]:
            found.append(f"{module}:{line}: {own} imports its sibling {target}")
    return found


def test_layers_import_downwards_only() -> None:
    upward = [problem for path in sources() for problem in violations(path)]
    assert not upward, "Upward imports:\n" + "\n".join(upward)


def test_the_rule_finds_upward_imports_wherever_they_are(tmp_path: Path) -> None:
    fake = tmp_path / "session.py"
    fake.write_text(
        "from typing import TYPE_CHECKING\n"
        "from ostinato.tree.node import Node\n"
        "if TYPE_CHECKING:\n"
        "    from ostinato.elements.container import Container\n"
        "def later():\n"
        "    from .. import api\n"
        "    import ostinato.server.app\n"
    )
    found = violations(fake, "ostinato.runtime.session")
    targets = [problem.split(" imports ")[1].split(" ")[0] for problem in found]
    assert targets == [
        "ostinato.elements.container",
        "ostinato",
        "ostinato.api",
        "ostinato.server.app",
    ]
