"""st.tabs: tabs (a "block:tabs" of "block:tab"s, made together by one function)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ostinato.elements.blocks import child_container, open_block
from ostinato.errors import OstinatoAPIException
from ostinato.tree.markdown import render_label
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("tabs", "block:tabs", "block:tab")
def tabs(self: Container, labels: Sequence[str]) -> list[Container]:
    """Tabs with these labels; write into each with `with tab:`."""
    names = [str(label) for label in labels]
    if not names:
        raise OstinatoAPIException("st.tabs needs at least one tab label.")
    ctx, path = open_block(
        self, "tabs", {"labels": names, "labels_html": [render_label(n) for n in names]}
    )
    return [
        child_container(ctx.add(path, Node("block", {"kind": "tab", "label": name}, children=[])))
        for name in names
    ]
