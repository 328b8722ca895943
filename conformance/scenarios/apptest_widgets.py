"""AppTest's widget actions: values set before a run, their effect after it, and
the inputs Streamlit's AppTest ignores (text longer than max_chars)."""

import datetime as dt

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "choice_set_then_run",
        """
        import streamlit as st
        r = st.radio("R", ["a", "b", "c"], key="r")
        s = st.selectbox("S", ["x", "y", "z"], index=1, key="s")
        m = st.multiselect("M", ["p", "q", "r"], key="m")
        st.write("r", r, "s", s, "m", m)
        """,
        (
            ("run",),
            ("set_value", "radio", "r", "c"),
            ("select_index", "selectbox", "s", 2),
            ("select", "multiselect", "m", "q"),
            ("run",),
            ("select", "multiselect", "m", "p"),
            ("unselect", "multiselect", "m", "q"),
            ("run",),
        ),
    ),
    Scenario(
        "date_input_datetime",
        """
        import datetime as dt
        import streamlit as st
        d = st.date_input("When", dt.date(2020, 1, 1), key="d")
        st.write("type", type(d).__name__, str(d))
        """,
        (
            ("run",),
            ("set_value", "date_input", "d", dt.datetime(2021, 5, 6, 7, 8)),
            ("run",),
            ("set_value", "date_input", "d", dt.date(2022, 2, 3)),
            ("run",),
        ),
    ),
    Scenario(
        "date_input_range",
        """
        import datetime as dt
        import streamlit as st
        d = st.date_input("Span", (dt.date(2020, 1, 1), dt.date(2020, 1, 9)), key="d")
        st.write(str(d))
        """,
        (
            ("run",),
            ("set_value", "date_input", "d", (dt.date(2021, 1, 1), dt.date(2021, 2, 1))),
            ("run",),
        ),
    ),
    Scenario(
        "text_input_max_chars",
        """
        import streamlit as st
        t = st.text_input("Code", "ab", max_chars=3, key="t")
        a = st.text_area("Note", max_chars=4, key="a")
        st.write("t", t, "a", a)
        """,
        (
            ("run",),
            ("input", "text_input", "t", "abcdef"),
            ("run",),
            ("input", "text_input", "t", "xyz"),
            ("input", "text_area", "a", "too long"),
            ("run",),
            ("input", "text_area", "a", "fits"),
            ("run",),
        ),
    ),
    Scenario(
        "color_picker_pick",
        """
        import streamlit as st
        c = st.color_picker("Colour", "#112233", key="c")
        st.write("colour", c)
        """,
        (("run",), ("pick", "color_picker", "c", "#abcdef"), ("run",)),
    ),
    Scenario(
        "number_time_slider_toggle",
        """
        import datetime as dt
        import streamlit as st
        n = st.number_input("N", 0, 10, 5, key="n")
        t = st.time_input("T", dt.time(8, 0), key="t")
        s = st.slider("S", 0, 100, (10, 20), key="s")
        g = st.toggle("G", key="g")
        st.write(n, str(t), s, g)
        """,
        (
            ("run",),
            ("increment", "number_input", "n"),
            ("increment", "time_input", "t"),
            ("set_range", "slider", "s", 30, 40),
            ("set_value", "toggle", "g", True),
            ("run",),
            ("decrement", "number_input", "n"),
            ("decrement", "time_input", "t"),
            ("run",),
        ),
    ),
    Scenario(
        "select_slider_values",
        """
        import streamlit as st
        one = st.select_slider("One", ["lo", "mid", "hi"], key="one")
        two = st.select_slider("Two", [1, 2, 3, 4], value=(2, 3), key="two")
        st.write(one, two)
        """,
        (
            ("run",),
            ("set_value", "select_slider", "one", "hi"),
            ("set_range", "select_slider", "two", 1, 4),
            ("run",),
        ),
    ),
    Scenario(
        "form_submit_button_list",
        """
        import streamlit as st
        st.button("Outside", key="outside")
        with st.form("f"):
            name = st.text_input("Name", key="name")
            done = st.form_submit_button("Save")
        st.write("saved", done, name)
        """,
        (
            ("run",),
            ("input", "text_input", "name", "Ada"),
            ("click", "form_submit_button", 0),
            ("run",),
        ),
    ),
]
