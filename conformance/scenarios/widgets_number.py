"""number_input: ints and floats, no value, None value, presets, ranges, steps,
identity and callbacks."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "number_input_no_args_float",
        """
        import streamlit as st
        v = st.number_input("N")
        st.write("n:", v, type(v).__name__)
        """,
        (
            ("run",),
            ("increment", "number_input", 0),
            ("run",),
            ("set_value", "number_input", 0, 2.5),
            ("run",),
        ),
    ),
    Scenario(
        "number_input_int_args",
        """
        import streamlit as st
        v = st.number_input("N", min_value=0, max_value=10, value=5, key="n")
        st.write("n:", v, type(v).__name__)
        """,
        (
            ("run",),
            ("increment", "number_input", "n"),
            ("run",),
            ("decrement", "number_input", "n"),
            ("decrement", "number_input", "n"),
            ("run",),
        ),
    ),
    Scenario(
        "number_input_int_min_only",
        """
        import streamlit as st
        v = st.number_input("N", min_value=3)
        st.write("n:", v, type(v).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "number_input_int_step_only",
        """
        import streamlit as st
        v = st.number_input("N", step=2)
        st.write("n:", v, type(v).__name__)
        """,
        (("run",), ("increment", "number_input", 0), ("run",)),
    ),
    Scenario(
        "number_input_float_value",
        """
        import streamlit as st
        v = st.number_input("N", value=1.5, step=0.5, key="n")
        st.write("n:", v, type(v).__name__)
        """,
        (("run",), ("increment", "number_input", "n"), ("run",)),
    ),
    Scenario(
        "number_input_value_none",
        """
        import streamlit as st
        v = st.number_input("N", value=None, min_value=0, key="n")
        st.write("n:", repr(v))
        """,
        (
            ("run",),
            ("set_value", "number_input", "n", 4),
            ("run",),
            ("set_value", "number_input", "n", None),
            ("run",),
        ),
    ),
    Scenario(
        "number_input_value_none_float",
        """
        import streamlit as st
        v = st.number_input("N", value=None, key="n")
        st.write("n:", repr(v))
        """,
        (("run",), ("set_value", "number_input", "n", 4), ("run",)),
    ),
    Scenario(
        "number_input_preset_int_into_float_widget",
        """
        import streamlit as st
        st.session_state.n = 3
        v = st.number_input("N", key="n")
        st.write("n:", v, type(v).__name__)
        """,
        (("run",), ("increment", "number_input", "n"), ("run",)),
    ),
    Scenario(
        "number_input_preset_by_test",
        """
        import streamlit as st
        v = st.number_input("N", key="n")
        st.write("n:", v, type(v).__name__)
        """,
        (("run",), ("state", "n", 7), ("run",)),
    ),
    Scenario(
        "number_input_preset_float_into_int_widget",
        """
        import streamlit as st
        st.session_state.n = 2.0
        v = st.number_input("N", min_value=0, max_value=9, key="n")
        st.write("n:", v, type(v).__name__)
        """,
        (("run",),),
    ),
    Scenario(
        "number_input_default_and_preset_conflict",
        """
        import streamlit as st
        st.session_state.n = 8
        st.write("n:", st.number_input("N", 0, 10, 2, key="n"))
        """,
        (("run",),),
    ),
    Scenario(
        "number_input_preset_above_max",
        """
        import streamlit as st
        st.session_state.n = 99
        st.write("n:", st.number_input("N", 0, 10, key="n"))
        """,
        (("run",),),
    ),
    Scenario(
        "number_input_preset_above_max_by_test",
        """
        import streamlit as st
        st.write("n:", st.number_input("N", 0, 10, 4, key="n"))
        """,
        (("run",), ("state", "n", 99), ("run",)),
    ),
    Scenario(
        "number_input_value_below_min_raises",
        """
        import streamlit as st
        st.number_input("N", min_value=5, value=1)
        """,
        (("run",),),
    ),
    Scenario(
        "number_input_mixed_types_raise",
        """
        import streamlit as st
        st.number_input("N", min_value=0, max_value=1.5, value=1)
        """,
        (("run",),),
    ),
    Scenario(
        "number_input_increment_at_max",
        """
        import streamlit as st
        st.write("n:", st.number_input("N", 0, 3, 3, key="n"))
        """,
        (("run",), ("increment", "number_input", "n"), ("run",)),
    ),
    Scenario(
        "number_input_range_change_keyed",
        """
        import streamlit as st
        top = 5 if st.session_state.get("narrow") else 10
        st.write("n:", st.number_input("N", 0, top, 1, key="n"))
        """,
        (
            ("run",),
            ("set_value", "number_input", "n", 4),
            ("run",),
            ("state", "narrow", True),
            ("run",),
        ),
    ),
    Scenario(
        "number_input_range_change_value_outside",
        """
        import streamlit as st
        top = 5 if st.session_state.get("narrow") else 10
        st.write("n:", st.number_input("N", 0, top, 1, key="n"))
        """,
        (
            ("run",),
            ("set_value", "number_input", "n", 8),
            ("run",),
            ("state", "narrow", True),
            ("run",),
        ),
    ),
    Scenario(
        "number_input_label_change_unkeyed_resets",
        """
        import streamlit as st
        label = "M" if st.session_state.get("flip") else "N"
        st.write("n:", st.number_input(label, value=1))
        """,
        (
            ("run",),
            ("set_value", "number_input", 0, 6),
            ("run",),
            ("state", "flip", True),
            ("run",),
        ),
    ),
    Scenario(
        "number_input_on_change_args",
        """
        import streamlit as st
        st.session_state.setdefault("seen", [])
        def changed(tag):
            st.session_state.seen.append((tag, st.session_state.n))
        st.number_input("N", value=0, key="n", on_change=changed, args=("n",))
        st.write("seen:", len(st.session_state.seen))
        """,
        (("run",), ("increment", "number_input", "n"), ("run",), ("run",)),
    ),
    Scenario(
        "number_input_disabled_format",
        """
        import streamlit as st
        st.write("n:", st.number_input("N", value=0.125, format="%.3f", disabled=True))
        """,
        (("run",),),
    ),
]
