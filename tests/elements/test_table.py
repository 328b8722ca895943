"""st.table: a static table with every row, Markdown text cells, a Styler's texts
and colours, the index hidden for a plain range, and bad parameters."""

from __future__ import annotations

from ostinato.testing.v1 import AppTest

HEAD = "import pandas as pd\nimport ostinato as st\n"


def run(body: str) -> AppTest:
    return AppTest.from_string(HEAD + body).run(timeout=60)


def test_rows_and_markdown_cells() -> None:
    at = run('st.table(pd.DataFrame({"t": ["**bold**", "x"], "n": [1, 2]}))\n')
    (table,) = at.table
    assert table.value["n"].tolist() == [1, 2]
    assert table.cells == [["<strong>bold</strong>", "1"], ["x", "2"]]
    assert [c["label"] for c in table.props["columns"]] == ["t", "n"]  # range index hidden
    assert table.props["hide_header"] is False


def test_an_index_of_labels_shows_and_lists_hide_the_header() -> None:
    at = run('st.table(pd.DataFrame({"v": [1]}, index=["row"]))\nst.table([1, 2])\n')
    first, second = at.table
    assert first.cells == [["row", "1"]]
    assert second.props["hide_header"] is True


def test_styler_texts_and_colours() -> None:
    at = run(
        'df = pd.DataFrame({"v": [1.0, 5.0]})\n'
        'st.table(df.style.format("{:.1f}").highlight_max(color="red"))\n'
    )
    (table,) = at.table
    assert table.cells == [["1.0"], ["5.0"]]
    assert table.props["styles"] == [[None], ["background-color: red"]]


def test_markdown_in_cells_does_not_let_html_through() -> None:
    at = run('st.table(pd.DataFrame({"t": ["<script>alert(1)</script>"]}))\n')
    assert "<script>" not in at.table[0].cells[0][0]


def test_bad_border_names_what_is_accepted() -> None:
    at = run('st.table(pd.DataFrame({"a": [1]}), border="vertical")\n')
    assert "'horizontal'" in at.exception[0].value
