"""Containers of Streamlit 1.67: stateful tabs, expander and popover (on_change,
key, default, `.open`, Session State), and the layout parameters of st.container
and st.columns, with errors that name the parameter."""

from __future__ import annotations

import pytest

from ostinato.testing.v1 import AppTest

STATEFUL = """
import ostinato as st
def changed(tag, n=0):
    st.session_state.calls = st.session_state.get("calls", []) + [f"{tag}{n}"]
cat, dog = st.tabs(["Cat", "Dog"], key="animal", on_change=changed, args=("tabs",), default="Dog")
if dog.open:
    dog.write("the dog")
ex = st.expander("More", key="more", on_change=changed, args=("ex",), kwargs={"n": 1})
pop = st.popover("Menu", key="menu", on_change="rerun")
st.write(f"{cat.open} {dog.open} {ex.open} {pop.open}")
plain = st.expander("Plain")
st.write(f"plain={plain.open}")
"""


def _last(at: AppTest) -> list[str]:
    return [str(m.value) for m in at.markdown]


def test_stateful_containers_read_their_state_from_session_state() -> None:
    at = AppTest.from_string(STATEFUL).run()
    assert _last(at) == ["the dog", "False True False False", "plain=None"]
    assert at.session_state.animal == "Dog"
    assert at.session_state.more is False
    assert at.session_state.menu is False
    at.session_state.animal = "Cat"
    at.session_state.more = True
    at.run()
    assert _last(at) == ["True False True False", "plain=None"]
    # Set through Session State, not by the user: no callback, as in Streamlit.
    assert "calls" not in at.session_state


def test_a_change_from_the_page_runs_the_callback_with_its_arguments() -> None:
    at = AppTest.from_string(STATEFUL).run()
    tabs_block = at.main.children[0]
    expander = at.expander[0]
    assert tabs_block.key == "animal" and expander.key == "more"
    at._change_wire(tabs_block.props["id"], "Cat")
    at._change_wire(expander.props["id"], True)
    at.run()
    assert at.session_state.calls == ["tabs0", "ex1"]
    assert at.session_state.animal == "Cat"
    assert _last(at)[0] == "True False True False"


def test_a_label_not_among_the_tabs_falls_back_to_the_default() -> None:
    at = AppTest.from_string(STATEFUL).run()
    at.session_state.animal = "Fish"
    at.run()
    assert at.session_state.animal == "Dog"
    assert _last(at)[0] == "the dog"


def test_tabs_without_on_change_do_not_track_state() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
tabs = st.tabs(["A", "B"], key="t", default="B")
st.write(f"{type(tabs).__name__} {tabs[0].open} {'t' in st.session_state}")
"""
    ).run()
    assert _last(at) == ["tuple None False"]
    assert at.main.children[0].key == "t"


@pytest.mark.parametrize(
    ("call", "names"),
    [
        ('st.tabs(["a"], on_change="never")', "on_change"),
        ('st.tabs(["a", "b"], default="c")', "default"),
        ('st.tabs(["a"], width="content")', "width"),
        ('st.tabs(["a"], height=0)', "height"),
        ('st.tabs(["a"], key="k", bind="url")', "bind"),
        ('st.expander("x", type="huge")', "type"),
        ('st.expander("x", on_change=None)', "on_change"),
        ('st.popover("x", type="ghost")', "type"),
        ('st.popover("x", width=-5)', "width"),
        ('st.container(gap="huge")', "gap"),
        ("st.container(height=0)", "height"),
        ('st.container(horizontal_alignment="middle")', "horizontal_alignment"),
        ('st.container(vertical_alignment="middle")', "vertical_alignment"),
        ("st.container(wrap=False)", "horizontal=True"),
        ('st.columns(2, gap="tiny")', "gap"),
        ('st.columns(2, width="content")', "width"),
        ('st.columns("2")', "spec"),
        ("st.columns([1, -1])", "spec"),
    ],
)
def test_bad_layout_parameters_name_the_parameter(call: str, names: str) -> None:
    at = AppTest.from_string(f"import ostinato as st\n{call}\n").run()
    assert at.exception, call
    assert names in at.exception[0].message


def test_container_layout_reaches_the_page() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
with st.container(horizontal=True, horizontal_alignment="right", gap="large", key="bar"):
    st.button("One")
    st.button("Two")
st.container(height=200).write("scrolls")
st.container(height=200, border=False, width=300).write("no frame")
a, b = st.columns([3, 1], gap=12, vertical_alignment="bottom", width=500)
"""
    ).run()
    bar, tall, bare = at.container
    assert bar.key == "bar"
    assert bar.props["horizontal"] is True
    assert bar.props["horizontal_alignment"] == "right"
    assert bar.props["gap"] == "large"
    assert [b.label for b in bar.button] == ["One", "Two"]
    assert tall.props["border"] is True and tall.props["height"] == 200
    assert bare.props["border"] is False and bare.props["width"] == 300
    row = at.main.children[3]
    assert row.props["gap"] == 12 and row.props["width"] == 500
    assert [round(c.weight, 2) for c in at.columns] == [0.75, 0.25]


def test_width_and_height_reach_the_page_on_text_buttons_and_forms() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.text("fixed", width=200)
st.warning("narrow", width=300)
st.json({"a": 1}, width=250)
st.button("wide", use_container_width=True)
st.button("px", width=120)
with st.form("f", width=400, height=300):
    st.form_submit_button("go", width="stretch")
"""
    ).run()
    assert at.text[0].node.props["width"] == 200
    assert at.warning[0].node.props["width"] == 300
    assert at.json[0].node.props["width"] == 250
    assert [b.node.props["width"] for b in at.button] == ["stretch", 120, "stretch"]
    form = at.main.children[5]
    assert (form.props["width"], form.props["height"]) == (400, 300)


def test_grid_cells_and_their_parameters() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
g = st.grid(3, gap=("small", 20), border=True, key="cards", row_height=120)
for i in range(4):
    g.metric(f"M{i}", i)
wide = g.cell(column_span=2)
wide.write("wide cell")
st.grid(min_column_width=150, dense=True).write("auto")
"""
    ).run()
    cards, auto = at.grid
    assert (cards.type, cards.key, cards.column_count) == ("grid_container", "cards", 3)
    assert cards.gap == ("small", 20) and cards.border and cards.row_height == 120
    assert [c.type for c in cards.children.values()] == ["metric"] * 4 + ["flex_container"]
    assert cards.children[4].props["column_span"] == 2
    assert (auto.column_count, auto.min_column_width, auto.dense) == ("auto", 150, True)


def test_widgets_take_width_as_streamlit_1_67() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.checkbox("c", width=200)
st.text_input("ti", width=300)
st.selectbox("sb", ["a"], width=250)
st.slider("sl")
"""
    ).run()
    assert at.checkbox[0].node.props["width"] == 200
    assert at.text_input[0].node.props["width"] == 300
    assert at.selectbox[0].node.props["width"] == 250
    assert at.slider[0].node.props["width"] == "stretch"
    bad = AppTest.from_string('import ostinato as st\nst.text_input("x", width="content")\n').run()
    assert "width" in bad.exception[0].message
