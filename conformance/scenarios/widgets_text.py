"""text_input and text_area: values, None values, presets, max_chars, identity
and callbacks."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "text_input_unkeyed",
        """
        import streamlit as st
        st.write("name:", repr(st.text_input("Name")))
        """,
        (("run",), ("input", "text_input", 0, "Ada"), ("run",)),
    ),
    Scenario(
        "text_input_value_and_key",
        """
        import streamlit as st
        st.write("name:", st.text_input("Name", value="Bo", key="n"))
        """,
        (
            ("run",),
            ("input", "text_input", "n", "Cy"),
            ("run",),
            ("set_value", "text_input", "n", ""),
            ("run",),
        ),
    ),
    Scenario(
        "text_input_value_none",
        """
        import streamlit as st
        v = st.text_input("Name", value=None, placeholder="who?", key="n")
        st.write("name:", repr(v))
        """,
        (
            ("run",),
            ("input", "text_input", "n", "Di"),
            ("run",),
            ("set_value", "text_input", "n", None),
            ("run",),
        ),
    ),
    Scenario(
        "text_input_preset_by_script",
        """
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = "preset"
        st.write("name:", st.text_input("Name", key="n"))
        """,
        (("run",), ("input", "text_input", "n", "typed"), ("run",)),
    ),
    Scenario(
        "text_input_default_and_preset_conflict",
        """
        import streamlit as st
        st.session_state.n = "state"
        st.write("name:", st.text_input("Name", value="default", key="n"))
        """,
        (("run",),),
    ),
    Scenario(
        "text_input_preset_not_a_string",
        """
        import streamlit as st
        st.session_state.n = 42
        v = st.text_input("Name", key="n")
        st.write("name:", repr(v))
        """,
        (("run",),),
    ),
    Scenario(
        "text_input_preset_too_long",
        """
        import streamlit as st
        st.session_state.n = "abcdef"
        v = st.text_input("Name", max_chars=3, key="n")
        st.write("name:", repr(v))
        """,
        (("run",),),
    ),
    Scenario(
        "text_input_value_too_long",
        """
        import streamlit as st
        st.text_input("Name", value="abcdef", max_chars=3)
        """,
        (("run",),),
    ),
    Scenario(
        "text_input_on_change",
        """
        import streamlit as st
        st.session_state.setdefault("seen", [])
        def changed(prefix, suffix=""):
            st.session_state.seen.append(prefix + st.session_state.n + suffix)
        st.text_input("Name", key="n", on_change=changed, args=("<",), kwargs={"suffix": ">"})
        st.write("seen:", ", ".join(st.session_state.seen))
        """,
        (
            ("run",),
            ("input", "text_input", "n", "x"),
            ("run",),
            ("run",),
            ("input", "text_input", "n", "x"),
            ("run",),
        ),
    ),
    Scenario(
        "text_input_label_change_keeps_value",
        """
        import streamlit as st
        label = "Surname" if st.session_state.get("flip") else "Name"
        st.write("v:", st.text_input(label, key="n"))
        """,
        (
            ("run",),
            ("input", "text_input", "n", "kept"),
            ("run",),
            ("state", "flip", True),
            ("run",),
        ),
    ),
    Scenario(
        "text_input_max_chars_change_resets",
        """
        import streamlit as st
        most = 5 if st.session_state.get("flip") else 10
        st.write("v:", st.text_input("Name", max_chars=most, key="n"))
        """,
        (
            ("run",),
            ("input", "text_input", "n", "abc"),
            ("run",),
            ("state", "flip", True),
            ("run",),
        ),
    ),
    Scenario(
        "text_input_password_disabled",
        """
        import streamlit as st
        st.write("pw:", st.text_input("Secret", value="hunter2", type="password", disabled=True))
        """,
        (("run",),),
    ),
    Scenario(
        "text_input_duplicate",
        """
        import streamlit as st
        st.text_input("Name")
        st.text_input("Name")
        """,
        (("run",),),
    ),
    Scenario(
        "text_area_keyed",
        """
        import streamlit as st
        v = st.text_area("Notes", value="line 1", key="t")
        st.write("lines:", len(v.splitlines()))
        """,
        (("run",), ("input", "text_area", "t", "a\\nb\\nc"), ("run",)),
    ),
    Scenario(
        "text_area_value_none_preset",
        """
        import streamlit as st
        v = st.text_area("Notes", value=None, key="t")
        st.write("notes:", repr(v))
        """,
        (("run",), ("state", "t", "from test"), ("run",), ("state", "t", None), ("run",)),
    ),
    Scenario(
        "text_area_unkeyed_default_change_resets",
        """
        import streamlit as st
        start = "two" if st.session_state.get("flip") else "one"
        st.write("v:", st.text_area("Notes", value=start))
        """,
        (("run",), ("input", "text_area", 0, "typed"), ("run",), ("state", "flip", True), ("run",)),
    ),
]
