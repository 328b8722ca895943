"""Fragments in AppTest: every at.run() runs the whole script (Streamlit's AppTest
never reruns a fragment alone), so a fragment's output follows each run; the
fragment's own container, its wrappers in outside containers and the sidebar,
widget state through runs, errors raised inside, and st.rerun's scopes."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "counters_and_widgets",
        """
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.setdefault("frag", 0)
        st.session_state.full += 1
        @st.fragment
        def part(label):
            st.session_state.frag += 1
            value = st.slider(label, 0, 10, key="inside")
            clicked = st.button("Go", key="go")
            st.write(f"fragment {st.session_state.frag} value {value} clicked {clicked}")
            return value * 2
        doubled = part("Level")
        st.write(f"script {st.session_state.full} doubled {doubled}")
        st.checkbox("Outside", key="outside")
        """,
        (
            ("run",),
            ("set_value", "slider", "inside", 4),
            ("run",),
            ("click", "button", "go"),
            ("run",),
            ("check", "checkbox", "outside"),
            ("run",),
        ),
    ),
    Scenario(
        "decorator_forms",
        """
        import datetime
        import streamlit as st
        @st.fragment()
        def a():
            st.write("a with parentheses")
        @st.fragment(run_every=5)
        def b():
            st.write("b every 5 s")
        @st.fragment(run_every=datetime.timedelta(seconds=2))
        def c():
            st.write("c every timedelta")
        @st.fragment(run_every="2s")
        def d():
            st.write("d every 2s")
        a(); b(); c(); d()
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "writes_outside",
        """
        import streamlit as st
        box = st.container()
        box.write("box first")
        @st.fragment
        def part():
            st.write("inside")
            box.write("from the fragment")
            st.sidebar.write("fragment in the sidebar")
            with st.sidebar:
                st.write("with sidebar")
        part()
        box.write("box last")
        st.sidebar.write("sidebar after")
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "cleanup",
        """
        import streamlit as st
        @st.fragment
        def part():
            if st.checkbox("Show", value=True, key="show"):
                st.text_input("Name", key="name")
        part()
        st.write(f"name={st.session_state.get('name')!r}")
        """,
        (
            ("run",),
            ("input", "text_input", "name", "Ada"),
            ("run",),
            ("uncheck", "checkbox", "show"),
            ("run",),
            ("check", "checkbox", "show"),
            ("run",),
        ),
    ),
    Scenario(
        "error_inside",
        """
        import streamlit as st
        @st.fragment
        def part():
            st.write("before the error")
            if st.session_state.get("fail", True):
                raise ValueError("fragment failed")
            st.write("no error")
        part()
        st.write("after the fragment")
        """,
        (("run",), ("state", "fail", False), ("run",)),
    ),
    Scenario(
        "rerun_scopes",
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        @st.fragment
        def part():
            if st.button("Fragment scope", key="frag"):
                st.rerun(scope="fragment")
            if st.button("App scope", key="app") and st.session_state.runs < 5:
                st.rerun()
        part()
        st.write(f"runs {st.session_state.runs}")
        if st.button("Outside scope", key="outside"):
            st.rerun(scope="fragment")
        """,
        (
            ("run",),
            ("click", "button", "app"),
            ("run",),
            ("click", "button", "frag"),
            ("run",),
            ("run",),
            ("click", "button", "outside"),
            ("run",),
        ),
    ),
    Scenario(
        "bad_run_every",
        """
        import streamlit as st
        @st.fragment(run_every="soon")
        def part():
            st.write("never")
        part()
        """,
        (("run",),),
    ),
    Scenario(
        "nested",
        """
        import streamlit as st
        @st.fragment
        def inner(n):
            st.write(f"inner {n}")
            st.number_input("N", key=f"n{n}")
        @st.fragment
        def outer():
            st.write("outer")
            inner(1)
            inner(2)
        outer()
        """,
        (("run",), ("set_value", "number_input", "n2", 3.0), ("run",)),
    ),
]
