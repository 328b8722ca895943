"""st.graphviz_chart: a graph in DOT (a graphviz Graph/Digraph/Source's `.source`, or
a str) laid out in the browser by Graphviz compiled to WebAssembly (its own lazy
chunk, frontend/src/lazy/graphviz.ts) and shown as SVG."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ostinato.elements.library_chart import Size, add_chart, check_size, container_width
from ostinato.elements.media_data import normalize_alt
from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

NODE = "graphviz_chart"
ENGINES = ("circo", "dot", "fdp", "neato", "osage", "patchwork", "sfdp", "twopi")


def dot_source(figure_or_dot: Any) -> tuple[str, str]:
    """(DOT source, layout engine) of a graphviz object or a DOT string."""
    if isinstance(figure_or_dot, str):
        return figure_or_dot, "dot"
    module = type(figure_or_dot).__module__
    source = getattr(figure_or_dot, "source", None)
    if module.split(".")[0] == "graphviz" and isinstance(source, str):
        return source, str(getattr(figure_or_dot, "engine", "dot") or "dot")
    raise OstinatoAPIException(
        "st.graphviz_chart figure_or_dot must be a graphviz.Graph, graphviz.Digraph, "
        f"graphviz.Source or a str of DOT source, got {type(figure_or_dot).__qualname__}."
    )


@element("graphviz_chart", NODE)
def graphviz_chart(
    self: Container,
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: Size = "content",
    height: Size = "content",
    alt: str | None = None,
) -> None:
    """Draw a graph from its DOT source (laid out by Graphviz in the page)."""
    width = container_width(width, use_container_width)
    check_size("graphviz_chart", "width", width)
    check_size("graphviz_chart", "height", height)
    dot, engine = dot_source(figure_or_dot)
    props = {
        "spec": dot,
        "engine": engine,
        "width": width,
        "height": height,
        "alt": normalize_alt(alt),
    }
    add_chart(self, NODE, props)
