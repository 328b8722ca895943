"""date_input (a day, a range) and time_input: values, None, presets, bounds,
identity and callbacks. Every value is given, never "today"/"now"."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "date_input_single",
        """
        import datetime as dt
        import streamlit as st
        d = st.date_input("Day", dt.date(2024, 5, 17), key="d")
        st.write("day:", str(d), type(d).__name__)
        """,
        (
            ("run",),
            ("set_value", "date_input", "d", __import__("datetime").date(2024, 6, 1)),
            ("run",),
        ),
    ),
    Scenario(
        "date_input_unkeyed_datetime_value",
        """
        import datetime as dt
        import streamlit as st
        d = st.date_input("Day", dt.datetime(2024, 5, 17, 13, 45))
        st.write("day:", str(d), type(d).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "date_input_iso_string_value",
        """
        import streamlit as st
        d = st.date_input("Day", "2024-02-29")
        st.write("day:", str(d), type(d).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "date_input_value_none",
        """
        import datetime as dt
        import streamlit as st
        d = st.date_input("Day", value=None, min_value=dt.date(2020, 1, 1),
                          max_value=dt.date(2030, 1, 1), key="d")
        st.write("day:", repr(d))
        """,
        (
            ("run",),
            ("set_value", "date_input", "d", __import__("datetime").date(2025, 1, 2)),
            ("run",),
            ("set_value", "date_input", "d", None),
            ("run",),
        ),
    ),
    Scenario(
        "date_input_range",
        """
        import datetime as dt
        import streamlit as st
        r = st.date_input("Trip", (dt.date(2024, 7, 1), dt.date(2024, 7, 9)), key="r")
        st.write("trip:", [str(d) for d in r], type(r).__name__)
        """,
        (
            ("run",),
            (
                "set_value",
                "date_input",
                "r",
                (__import__("datetime").date(2024, 8, 1), __import__("datetime").date(2024, 8, 3)),
            ),
            ("run",),
        ),
    ),
    Scenario(
        "date_input_range_one_day",
        """
        import datetime as dt
        import streamlit as st
        r = st.date_input("Trip", [dt.date(2024, 7, 1)], key="r")
        st.write("trip:", len(r), type(r).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "date_input_range_empty",
        """
        import streamlit as st
        r = st.date_input("Trip", [], key="r")
        st.write("trip:", len(r), type(r).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "date_input_preset_by_script",
        """
        import datetime as dt
        import streamlit as st
        if "d" not in st.session_state:
            st.session_state.d = dt.date(2024, 1, 31)
        d = st.date_input("Day", dt.date(2024, 5, 17), key="d")
        st.write("day:", str(d))
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "date_input_preset_by_test",
        """
        import datetime as dt
        import streamlit as st
        d = st.date_input("Day", dt.date(2024, 5, 17), key="d")
        st.write("day:", str(d))
        """,
        (("run",), ("state", "d", __import__("datetime").date(2023, 3, 3)), ("run",)),
    ),
    Scenario(
        "date_input_preset_out_of_bounds",
        """
        import datetime as dt
        import streamlit as st
        st.session_state.d = dt.date(1999, 1, 1)
        d = st.date_input("Day", dt.date(2024, 5, 17), min_value=dt.date(2024, 1, 1), key="d")
        st.write("day:", str(d))
        """,
        (("run",),),
    ),
    Scenario(
        "date_input_value_out_of_bounds",
        """
        import datetime as dt
        import streamlit as st
        st.date_input("Day", dt.date(2023, 5, 17), min_value=dt.date(2024, 1, 1))
        """,
        (("run",),),
    ),
    Scenario(
        "date_input_bounds_change_keyed",
        """
        import datetime as dt
        import streamlit as st
        low = dt.date(2024, 2, 1) if st.session_state.get("later") else dt.date(2024, 1, 1)
        d = st.date_input("Day", dt.date(2024, 5, 17), min_value=low, key="d")
        st.write("day:", str(d))
        """,
        (
            ("run",),
            ("set_value", "date_input", "d", __import__("datetime").date(2024, 3, 3)),
            ("run",),
            ("state", "later", True),
            ("run",),
        ),
    ),
    Scenario(
        "date_input_on_change",
        """
        import datetime as dt
        import streamlit as st
        st.session_state.setdefault("seen", 0)
        def changed(by):
            st.session_state.seen += by
        st.date_input("Day", dt.date(2024, 5, 17), key="d", on_change=changed, args=(1,))
        st.write("seen:", st.session_state.seen)
        """,
        (
            ("run",),
            ("set_value", "date_input", "d", __import__("datetime").date(2024, 6, 1)),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "time_input_value",
        """
        import datetime as dt
        import streamlit as st
        t = st.time_input("At", dt.time(8, 45), key="t")
        st.write("at:", str(t), type(t).__name__)
        """,
        (
            ("run",),
            ("set_value", "time_input", "t", __import__("datetime").time(9, 0)),
            ("run",),
            ("increment", "time_input", "t"),
            ("run",),
        ),
    ),
    Scenario(
        "time_input_datetime_value",
        """
        import datetime as dt
        import streamlit as st
        t = st.time_input("At", dt.datetime(2024, 1, 1, 14, 30, 15))
        st.write("at:", str(t), type(t).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "time_input_string_value",
        """
        import streamlit as st
        t = st.time_input("At", "10:15")
        st.write("at:", str(t))
        """,
        (("run",),),
    ),
    Scenario(
        "time_input_value_none",
        """
        import datetime as dt
        import streamlit as st
        t = st.time_input("At", value=None, key="t")
        st.write("at:", repr(t))
        """,
        (
            ("run",),
            ("set_value", "time_input", "t", __import__("datetime").time(23, 0)),
            ("run",),
            ("set_value", "time_input", "t", None),
            ("run",),
        ),
    ),
    Scenario(
        "time_input_step_and_decrement",
        """
        import datetime as dt
        import streamlit as st
        t = st.time_input("At", dt.time(12, 0), step=dt.timedelta(hours=1), key="t")
        st.write("at:", str(t))
        """,
        (("run",), ("decrement", "time_input", "t"), ("run",)),
    ),
    Scenario(
        "time_input_preset_by_script",
        """
        import datetime as dt
        import streamlit as st
        st.session_state.t = dt.time(6, 30)
        st.write("at:", str(st.time_input("At", dt.time(12, 0), key="t")))
        """,
        (("run",),),
    ),
    Scenario(
        "time_input_preset_by_test",
        """
        import datetime as dt
        import streamlit as st
        st.write("at:", str(st.time_input("At", dt.time(12, 0), key="t")))
        """,
        (("run",), ("state", "t", __import__("datetime").time(7, 7)), ("run",)),
    ),
    Scenario(
        "time_input_step_change_resets",
        """
        import datetime as dt
        import streamlit as st
        step = 1800 if st.session_state.get("flip") else 900
        st.write("at:", str(st.time_input("At", dt.time(12, 0), step=step, key="t")))
        """,
        (
            ("run",),
            ("set_value", "time_input", "t", __import__("datetime").time(1, 15)),
            ("run",),
            ("state", "flip", True),
            ("run",),
        ),
    ),
    Scenario(
        "time_input_bad_step_raises",
        """
        import datetime as dt
        import streamlit as st
        st.time_input("At", dt.time(12, 0), step=30)
        """,
        (("run",),),
    ),
]
