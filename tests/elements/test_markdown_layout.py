"""Streamlit 1.67's layout parameters of text (width, text_alignment, wrap, anchors,
a heading's icon): what the page receives, and the refusals."""

from __future__ import annotations

import pytest

from ostinato.testing.v1 import AppTest


def run(body: str) -> AppTest:
    return AppTest.from_string("import ostinato as st\n" + body).run()


def test_layout_options_reach_the_page() -> None:
    at = run(
        'st.markdown("# A\\nb", width="content", text_alignment="center", anchors=False)\n'
        'st.caption("c", wrap=False, width=120)\n'
        'st.header("H", icon=":material/home:", text_alignment="right")\n'
    )
    text, small = at.markdown[0], at.caption[0]
    assert (text.width, text.text_alignment, text.anchors) == ("content", "center", False)
    assert (small.wrap, small.width) == (False, 120)
    assert at.header[0].value == "H"  # the icon is not part of the text
    assert at.header[0].html == '<span class="ost-icon" aria-hidden="true">home</span> H'
    assert at.header[0].text_alignment == "right"


def test_defaults_add_nothing_to_the_element() -> None:
    at = run('st.markdown("x")\nst.title("T", icon="")\n')
    assert set(at.markdown[0].props) == {"kind", "body", "html", "help"}
    assert at.title[0].html == "T"


def test_allow_html_is_reported() -> None:
    at = run('st.markdown("<b>x</b>", unsafe_allow_html=True)\nst.markdown("y")\n')
    assert [m.allow_html for m in at.markdown] == [True, False]


@pytest.mark.parametrize(
    ("call", "named"),
    [
        ('st.markdown("x", text_alignment="middle")', "text_alignment"),
        ('st.caption("x", wrap="no")', "wrap"),
        ('st.markdown("<b>x</b>", unsafe_allow_html=True, wrap=False)', "wrap=False"),
        ('st.header("x", icon="not an icon")', "icon"),
        ('st.markdown("x", width=0)', "width"),
    ],
)
def test_bad_values_are_refused_naming_the_parameter(call: str, named: str) -> None:
    at = run(call + "\n")
    (error,) = at.exception
    assert named in error.message
    assert at.markdown.values == [] and at.header.values == []


def test_labels_and_radio_options_are_markdown_values_unchanged() -> None:
    at = run(
        'choice = st.radio("**Pick**", ["*a*", ":red[b]"], captions=["first $x$", "two"])\n'
        'st.button(":material/home: Home")\n'
        'with st.expander(":blue[More]"):\n'
        '    st.write("in")\n'
    )
    radio = at.radio[0]
    assert radio.label == "**Pick**" and radio.options == ["*a*", ":red[b]"]
    assert radio.value == "*a*"
    assert radio.label_html == "<strong>Pick</strong>"
    assert radio.options_html == ["<em>a</em>", '<span class="ost-fg ost-fg-red">b</span>']
    assert radio.captions_html[0] == 'first <span class="ost-math" data-tex="x">x</span>'
    assert at.button[0].label_html == '<span class="ost-icon" aria-hidden="true">home</span> Home'
    assert at.expander[0].label == ":blue[More]"
