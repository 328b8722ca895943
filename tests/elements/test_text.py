"""Text elements: markdown, title, header, subheader, caption, text, code, json,
metric and divider."""

from __future__ import annotations

import json

import pytest

from ostinato.testing.v1 import AppTest


def run(body: str) -> AppTest:
    return AppTest.from_string("import ostinato as st\n" + body).run()


def test_markdown_renders_and_escapes_html() -> None:
    at = run(
        'st.markdown("<b>bold</b> **md**")\n'
        'st.markdown("<b>bold</b>", unsafe_allow_html=True)\n'
        'st.markdown("<script>alert(1)</script>")\n'
        'st.markdown("| a |\\n|---|\\n| 1 |\\n\\n~~gone~~")\n'
    )
    plain, allowed, script, table = at.markdown
    assert plain.value == "<b>bold</b> **md**"
    assert plain.html == "<p>&lt;b&gt;bold&lt;/b&gt; <strong>md</strong></p>"
    assert allowed.html == "<p><b>bold</b></p>"
    assert "<script>" not in script.html and "&lt;script&gt;" in script.html
    assert "<table>" in table.html and "<s>gone</s>" in table.html


def test_markdown_of_a_non_string_shows_its_text() -> None:
    at = run("st.markdown(42)\n")
    assert at.markdown.values == ["42"]


@pytest.mark.parametrize("kind", ["title", "header", "subheader"])
def test_headings_render_inline_markdown_and_escape_html(kind: str) -> None:
    at = run(f'st.{kind}("A *big* <i>deal</i>")\n')
    (heading,) = getattr(at, kind)
    assert heading.type == kind
    assert heading.value == "A *big* <i>deal</i>"
    assert heading.html == "A <em>big</em> &lt;i&gt;deal&lt;/i&gt;"
    assert at.markdown.values == []


def test_caption_is_markdown_with_its_own_type() -> None:
    at = run('st.caption("small *print*")\nst.caption("<u>u</u>", unsafe_allow_html=True)\n')
    assert at.caption.values == ["small *print*", "<u>u</u>"]
    assert at.caption[0].html == "<p>small <em>print</em></p>"
    assert at.caption[1].html == "<p><u>u</u></p>"


def test_text_is_shown_as_given_without_surrounding_space() -> None:
    at = run('st.text("  spaced   *not md*  ")\nst.text(3.5)\n')
    assert at.text.values == ["spaced   *not md*", "3.5"]


def test_code_with_and_without_a_language() -> None:
    at = run('st.code("x = 1")\nst.code("SELECT 1", language="sql")\nst.code("raw", None)\n')
    assert at.code.values == ["x = 1", "SELECT 1", "raw"]
    assert [c.language for c in at.code] == [
        "python",
        "sql",
        "plaintext",
    ]  # as Streamlit names no language


def test_json_of_objects_and_json_strings() -> None:
    at = run(
        'st.json({"a": [1, 2], "b": None})\n'
        "st.json('{\"parsed\": true}')\n"
        'st.json("not json")\n'
        "import datetime as dt\n"
        "st.json({'when': dt.date(2024, 1, 2)})\n"
    )
    values = [json.loads(j.value) for j in at.json]
    assert values == [
        {"a": [1, 2], "b": None},
        {"parsed": True},
        "not json",
        {"when": "datetime.date(2024, 1, 2)"},
    ]
    assert at.json[0].value == '{"a": [1, 2], "b": null}'


def test_metric() -> None:
    at = run(
        'st.metric("Temp", "21 °C", "-1.5 °C", delta_color="inverse")\n'
        'st.metric("Users", 1200, 35)\n'
        'st.metric("Empty", None)\n'
    )
    temp, users, empty = at.metric
    assert (temp.label, temp.value, temp.delta) == ("Temp", "21 °C", "-1.5 °C")
    assert temp.props["delta_color"] == "inverse"
    assert (users.value, users.delta) == ("1200", "35")
    assert (empty.value, empty.delta) == ("—", "")


def test_metric_refuses_an_unknown_delta_colour() -> None:
    at = run('st.metric("M", 1, 2, delta_color="purple")\n')
    assert at.exception[0].exc_type == "OstinatoAPIException"
    assert "'purple'" in at.exception[0].message


def test_divider_and_page_order() -> None:
    at = run(
        'st.title("T")\nst.header("H")\nst.subheader("S")\nst.caption("C")\nst.divider()\n'
        'st.text("t")\nst.code("c")\nst.json([])\nst.metric("m", 1)\n'
    )
    assert len(at.divider) == 1 and at.divider[0].value == "---"
    assert [e.type for e in at.main.children.values()] == [
        "title", "header", "subheader", "caption", "divider", "text", "code", "json", "metric",
    ]  # fmt: skip
