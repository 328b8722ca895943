"""Widget cleanup: a keyed widget that is not drawn in a run is forgotten and its
key leaves Session State; conditionally hidden widgets, page switches with a
pages/ folder and with st.navigation, the same key on the next page."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "hidden_keyed_widget_forgotten",
        """
        import streamlit as st
        show = st.checkbox("Show details", value=True, key="show")
        if show:
            st.text_input("Details", value="default", key="details")
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (
            ("run",),
            ("input", "text_input", "details", "typed"),
            ("run",),
            ("uncheck", "checkbox", "show"),
            ("run",),
            ("check", "checkbox", "show"),
            ("run",),
        ),
    ),
    Scenario(
        "hidden_unkeyed_widget_resets",
        """
        import streamlit as st
        show = st.toggle("Advanced", value=True)
        if show:
            level = st.slider("Level", 0, 10, 3)
            st.write("level", level)
        """,
        (
            ("run",),
            ("set_value", "slider", 0, 9),
            ("run",),
            ("set_value", "toggle", 0, False),
            ("run",),
            ("set_value", "toggle", 0, True),
            ("run",),
        ),
    ),
    Scenario(
        "copy_to_plain_key_survives",
        """
        import streamlit as st
        def keep():
            st.session_state.saved_name = st.session_state.name
        if st.session_state.get("mode", "edit") == "edit":
            st.text_input("Name", key="name", on_change=keep)
        else:
            st.write("saved:", st.session_state.get("saved_name"))
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (
            ("run",),
            ("input", "text_input", "name", "Ada"),
            ("run",),
            ("state", "mode", "view"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "reassign_keeps_widget_state",
        """
        import streamlit as st
        if "name" in st.session_state:
            st.session_state.name = st.session_state.name
        if st.radio("Tab", ["form", "other"], key="tab") == "form":
            st.text_input("Name", key="name")
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (
            ("run",),
            ("input", "text_input", "name", "kept"),
            ("run",),
            ("set_value", "radio", "tab", "other"),
            ("run",),
            ("run",),
            ("set_value", "radio", "tab", "form"),
            ("run",),
        ),
    ),
    Scenario(
        "plain_key_never_cleaned",
        """
        import streamlit as st
        st.session_state.setdefault("plain", "stays")
        if not st.session_state.get("hide"):
            st.number_input("N", key="n")
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (("run",), ("state", "hide", True), ("run",), ("run",)),
    ),
    Scenario(
        "hidden_in_sidebar",
        """
        import streamlit as st
        if st.sidebar.checkbox("Filters", value=True, key="filters"):
            st.sidebar.selectbox("Region", ["north", "south"], key="region")
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (
            ("run",),
            ("select", "selectbox", "region", "south"),
            ("run",),
            ("uncheck", "checkbox", "filters"),
            ("run",),
            ("check", "checkbox", "filters"),
            ("run",),
        ),
    ),
    Scenario(
        "widgets_in_tabs_and_expander_kept",
        """
        import streamlit as st
        tab1, tab2 = st.tabs(["One", "Two"])
        with tab2:
            st.text_input("In tab two", key="t2")
        with st.expander("More", expanded=False):
            st.checkbox("In expander", key="ex")
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (
            ("run",),
            ("input", "text_input", "t2", "x"),
            ("check", "checkbox", "ex"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "pages_folder_switch_forgets_main_widget",
        """
        import streamlit as st
        st.text_input("Home name", key="home_name")
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (
            ("run",),
            ("input", "text_input", "home_name", "Ada"),
            ("run",),
            ("switch_page", "pages/2_Two.py"),
            ("run",),
            ("switch_page", "app.py"),
            ("run",),
        ),
        files={
            "pages/2_Two.py": """
            import streamlit as st
            st.write("page two")
            st.text(repr(sorted(st.session_state.keys())))
            """
        },
    ),
    Scenario(
        "pages_folder_same_key_starts_default",
        """
        import streamlit as st
        st.text_input("Shared", value="home default", key="shared")
        """,
        (
            ("run",),
            ("input", "text_input", "shared", "typed on home"),
            ("run",),
            ("switch_page", "pages/2_Two.py"),
            ("run",),
        ),
        files={
            "pages/2_Two.py": """
            import streamlit as st
            st.text_input("Shared", value="two default", key="shared")
            """
        },
    ),
    Scenario(
        "navigation_files_switch_forgets",
        """
        import streamlit as st
        pg = st.navigation([st.Page("first.py"), st.Page("second.py")])
        pg.run()
        """,
        (
            ("run",),
            ("set_value", "number_input", "amount", 5),
            ("run",),
            ("switch_page", "second.py"),
            ("run",),
            ("switch_page", "first.py"),
            ("run",),
        ),
        files={
            "first.py": """
            import streamlit as st
            st.number_input("Amount", value=1, key="amount")
            st.text(repr(sorted(st.session_state.keys())))
            """,
            "second.py": """
            import streamlit as st
            st.write("second page")
            st.text(repr(sorted(st.session_state.keys())))
            """,
        },
    ),
    Scenario(
        "navigation_functions_same_key_default",
        """
        import streamlit as st
        def one():
            st.text_input("Shared", value="one default", key="shared")
            if st.button("To two"):
                st.switch_page(two_page)
        def two():
            st.text_input("Shared", value="two default", key="shared")
        one_page = st.Page(one, title="One")
        two_page = st.Page(two, title="Two")
        st.navigation([one_page, two_page]).run()
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (
            ("run",),
            ("input", "text_input", "shared", "typed on one"),
            ("run",),
            ("click", "button", 0),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "navigation_common_widget_outside_page_kept",
        """
        import streamlit as st
        def one():
            st.write("page one")
            if st.button("Go to two"):
                st.switch_page(two_page)
        def two():
            st.write("page two")
        one_page = st.Page(one, title="One")
        two_page = st.Page(two, title="Two")
        pg = st.navigation([one_page, two_page])
        st.sidebar.text_input("User", key="user")
        pg.run()
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (
            ("run",),
            ("input", "text_input", "user", "ada"),
            ("run",),
            ("click", "button", 0),
            ("run",),
        ),
    ),
]
