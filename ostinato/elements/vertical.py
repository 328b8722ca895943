"""st.container: a group of elements (a "block:vertical"), laid out in a column or,
with `horizontal=True`, in a row that wraps; sized, aligned and spaced with
Streamlit 1.67's parameters. The Container class itself lives in container.py,
which registers nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.elements.blocks import child_container, open_block
from ostinato.elements.sizing import (
    HORIZONTAL,
    VERTICAL,
    check_bool,
    check_choice,
    check_gap,
    check_height,
    check_width,
)
from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("container", "block:vertical")
def container(
    self: Container,
    *,
    border: bool | None = None,
    key: str | int | None = None,
    width: int | str = "stretch",
    height: int | str = "content",
    horizontal: bool = False,
    wrap: bool = True,
    horizontal_alignment: str = "left",
    vertical_alignment: str = "top",
    gap: str | int | None = "small",
    autoscroll: bool | None = None,
) -> Container:
    """A group of elements: framed with `border`, scrolling at a fixed `height`,
    in a row with `horizontal=True`."""
    return child_container(
        open_block(
            self,
            "vertical",
            layout_props(
                "container",
                border=border,
                key=key,
                width=width,
                height=height,
                horizontal=horizontal,
                wrap=wrap,
                horizontal_alignment=horizontal_alignment,
                vertical_alignment=vertical_alignment,
                gap=gap,
                autoscroll=autoscroll,
            ),
        )[1]
    )


def layout_props(
    command: str,
    *,
    border: Any = None,
    key: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    horizontal: Any = False,
    wrap: Any = True,
    horizontal_alignment: Any = "left",
    vertical_alignment: Any = "top",
    gap: Any = "small",
    autoscroll: Any = None,
) -> dict[str, Any]:
    """The props of a flex container (st.container, and st.empty's container)."""
    width = check_width(command, width)
    height = check_height(command, height)
    horizontal = check_bool(command, "horizontal", horizontal)
    wrap = check_bool(command, "wrap", wrap)
    if not wrap and not horizontal:
        raise OstinatoAPIException(
            f"st.{command}: wrap=False needs horizontal=True: a vertical container has no "
            "row to keep on one line. Set horizontal=True, or leave wrap out."
        )
    check_choice(command, "horizontal_alignment", horizontal_alignment, HORIZONTAL)
    check_choice(command, "vertical_alignment", vertical_alignment, VERTICAL)
    gap = check_gap(command, gap)
    if border is not None:
        border = check_bool(command, "border", border)
    if autoscroll is not None:
        autoscroll = check_bool(command, "autoscroll", autoscroll)
    fixed = isinstance(height, int)
    return {
        "border": fixed if border is None else border,
        "height": height if fixed else None,
        "height_mode": height,
        "width": width,
        "horizontal": horizontal,
        "wrap": wrap,
        "horizontal_alignment": horizontal_alignment,
        "vertical_alignment": vertical_alignment,
        "gap": gap,
        "autoscroll": autoscroll,
        "key": None if key is None else str(key),
    }
