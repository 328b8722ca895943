"""st.dialog: a function whose call opens a modal ("block:dialog" in the event
area) and runs inside it as a fragment. st.rerun() closes it (the next run does
not call it); the user may close it (×, Escape, a click outside) when dismissible,
which with on_dismiss="rerun" or a callback also reruns the script."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any, Literal, TypeVar

from ostinato.elements.link_button import check_icon
from ostinato.errors import FragmentError, OstinatoAPIException
from ostinato.runtime import fragments
from ostinato.runtime.context import RunContext, current_run_context
from ostinato.state.session_state import WidgetMeta
from ostinato.tree import markdown
from ostinato.tree.node import EVENT, Node
from ostinato.tree.registry import command

F = TypeVar("F", bound=Callable[..., Any])

Width = Literal["small", "medium", "large"] | int


def _check(width: Any, position: Any, on_dismiss: Any) -> None:
    if not (
        width in ("small", "medium", "large")
        or (isinstance(width, int) and not isinstance(width, bool) and 0 < width < 2**32)
    ):
        raise OstinatoAPIException(
            "st.dialog width must be 'small', 'medium', 'large' or a positive number of "
            f"pixels, got {width!r}."
        )
    if position not in ("left", "center", "right"):
        raise OstinatoAPIException(
            f"st.dialog position must be 'left', 'center' or 'right', got {position!r}."
        )
    if not (on_dismiss in ("ignore", "rerun") or callable(on_dismiss)):
        raise OstinatoAPIException(
            f"st.dialog on_dismiss must be 'ignore', 'rerun' or a callable, got {on_dismiss!r}."
        )


def _dismiss_widget(ctx: RunContext, props: dict[str, Any], on_dismiss: Any) -> str:
    """Register the trigger the page fires when the user closes the dialog."""
    basis = repr(("dialog", sorted(props.items()), callable(on_dismiss), ctx.page_scope))
    wid = f"dialog-{hashlib.blake2b(basis.encode(), digest_size=8).hexdigest()}"
    ctx.widget_count += 1
    meta = WidgetMeta(
        id=wid,
        kind="dialog",
        label=str(props["title"]),
        key=None,
        decode=bool,
        validate=bool,
        encode=lambda value: None,
        callback=on_dismiss if callable(on_dismiss) else None,
        trigger=True,
        settable=False,
        page=ctx.state.page,
        default=False,
        order=ctx.widget_count,
    )
    ctx.state.register_widget(meta, False, False)
    return wid


def _open(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    props: dict[str, Any],
    on_dismiss: Any,
) -> None:
    ctx = current_run_context()
    if ctx is None:
        return
    if any(block.props.get("kind") == "dialog" for block in ctx.blocks(ctx.active())):
        raise FragmentError(
            "Dialogs may not be nested inside other dialogs: open the second one after "
            "closing the first (st.rerun() closes a dialog)."
        )
    _check(props["width"], props["position"], on_dismiss)
    props = {**props, "icon": check_icon("dialog", props["icon"])}
    dismiss = None if on_dismiss == "ignore" else _dismiss_widget(ctx, props, on_dismiss)
    opened = {"kind": "dialog", **props, "dismiss": dismiss, "opened": ctx.run}
    # As in Streamlit, a second dialog of the run is added (closed) before it fails.
    path = ctx.add(EVENT, Node("block", opened, children=[]))
    if ctx.dialog_opened:
        raise FragmentError(
            "Only one dialog is allowed to be opened at the same time: call at most one "
            "@st.dialog function in a run (keep which one to open in st.session_state)."
        )
    ctx.dialog_opened = True
    name = f"dialog:{func.__module__}.{func.__qualname__}"
    fragments.call(ctx, lambda: func(*args, **kwargs), name, None, parent=path)


@command("dialog", "block:dialog")
def dialog(
    title: str,
    *,
    width: Width = "small",
    position: Literal["left", "center", "right"] = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Literal["ignore", "rerun"] | Callable[..., Any] = "ignore",
) -> Callable[[F], F]:
    """Make a function a dialog: calling it opens a modal titled `title` that runs
    the function as a fragment."""

    def missing() -> OstinatoAPIException:
        return OstinatoAPIException(
            'st.dialog needs a title: write @st.dialog("Example title") above the function.'
        )

    if not isinstance(title, str):  # @st.dialog without its title
        raise missing()

    def decorate(func: F) -> F:
        if title == "":
            raise missing()
        props = {
            "title": str(title),
            "title_html": markdown.render_label(str(title)),
            "icon": icon,
            "width": width,
            "position": position,
            "dismissible": bool(dismissible),
        }

        @functools.wraps(func)
        def wrap(*args: Any, **kwargs: Any) -> None:
            _open(func, args, kwargs, props, on_dismiss)

        return wrap  # type: ignore[return-value]

    return decorate
