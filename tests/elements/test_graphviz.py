"""st.graphviz_chart: the DOT source (of a str or a graphviz object) and its engine
sent for the page to lay out, sizes, and the error for anything else."""

from __future__ import annotations

from ostinato.testing.v1 import AppTest

HEAD = "import ostinato as st\nimport graphviz\n"


def run(body: str) -> AppTest:
    return AppTest.from_string(HEAD + body).run(timeout=60)


def test_dot_of_a_string_and_of_graphviz_objects() -> None:
    at = run(
        'st.graphviz_chart("digraph { a -> b }")\n'
        'g = graphviz.Graph(engine="neato")\ng.edge("x", "y")\n'
        "st.graphviz_chart(g, use_container_width=True)\n"
    )
    first, second = at.get("graphviz_chart")
    assert first.type == "graphviz_chart" and first.value is None and first.label is None
    assert first.spec == "digraph { a -> b }" and first.props["engine"] == "dot"
    assert "x -- y" in second.spec and second.props["engine"] == "neato"
    assert (first.props["width"], second.props["width"]) == ("content", "stretch")


def test_anything_else_is_an_error_naming_what_is_accepted() -> None:
    at = run("st.graphviz_chart(3)\n")
    assert "figure_or_dot" in at.exception[0].value and "graphviz.Digraph" in at.exception[0].value
