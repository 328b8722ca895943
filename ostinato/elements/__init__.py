"""The elements: one module per element (or family of elements sharing a node
type), each registering its `st.*` functions in ostinato.tree.registry.

`load()` imports every module found in this folder, so that no module has to
list them (and none imports every element)."""

from __future__ import annotations

import importlib
import pkgutil

_loaded = False


def load() -> None:
    """Import (once) every element module, which registers its functions."""
    global _loaded
    if _loaded:
        return
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{module.name}")
    _loaded = True
