"""st.write: each argument shown the way that suits its type."""

from __future__ import annotations

import json

import pytest

from ostinato.testing.v1 import AppTest


def run(body: str) -> AppTest:
    return AppTest.from_string("import pandas as pd\nimport ostinato as st\n" + body).run()


def test_a_string_is_markdown() -> None:
    at = run('st.write("Hello *world*")\n')
    assert at.markdown.values == ["Hello *world*"]
    assert at.markdown[0].html == "<p>Hello <em>world</em></p>"


def test_several_strings_are_joined_with_a_space() -> None:
    at = run('st.write("one", "two", "**three**")\n')
    assert at.markdown.values == ["one two **three**"]
    assert len(at.main) == 1


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        ("3", "`3`"),
        ("2.5", "`2.5`"),
        ("True", "`True`"),
        ("False", "`False`"),
        ("None", "`None`"),
        ("-1, 0.5, None", "`-1` `0.5` `None`"),
        ('"Count = ", 3', "Count =  `3`"),
        ("1 + 2j", "`(1+2j)`"),
        ('("x", 1)', "`('x', 1)`"),
        ("{3}", "`{3}`"),
        ("range(2)", "`range(0, 2)`"),
    ],
)
def test_plain_values_are_inline_code_joined_with_text(args: str, shown: str) -> None:
    at = run(f"st.write({args})\n")
    assert at.markdown.values == [shown]


def test_numpy_numbers_are_inline_code() -> None:
    at = run("import numpy as np\nst.write(np.int64(7), np.float64(0.5))\n")
    assert at.markdown.values == ["`7` `0.5`"]


def test_text_is_stripped_of_surrounding_space() -> None:
    at = run('st.write("Hello", "")\nst.write("""\n    indented\n      more\n    """)\n')
    assert at.markdown.values == ["Hello", "indented\n  more"]


@pytest.mark.parametrize(
    ("arg", "value"),
    [
        ("[1, 2]", [1, 2]),
        ('{"a": {"b": 1}}', {"a": {"b": 1}}),
        ("[]", []),
        ('{"a": 1}.keys()', ["a"]),
    ],
)
def test_lists_and_dicts_are_json(arg: str, value: object) -> None:
    at = run(f"st.write({arg})\n")
    assert at.markdown.values == []
    assert json.loads(at.json[0].value) == value


def test_mixed_arguments_keep_their_order() -> None:
    at = run('st.write("before", [1], "after", 2)\n')
    assert [e.type for e in at.main.children.values()] == ["markdown", "json", "markdown"]
    assert at.markdown.values == ["before", "after `2`"]


def test_dataframes_series_and_arrays_are_tables() -> None:
    at = run(
        "import numpy as np\n"
        'st.write(pd.DataFrame({"x": [1, 2, 3]}))\n'
        'st.write(pd.Series([4, 5], name="s"))\n'
        "st.write(np.array([[1, 2], [3, 4]]))\n"
    )
    frame, series, array = at.dataframe
    assert list(frame.value["x"]) == [1, 2, 3]
    assert list(series.value["s"]) == [4, 5]
    assert array.value.shape == (2, 2)
    assert at.markdown.values == []


def test_an_exception_is_shown_as_one() -> None:
    at = run('st.write(ValueError("shown"))\nst.write("goes on")\n')
    (shown,) = at.exception
    assert (shown.exc_type, shown.message, shown.value) == ("ValueError", "shown", "shown")
    assert at.markdown.values == ["goes on"]


def test_session_state_is_shown_as_json() -> None:
    at = run(
        """
st.session_state.k = "v"
st.session_state.n = [1, 2]
st.slider("S", 0, 10, 4, key="s")
st.write(st.session_state)
"""
    )
    assert json.loads(at.json[0].value) == {"k": "v", "n": [1, 2], "s": 4}


def test_other_objects_show_their_repr() -> None:
    at = run(
        "class Point:\n    def __repr__(self):\n        return 'Point(1, 2)'\nst.write(Point())\n"
    )
    assert at.markdown.values == ["`Point(1, 2)`"]


def test_html_is_escaped_unless_allowed() -> None:
    at = run('st.write("<b>x</b>")\nst.write("<b>x</b>", unsafe_allow_html=True)\n')
    assert at.markdown[0].html == "<p>&lt;b&gt;x&lt;/b&gt;</p>"
    assert at.markdown[1].html == "<p><b>x</b></p>"


def test_write_into_the_sidebar_and_containers() -> None:
    at = run(
        'st.sidebar.write("side")\nwith st.container():\n    st.write("inside")\nst.write("main")\n'
    )
    assert [e.value for e in at.sidebar.children.values()] == ["side"]
    assert at.markdown.values == ["inside", "main", "side"]
    assert at.main.children[0].type == "flex_container"


def test_a_mapping_is_json() -> None:
    at = run(
        "from collections import OrderedDict\nfrom types import MappingProxyType\n"
        'st.write(MappingProxyType({"a": OrderedDict(b=1)}))\n'
    )
    assert at.json.values == ['{"a": {"b": 1}}']
