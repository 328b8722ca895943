"""First scenarios: a counter, st.write of several values, a keyed text input."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "counter",
        """
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        def increment(by):
            st.session_state.count += by
        st.button("Add one", on_click=increment, args=(1,))
        st.write(f"Count = {st.session_state.count}")
        """,
        (("run",), ("click", "button", 0), ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "write_several",
        """
        import streamlit as st
        st.write("Count = ", 3)
        st.write(1.5, None, True, "x")
        """,
        (("run",),),
    ),
    Scenario(
        "text_input_state",
        """
        import streamlit as st
        name = st.text_input("Name", key="name")
        st.write("Hello", name)
        """,
        (
            ("run",),
            ("state", "name", "Ada"),
            ("run",),
            ("input", "text_input", "name", "Bo"),
            ("run",),
        ),
    ),
]
