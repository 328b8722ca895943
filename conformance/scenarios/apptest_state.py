"""at.session_state as Streamlit's AppTest has it: set before the first run and
between runs, deleted, read by item and attribute in the script; disabled widgets
refusing a test's change."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "set_before_first_run",
        """
        import streamlit as st
        st.write("seen", st.session_state.get("preset"), st.session_state.preset)
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        """,
        (("state", "preset", [1, 2]), ("run",), ("state", "preset", {"a": 1}), ("run",)),
    ),
    Scenario(
        "set_widget_key_between_runs",
        """
        import streamlit as st
        n = st.slider("N", 0, 10, 3, key="n")
        c = st.checkbox("C", key="c")
        st.write("n", n, "c", c)
        """,
        (
            ("run",),
            ("state", "n", 7),
            ("state", "c", True),
            ("run",),
            ("set_value", "slider", "n", 1),
            ("run",),
        ),
    ),
    Scenario(
        "delete_between_runs",
        """
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        st.session_state.count += 1
        st.text_input("T", "start", key="t")
        st.write("count", st.session_state.count, "keys", sorted(st.session_state.keys()))
        """,
        (
            ("run",),
            ("run",),
            ("del_state", "count"),
            ("run",),
            ("input", "text_input", "t", "typed"),
            ("run",),
            ("del_state", "t"),
        ),
    ),
    Scenario(
        # Streamlit's AppTest cannot run after a widget's key was deleted (its run
        # reads every widget's value, and that one is gone): KeyError.
        "delete_widget_key_then_run",
        """
        import streamlit as st
        st.text_input("T", "start", key="t")
        """,
        (("run",), ("input", "text_input", "t", "typed"), ("run",), ("del_state", "t"), ("run",)),
    ),
    Scenario(
        "delete_missing_key",
        """
        import streamlit as st
        st.write("hello")
        """,
        (("run",), ("del_state", "never_set")),
    ),
    Scenario(
        "unkeyed_widgets_not_in_state",
        """
        import streamlit as st
        st.text_input("No key")
        st.number_input("Keyed", key="k")
        st.button("Press")
        st.write(sorted(st.session_state.to_dict()))
        """,
        (("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "disabled_widgets",
        """
        import streamlit as st
        st.checkbox("C", disabled=True, key="c")
        st.button("B", disabled=True, key="b")
        st.text_input("T", disabled=True, key="t")
        st.selectbox("S", ["x", "y"], disabled=True, key="s")
        st.write("ran")
        """,
        (
            ("run",),
            ("check", "checkbox", "c"),
            ("click", "button", "b"),
            ("input", "text_input", "t", "x"),
            ("select", "selectbox", "s", "y"),
            ("run",),
        ),
    ),
]
