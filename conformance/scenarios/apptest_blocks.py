"""AppTest's view of layout blocks: the type each block reports (st.columns' row,
columns, tabs, expander, form, popover, container, empty) and the elements and
widgets inside them, in the main area and the sidebar."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "columns_row",
        """
        import streamlit as st
        left, right = st.columns([1, 3])
        left.write("left")
        right.button("Go", key="go")
        with right:
            st.radio("Pick", ["a", "b"], key="pick")
        a, b, c = st.columns(3, gap="large")
        c.text("third")
        """,
        (("run",), ("click", "button", "go"), ("select", "radio", "pick", "b"), ("run",)),
    ),
    Scenario(
        "tabs_expander_popover",
        """
        import streamlit as st
        one, two = st.tabs(["One", "Two"])
        one.markdown("in one")
        with two:
            st.checkbox("Tick", key="tick")
        with st.expander("More", expanded=True):
            st.text("inside")
            st.caption("small")
        with st.popover("Open"):
            st.text_input("Name", key="name")
        """,
        (("run",), ("check", "checkbox", "tick"), ("input", "text_input", "name", "Ada"), ("run",)),
    ),
    Scenario(
        "form_and_container",
        """
        import streamlit as st
        with st.form("f"):
            n = st.number_input("N", value=1, key="n")
            sent = st.form_submit_button("Send")
        st.write("sent", sent, n)
        with st.container(border=True):
            st.write("framed")
            with st.container():
                st.write("nested")
        """,
        (("run",), ("increment", "number_input", "n"), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "empty_slots",
        """
        import streamlit as st
        slot = st.empty()
        slot.write("first")
        slot.write("second")
        unused = st.empty()
        boxed = st.empty()
        with boxed.container():
            st.write("in a container")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "sidebar_blocks",
        """
        import streamlit as st
        st.sidebar.radio("Mode", ["x", "y"], key="mode")
        with st.sidebar:
            st.title("Side")
            with st.expander("Opts"):
                st.slider("Level", 0, 5, 2, key="level")
            c1, c2 = st.columns(2)
            c1.write("c1")
        st.write("mode", st.session_state.mode)
        """,
        (("run",), ("set_value", "slider", "level", 4), ("select", "radio", "mode", "y"), ("run",)),
    ),
    Scenario(
        "nested_columns_in_expander",
        """
        import streamlit as st
        with st.expander("Outer"):
            a, b = st.columns(2)
            with a:
                st.selectbox("Choose", ["p", "q"], key="choose")
            with b:
                t1, t2 = st.tabs(["T1", "T2"])
                t2.write("deep")
        """,
        (("run",), ("select", "selectbox", "choose", "q"), ("run",)),
    ),
    Scenario(
        "keyed_containers",
        """
        import streamlit as st
        with st.container(key="card"):
            st.write("inside")
        with st.form("signup"):
            st.text_input("Email", key="email")
            st.form_submit_button("Join")
        st.container()
        """,
        (("run",),),
    ),
]
