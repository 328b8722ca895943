"""Radio, selectbox, multiselect and select_slider: options, index, defaults,
presets (valid and not), format_func, identity and callbacks."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "radio_select",
        """
        import streamlit as st
        pick = st.radio("Colour", ["red", "green", "blue"])
        st.write("pick:", pick)
        """,
        (("run",), ("set_value", "radio", 0, "blue"), ("run",)),
    ),
    Scenario(
        "radio_keyed_index",
        """
        import streamlit as st
        pick = st.radio("Colour", ["red", "green", "blue"], index=2, key="c")
        st.write("pick:", pick)
        """,
        (("run",), ("set_value", "radio", "c", "red"), ("run",), ("run",)),
    ),
    Scenario(
        "radio_index_none",
        """
        import streamlit as st
        pick = st.radio("Colour", ["red", "green"], index=None, key="c")
        st.write("pick:", pick)
        """,
        (("run",), ("set_value", "radio", "c", "green"), ("run",), ("state", "c", None), ("run",)),
    ),
    Scenario(
        "radio_preset_by_test",
        """
        import streamlit as st
        st.write("pick:", st.radio("Colour", ["red", "green", "blue"], key="c"))
        """,
        (("run",), ("state", "c", "green"), ("run",)),
    ),
    Scenario(
        "radio_preset_not_an_option",
        """
        import streamlit as st
        st.session_state.c = "purple"
        st.write("pick:", st.radio("Colour", ["red", "green", "blue"], index=1, key="c"))
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "radio_format_func",
        """
        import streamlit as st
        pick = st.radio("Size", [1, 2, 3], format_func=lambda n: f"size {n}", key="s")
        st.write("pick:", pick, type(pick).__name__)
        """,
        (("run",), ("set_value", "radio", "s", 3), ("run",)),
    ),
    Scenario(
        "radio_options_change_resets",
        """
        import streamlit as st
        opts = ["a", "b", "c"] if not st.session_state.get("more") else ["a", "b", "c", "d"]
        st.write("pick:", st.radio("Letter", opts, key="r"))
        """,
        (("run",), ("set_value", "radio", "r", "c"), ("run",), ("state", "more", True), ("run",)),
    ),
    Scenario(
        "radio_on_change_args",
        """
        import streamlit as st
        st.session_state.setdefault("seen", [])
        def changed(tag):
            st.session_state.seen.append((tag, st.session_state.r))
        st.radio("Letter", ["a", "b"], key="r", on_change=changed, args=("r",))
        st.write("seen:", len(st.session_state.seen))
        """,
        (("run",), ("set_value", "radio", "r", "b"), ("run",), ("run",)),
    ),
    Scenario(
        "selectbox_select",
        """
        import streamlit as st
        st.write("pick:", st.selectbox("City", ["Oslo", "Rome", "Lima"]))
        """,
        (
            ("run",),
            ("select", "selectbox", 0, "Lima"),
            ("run",),
            ("select_index", "selectbox", 0, 1),
            ("run",),
        ),
    ),
    Scenario(
        "selectbox_index_none_placeholder",
        """
        import streamlit as st
        pick = st.selectbox("City", ["Oslo", "Rome"], index=None, placeholder="Pick one", key="c")
        st.write("pick:", pick)
        """,
        (
            ("run",),
            ("select", "selectbox", "c", "Rome"),
            ("run",),
            ("set_value", "selectbox", "c", None),
            ("run",),
        ),
    ),
    Scenario(
        "selectbox_preset_by_script",
        """
        import streamlit as st
        if "c" not in st.session_state:
            st.session_state.c = "Lima"
        st.write("pick:", st.selectbox("City", ["Oslo", "Rome", "Lima"], key="c"))
        """,
        (("run",), ("select", "selectbox", "c", "Oslo"), ("run",)),
    ),
    Scenario(
        "selectbox_default_and_preset_conflict",
        """
        import streamlit as st
        st.session_state.c = "Oslo"
        st.write("pick:", st.selectbox("City", ["Oslo", "Rome", "Lima"], index=2, key="c"))
        """,
        (("run",),),
    ),
    Scenario(
        "selectbox_preset_not_an_option",
        """
        import streamlit as st
        st.write("pick:", st.selectbox("City", ["Oslo", "Rome", "Lima"], index=1, key="c"))
        """,
        (("run",), ("state", "c", "Paris"), ("run",), ("run",)),
    ),
    Scenario(
        "selectbox_preset_not_an_option_index_none",
        """
        import streamlit as st
        st.session_state.c = "Paris"
        st.write("pick:", st.selectbox("City", ["Oslo", "Rome"], index=None, key="c"))
        """,
        (("run",),),
    ),
    Scenario(
        "selectbox_format_func_ints",
        """
        import streamlit as st
        names = {1: "one", 2: "two", 3: "three"}
        pick = st.selectbox("N", [1, 2, 3], format_func=names.get, key="n")
        st.write("pick:", pick, type(pick).__name__)
        """,
        (("run",), ("select", "selectbox", "n", 2), ("run",)),
    ),
    Scenario(
        "selectbox_label_change_keyed_keeps_value",
        """
        import streamlit as st
        label = "Town" if st.session_state.get("flip") else "City"
        st.write("pick:", st.selectbox(label, ["Oslo", "Rome"], key="c"))
        """,
        (
            ("run",),
            ("select", "selectbox", "c", "Rome"),
            ("run",),
            ("state", "flip", True),
            ("run",),
        ),
    ),
    Scenario(
        "selectbox_options_change_keyed",
        """
        import streamlit as st
        opts = ["Oslo", "Rome"] if not st.session_state.get("more") else ["Oslo", "Rome", "Lima"]
        st.write("pick:", st.selectbox("City", opts, key="c"))
        """,
        (
            ("run",),
            ("select", "selectbox", "c", "Rome"),
            ("run",),
            ("state", "more", True),
            ("run",),
        ),
    ),
    Scenario(
        "selectbox_options_change_unkeyed",
        """
        import streamlit as st
        opts = ["Oslo", "Rome"] if not st.session_state.get("more") else ["Oslo", "Rome", "Lima"]
        st.write("pick:", st.selectbox("City", opts))
        """,
        (("run",), ("select", "selectbox", 0, "Rome"), ("run",), ("state", "more", True), ("run",)),
    ),
    Scenario(
        "selectbox_disabled",
        """
        import streamlit as st
        st.write("pick:", st.selectbox("City", ["Oslo", "Rome"], index=1, disabled=True))
        """,
        (("run",),),
    ),
    Scenario(
        "selectbox_duplicate",
        """
        import streamlit as st
        st.selectbox("City", ["Oslo", "Rome"])
        st.selectbox("City", ["Oslo", "Rome"])
        """,
        (("run",),),
    ),
    Scenario(
        "selectbox_empty_options",
        """
        import streamlit as st
        st.write("pick:", st.selectbox("City", []))
        """,
        (("run",),),
    ),
    Scenario(
        "multiselect_select_unselect",
        """
        import streamlit as st
        st.write("picks:", st.multiselect("Fruit", ["apple", "pear", "fig"], key="f"))
        """,
        (
            ("run",),
            ("select", "multiselect", "f", "fig"),
            ("run",),
            ("select", "multiselect", "f", "apple"),
            ("run",),
            ("unselect", "multiselect", "f", "fig"),
            ("run",),
        ),
    ),
    Scenario(
        "multiselect_default",
        """
        import streamlit as st
        st.write("picks:", st.multiselect("Fruit", ["apple", "pear", "fig"], default=["pear"]))
        """,
        (("run",), ("set_value", "multiselect", 0, ["fig", "apple"]), ("run",)),
    ),
    Scenario(
        "multiselect_preset_unknown_items",
        """
        import streamlit as st
        st.write("picks:", st.multiselect("Fruit", ["apple", "pear", "fig"], key="f"))
        """,
        (("run",), ("state", "f", ["fig", "kiwi"]), ("run",), ("run",)),
    ),
    Scenario(
        "multiselect_preset_by_script_unknown",
        """
        import streamlit as st
        st.session_state.f = ["kiwi", "pear"]
        st.write("picks:", st.multiselect("Fruit", ["apple", "pear", "fig"], key="f"))
        """,
        (("run",),),
    ),
    Scenario(
        "multiselect_default_not_an_option",
        """
        import streamlit as st
        st.write("picks:", st.multiselect("Fruit", ["apple", "pear"], default=["kiwi"]))
        """,
        (("run",),),
    ),
    Scenario(
        "multiselect_default_and_preset_conflict",
        """
        import streamlit as st
        st.session_state.f = ["fig"]
        st.write("picks:", st.multiselect("Fruit", ["apple", "pear", "fig"], default=["apple"], key="f"))
        """,
        (("run",),),
    ),
    Scenario(
        "multiselect_max_selections",
        """
        import streamlit as st
        st.write("picks:", st.multiselect("Fruit", ["apple", "pear", "fig"], max_selections=1, key="f"))
        """,
        (
            ("run",),
            ("select", "multiselect", "f", "pear"),
            ("run",),
            ("state", "f", ["pear", "fig"]),
            ("run",),
        ),
    ),
    Scenario(
        "multiselect_format_func_on_change",
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def changed(by=1):
            st.session_state.n += by
        picks = st.multiselect("N", [1, 2, 3], format_func=lambda n: "#" + str(n), key="m",
                               on_change=changed, kwargs={"by": 5})
        st.write("picks:", picks, "n:", st.session_state.n)
        """,
        (("run",), ("select", "multiselect", "m", 2), ("run",), ("run",)),
    ),
    Scenario(
        "multiselect_options_change_keyed",
        """
        import streamlit as st
        opts = ["a", "b"] if not st.session_state.get("more") else ["a", "b", "c"]
        st.write("picks:", st.multiselect("L", opts, key="m"))
        """,
        (
            ("run",),
            ("select", "multiselect", "m", "b"),
            ("run",),
            ("state", "more", True),
            ("run",),
        ),
    ),
    Scenario(
        "select_slider_single",
        """
        import streamlit as st
        st.write("size:", st.select_slider("Size", ["S", "M", "L"], value="M", key="s"))
        """,
        (("run",), ("set_value", "select_slider", "s", "L"), ("run",)),
    ),
    Scenario(
        "select_slider_range",
        """
        import streamlit as st
        st.write("range:", st.select_slider("Size", ["S", "M", "L", "XL"], value=("M", "L"), key="s"))
        """,
        (("run",), ("set_range", "select_slider", "s", "S", "XL"), ("run",)),
    ),
    Scenario(
        "select_slider_no_value",
        """
        import streamlit as st
        st.write("n:", st.select_slider("N", [3, 1, 2]))
        """,
        (("run",), ("set_value", "select_slider", 0, 2), ("run",)),
    ),
    Scenario(
        "select_slider_preset_not_an_option",
        """
        import streamlit as st
        st.session_state.s = "XXL"
        st.write("size:", st.select_slider("Size", ["S", "M", "L"], key="s"))
        """,
        (("run",),),
    ),
    Scenario(
        "select_slider_preset_by_test",
        """
        import streamlit as st
        st.write("size:", st.select_slider("Size", ["S", "M", "L"], key="s"))
        """,
        (("run",), ("state", "s", "L"), ("run",)),
    ),
    Scenario(
        "select_slider_range_preset_reversed",
        """
        import streamlit as st
        st.session_state.s = ("L", "S")
        st.write("range:", st.select_slider("Size", ["S", "M", "L"], value=("S", "M"), key="s"))
        """,
        (("run",),),
    ),
]

SCENARIOS += [
    Scenario(
        "radio_options_change_value_gone",
        """
        import streamlit as st
        opts = ["a", "b", "c"] if not st.session_state.get("fewer") else ["a", "b"]
        st.write("pick:", st.radio("Letter", opts, index=1, key="r"))
        """,
        (
            ("run",),
            ("set_value", "radio", "r", "c"),
            ("run",),
            ("state", "fewer", True),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "selectbox_options_change_value_gone",
        """
        import streamlit as st
        opts = ["a", "b", "c"] if not st.session_state.get("fewer") else ["a", "b"]
        st.write("pick:", st.selectbox("Letter", opts, key="s"))
        """,
        (("run",), ("select", "selectbox", "s", "c"), ("run",), ("state", "fewer", True), ("run",)),
    ),
    Scenario(
        "multiselect_options_change_value_gone",
        """
        import streamlit as st
        opts = ["a", "b", "c"] if not st.session_state.get("fewer") else ["a", "b"]
        st.write("picks:", st.multiselect("Letters", opts, key="m"))
        """,
        (
            ("run",),
            ("set_value", "multiselect", "m", ["c", "a"]),
            ("run",),
            ("state", "fewer", True),
            ("run",),
        ),
    ),
    Scenario(
        "multiselect_max_selections_change_resets",
        """
        import streamlit as st
        most = 3 if not st.session_state.get("fewer") else 2
        st.write("picks:", st.multiselect("Letters", ["a", "b", "c"], max_selections=most, key="m"))
        """,
        (
            ("run",),
            ("set_value", "multiselect", "m", ["a"]),
            ("run",),
            ("state", "fewer", True),
            ("run",),
        ),
    ),
    Scenario(
        "select_slider_options_change_keyed",
        """
        import streamlit as st
        opts = ["S", "M", "L"] if not st.session_state.get("more") else ["XS", "S", "M", "L"]
        st.write("size:", st.select_slider("Size", opts, key="s"))
        """,
        (
            ("run",),
            ("set_value", "select_slider", "s", "L"),
            ("run",),
            ("state", "more", True),
            ("run",),
        ),
    ),
]
