"""Container: where `st.*` calls write. The module-level API is the main container
that follows `with` blocks; `st.sidebar` and the containers a script creates
write to their own place. Its methods are the registered elements
(ostinato.tree.registry), so this module imports none of them."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from ostinato.errors import NotSupportedYet
from ostinato.runtime.context import RunContext, get_run_context
from ostinato.tree import registry
from ostinato.tree.node import Node, Path


class Container:
    """A place in the page. `path=None` means "wherever `with` blocks point"."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path

    def _target(self) -> tuple[RunContext, Path]:
        """The run context and the block this container writes into. Script thread."""
        ctx = get_run_context()
        return ctx, ctx.active() if self._path is None else self._path

    def _add(self, node: Node) -> Path:
        ctx, parent = self._target()
        return ctx.add(parent, node)

    def __enter__(self) -> Container:
        ctx, path = self._target()
        ctx.stack.append(path)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        ctx = get_run_context()
        if ctx.stack:
            ctx.stack.pop()

    def __getattr__(self, name: str) -> Any:
        """The registered element `name` as a method of this container (looked up
        once per name, then kept on the class)."""
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            function = registry.method(name)
        except NotSupportedYet:
            raise
        except AttributeError:
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}"
            ) from None
        setattr(Container, name, function)
        return getattr(self, name)

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *(r.name for r in registry.names() if r.method)})


class PlaceholderContainer(Container):
    """What st.empty() returns: holds one element at a time (the run context replaces
    what it holds on each write), and `.empty()` clears it."""

    def empty(self) -> Container:
        """Remove what the placeholder shows."""
        self._add(Node("nothing", {}))
        return self

    def container(self, **kwargs: Any) -> Container:
        """Fill the placeholder with a group of several elements."""
        node = Node("block", {"kind": "vertical", "border": False, "height": None}, children=[])
        return Container(self._add(node))


class StatefulContainer(Container):
    """What st.tabs (each tab), st.expander and st.popover return: a container with
    `open`, whether it is the open one (True/False) when it tracks its state
    (`on_change` is "rerun" or a callback), None when the page alone knows."""

    def __init__(self, path: Path | None = None, open: bool | None = None) -> None:
        super().__init__(path)
        self.open = open

    def __enter__(self) -> StatefulContainer:
        super().__enter__()
        return self
