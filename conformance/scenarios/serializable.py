"""runner.enforceSerializableSessionState: off by default (anything may be stored);
on, an unpicklable value raises. Streamlit checks at the end of the run; Ostinato
checks at the assignment on purpose (SPEC rule 23), so the element trees of the
failing runs differ: recorded all the same."""

from conformance.harness import Scenario

ON = ("option", "runner.enforceSerializableSessionState", True)
OFF = ("option", "runner.enforceSerializableSessionState", False)

SCENARIOS = [
    Scenario(
        "off_lock_allowed",
        """
        import threading
        import streamlit as st
        st.session_state.lock = threading.Lock()
        st.write("stored a lock")
        """,
        (OFF, ("run",)),
    ),
    Scenario(
        "on_lambda_raises",
        """
        import streamlit as st
        def unserializable_data():
            return lambda x: x
        st.write("before")
        st.session_state.unserializable = unserializable_data()
        st.write("after")
        """,
        (ON, ("run",)),
    ),
    Scenario(
        "on_lock_raises",
        """
        import threading
        import streamlit as st
        st.write("before")
        st.session_state["lock"] = threading.Lock()
        st.write("after")
        """,
        (ON, ("run",)),
    ),
    Scenario(
        "on_picklable_values_ok",
        """
        import datetime
        import pandas as pd
        import streamlit as st
        st.session_state.num = 1
        st.session_state.text = "x"
        st.session_state.items = [1, (2, 3), {"k": {4, 5}}]
        st.session_state.when = datetime.date(2024, 1, 2)
        st.session_state.frame = pd.DataFrame({"a": [1, 2]})
        st.write("all stored", len(st.session_state))
        """,
        (ON, ("run",), ("run",)),
    ),
    Scenario(
        "on_mutated_after_store",
        """
        import streamlit as st
        st.session_state.setdefault("handlers", [])
        st.write("before")
        if st.button("Add handler"):
            st.session_state.handlers.append(lambda: None)
        st.write("after", len(st.session_state.handlers))
        """,
        (ON, ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "on_stored_then_deleted",
        """
        import streamlit as st
        st.session_state.temp = lambda: 1
        st.write("temporary", st.session_state.temp())
        del st.session_state.temp
        st.write("deleted")
        """,
        (ON, ("run",)),
    ),
    Scenario(
        "on_script_class_instance",
        """
        import streamlit as st
        class Point:
            def __init__(self, x):
                self.x = x
        st.session_state.point = Point(1)
        st.write("stored point")
        """,
        (ON, ("run",)),
    ),
    Scenario(
        "on_then_recover",
        """
        import streamlit as st
        if st.checkbox("Store a generator", key="gen"):
            st.session_state.g = (i for i in range(3))
        else:
            st.session_state.pop("g", None)
        st.write("end of run")
        """,
        (
            ON,
            ("run",),
            ("check", "checkbox", "gen"),
            ("run",),
            ("uncheck", "checkbox", "gen"),
            ("run",),
        ),
    ),
    Scenario(
        "on_via_callback",
        """
        import streamlit as st
        def store():
            st.session_state.fn = lambda: 0
        st.button("Store", on_click=store)
        st.write("script")
        """,
        (ON, ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "on_via_config_file",
        """
        import streamlit as st
        st.write("before")
        st.session_state.fn = lambda: 0
        st.write("after")
        """,
        (("run",),),
        files={".streamlit/config.toml": "[runner]\nenforceSerializableSessionState = true\n"},
    ),
    Scenario(
        "on_caught_by_script",
        """
        import streamlit as st
        try:
            st.session_state.bad = lambda: 0
            st.write("assignment accepted")
        except Exception as e:
            st.write("assignment refused")
            st.session_state.pop("bad", None)
        st.write("end")
        """,
        (ON, ("run",)),
    ),
]
