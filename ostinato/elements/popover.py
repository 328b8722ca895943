"""st.popover: a button that opens a floating panel of elements."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.elements.blocks import child_container, inside, open_block
from ostinato.errors import OstinatoAPIException
from ostinato.tree.markdown import render_label
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("popover", "block:popover")
def popover(
    self: Container,
    label: str,
    *,
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> Container:
    """A button that opens a floating panel of elements."""
    ctx, parent = self._target()
    if inside(ctx, parent, "popover"):
        raise OstinatoAPIException(f'st.popover "{label}" cannot be placed inside another popover.')
    _, path = open_block(
        self,
        "popover",
        {
            "label": label,
            "label_html": render_label(label, icon),
            "help": help,
            "icon": icon,
            "disabled": disabled,
        },
    )
    return child_container(path)
