"""Navigation of Streamlit 1.67: st.navigation(position="top"/"hidden", expanded=,
sections), st.Page(url_path=, icon=, default=, visibility=), st.page_link (icon,
disabled, width, query_params), st.switch_page(page, query_params=), and errors."""

from conformance.harness import Scenario

PAGE_B = """
import streamlit as st
st.write("page b", dict(st.query_params))
"""


def _error(name: str, call: str) -> Scenario:
    return Scenario(
        name,
        "import streamlit as st\n"
        "def one():\n    st.write('one')\n"
        "def two():\n    st.write('two')\n"
        f"{call}\nst.write('not reached')\n",
        (("run",),),
    )


SCENARIOS = [
    Scenario(
        "navigation_top_with_sections",
        """
        import streamlit as st
        def home():
            st.write("home page")
            if st.button("to b"):
                st.switch_page("b.py", query_params={"from": "home", "tags": ["x", "y"]})
        def other():
            st.write("other page")
        pages = {
            "Main": [st.Page(home, title="Home", icon=":material/home:", default=True)],
            "More": [
                st.Page(other, title="Other", url_path="elsewhere"),
                st.Page("b.py", title="Bee", icon="🐝"),
            ],
        }
        pg = st.navigation(pages, position="top")
        st.write(pg.title, pg.url_path, pg.icon)
        pg.run()
        """,
        (("run",), ("click", "button", 0), ("run",)),
        files={"b.py": PAGE_B},
    ),
    Scenario(
        "navigation_hidden_and_expanded",
        """
        import streamlit as st
        def one():
            st.write("one")
        def two():
            st.write("two")
        pg = st.navigation([st.Page(one), st.Page(two, visibility="hidden")], position="hidden", expanded=3)
        st.write(pg.title)
        pg.run()
        """,
        (("run",),),
    ),
    Scenario(
        "switch_page_clears_query_params",
        """
        import streamlit as st
        def home():
            st.query_params["keep"] = "no"
            if st.button("go"):
                st.switch_page("b.py")
        pg = st.navigation([st.Page(home), st.Page("b.py")])
        pg.run()
        """,
        (("run",), ("click", "button", 0), ("run",)),
        files={"b.py": PAGE_B},
    ),
    Scenario(
        "switch_page_query_params_pairs",
        """
        import streamlit as st
        def home():
            if st.button("go"):
                st.switch_page(b, query_params=[("a", "1"), ("b", "2")])
        b = st.Page("b.py")
        pg = st.navigation([st.Page(home), b])
        pg.run()
        """,
        (("run",), ("click", "button", 0), ("run",)),
        files={"b.py": PAGE_B},
    ),
    Scenario(
        "page_link_parameters",
        """
        import streamlit as st
        def home():
            st.page_link("b.py", label="Bee", icon="🐝", disabled=True)
            st.page_link("b.py", width="stretch", query_params={"q": "1"}, icon_position="right")
            st.page_link("https://example.com", label="Out", icon=":material/open_in_new:", width=200)
            st.page_link(home_page, label="Home")
            st.write("drawn")
        home_page = st.Page(home, title="Home page")
        pg = st.navigation([home_page, st.Page("b.py")])
        pg.run()
        """,
        (("run",),),
        files={"b.py": PAGE_B},
    ),
    _error("navigation_bad_position", 'st.navigation([one, two], position="left")'),
    _error("page_bad_visibility", 'st.navigation([st.Page(one, visibility="gone"), two])'),
    _error(
        "switch_page_bad_query",
        "st.navigation([one, two])\nst.switch_page('app.py', query_params=5)",
    ),
    _error(
        "page_link_bad_width", "st.navigation([one, two])\nst.page_link('https://a.b', width=0)"
    ),
    _error(
        "page_link_bad_icon_position",
        "st.navigation([one, two])\nst.page_link('https://a.b', icon_position='top')",
    ),
    _error(
        "navigation_two_defaults",
        "st.navigation([st.Page(one, default=True), st.Page(two, default=True)])",
    ),
    _error("navigation_empty", "st.navigation([])"),
]
