"""color_picker and file_uploader: values, case, presets, identity, callbacks.

No scenario uploads a file: the harness records an UploadedFile by its str,
which holds a random file_id, so such a record is never deterministic."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "color_picker_default",
        """
        import streamlit as st
        st.write("colour:", st.color_picker("Colour"))
        """,
        (("run",), ("pick", "color_picker", 0, "#00FF00"), ("run",)),
    ),
    Scenario(
        "color_picker_keeps_case",
        """
        import streamlit as st
        st.write("colour:", st.color_picker("Colour", "#AbCdEf", key="c"))
        """,
        (("run",), ("pick", "color_picker", "c", "#123ABC"), ("run",)),
    ),
    Scenario(
        "color_picker_short_hex",
        """
        import streamlit as st
        st.write("colour:", st.color_picker("Colour", "#FA0"))
        """,
        (("run",),),
    ),
    Scenario(
        "color_picker_invalid_value_raises",
        """
        import streamlit as st
        st.color_picker("Colour", "red")
        """,
        (("run",),),
    ),
    Scenario(
        "color_picker_preset_by_script",
        """
        import streamlit as st
        st.session_state.c = "#FFFFFF"
        st.write("colour:", st.color_picker("Colour", "#000000", key="c"))
        """,
        (("run",),),
    ),
    Scenario(
        "color_picker_preset_invalid",
        """
        import streamlit as st
        st.session_state.c = "blue"
        st.write("colour:", st.color_picker("Colour", key="c"))
        """,
        (("run",),),
    ),
    Scenario(
        "color_picker_on_change",
        """
        import streamlit as st
        st.session_state.setdefault("seen", [])
        def changed(tag):
            st.session_state.seen.append(tag + st.session_state.c)
        st.color_picker("Colour", key="c", on_change=changed, args=(">",))
        st.write("seen:", ",".join(st.session_state.seen))
        """,
        (("run",), ("pick", "color_picker", "c", "#ff0000"), ("run",), ("run",)),
    ),
    Scenario(
        "file_uploader_empty",
        """
        import streamlit as st
        f = st.file_uploader("File", key="f")
        st.write("file:", repr(f))
        many = st.file_uploader("Files", accept_multiple_files=True)
        st.write("files:", repr(many))
        """,
        (("run",),),
    ),
    Scenario(
        "file_uploader_preset_raises",
        """
        import streamlit as st
        st.session_state.f = None
        st.file_uploader("File", key="f")
        """,
        (("run",),),
    ),
    Scenario(
        "file_uploader_preset_by_test",
        """
        import streamlit as st
        st.text(repr(st.file_uploader("File", key="f")))
        """,
        (("state", "f", "data.csv"), ("run",), ("run",)),
    ),
    Scenario(
        "duplicate_key_across_kinds",
        """
        import streamlit as st
        st.checkbox("Agree", key="k")
        st.text_input("Name", key="k")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "same_label_different_kinds",
        """
        import streamlit as st
        a = st.checkbox("Same")
        b = st.toggle("Same")
        st.write("a", a, "b", b)
        """,
        (("run",), ("set_value", "toggle", 0, True), ("run",)),
    ),
    Scenario(
        "callback_changes_another_widget",
        """
        import streamlit as st
        def sync():
            st.session_state.copy = st.session_state.src.upper()
        st.text_input("Source", key="src", on_change=sync)
        st.text_input("Copy", key="copy")
        """,
        (("run",), ("input", "text_input", "src", "abc"), ("run",)),
    ),
    Scenario(
        "select_slider_format_func",
        """
        import streamlit as st
        v = st.select_slider("N", [1, 2, 3], value=2, format_func=lambda n: "#" + str(n), key="n")
        st.write("n:", v, type(v).__name__)
        """,
        (("run",), ("set_value", "select_slider", "n", 3), ("run",)),
    ),
    Scenario(
        "widget_keys_removed_when_not_drawn",
        """
        import streamlit as st
        if not st.session_state.get("hide"):
            st.slider("S", 0, 5, key="s")
            st.selectbox("B", ["x", "y"], key="b")
        st.text(repr(sorted(k for k in st.session_state.to_dict() if k != "hide")))
        """,
        (("run",), ("state", "hide", True), ("run",), ("run",), ("state", "hide", False), ("run",)),
    ),
]
