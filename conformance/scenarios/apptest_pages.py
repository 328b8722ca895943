"""AppTest.switch_page: to a page of pages/, back, and to a page that does not exist."""

from conformance.harness import Scenario

_PAGES = {
    "pages/1_First.py": """
        import streamlit as st
        st.write("first page")
        """,
    "pages/2_Second.py": """
        import streamlit as st
        st.write("second page")
        """,
}

SCENARIOS = [
    Scenario(
        "switch_to_folder_page",
        """
        import streamlit as st
        st.write("home")
        """,
        (
            ("run",),
            ("switch_page", "pages/2_Second.py"),
            ("run",),
            ("switch_page", "app.py"),
            ("run",),
        ),
        files=_PAGES,
    ),
    Scenario(
        "switch_to_unknown_page",
        """
        import streamlit as st
        st.write("home")
        """,
        (
            ("run",),
            ("switch_page", "pages/9_Missing.py"),
            ("run",),
            ("switch_page", "nowhere.py"),
        ),
        files=_PAGES,
    ),
    Scenario(
        "switch_before_first_run",
        """
        import streamlit as st
        st.write("home")
        """,
        (("switch_page", "pages/1_First.py"), ("run",)),
        files=_PAGES,
    ),
]
