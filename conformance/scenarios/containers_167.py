"""Containers of Streamlit 1.67: stateful st.tabs, st.expander and st.popover
(on_change, key, default/expanded, the open one in Session State and `.open`),
st.container's and st.columns' layout parameters, st.grid, and errors on bad input."""

from conformance.harness import Scenario


def _error(name: str, call: str) -> Scenario:
    return Scenario(name, f"import streamlit as st\n{call}\nst.write('not reached')\n", (("run",),))


SCENARIOS = [
    Scenario(
        "tabs_stateful_from_state",
        """
        import streamlit as st
        def changed():
            st.session_state.calls = st.session_state.get("calls", 0) + 1
        a, b, c = st.tabs(["Cat", "Dog", "Owl"], key="animal", on_change=changed, default="Dog")
        st.write(a.open, b.open, c.open, st.session_state.animal)
        if c.open:
            with c:
                st.write("the owl")
        """,
        (("run",), ("state", "animal", "Owl"), ("run",), ("state", "animal", "Fish"), ("run",)),
    ),
    Scenario(
        "tabs_not_stateful",
        """
        import streamlit as st
        a, b = st.tabs(["One", "Two"], key="plain", default="Two")
        st.write(a.open, b.open, "plain" in st.session_state)
        with a:
            st.write("in one")
        t = st.tabs(["x"], width=300, height=200)
        st.write(type(t).__name__, len(t))
        """,
        (("run",),),
    ),
    Scenario(
        "tabs_rerun_no_key",
        """
        import streamlit as st
        a, b = st.tabs(["One", "Two"], on_change="rerun")
        st.write(a.open, b.open)
        st.write(st.session_state.to_dict() if hasattr(st.session_state, "to_dict") else dict(st.session_state))
        """,
        (("run",),),
    ),
    Scenario(
        "expander_stateful",
        """
        import streamlit as st
        def changed(tag, n=0):
            st.session_state.seen = f"{tag}{n}:{st.session_state.ex}"
        ex = st.expander("More", key="ex", on_change=changed, args=("x",), kwargs={"n": 2})
        st.write(ex.open, st.session_state.ex, st.session_state.get("seen"))
        with ex:
            st.write("inside")
        plain = st.expander("Plain", expanded=True, key="pl", icon=":material/info:")
        st.write(plain.open, "pl" in st.session_state)
        st.expander("Compact", type="compact").write("c")
        st.expander("Step", type="step", width=250).write("s")
        """,
        (("run",), ("state", "ex", True), ("run",), ("state", "ex", False), ("run",)),
    ),
    Scenario(
        "expander_expanded_default_stateful",
        """
        import streamlit as st
        ex = st.expander("Open first", expanded=True, on_change="rerun", key="first")
        st.write(ex.open, st.session_state.first)
        """,
        (("run",), ("state", "first", False), ("run",), ("run",)),
    ),
    Scenario(
        "popover_stateful",
        """
        import streamlit as st
        def changed():
            st.session_state.n = st.session_state.get("n", 0) + 1
        pop = st.popover("Menu", key="menu", on_change=changed, type="primary", icon=":material/menu:")
        with pop:
            st.write("item")
        st.write(pop.open, st.session_state.menu)
        plain = st.popover("Plain", width="stretch", help="tip")
        st.write(plain.open)
        """,
        (("run",), ("state", "menu", True), ("run",)),
    ),
    Scenario(
        "tabs_bound_to_the_url",
        """
        import streamlit as st
        a, b = st.tabs(["One", "Two"], key="tab", bind="query-params")
        st.write(a.open, b.open, st.session_state.tab)
        """,
        (("query", "tab", "Two"), ("run",)),
    ),
    Scenario(
        "expander_bound_to_the_url",
        """
        import streamlit as st
        e = st.expander("E", key="ex", bind="query-params")
        st.write(e.open, st.session_state.ex)
        """,
        (("query", "ex", "true"), ("run",)),
    ),
    _error("tabs_empty", "st.tabs([])"),
    _error("tabs_default_unknown", 'st.tabs(["a", "b"], default="c")'),
    _error("tabs_label_not_str", 'st.tabs(["a", 2])'),
    _error("tabs_bad_on_change", 'st.tabs(["a"], on_change="never")'),
    _error("tabs_none_on_change", 'st.tabs(["a"], on_change=None)'),
    _error("tabs_width_content", 'st.tabs(["a"], width="content")'),
    _error("tabs_bad_height", 'st.tabs(["a"], height=0)'),
    _error("tabs_bind_duplicates", 'st.tabs(["a", "a"], key="k", bind="query-params")'),
    _error("tabs_bad_bind", 'st.tabs(["a"], key="k", bind="url")'),
    _error("expander_bad_type", 'st.expander("x", type="huge")'),
    _error("expander_bad_on_change", 'st.expander("x", on_change=3)'),
    _error("expander_width_content", 'st.expander("x", width="content")'),
    _error("expander_nested", 'with st.expander("a"):\n    st.expander("b")'),
    _error("popover_bad_type", 'st.popover("x", type="ghost")'),
    _error("popover_bad_width", 'st.popover("x", width=-5)'),
    _error("popover_bad_on_change", 'st.popover("x", on_change="maybe")'),
    Scenario(
        "container_layout_parameters",
        """
        import streamlit as st
        with st.container(horizontal=True, horizontal_alignment="right", gap="large", key="row"):
            st.button("One")
            st.button("Two")
        with st.container(border=True, width=300, height=200, vertical_alignment="center"):
            st.write("fixed")
        with st.container(horizontal=True, wrap=False, gap=None):
            st.write("a")
            st.write("b")
        st.container(gap=12, width="content", height="stretch").write("px gap")
        st.container(horizontal_alignment="distribute", vertical_alignment="distribute").write("d")
        """,
        (("run",),),
    ),
    _error("container_bad_gap", 'st.container(gap="huge")'),
    _error("container_negative_gap", "st.container(gap=-1)"),
    _error("container_bad_width", 'st.container(width="wide")'),
    _error("container_bad_height", "st.container(height=0)"),
    _error("container_bad_halign", 'st.container(horizontal_alignment="middle")'),
    _error("container_bad_valign", 'st.container(vertical_alignment="middle")'),
    _error("container_wrap_vertical", "st.container(wrap=False)"),
    Scenario(
        "columns_forms",
        """
        import streamlit as st
        a, b, c = st.columns(3, gap="medium", vertical_alignment="center", border=True)
        a.write("a")
        d, e = st.columns([2, 1.5], gap=None)
        d.write("d")
        f, g = st.columns((1, 3), gap="xlarge", width=400)
        g.write("g")
        h, i = st.columns(2, gap=16, vertical_alignment="bottom")
        i.write("i")
        st.write([round(x.weight, 3) for x in []])
        """,
        (("run",),),
    ),
    _error("columns_zero", "st.columns(0)"),
    _error("columns_negative_width", "st.columns([1, -1])"),
    _error("columns_empty_list", "st.columns([])"),
    _error("columns_bad_gap", 'st.columns(2, gap="tiny")'),
    _error("columns_bad_valign", 'st.columns(2, vertical_alignment="middle")'),
    _error("columns_bad_width", 'st.columns(2, width="content")'),
    _error("columns_spec_str", 'st.columns("2")'),
    Scenario(
        "width_and_height_of_elements",
        """
        import streamlit as st
        st.text("fixed", width=200)
        st.text("content", width="content")
        st.info("info", width=300)
        st.error("error", width="stretch")
        st.json({"a": 1}, width=250)
        st.divider(width=100)
        st.exception(ValueError("shown"), width=400)
        st.button("wide", width="stretch")
        st.button("px", width=120)
        st.button("old", use_container_width=True)
        st.download_button("get", "data", width=150)
        with st.form("f", width=400, height=300):
            st.form_submit_button("go", width="stretch")
        with st.form("g", width="content", height="stretch"):
            st.form_submit_button("go")
        """,
        (("run",),),
    ),
    Scenario(
        "grid_cells",
        """
        import streamlit as st
        g = st.grid(3, gap=("small", 20), border=True, key="cards", row_height=120)
        for i in range(4):
            g.metric(f"M{i}", i)
        c = g.cell(column_span=2)
        c.write("wide cell")
        c.button("in the cell")
        g.cell(column_span="all", row_span=2).write("full row")
        with st.grid(min_column_width=150, dense=True, width=600, height=300):
            st.write("a")
            st.write("b")
        st.grid(4, wrap=False, gap=None, vertical_alignment="center").write("fixed")
        """,
        (("run",),),
    ),
    _error("grid_too_many_columns", "st.grid(25)"),
    _error("grid_zero_columns", "st.grid(0)"),
    _error("grid_columns_str", 'st.grid("three")'),
    _error("grid_auto_no_wrap", "st.grid(wrap=False)"),
    _error("grid_bad_min_width", "st.grid(min_column_width=0)"),
    _error("grid_bad_gap_pair", 'st.grid(gap=("small", "small", "small"))'),
    _error("grid_bad_row_height", 'st.grid(row_height="tall")'),
    _error("grid_bad_alignment", 'st.grid(vertical_alignment="distribute")'),
    _error("grid_width_content", 'st.grid(width="content")'),
    _error("grid_span_too_wide", "st.grid(2).cell(column_span=3)"),
    _error("grid_bad_row_span", "st.grid(2).cell(row_span=0)"),
    _error("grid_border_not_bool", 'st.grid(border="yes")'),
    Scenario(
        "widget_widths",
        """
        import streamlit as st
        st.checkbox("c", width=200)
        st.toggle("t", width="stretch")
        st.radio("r", ["a", "b"], width="content")
        st.color_picker("p", width=150)
        st.text_input("ti", width=300)
        st.text_area("ta", width="stretch")
        st.selectbox("sb", ["a"], width=250)
        st.multiselect("ms", ["a"], width=250)
        st.slider("sl", width=400)
        st.select_slider("ss", ["a", "b"], width=400)
        st.number_input("ni", width=200)
        st.date_input("di", value=None, width=200)
        st.time_input("tm", value=None, width=200)
        st.file_uploader("fu", width=300)
        """,
        (("run",),),
    ),
    _error("text_input_width_content", 'st.text_input("x", width="content")'),
    _error("slider_zero_width", 'st.slider("x", width=0)'),
    _error("checkbox_bad_width", 'st.checkbox("x", width="wide")'),
    _error("selectbox_width_content", 'st.selectbox("x", ["a"], width="content")'),
    _error("text_bad_width", 'st.text("x", width="wide")'),
    _error("info_width_content", 'st.info("x", width="content")'),
    _error("json_width_content", 'st.json({}, width="content")'),
    _error("divider_bad_width", "st.divider(width=0)"),
    _error("button_bad_width", 'st.button("x", width=-1)'),
    _error("download_bad_width", 'st.download_button("x", "d", width="big")'),
    _error("form_bad_height", 'with st.form("f", height=0):\n    st.form_submit_button()'),
    _error("form_bad_width", 'with st.form("f", width="full"):\n    st.form_submit_button()'),
]
