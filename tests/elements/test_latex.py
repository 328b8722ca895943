"""st.latex: the TeX the page typesets (display mode), as AppTest shows it."""

from __future__ import annotations

import pytest

from ostinato.errors import OstinatoAPIException
from ostinato.testing.v1 import AppTest


def run(body: str) -> AppTest:
    # SymPy's first import takes seconds on a busy machine: more than AppTest's 3 s.
    return AppTest.from_string("import ostinato as st\n" + body, default_timeout=60).run()


def test_latex_value_is_the_tex_between_dollar_lines_as_in_streamlit() -> None:
    at = run('st.latex(r"""\n    a + b = \\frac{c}{d}\n    """, help="Sum")\n')
    (math,) = at.latex
    assert math.type == "latex"
    assert math.value == "$$\na + b = \\frac{c}{d}\n$$"
    assert math.body == math.value  # as Streamlit's AppTest reads the proto's body
    assert math.help == "Sum"
    assert at.markdown.values == []


def test_a_sympy_expression_becomes_its_latex() -> None:
    at = run("import sympy\nx = sympy.Symbol('x')\nst.latex(x**2 / 2)\n")
    assert at.latex.values == ["$$\n\\frac{x^{2}}{2}\n$$"]


def test_bad_tex_is_kept_for_the_page_to_show_as_an_error() -> None:
    at = run('st.latex(r"\\frac{")\nst.write("after")\n')
    assert at.latex.values == ["$$\n\\frac{\n$$"]
    assert at.markdown.values == ["after"]


@pytest.mark.parametrize("width", [0, -3, "wide", 1.5])
def test_a_bad_width_is_refused(width: object) -> None:
    at = run(f"st.latex('x', width={width!r})\n")
    assert at.latex.values == []
    (error,) = at.exception
    assert "width" in error.message.lower()


def test_width_content_and_pixels_are_taken() -> None:
    at = run("st.latex('x', width='content')\nst.latex('y', width=300)\n")
    assert [m.width for m in at.latex] == ["content", 300]


def test_width_is_refused_with_an_api_exception() -> None:
    from ostinato.elements.transient import check_width

    with pytest.raises(OstinatoAPIException):
        check_width("wide", allow_content=True)


def test_st_write_shows_a_sympy_expression_as_latex() -> None:
    at = run("import sympy\nx = sympy.Symbol('x')\nst.write('f(x) =', x**2)\n")
    assert at.markdown.values == ["f(x) ="]
    assert at.latex.values == ["$$\nx^{2}\n$$"]
