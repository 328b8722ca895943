"""Helper (registers nothing): what the layout elements share: opening a block in
the page, the container that writes into it, and the stateful containers of
Streamlit 1.67 (tabs, expander, popover with `on_change`), which are widgets too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ostinato.errors import OstinatoAPIException
from ostinato.runtime.context import RunContext
from ostinato.tree.node import Node, Path

if TYPE_CHECKING:
    from ostinato.elements.container import Container, StatefulContainer


def open_block(self: Container, kind: str, props: dict[str, Any]) -> tuple[RunContext, Path]:
    ctx, parent = self._target()
    return ctx, ctx.add(parent, Node("block", {"kind": kind, **props}, children=[]))


def child_container(path: Path) -> Container:
    from ostinato.elements.container import Container

    return Container(path)


def stateful_container(path: Path, open: bool | None) -> StatefulContainer:
    """The container writing into `path`, with `.open` as given."""
    from ostinato.elements.container import StatefulContainer

    return StatefulContainer(path, open)


def inside(ctx: RunContext, path: Path, kind: str) -> bool:
    return any(block.props.get("kind") == kind for block in ctx.blocks(path))


def on_change_mode(command: str, on_change: Any) -> tuple[bool, Callable[..., Any] | None]:
    """(tracks its state, callback) for a container's `on_change`: "ignore" (the
    default: the page alone knows what is open), "rerun", or a callable."""
    if callable(on_change):
        return True, on_change
    if isinstance(on_change, str) and on_change in ("ignore", "rerun"):
        return on_change == "rerun", None
    raise OstinatoAPIException(
        f'st.{command}: on_change must be "ignore", "rerun" or a callable, got {on_change!r}.'
    )


def check_bind(command: str, bind: Any, key: Any) -> None:
    """`bind` is None or "query-params" (which needs a key)."""
    if bind is not None and bind != "query-params":
        raise OstinatoAPIException(
            f'st.{command}: bind must be "query-params" or None, got {bind!r}.'
        )
    if bind is not None and key is None:
        raise OstinatoAPIException(
            f'st.{command}: bind="query-params" needs a key=, the name of the query parameter.'
        )


def stateful_block(
    self: Container,
    kind: str,
    *,
    label: str,
    key: str | int | None,
    identity: tuple[Any, ...],
    default: Any,
    decode: Callable[[Any], Any],
    validate: Callable[[Any], Any],
    props: dict[str, Any],
    callback: Callable[..., Any] | None,
    args: Any,
    kwargs: Any,
    bind: str | None = None,
    disabled: bool = False,
    help: str | None = None,
) -> tuple[Any, Path]:
    """Draw a container that is also a widget (its value: what is open), registered
    with Session State under `key`; return its value and the block's path. Script thread."""
    from ostinato.elements.widget import Spec, draw_at

    def dress(node: Node) -> None:
        node.type = "block"
        node.props = {"kind": kind, **node.props, "stateful": True}
        node.children = []

    spec = Spec(
        kind=kind,
        label=label,
        key=key,
        shape=identity,
        default=default,
        default_given=False,
        decode=decode,
        encode=lambda v: v,
        validate=validate,
        props=props,
        callback=callback,
        args=args if callback is not None else None,
        kwargs=kwargs if callback is not None else None,
        bind=bind,
        disabled=disabled,
        help=help,
        dress=dress,
    )
    return draw_at(self, spec)
