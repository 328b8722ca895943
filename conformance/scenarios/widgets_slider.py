"""st.slider over ints, floats, ranges, dates and times: defaults, presets, ranges,
identity and callbacks."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "slider_int_default",
        """
        import streamlit as st
        v = st.slider("Level")
        st.write("level:", v, type(v).__name__)
        """,
        (("run",), ("set_value", "slider", 0, 42), ("run",)),
    ),
    Scenario(
        "slider_int_keyed_value",
        """
        import streamlit as st
        v = st.slider("Level", 0, 10, 3, key="lvl")
        st.write("level:", v)
        """,
        (("run",), ("set_value", "slider", "lvl", 7), ("run",), ("state", "lvl", 1), ("run",)),
    ),
    Scenario(
        "slider_float",
        """
        import streamlit as st
        v = st.slider("Ratio", 0.0, 1.0, 0.5, step=0.1, key="r")
        st.write("ratio:", v, type(v).__name__)
        """,
        (("run",), ("set_value", "slider", "r", 0.7), ("run",)),
    ),
    Scenario(
        "slider_float_default_bounds",
        """
        import streamlit as st
        v = st.slider("Ratio", value=0.25)
        st.write("ratio:", v, type(v).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "slider_range_int",
        """
        import streamlit as st
        lo, hi = st.slider("Span", 0, 100, (20, 80), key="span")
        st.write("span:", lo, hi)
        """,
        (
            ("run",),
            ("set_range", "slider", "span", 10, 30),
            ("run",),
            ("state", "span", (5, 6)),
            ("run",),
        ),
    ),
    Scenario(
        "slider_range_list_value",
        """
        import streamlit as st
        v = st.slider("Span", 0, 10, [2, 4])
        st.write("span:", v, type(v).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "slider_preset_by_script",
        """
        import streamlit as st
        if "lvl" not in st.session_state:
            st.session_state.lvl = 9
        st.write("level:", st.slider("Level", 0, 10, key="lvl"))
        """,
        (("run",), ("set_value", "slider", "lvl", 2), ("run",)),
    ),
    Scenario(
        "slider_default_and_preset_conflict",
        """
        import streamlit as st
        st.session_state.lvl = 4
        st.write("level:", st.slider("Level", 0, 10, 6, key="lvl"))
        """,
        (("run",),),
    ),
    Scenario(
        "slider_preset_out_of_range",
        """
        import streamlit as st
        st.session_state.lvl = 50
        st.write("level:", st.slider("Level", 0, 10, key="lvl"))
        """,
        (("run",),),
    ),
    Scenario(
        "slider_preset_out_of_range_by_test",
        """
        import streamlit as st
        st.write("level:", st.slider("Level", 0, 10, key="lvl"))
        """,
        (("run",), ("state", "lvl", -3), ("run",)),
    ),
    Scenario(
        "slider_preset_float_into_int",
        """
        import streamlit as st
        st.session_state.lvl = 3.0
        v = st.slider("Level", 0, 10, key="lvl")
        st.write("level:", v, type(v).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "slider_value_out_of_range_raises",
        """
        import streamlit as st
        st.slider("Level", 0, 10, 11)
        """,
        (("run",),),
    ),
    Scenario(
        "slider_mixed_types_raise",
        """
        import streamlit as st
        st.slider("Level", 0, 1.5, 1)
        """,
        (("run",),),
    ),
    Scenario(
        "slider_label_change_keeps_value",
        """
        import streamlit as st
        label = "Volume" if st.session_state.get("flip") else "Level"
        st.write("v:", st.slider(label, 0, 10, key="v"))
        """,
        (("run",), ("set_value", "slider", "v", 8), ("run",), ("state", "flip", True), ("run",)),
    ),
    Scenario(
        "slider_range_change_resets",
        """
        import streamlit as st
        top = 20 if st.session_state.get("wide") else 10
        st.write("v:", st.slider("Level", 0, top, 1, key="v"))
        """,
        (("run",), ("set_value", "slider", "v", 8), ("run",), ("state", "wide", True), ("run",)),
    ),
    Scenario(
        "slider_default_change_keyed_keeps_value",
        """
        import streamlit as st
        start = 5 if st.session_state.get("flip") else 1
        st.write("v:", st.slider("Level", 0, 10, start, key="v"))
        """,
        (("run",), ("set_value", "slider", "v", 8), ("run",), ("state", "flip", True), ("run",)),
    ),
    Scenario(
        "slider_on_change_kwargs",
        """
        import streamlit as st
        st.session_state.setdefault("seen", [])
        def moved(who="?"):
            st.session_state.seen.append((who, st.session_state.v))
        st.slider("Level", 0, 10, key="v", on_change=moved, kwargs={"who": "me"})
        st.write("seen:", len(st.session_state.seen))
        """,
        (("run",), ("set_value", "slider", "v", 3), ("run",), ("run",)),
    ),
    Scenario(
        "slider_disabled",
        """
        import streamlit as st
        st.write("v:", st.slider("Level", 0, 10, 4, disabled=True))
        """,
        (("run",),),
    ),
    Scenario(
        "slider_duplicate",
        """
        import streamlit as st
        st.slider("Level", 0, 10)
        st.slider("Level", 0, 10)
        """,
        (("run",),),
    ),
    Scenario(
        "slider_date",
        """
        import datetime as dt
        import streamlit as st
        d = st.slider("Day", dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2024, 6, 1), key="d")
        st.write("day:", str(d), type(d).__name__)
        """,
        (("run",), ("set_value", "slider", "d", __import__("datetime").date(2024, 7, 4)), ("run",)),
    ),
    Scenario(
        "slider_date_range_default_bounds",
        """
        import datetime as dt
        import streamlit as st
        lo, hi = st.slider("Days", value=(dt.date(2024, 3, 1), dt.date(2024, 3, 10)), key="d")
        st.write("days:", str(lo), str(hi))
        """,
        (("run",),),
    ),
    Scenario(
        "slider_time",
        """
        import datetime as dt
        import streamlit as st
        t = st.slider("At", value=dt.time(9, 30), key="t")
        st.write("at:", str(t))
        """,
        (("run",), ("set_value", "slider", "t", __import__("datetime").time(17, 45)), ("run",)),
    ),
    Scenario(
        "slider_datetime",
        """
        import datetime as dt
        import streamlit as st
        t = st.slider("When", min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2024, 1, 2),
                      value=dt.datetime(2024, 1, 1, 12), step=dt.timedelta(hours=1), key="w")
        st.write("when:", str(t))
        """,
        (
            ("run",),
            ("set_value", "slider", "w", __import__("datetime").datetime(2024, 1, 1, 18)),
            ("run",),
        ),
    ),
]
