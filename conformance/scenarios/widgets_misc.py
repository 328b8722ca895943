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
]
