"""AppTest's view of display elements: headings, captions, dividers, JSON text,
code, metrics, alerts, exceptions and page links, as type and value."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "headings",
        """
        import streamlit as st
        st.title("The title", anchor="top")
        st.header("A header", divider=True)
        st.subheader("A subheader", anchor=False)
        st.header("Header with **bold**", help="tip")
        st.title("Title two")
        """,
        (("run",),),
    ),
    Scenario(
        "markdown_family",
        """
        import streamlit as st
        st.markdown("Some *markdown*")
        st.caption("A caption")
        st.divider()
        st.text("plain text")
        st.markdown("<b>html</b>", unsafe_allow_html=True)
        st.write("written")
        """,
        (("run",),),
    ),
    Scenario(
        "json_text",
        """
        import streamlit as st
        st.json({"a": [1, 2], "b": None, "c": {"d": True, "e": 1.5}})
        st.json({"z": "last"}, expanded=False)
        st.json('{"already": "text"}')
        st.json([1, "two", 3.0])
        st.write({"written": 1})
        st.write(["x", "y"])
        """,
        (("run",),),
    ),
    Scenario(
        "code_metric_alerts",
        """
        import streamlit as st
        st.code("x = 1", language="python")
        st.code("plain")
        st.metric("Temp", 21, 1.5)
        st.metric("Speed", "5 km/h")
        st.success("ok")
        st.info("note", icon="ℹ️")
        st.warning("careful")
        st.error("bad")
        """,
        (("run",),),
    ),
    Scenario(
        "exceptions",
        """
        import streamlit as st
        st.exception(ValueError("shown on purpose"))
        st.write("before")
        raise RuntimeError("raised by the app")
        """,
        (("run",),),
    ),
    Scenario(
        "page_link_external",
        """
        import streamlit as st
        st.page_link("https://example.com", label="Example")
        st.page_link("https://example.org", label="Other", icon="🌍")
        """,
        (("run",),),
    ),
]
