"""The user's script, compiled once per version of its file."""

from __future__ import annotations

import ast
import os
import threading
from dataclasses import dataclass
from types import CodeType
from typing import Any

from ostinato.runtime.magic import add_magic


@dataclass(frozen=True)
class Compiled:
    """One compiled version of the script."""

    code: CodeType
    version: tuple[int, int, bool]


class Script:
    """A script file. `code()` recompiles only when the file (or magic setting)
    changed. Any thread."""

    def __init__(self, path: str) -> None:
        self.path = os.path.abspath(path)
        self.folder = os.path.dirname(self.path)
        self._compiled: Compiled | None = None
        self._lock = threading.Lock()
        self.folder_pages: Any = None
        """The `pages/` folder beside this script, shared by all its sessions."""

    def code(self, magic: bool) -> CodeType:
        """The code object for the file as it is now. Raises SyntaxError/OSError."""
        stat = os.stat(self.path)
        version = (stat.st_mtime_ns, stat.st_size, magic)
        with self._lock:
            if self._compiled is not None and self._compiled.version == version:
                return self._compiled.code
            with open(self.path, encoding="utf-8") as handle:
                source = handle.read()
            tree = ast.parse(source, self.path)
            if magic:
                tree = add_magic(tree)
            code = compile(tree, self.path, "exec", dont_inherit=True)
            self._compiled = Compiled(code, version)
            return code
