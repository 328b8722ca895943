"""st.status: an expandable container with a state icon (running, complete,
error) and a label, both updated in place with `.update()`; used with `with`, it
ends "complete", or "error" when the block raises, as in Streamlit."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.blocks import open_block
from ostinato.elements.container import Container
from ostinato.elements.transient import check_width
from ostinato.errors import OstinatoAPIException
from ostinato.runtime.context import get_run_context
from ostinato.tree import markdown
from ostinato.tree.node import Node, find_node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.tree.node import Path

State = Literal["running", "complete", "error"]

ICONS: dict[str, str] = {
    "running": "spinner",
    "complete": ":material/check:",
    "error": ":material/error:",
}
"""The icon Streamlit's AppTest reports for each state."""

TYPES = ("default", "compact", "step")


def _check_state(state: Any) -> None:
    if state not in ICONS:
        raise OstinatoAPIException(
            "Invalid `state` value. Supported values: 'running', 'complete', 'error'."
        )


def _check_type(name: str, value: Any, kind: type, optional: bool = False) -> None:
    if isinstance(value, kind) or (optional and value is None):
        return
    accepts = f"{kind.__name__} or None" if optional else kind.__name__
    raise OstinatoAPIException(
        f"st.status {name} must be {accepts}, got {type(value).__name__}: {value!r}."
    )


def _label_props(label: str) -> dict[str, Any]:
    return {"label": label, "html": markdown.render_inline(label) if label else ""}


class StatusContainer(Container):
    """What st.status returns: a container whose label, state and expanded state
    `update()` changes in place. Script thread."""

    def __init__(self, path: Path, node: Node) -> None:
        super().__init__(path)
        self._node = node

    def update(
        self,
        *,
        label: str | None = None,
        expanded: bool | None = None,
        state: State | None = None,
    ) -> None:
        """Change what is given; the rest stays. Without `expanded`, the page keeps
        the container open or closed as the user left it."""
        _check_type("label", label, str, optional=True)
        _check_type("expanded", expanded, bool, optional=True)
        props = dict(self._node.props)
        if state is not None:
            _check_state(state)
            props.update(state=state, icon=ICONS[state])
        if label is not None:
            props.update(_label_props(label))
        # As Streamlit's update(): an expanded state not given is left to the user.
        props.update(expanded=bool(expanded), user_expanded=expanded is None)
        self._node.props = props
        ctx = get_run_context()
        assert self._path is not None
        if find_node(ctx.roots, self._path) is self._node:
            ctx.emit(self._path, Node("block", props, children=[]))

    @property
    def _state(self) -> str:
        return str(self._node.props["state"])

    def __enter__(self) -> StatusContainer:
        super().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self._state == "running":
                self.update(state="error" if exc_type is not None else "complete")
        finally:
            super().__exit__(exc_type, exc, tb)


@element("status", "block:status")
def status(
    self: Container,
    label: str,
    *,
    expanded: bool = False,
    state: State = "running",
    type: Literal["default", "compact", "step"] = "default",
    width: Any = "stretch",
) -> StatusContainer:
    """A container showing the state of a task (running, complete or error) and a
    label; its content shows when expanded."""
    if type not in TYPES:
        raise OstinatoAPIException(
            "Invalid `type` value. Supported values: 'default', 'compact', 'step'."
        )
    _check_state(state)
    _check_type("label", label, str)
    _check_type("expanded", expanded, bool)
    check_width(width)
    ctx, path = open_block(
        self,
        "status",
        {
            **_label_props(label),
            "expanded": bool(expanded),
            "user_expanded": True,
            "state": state,
            "icon": ICONS[state],
            "variant": type,
            "width": width,
        },
    )
    return StatusContainer(path, ctx.node(path))
