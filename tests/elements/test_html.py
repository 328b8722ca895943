"""st.html: what it inserts, from a string, a file or an object, as Streamlit 1.67."""

from __future__ import annotations

from pathlib import Path

from ostinato.testing.v1 import AppTest


def run(body: str) -> AppTest:
    return AppTest.from_string("import ostinato as st\n" + body).run()


def test_a_string_is_the_html_as_given() -> None:
    at = run('st.html("""\n    <p>Hi <script>alert(1)</script></p>\n    """)\n')
    (html,) = at.html
    assert html.type == "html"
    assert html.value == "<p>Hi <script>alert(1)</script></p>"
    assert html.unsafe_allow_javascript is False


def test_unsafe_allow_javascript_is_passed_to_the_page() -> None:
    at = run('st.html("<script>1</script><p>x</p>", unsafe_allow_javascript=True)\n')
    assert at.html[0].unsafe_allow_javascript is True


def test_an_object_with_repr_html_shows_that() -> None:
    at = run(
        "class Card:\n"
        "    def _repr_html_(self):\n"
        "        return '<b>card</b>'\n"
        "    def __str__(self):\n"
        "        return 'not this'\n"
        "st.html(Card())\n"
    )
    assert at.html.values == ["<b>card</b>"]


def test_a_path_is_read_and_css_is_wrapped_in_style(tmp_path: Path) -> None:
    (tmp_path / "part.html").write_text("<i>from a file</i>", encoding="utf-8")
    (tmp_path / "look.css").write_text("p { color: red }", encoding="utf-8")
    at = run(
        "from pathlib import Path\n"
        f"st.html(Path({str(tmp_path / 'part.html')!r}))\n"
        f"st.html(Path({str(tmp_path / 'look.css')!r}))\n"
    )
    assert at.html.values == ["<i>from a file</i>", "<style>p { color: red }</style>"]
    assert at.html[1].style_only is True


def test_a_string_naming_a_file_is_html_not_read_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "part.html"
    page.write_text("<i>secret</i>", encoding="utf-8")
    at = run(f"st.html({str(page)!r})\n")
    assert at.html.values == [str(page)]
    assert "pathlib.Path" in at.warning[0].value


def test_style_only_html_goes_to_the_event_area_wherever_it_is_called() -> None:
    at = run(
        "col, _ = st.columns(2)\n"
        'col.html("<!-- x --><style>.a{}</style>\\n<style>.b{}</style>")\n'
        'st.html("<p>x</p>")\n'
    )
    # As in Streamlit: the main area holds only the visible HTML; at.html lists both.
    assert [e.type for e in at.main.children.values()] == ["flex_container", "html"]
    assert not at.columns[0].children
    assert at.html.values == ["<p>x</p>", "<!-- x --><style>.a{}</style>\n<style>.b{}</style>"]


def test_empty_html_is_an_error_naming_the_body() -> None:
    at = run('st.html("   ")\n')
    (error,) = at.exception
    assert "body" in error.message
