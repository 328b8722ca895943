"""Layout containers: what lands where, both `with` and method styles."""

from __future__ import annotations

from ostinato.testing.v1 import AppTest


def test_columns_hold_their_elements_in_both_styles() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
left, right = st.columns([2, 1], gap="large")
with left:
    st.write("in left")
    clicked = st.button("Left button")
right.write("in right")
st.write(f"clicked={clicked}")
"""
    ).run()
    left, right = at.columns
    assert left.children[0].value == "in left"
    assert left.children[1].type == "button"
    assert right.children[0].value == "in right"
    assert abs(left.node.props["weight"] - 2 / 3) < 1e-9
    at.button[0].click().run()
    assert at.markdown.values[-1] == "clicked=True"


def test_tabs_expander_container_and_popover() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
one, two = st.tabs(["First", "Second"])
with two:
    st.checkbox("In tab two", key="t2")
with st.expander("Details", expanded=True):
    st.write("hidden text")
box = st.container(border=True)
box.write("boxed")
with st.popover("Open"):
    st.write("popped")
"""
    ).run()
    assert [t.label for t in at.tabs] == ["First", "Second"]
    assert at.tabs[1].children[0].label == "In tab two"
    assert at.expander[0].label == "Details"
    assert at.expander[0].children[0].value == "hidden text"
    assert at.container[0].children[0].value == "boxed"
    assert at.popover[0].children[0].value == "popped"
    at.checkbox(key="t2").check().run()
    assert at.session_state.t2 is True


def test_main_iterates_in_page_order_through_containers() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.write("a")
c1, c2 = st.columns(2)
c2.write("c")
c1.write("b")
st.write("d")
st.sidebar.write("s")
"""
    ).run()
    texts = [e.value for e in at.main if e.type == "markdown"]
    assert texts == ["a", "b", "c", "d"]
    assert [e.value for e in at.sidebar.children.values()] == ["s"]
    # As in Streamlit, iterating a block yields the block itself first.
    assert [e.type for e in at.sidebar] == ["sidebar", "markdown"]


def test_empty_placeholder_keeps_only_the_last_write() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
slot = st.empty()
for i in range(5):
    slot.write(f"step {i}")
st.write("after")
other = st.empty()
other.write("gone")
other.empty()
"""
    ).run()
    assert at.markdown.values == ["step 4", "after"]


def test_placeholder_container_holds_several_elements() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
slot = st.empty()
slot.write("first")
with slot.container():
    st.write("x")
    st.write("y")
"""
    ).run()
    assert at.markdown.values == ["x", "y"]


def test_columns_nest_in_the_sidebar_and_expanders_nest() -> None:
    # Streamlit 1.67 allows both.
    nested_columns = AppTest.from_string(
        """
import ostinato as st
a, b = st.sidebar.columns(2)
with a:
    st.columns(2)[1].write("deep")
"""
    ).run()
    assert not nested_columns.exception
    assert len(nested_columns.sidebar.columns) == 4
    nested_expanders = AppTest.from_string(
        """
import ostinato as st
with st.expander("outer"):
    with st.expander("inner"):
        pass
"""
    ).run()
    assert not nested_expanders.exception
    assert [e.label for e in nested_expanders.expander] == ["outer", "inner"]


def test_columns_in_columns_in_main_are_allowed() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
a, b = st.columns(2)
with a:
    x, y = st.columns(2)
    y.write("deep")
"""
    ).run()
    assert not at.exception
    assert at.markdown.values == ["deep"]
    assert len(at.columns) == 4


def test_bad_column_spec_is_a_clear_error() -> None:
    at = AppTest.from_string("import ostinato as st\nst.columns([1, 0])\n").run()
    assert "positive" in at.exception[0].message


def test_a_container_keeps_its_key() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nwith st.container(key="card"):\n    st.write("in")\n'
        "st.container()\n"
    ).run()
    assert [c.key for c in at.container] == ["card", None]
    assert at.main.get_by_key("card").children[0].value == "in"
