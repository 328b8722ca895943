"""Buttons, download buttons, checkboxes and toggles: values, keys, Session State
presets, callbacks, identity and duplicates."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "button_click_once",
        """
        import streamlit as st
        clicked = st.button("Go")
        st.write("clicked:", clicked)
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "button_keyed_on_click_args",
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def note(a, b, c=None):
            st.session_state.log.append((a, b, c))
        st.button("Go", key="go", on_click=note, args=(1, "x"), kwargs={"c": 3})
        st.write("log:", len(st.session_state.log))
        """,
        (("run",), ("click", "button", "go"), ("run",), ("run",)),
    ),
    Scenario(
        "button_preset_by_script_raises",
        """
        import streamlit as st
        st.session_state.go = True
        st.button("Go", key="go")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "button_preset_by_test_raises",
        """
        import streamlit as st
        st.write("value", st.button("Go", key="go"))
        """,
        (("run",), ("state", "go", True), ("run",)),
    ),
    Scenario(
        "button_duplicate_label",
        """
        import streamlit as st
        st.button("Go")
        st.button("Go")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "button_duplicate_key",
        """
        import streamlit as st
        st.button("One", key="b")
        st.button("Two", key="b")
        """,
        (("run",),),
    ),
    Scenario(
        "button_same_label_different_keys",
        """
        import streamlit as st
        a = st.button("Go", key="a")
        b = st.button("Go", key="b")
        st.write("a", a, "b", b)
        """,
        (("run",), ("click", "button", "b"), ("run",)),
    ),
    Scenario(
        "button_disabled",
        """
        import streamlit as st
        st.write("value", st.button("Go", disabled=True))
        """,
        (("run",),),
    ),
    Scenario(
        "button_callback_sets_widget_key",
        """
        import streamlit as st
        def reset():
            st.session_state.name = "reset"
        st.button("Reset", on_click=reset)
        st.write("name:", st.text_input("Name", key="name"))
        """,
        (
            ("run",),
            ("input", "text_input", "name", "typed"),
            ("run",),
            ("click", "button", 0),
            ("run",),
        ),
    ),
    Scenario(
        "download_button_bytes",
        """
        import streamlit as st
        got = st.download_button("Get", data=b"abc", file_name="a.txt")
        st.write("got:", got)
        """,
        (("run",), ("click", "download_button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "download_button_keyed_on_click",
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def count(by):
            st.session_state.n += by
        got = st.download_button("Get", data="text", key="dl", on_click=count, args=(2,))
        st.write("got", got, "n", st.session_state.n)
        """,
        (("run",), ("click", "download_button", "dl"), ("run",)),
    ),
    Scenario(
        "download_button_callable_data",
        """
        import streamlit as st
        st.session_state.setdefault("made", 0)
        def make():
            st.session_state.made += 1
            return "payload"
        got = st.download_button("Get", data=make, file_name="p.txt")
        st.write("got", got, "made", st.session_state.made)
        """,
        (("run",), ("run",), ("click", "download_button", 0), ("run",)),
    ),
    Scenario(
        "download_button_preset_raises",
        """
        import streamlit as st
        st.session_state.dl = True
        st.download_button("Get", data="x", key="dl")
        """,
        (("run",),),
    ),
    Scenario(
        "checkbox_check_uncheck",
        """
        import streamlit as st
        on = st.checkbox("Agree")
        st.write("on:", on)
        """,
        (("run",), ("check", "checkbox", 0), ("run",), ("uncheck", "checkbox", 0), ("run",)),
    ),
    Scenario(
        "checkbox_keyed_value_true",
        """
        import streamlit as st
        st.write("on:", st.checkbox("Agree", value=True, key="agree"))
        """,
        (("run",), ("uncheck", "checkbox", "agree"), ("run",), ("run",)),
    ),
    Scenario(
        "checkbox_preset_by_test",
        """
        import streamlit as st
        st.write("on:", st.checkbox("Agree", key="agree"))
        """,
        (("state", "agree", True), ("run",), ("state", "agree", False), ("run",)),
    ),
    Scenario(
        "checkbox_preset_by_script",
        """
        import streamlit as st
        if "agree" not in st.session_state:
            st.session_state.agree = True
        st.write("on:", st.checkbox("Agree", key="agree"))
        """,
        (("run",), ("uncheck", "checkbox", "agree"), ("run",)),
    ),
    Scenario(
        "checkbox_default_and_preset_conflict",
        """
        import streamlit as st
        st.session_state.agree = False
        st.write("on:", st.checkbox("Agree", value=True, key="agree"))
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "checkbox_set_after_creation_raises",
        """
        import streamlit as st
        st.checkbox("Agree", key="agree")
        st.session_state.agree = True
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "checkbox_on_change_args_kwargs",
        """
        import streamlit as st
        st.session_state.setdefault("seen", [])
        def changed(tag, extra=None):
            st.session_state.seen.append((tag, extra, st.session_state.agree))
        st.checkbox("Agree", key="agree", on_change=changed, args=("t",), kwargs={"extra": 9})
        st.write("seen:", len(st.session_state.seen))
        """,
        (
            ("run",),
            ("check", "checkbox", "agree"),
            ("run",),
            ("run",),
            ("uncheck", "checkbox", "agree"),
            ("run",),
        ),
    ),
    Scenario(
        "checkbox_label_change_keyed_keeps_value",
        """
        import streamlit as st
        label = "Second" if st.session_state.get("flip") else "First"
        st.write("on:", st.checkbox(label, key="c"))
        """,
        (("run",), ("check", "checkbox", "c"), ("run",), ("state", "flip", True), ("run",)),
    ),
    Scenario(
        "checkbox_label_change_unkeyed_resets",
        """
        import streamlit as st
        label = "Second" if st.session_state.get("flip") else "First"
        st.write("on:", st.checkbox(label))
        """,
        (("run",), ("check", "checkbox", 0), ("run",), ("state", "flip", True), ("run",)),
    ),
    Scenario(
        "checkbox_disabled",
        """
        import streamlit as st
        st.write("on:", st.checkbox("Agree", value=True, disabled=True))
        """,
        (("run",),),
    ),
    Scenario(
        "checkbox_hidden_widget_forgets_key",
        """
        import streamlit as st
        show = st.checkbox("Show", key="show", value=True)
        if show:
            st.checkbox("Inner", key="inner")
        st.text(repr(sorted(st.session_state.to_dict())))
        """,
        (
            ("run",),
            ("check", "checkbox", "inner"),
            ("run",),
            ("uncheck", "checkbox", "show"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "toggle_flip",
        """
        import streamlit as st
        st.write("on:", st.toggle("Dark", key="dark"))
        """,
        (
            ("run",),
            ("set_value", "toggle", "dark", True),
            ("run",),
            ("state", "dark", False),
            ("run",),
        ),
    ),
    Scenario(
        "toggle_unkeyed_value_true",
        """
        import streamlit as st
        st.write("on:", st.toggle("Dark", value=True))
        """,
        (("run",), ("set_value", "toggle", 0, False), ("run",)),
    ),
    Scenario(
        "toggle_invalid_preset",
        """
        import streamlit as st
        st.session_state.dark = "yes"
        st.write("on:", st.toggle("Dark", key="dark"))
        """,
        (("run",),),
    ),
]
