"""st.empty: a placeholder keeps only what was written last; used as a context in a
loop; cleared with .empty(); holding a container of several elements."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "last_write_wins",
        """
        import streamlit as st
        placeholder = st.empty()
        placeholder.write("first")
        placeholder.write("second")
        placeholder.text("third")
        st.write("below")
        """,
        (("run",),),
    ),
    Scenario(
        "with_empty_loop",
        """
        import streamlit as st
        with st.empty():
            for seconds in range(3):
                st.write(f"{seconds} seconds have passed")
            st.write("done")
        st.write("after the loop")
        """,
        (("run",),),
    ),
    Scenario(
        "clear_placeholder",
        """
        import streamlit as st
        placeholder = st.empty()
        placeholder.text("Hello")
        placeholder.empty()
        st.write("after clearing")
        """,
        (("run",),),
    ),
    Scenario(
        "placeholder_holds_container",
        """
        import streamlit as st
        placeholder = st.empty()
        with placeholder.container():
            st.write("This is one element")
            st.write("This is another")
        st.write("below")
        """,
        (("run",),),
    ),
    Scenario(
        "container_replaced_by_element",
        """
        import streamlit as st
        placeholder = st.empty()
        with placeholder.container():
            st.write("a")
            st.write("b")
        placeholder.write("replaced")
        """,
        (("run",),),
    ),
    Scenario(
        "container_cleared",
        """
        import streamlit as st
        placeholder = st.empty()
        with placeholder.container():
            st.write("a")
        if st.button("Clear"):
            placeholder.empty()
        """,
        (("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "placeholder_write_later",
        """
        import streamlit as st
        status = st.empty()
        st.write("work happens here")
        status.success("finished")
        """,
        (("run",),),
    ),
    Scenario(
        "placeholder_never_written",
        """
        import streamlit as st
        st.empty()
        st.write("only this")
        """,
        (("run",),),
    ),
    Scenario(
        "placeholder_holds_widget",
        """
        import streamlit as st
        placeholder = st.empty()
        if st.session_state.get("done"):
            placeholder.write("thanks")
        else:
            placeholder.button("Finish", key="finish", on_click=lambda: st.session_state.update(done=True))
        """,
        (("run",), ("click", "button", "finish"), ("run",)),
    ),
    Scenario(
        "several_placeholders_order",
        """
        import streamlit as st
        a = st.empty()
        b = st.empty()
        b.write("second slot")
        a.write("first slot")
        """,
        (("run",),),
    ),
    Scenario(
        "placeholder_in_sidebar",
        """
        import streamlit as st
        ph = st.sidebar.empty()
        ph.write("loading")
        ph.write("loaded")
        """,
        (("run",),),
    ),
    Scenario(
        "empty_chart_replaced",
        """
        import streamlit as st
        ph = st.empty()
        ph.metric("Temperature", "20 C")
        ph.metric("Temperature", "21 C", "1 C")
        """,
        (("run",),),
    ),
]
