"""Multipage apps: Session State shared by all pages, with a pages/ folder and with
st.navigation (a list or a dict of st.Page, a function as a page, the first page
as the default)."""

from conformance.harness import Scenario

TWO = """
import streamlit as st
st.header("Page two")
st.write("count on two:", st.session_state.get("count", "unset"))
if st.button("Add on two"):
    st.session_state.count = st.session_state.get("count", 0) + 10
    st.write("added")
"""

SCENARIOS = [
    Scenario(
        "pages_folder_shared_state",
        """
        import streamlit as st
        st.header("Home")
        st.session_state.setdefault("count", 0)
        if st.button("Add on home"):
            st.session_state.count += 1
        st.write("count on home:", st.session_state.count)
        """,
        (
            ("run",),
            ("click", "button", 0),
            ("run",),
            ("switch_page", "pages/2_Two.py"),
            ("run",),
            ("click", "button", 0),
            ("run",),
            ("switch_page", "app.py"),
            ("run",),
        ),
        files={"pages/2_Two.py": TWO},
    ),
    Scenario(
        "pages_folder_state_set_on_other_page",
        """
        import streamlit as st
        st.write("user:", st.session_state.get("user", "anonymous"))
        """,
        (
            ("run",),
            ("switch_page", "pages/1_Login.py"),
            ("run",),
            ("input", "text_input", 0, "ada"),
            ("run",),
            ("switch_page", "app.py"),
            ("run",),
        ),
        files={
            "pages/1_Login.py": """
            import streamlit as st
            def login():
                st.session_state.user = st.session_state.login_name
            st.text_input("Login name", key="login_name", on_change=login)
            st.write("logged in as", st.session_state.get("user", "nobody"))
            """
        },
    ),
    Scenario(
        "pages_folder_switch_page_from_script",
        """
        import streamlit as st
        st.write("home")
        if st.button("Go to two"):
            st.session_state.came_from = "home"
            st.switch_page("pages/2_Two.py")
        """,
        (("run",), ("click", "button", 0), ("run",)),
        files={
            "pages/2_Two.py": """
            import streamlit as st
            st.write("two, came from", st.session_state.get("came_from"))
            """
        },
    ),
    Scenario(
        "navigation_list_first_default",
        """
        import streamlit as st
        st.session_state.setdefault("visits", [])
        pg = st.navigation([st.Page("home.py", title="Home"), st.Page("settings.py", title="Settings")])
        pg.run()
        st.text(repr(st.session_state.visits))
        """,
        (("run",), ("switch_page", "settings.py"), ("run",), ("switch_page", "home.py"), ("run",)),
        files={
            "home.py": """
            import streamlit as st
            st.session_state.visits.append("home")
            st.write("home page")
            """,
            "settings.py": """
            import streamlit as st
            st.session_state.visits.append("settings")
            st.write("settings page")
            """,
        },
    ),
    Scenario(
        "navigation_dict_sections",
        """
        import streamlit as st
        pages = {
            "Account": [st.Page("profile.py", title="Profile")],
            "Tools": [st.Page("tools.py", title="Tools")],
        }
        st.session_state.setdefault("theme", "light")
        pg = st.navigation(pages)
        st.write("section app, page", pg.title)
        pg.run()
        """,
        (("run",), ("switch_page", "tools.py"), ("run",), ("switch_page", "profile.py"), ("run",)),
        files={
            "profile.py": """
            import streamlit as st
            st.write("profile, theme", st.session_state.theme)
            """,
            "tools.py": """
            import streamlit as st
            st.session_state.theme = "dark"
            st.write("tools sets theme")
            """,
        },
    ),
    Scenario(
        "navigation_function_pages",
        """
        import streamlit as st
        def home():
            st.write("home function page")
            if st.button("Go settings"):
                st.switch_page(settings_page)
        def settings():
            st.write("settings function page, count", st.session_state.count)
        st.session_state.setdefault("count", 0)
        st.session_state.count += 1
        home_page = st.Page(home, title="Home")
        settings_page = st.Page(settings, title="Settings")
        st.navigation([home_page, settings_page]).run()
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "navigation_default_flag",
        """
        import streamlit as st
        def a():
            st.write("page a")
        def b():
            st.write("page b")
        pg = st.navigation([st.Page(a, title="A"), st.Page(b, title="B", default=True)])
        st.write("current:", pg.title)
        pg.run()
        """,
        (("run",),),
    ),
    Scenario(
        "navigation_page_object_attributes",
        """
        import streamlit as st
        def first():
            st.write("first")
        pg = st.navigation([st.Page(first, title="First page", url_path="first-page")])
        st.write(pg.title, pg.url_path)
        pg.run()
        """,
        (("run",),),
    ),
    Scenario(
        "navigation_state_drives_pages",
        """
        import streamlit as st
        st.session_state.setdefault("logged_in", False)
        def login():
            if st.button("Log in"):
                st.session_state.logged_in = True
                st.rerun()
        def dashboard():
            st.write("dashboard")
            if st.button("Log out"):
                st.session_state.logged_in = False
                st.rerun()
        if st.session_state.logged_in:
            pg = st.navigation([st.Page(dashboard, title="Dashboard")])
        else:
            pg = st.navigation([st.Page(login, title="Log in")])
        pg.run()
        """,
        (("run",), ("click", "button", 0), ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "navigation_widget_in_entry_kept_across_pages",
        """
        import streamlit as st
        def one():
            st.write("one, mode", st.session_state.mode)
        def two():
            st.write("two, mode", st.session_state.mode)
        pages = [st.Page("p_one.py", title="One"), st.Page("p_two.py", title="Two")]
        pg = st.navigation(pages)
        st.sidebar.selectbox("Mode", ["simple", "expert"], key="mode")
        pg.run()
        """,
        (
            ("run",),
            ("select", "selectbox", "mode", "expert"),
            ("run",),
            ("switch_page", "p_two.py"),
            ("run",),
        ),
        files={
            "p_one.py": """
            import streamlit as st
            st.write("one, mode", st.session_state.mode)
            """,
            "p_two.py": """
            import streamlit as st
            st.write("two, mode", st.session_state.mode)
            """,
        },
    ),
    Scenario(
        "navigation_files_st_switch_page_entry_widget",
        """
        import streamlit as st
        pg = st.navigation([st.Page("q_one.py", title="One"), st.Page("q_two.py", title="Two")])
        st.sidebar.text_input("User", key="user")
        pg.run()
        """,
        (
            ("run",),
            ("input", "text_input", "user", "ada"),
            ("run",),
            ("click", "button", 0),
            ("run",),
        ),
        files={
            "q_one.py": """
            import streamlit as st
            st.write("one, user", st.session_state.user)
            if st.button("Go to two"):
                st.switch_page("q_two.py")
            """,
            "q_two.py": """
            import streamlit as st
            st.write("two, user", st.session_state.user)
            """,
        },
    ),
]
