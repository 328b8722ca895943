"""st.help, and st.write of classes, functions, modules and plain objects."""

from __future__ import annotations

from ostinato.testing.v1 import AppTest

APP = '''
import math
import ostinato as st

class Basket:
    """Holds fruit."""
    def add(self, fruit, count=1):
        """Put fruit in."""

class Point:
    def __repr__(self):
        return "Point(1, 2)"

st.write(Basket)
st.write("an instance:", Basket())
st.write(Basket().add)
st.write(math)
st.write(Point())
st.help("hello")
st.help(len)
'''


def test_objects_are_described_by_the_expression_written() -> None:
    at = AppTest.from_string(APP).run()
    assert not at.exception
    helps = at.help
    assert [h.value for h in helps] == [
        "Basket",
        "Basket()",
        "Basket().add",
        "math",
        "'hello'",
        "len",
    ]
    assert helps[0].doc_string == "Holds fruit." and helps[2].doc_string == "Put fruit in."
    assert helps[0].props["obj_type"] == "class" and helps[2].props["obj_type"] == "method"
    assert "add" in [m["name"] for m in helps[0].props["members"]]
    assert helps[2].props["summary"].endswith("Basket.add(fruit, count=1)")
    assert at.markdown.values == ["an instance:", "`Point(1, 2)`"]


def test_help_in_a_multiline_call_and_a_container() -> None:
    at = AppTest.from_string(
        "import ostinato as st\nwith st.sidebar:\n    st.help(\n        st.write,\n    )\n"
    ).run()
    (shown,) = at.sidebar.help
    assert shown.name == "st.write" and "Write each argument" in shown.doc_string
