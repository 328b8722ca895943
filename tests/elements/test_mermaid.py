"""st.mermaid_chart: as in Streamlit 1.67, Markdown holding a ```mermaid fence long
enough for the source's own backticks, the alt text as a `%% stAlt:` line after
the diagram's preamble; the server marks the fence for the page to draw."""

from __future__ import annotations

from ostinato.elements.mermaid_chart import with_alt
from ostinato.testing.v1 import AppTest
from ostinato.tree.markdown import render


def test_the_diagram_is_markdown_with_a_mermaid_fence() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.mermaid_chart("graph TD; A-->B")\n'
        'st.mermaid_chart("graph LR; A[\\"`x`\\"]", alt="Two  nodes")\n'
    ).run(timeout=60)
    first, second = at.markdown
    assert first.value == "````mermaid\ngraph TD; A-->B\n````"
    assert second.value == '````mermaid\n%% stAlt: Two nodes\ngraph LR; A["`x`"]\n````'


def test_alt_goes_after_front_matter_and_replaces_an_earlier_one() -> None:
    body = "---\ntitle: T\n---\n%% stAlt: old\ngraph TD; A-->B"
    assert with_alt(body, "new") == "---\ntitle: T\n---\n%% stAlt: new\ngraph TD; A-->B"


def test_the_fence_is_a_marked_diagram_for_the_page_and_other_code_stays_code() -> None:
    html = render("```mermaid\ngraph TD; A-->B\n```")
    assert html.startswith('<div class="ost-mermaid" data-mermaid="graph TD; A--&gt;B')
    assert render("```python\nx = 1\n```").startswith('<pre><code class="language-python">')
