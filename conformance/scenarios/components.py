"""Components in AppTest: st.iframe and components.v1.html / .iframe are "iframe"
elements, a declared component a "component_instance" element whose value is
what Session State holds (None until set) while the function returns its
default; keyed identity ignores the args; bad arguments are API errors."""

from conformance.harness import Scenario

_FOLDER = {"mycomp/index.html": "<!doctype html><p>component</p>\n"}

SCENARIOS = [
    Scenario(
        "components_frames",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        components.html("<p>hello</p>", height=100)
        components.html("<b>scroll</b>", width=300, scrolling=True, tab_index=0)
        components.iframe("https://example.com", height=200)
        st.iframe("https://example.com", height=300, alt="Example")
        st.iframe("<b>inline</b>")
        st.iframe("/app/static/page.html", width="content", height="stretch")
        with st.sidebar:
            components.html("<i>side</i>")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "components_declared_value",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        counter = components.declare_component("counter", path="mycomp")
        value = counter(label="a", default=5, key="k")
        st.write("keyed", value)
        plain = counter(label="b")
        st.write("plain", plain)
        raw = counter(label="c", data=b"xy", default=b"d")
        st.write("bytes", raw)
        st.write(str(counter))
        """,
        (("run",), ("state", "k", 7), ("run",), ("state", "k", {"n": [1, 2]}), ("run",)),
        files=_FOLDER,
    ),
    Scenario(
        "components_keyed_identity",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        comp = components.declare_component("pick", path="mycomp")
        if "runs" not in st.session_state:
            st.session_state.runs = 0
        st.session_state.runs += 1
        got = comp(arg=st.session_state.runs, key="p", default="none")
        st.write("got", got)
        st.button("again")
        """,
        (("run",), ("state", "p", "chosen"), ("run",), ("click", "button", 0), ("run",)),
        files=_FOLDER,
    ),
    Scenario(
        "components_in_containers",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        comp = components.declare_component("boxed", path="mycomp")
        left, right = st.columns(2)
        with left:
            comp(key="in_col")
        with st.expander("More"):
            comp(key="in_expander", default=[1])
        with st.form("f"):
            comp(key="in_form", on_change=lambda: None)
            st.form_submit_button("Go")
        """,
        (("run",),),
        files=_FOLDER,
    ),
    Scenario(
        "components_url_wins",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        both = components.declare_component("both", path="mycomp", url="http://localhost:3001")
        st.write(str(both))
        st.write(both.url)
        both(key="b")
        dev = components.declare_component("dev", url="http://localhost:3001")
        st.write(str(dev))
        """,
        (("run",),),
        files=_FOLDER,
    ),
    Scenario(
        "components_error_no_path_or_url",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        st.write("before")
        components.declare_component("nothing")
        """,
        (("run",),),
    ),
    Scenario(
        "components_error_missing_folder",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        st.write("before")
        components.declare_component("gone", path="no_such_folder")
        st.write("declared")
        """,
        (("run",),),
    ),
    Scenario(
        "components_error_positional_arg",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        comp = components.declare_component("pos", path="mycomp")
        comp("x")
        """,
        (("run",),),
        files=_FOLDER,
    ),
    Scenario(
        "components_error_duplicate",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        comp = components.declare_component("dup", path="mycomp")
        comp(a=1)
        comp(a=1)
        """,
        (("run",),),
        files=_FOLDER,
    ),
    Scenario(
        "components_error_duplicate_key",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        comp = components.declare_component("dupkey", path="mycomp")
        comp(a=1, key="same")
        comp(a=2, key="same")
        """,
        (("run",),),
        files=_FOLDER,
    ),
    Scenario(
        "components_error_args_not_json",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        comp = components.declare_component("odd", path="mycomp")
        comp(thing=object())
        """,
        (("run",),),
        files=_FOLDER,
    ),
    Scenario(
        "components_error_on_change",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        comp = components.declare_component("cb", path="mycomp")
        comp(on_change=5)
        """,
        (("run",),),
        files=_FOLDER,
    ),
    Scenario(
        "components_error_tab_index",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        components.html("<p>ok</p>", tab_index=-1)
        components.html("<p>bad</p>", tab_index=-2)
        """,
        (("run",),),
    ),
    Scenario(
        "components_error_tab_index_type",
        """
        import streamlit as st
        st.iframe("https://example.com", tab_index=True)
        """,
        (("run",),),
    ),
    Scenario(
        "components_error_iframe_width",
        """
        import streamlit as st
        st.iframe("https://example.com", width="wide")
        """,
        (("run",),),
    ),
    Scenario(
        "components_error_iframe_height",
        """
        import streamlit as st
        st.iframe("https://example.com", height=0)
        """,
        (("run",),),
    ),
]
