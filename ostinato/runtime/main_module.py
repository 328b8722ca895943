"""`sys.modules["__main__"]` that resolves names in the script of the run on the
current thread, so that pickle finds classes and functions a script defines at
module level (needed by runner.enforceSerializableSessionState and the stores),
even with many sessions running at once."""

from __future__ import annotations

import sys
import threading
from types import ModuleType
from typing import Any

from ostinato.runtime.context import current_run_context

_lock = threading.Lock()


class MainModule(ModuleType):
    """Looks names up in the current run's namespace, else in the real `__main__`."""

    def __init__(self, original: ModuleType) -> None:
        super().__init__("__main__")
        object.__setattr__(self, "_original", original)

    def __getattr__(self, name: str) -> Any:
        ctx = current_run_context()
        if ctx is not None and ctx.namespace is not None and name in ctx.namespace:
            return ctx.namespace[name]
        return getattr(object.__getattribute__(self, "_original"), name)


def install() -> None:
    """Put a MainModule in sys.modules once per process. Any thread."""
    with _lock:
        current = sys.modules.get("__main__")
        if not isinstance(current, MainModule):
            sys.modules["__main__"] = MainModule(current or ModuleType("__main__"))
