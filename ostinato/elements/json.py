"""st.json: an object (or a JSON string) as pretty-printed JSON."""

from __future__ import annotations

import json as _json
from typing import TYPE_CHECKING, Any

from ostinato.elements.sizing import check_width
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("json", "json")
def json(
    self: Container, body: Any, *, expanded: bool | int = True, width: int | str = "stretch"
) -> None:
    """Write an object (or a JSON string) as a collapsible tree; `expanded` is
    True, False, or the depth shown expanded."""
    if isinstance(body, str):
        try:
            body = _json.loads(body)
        except ValueError:
            pass
    text = _json.dumps(body, indent=2, default=repr, ensure_ascii=False)
    # As Streamlit's proto: an int is "expanded" to that depth (0: collapsed).
    depth = None if isinstance(expanded, bool) else int(expanded)
    props: dict[str, Any] = {
        "body": text,
        "expanded": True if depth is not None else bool(expanded),
        "width": check_width("json", width, allow_content=False),
    }
    if depth is not None:
        props["max_depth"] = depth
    self._add(Node("json", props, value=body))
