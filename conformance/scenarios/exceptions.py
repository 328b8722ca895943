"""Exceptions raised by the script: shown where they happened, output before them
kept, the session recovering on the next run."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "value_error_shown",
        """
        import streamlit as st
        st.title("Report")
        st.write("loaded")
        raise ValueError("bad input value")
        """,
        (("run",),),
    ),
    Scenario(
        "zero_division",
        """
        import streamlit as st
        x = st.number_input("Divisor", value=0, key="d")
        st.write("result:", 10 / x)
        """,
        (
            ("run",),
            ("set_value", "number_input", "d", 5),
            ("run",),
            ("set_value", "number_input", "d", 0),
            ("run",),
        ),
    ),
    Scenario(
        "recover_with_button",
        """
        import streamlit as st
        st.session_state.setdefault("attempts", 0)
        st.session_state.attempts += 1
        st.write("attempt", st.session_state.attempts)
        if st.session_state.attempts == 1:
            raise RuntimeError("first attempt fails")
        st.write("succeeded")
        """,
        (("run",), ("run",), ("run",)),
    ),
    Scenario(
        "state_change_before_exception_kept",
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        if st.session_state.n % 2 == 1:
            raise KeyError("odd run")
        st.write("even run", st.session_state.n)
        """,
        (("run",), ("run",), ("run",)),
    ),
    Scenario(
        "exception_in_column",
        """
        import streamlit as st
        left, right = st.columns(2)
        left.write("left ok")
        with right:
            st.write("right before")
            raise TypeError("failure inside a column")
        """,
        (("run",),),
    ),
    Scenario(
        "exception_in_sidebar",
        """
        import streamlit as st
        st.write("main")
        with st.sidebar:
            st.write("sidebar before")
            raise IndexError("failure inside the sidebar")
        """,
        (("run",),),
    ),
    Scenario(
        "exception_in_expander",
        """
        import streamlit as st
        with st.expander("Details", expanded=True):
            st.write("inside")
            raise AssertionError("failure inside an expander")
        """,
        (("run",),),
    ),
    Scenario(
        "custom_exception_class",
        """
        import streamlit as st
        class PaymentError(Exception):
            pass
        st.write("checkout")
        raise PaymentError("card declined")
        """,
        (("run",),),
    ),
    Scenario(
        "st_exception_element",
        """
        import streamlit as st
        try:
            int("not a number")
        except ValueError as e:
            st.exception(e)
        st.write("continued after st.exception")
        """,
        (("run",),),
    ),
    Scenario(
        "st_error_message",
        """
        import streamlit as st
        try:
            {}["missing"]
        except KeyError:
            st.error("Something went wrong")
        st.write("continued")
        """,
        (("run",),),
    ),
    Scenario(
        "name_error",
        """
        import streamlit as st
        st.write("before")
        st.write(undefined_name)
        """,
        (("run",),),
    ),
    Scenario(
        "widget_then_exception_widget_kept",
        """
        import streamlit as st
        name = st.text_input("Name", key="name")
        if name == "boom":
            raise ValueError("name was boom")
        st.write("hello", name)
        """,
        (
            ("run",),
            ("input", "text_input", "name", "boom"),
            ("run",),
            ("input", "text_input", "name", "ada"),
            ("run",),
        ),
    ),
    Scenario(
        "exception_with_empty_message",
        """
        import streamlit as st
        st.write("start")
        raise RuntimeError()
        """,
        (("run",),),
    ),
]
