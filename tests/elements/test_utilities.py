"""st.echo, st.link_button, st.space and st.badge, as a test sees them in AppTest."""

from __future__ import annotations

from pathlib import Path

import pytest

from ostinato.testing.v1 import AppTest


def _run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


# -- st.echo ---------------------------------------------------------------------------


def test_echo_shows_its_block_above_what_the_block_writes() -> None:
    at = _run(
        """
import ostinato as st
st.write("first")
with st.echo():
    st.write("inside")
    total = 1 + 2

st.write("total", total)
"""
    )
    assert [type(e).__name__ for e in at.main][1:] == ["Markdown", "Code", "Markdown", "Markdown"]
    assert at.code[0].value == 'st.write("inside")\ntotal = 1 + 2'
    assert at.code[0].language == "python"
    assert at.markdown.values == ["first", "inside", "total `3`"]


def test_echo_below_and_a_decorated_definition_keeps_its_decorator() -> None:
    at = _run(
        """
import functools
import ostinato as st
with st.echo(code_location="below"):
    @functools.cache
    def double(x):
        return 2 * x
    st.write(double(21))
"""
    )
    assert [type(e).__name__ for e in at.main][1:] == ["Markdown", "Code"]
    assert at.code[0].value == (
        "@functools.cache\ndef double(x):\n    return 2 * x\nst.write(double(21))"
    )


def test_echo_inside_a_function_is_dedented_and_shown_each_call() -> None:
    at = _run(
        """
import ostinato as st
def show(n):
    if True:
        with st.echo():
            st.write(n)
show(1)
show(2)
"""
    )
    assert at.code.values == ["st.write(n)", "st.write(n)"]
    assert at.markdown.values == ["`1`", "`2`"]


def test_echo_runs_its_block_even_when_the_source_is_gone(tmp_path: Path) -> None:
    (tmp_path / "helper.py").write_text(
        "import ostinato as st\ndef part():\n    with st.echo():\n        st.write('ran')\n"
    )
    (tmp_path / "app.py").write_text(
        "import sys, os\nsys.path.insert(0, os.path.dirname(__file__))\n"
        "import helper\nos.remove(helper.__file__)\nhelper.part()\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert at.markdown.values == ["ran"]
    assert at.warning[0].value.startswith("Unable to display code.")


def test_echo_refuses_a_wrong_location() -> None:
    at = _run("import ostinato as st\nwith st.echo('left'):\n    pass\n")
    assert "code_location" in at.exception[0].value


# -- st.link_button --------------------------------------------------------------------


def test_link_button_shows_its_label_and_url() -> None:
    at = _run(
        """
import ostinato as st
st.link_button("Gallery", "https://streamlit.io/gallery")
st.link_button("Docs", "https://docs.streamlit.io", key="docs", type="primary",
               icon=":material/open_in_new:", help="Opens the docs", disabled=True,
               use_container_width=True)
"""
    )
    gallery, docs = at.link_button
    assert gallery.value == "Gallery" and gallery.url == "https://streamlit.io/gallery"
    assert gallery.key is None and gallery.kind == "secondary" and gallery.width == "content"
    assert docs.key == "docs" and docs.kind == "primary" and docs.disabled is True
    assert docs.icon == ":material/open_in_new:" and docs.help == "Opens the docs"
    assert docs.width == "stretch" and at.link_button("docs").value == "Docs"


def test_link_button_with_on_click_is_a_trigger_that_returns_false_until_clicked() -> None:
    at = _run(
        """
import ostinato as st
a = st.link_button("Track", "https://example.com", on_click="rerun", key="t")
b = st.link_button("Call", "https://example.com/c", on_click=lambda: None)
plain = st.link_button("Plain", "https://example.com/p")
st.write(a, b, plain)
"""
    )
    assert at.markdown.values == ["`False` `False` `None`"]
    assert [lb.trigger for lb in at.link_button] == [True, True, False]
    assert at.link_button[0].id and at.link_button[2].id == ""


@pytest.mark.parametrize(
    ("call", "named"),
    [
        ('st.link_button("x", "u", type="huge")', "type"),
        ('st.link_button("x", "u", width=0)', "width"),
        ('st.link_button("x", "u", icon="abc")', "icon"),
        ('st.link_button("x", "u", on_click="now")', "on_click"),
        ('st.link_button("x", "u", icon_position="top")', "icon_position"),
    ],
)
def test_link_button_refuses_bad_arguments_naming_them(call: str, named: str) -> None:
    at = _run(f"import ostinato as st\n{call}\n")
    assert at.exception and named in at.exception[0].value


# -- st.space --------------------------------------------------------------------------


def test_space_keeps_the_size_it_was_given() -> None:
    at = _run(
        """
import ostinato as st
st.space()
st.space("large")
st.space("stretch")
st.space(24)
"""
    )
    assert at.space.values == ["small", "large", "stretch", 24]
    assert [s.rem for s in at.space] == [0.75, 4.25, None, None]


@pytest.mark.parametrize("size", ['"huge"', "0", "-1", "2.5", "None"])
def test_space_refuses_other_sizes(size: str) -> None:
    at = _run(f"import ostinato as st\nst.space({size})\n")
    assert at.exception and "st.space size" in at.exception[0].value


# -- st.badge --------------------------------------------------------------------------


def test_badge_is_listed_with_markdown_as_its_directive() -> None:
    at = _run(
        """
import ostinato as st
st.badge("New")
st.badge("Done [x]", icon=":material/check:", color="green", help="tip")
st.badge("Old", color="grey", icon="🔥")
"""
    )
    assert at.markdown.values == [
        ":blue-badge[New]",
        ":green-badge[:material/check: Done \\[x\\]]",
        ":grey-badge[🔥 Old]",
    ]
    assert at.markdown[1].help == "tip" and at.markdown[2].color == "gray"
    assert at.markdown[0].label is None


@pytest.mark.parametrize(
    ("call", "named"),
    [
        ('st.badge("x", color="pink")', "color"),
        ('st.badge("x", icon="star")', "icon"),
        ('st.badge("x", width="wide")', "width"),
    ],
)
def test_badge_refuses_bad_arguments_naming_them(call: str, named: str) -> None:
    at = _run(f"import ostinato as st\n{call}\n")
    assert at.exception and named in at.exception[0].value


def test_a_link_button_key_names_one_element_of_the_run() -> None:
    at = _run(
        """
import ostinato as st
st.link_button("a", "https://example.com/a", key="k")
st.link_button("b", "https://example.com/b", key="k")
"""
    )
    assert at.link_button.values == ["a"]
    assert 'multiple widgets with the key "k"' in at.exception[0].value


@pytest.mark.parametrize(
    "call", ['st.link_button("x", 5)', "st.badge(3)"], ids=["url not str", "label not str"]
)
def test_texts_must_be_strings(call: str) -> None:
    at = _run(f"import ostinato as st\n{call}\n")
    assert at.exception and "must be a str" in at.exception[0].value
