"""Dialogs in AppTest: a dialog opened by a button holds its function's elements in
the event area (a dialog block around the fragment's container); a full run that
does not call it closes it; only one per run, none nested; bad parameters."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "open_and_close",
        """
        import streamlit as st
        @st.dialog("Your name")
        def ask(greeting):
            st.write(greeting)
            name = st.text_input("Name", key="name")
            if st.button("Submit", key="submit"):
                st.session_state.saved = name
                st.rerun()
        if st.button("Open", key="open"):
            ask("Hello")
        st.write(f"saved={st.session_state.get('saved')!r}")
        """,
        (
            ("run",),
            ("click", "button", "open"),
            ("run",),
            ("input", "text_input", "name", "Ada"),
            ("click", "button", "submit"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "parameters",
        """
        import streamlit as st
        @st.dialog("Wide", width="large", dismissible=False, icon="🚀")
        def wide():
            st.write("large, not dismissible")
        @st.dialog("Rerun on dismiss", width="medium", on_dismiss="rerun")
        def rerun_on_dismiss():
            st.write("medium")
        @st.dialog("Callback", on_dismiss=lambda: None)
        def callback():
            st.write("callback")
        which = st.session_state.get("which", "wide")
        {"wide": wide, "rerun": rerun_on_dismiss, "callback": callback}[which]()
        """,
        (("run",), ("state", "which", "rerun"), ("run",), ("state", "which", "callback"), ("run",)),
    ),
    Scenario(
        "two_in_one_run",
        """
        import streamlit as st
        @st.dialog("First")
        def first():
            st.write("first")
        @st.dialog("Second")
        def second():
            st.write("second")
        first()
        second()
        st.write("not reached")
        """,
        (("run",),),
    ),
    Scenario(
        "nested",
        """
        import streamlit as st
        @st.dialog("Inner")
        def inner():
            st.write("inner")
        @st.dialog("Outer")
        def outer():
            st.write("outer")
            inner()
        outer()
        """,
        (("run",),),
    ),
    Scenario(
        "bad_parameters",
        """
        import streamlit as st
        which = st.session_state.get("which", "width")
        st.write(f"trying {which}")
        if which == "width":
            decorate = st.dialog("Title", width="huge")
        elif which == "title":
            decorate = st.dialog("")
        elif which == "bare":
            @st.dialog
            def bare():
                st.write("bare")
            decorate = lambda f: f
        elif which == "position":
            decorate = st.dialog("Title", position="top")
        else:
            decorate = st.dialog("Title", on_dismiss="close")
        st.write("decorator made")
        @decorate
        def show():
            st.write("shown")
        st.write("decorated")
        show()
        """,
        (
            ("run",),
            ("state", "which", "title"),
            ("run",),
            ("state", "which", "bare"),
            ("run",),
            ("state", "which", "position"),
            ("run",),
            ("state", "which", "dismiss"),
            ("run",),
        ),
    ),
    Scenario(
        "from_a_fragment",
        """
        import streamlit as st
        @st.dialog("Details")
        def details(item):
            st.write(f"details of {item}")
        @st.fragment
        def listing():
            for item in ("a", "b"):
                if st.button(f"Show {item}", key=item):
                    details(item)
        listing()
        """,
        (("run",), ("click", "button", "b"), ("run",), ("run",)),
    ),
]
