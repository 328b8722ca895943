"""st.expander: a section the user can open and close."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ostinato.elements.blocks import child_container, inside, open_block
from ostinato.errors import OstinatoAPIException
from ostinato.tree.markdown import render_label
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("expander", "block:expander")
def expander(
    self: Container, label: str, expanded: bool = False, *, icon: str | None = None
) -> Container:
    """A section the user can open and close."""
    ctx, parent = self._target()
    if inside(ctx, parent, "expander"):
        raise OstinatoAPIException(
            f'st.expander "{label}" is inside another expander; expanders cannot be nested. '
            "Use st.container(border=True) for the inner group."
        )
    _, path = open_block(
        self,
        "expander",
        {
            "label": label,
            "label_html": render_label(label, icon),
            "expanded": expanded,
            "icon": icon,
        },
    )
    return child_container(path)
