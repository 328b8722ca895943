"""st.query_params: reading, writing, presetting from the test, widgets that keep
the URL in step with their value."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "read_preset",
        """
        import streamlit as st
        st.write("page:", st.query_params.get("page", "none"))
        st.write("has tab:", "tab" in st.query_params)
        """,
        (("run",), ("query", "page", "about"), ("run",), ("query", "tab", "2"), ("run",)),
    ),
    Scenario(
        "read_missing_forms",
        """
        import streamlit as st
        st.write(st.query_params.get("missing"))
        try:
            st.query_params["missing"]
        except KeyError as e:
            st.write("item:", type(e).__name__)
        try:
            st.query_params.missing
        except AttributeError as e:
            st.write("attr:", type(e).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "write_and_read_back",
        """
        import streamlit as st
        if st.button("Set"):
            st.query_params["filter"] = "open"
            st.query_params.page = 3
        st.write("filter:", st.query_params.get("filter"), "page:", st.query_params.get("page"))
        st.text(repr(st.query_params.to_dict()))
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "values_are_strings",
        """
        import streamlit as st
        st.query_params["n"] = 5
        st.query_params["flag"] = True
        st.write(type(st.query_params["n"]).__name__, st.query_params["n"], st.query_params["flag"])
        """,
        (("run",),),
    ),
    Scenario(
        "list_values",
        """
        import streamlit as st
        st.query_params["tag"] = ["a", "b"]
        st.write("last:", st.query_params["tag"])
        st.text(repr(st.query_params.get_all("tag")))
        """,
        (("run",),),
    ),
    Scenario(
        "preset_list_value",
        """
        import streamlit as st
        st.text(repr(st.query_params.get_all("id")))
        st.write(st.query_params.get("id"))
        """,
        (("query", "id", ["1", "2"]), ("run",)),
    ),
    Scenario(
        "clear_and_delete",
        """
        import streamlit as st
        if st.button("Delete b"):
            del st.query_params["b"]
        if st.button("Clear"):
            st.query_params.clear()
        st.text(repr(sorted(st.query_params.to_dict().items())))
        """,
        (
            ("query", "a", "1"),
            ("query", "b", "2"),
            ("run",),
            ("click", "button", 0),
            ("run",),
            ("click", "button", 1),
            ("run",),
        ),
    ),
    Scenario(
        "from_dict",
        """
        import streamlit as st
        if st.button("Replace"):
            st.query_params.from_dict({"x": "1", "y": ["2", "3"]})
        st.text(repr(sorted(st.query_params.to_dict().items())))
        """,
        (("query", "old", "v"), ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "widget_drives_query_param",
        """
        import streamlit as st
        def sync():
            st.query_params["view"] = st.session_state.view
        view = st.radio("View", ["list", "grid"], key="view", on_change=sync)
        st.write("url view:", st.query_params.get("view", "unset"))
        """,
        (("run",), ("set_value", "radio", "view", "grid"), ("run",), ("run",)),
    ),
    Scenario(
        "query_param_initializes_widget",
        """
        import streamlit as st
        if "q" not in st.session_state:
            st.session_state.q = st.query_params.get("q", "")
        q = st.text_input("Search", key="q")
        st.query_params["q"] = q
        st.write("searching:", q)
        """,
        (("query", "q", "cats"), ("run",), ("input", "text_input", "q", "dogs"), ("run",)),
    ),
    Scenario(
        "iterate_and_len",
        """
        import streamlit as st
        st.write(len(st.query_params))
        st.text(repr(sorted(st.query_params)))
        st.text(repr(sorted(st.query_params.keys())))
        """,
        (("query", "b", "2"), ("query", "a", "1"), ("run",)),
    ),
    Scenario(
        "harness_reads_query_params",
        """
        import streamlit as st
        st.query_params["from_app"] = "yes"
        st.write("done")
        """,
        (("run",), ("run",)),
    ),
]
