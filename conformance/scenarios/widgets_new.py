"""The widgets of Streamlit 1.5x-1.67: st.pills, st.segmented_control, st.feedback,
st.datetime_input, accept_new_options, st.menu_button, st.pagination: defaults, set
values, callbacks, errors and Session State presets."""

from datetime import datetime as DT

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "pills_single",
        """
        import streamlit as st
        pick = st.pills("Direction", ["North", "East", "South"], key="d")
        st.write("pick:", pick)
        """,
        (
            ("run",),
            ("set_value", "pills", "d", "East"),
            ("run",),
            ("unselect", "pills", "d", "East"),
            ("run",),
        ),
    ),
    Scenario(
        "pills_multi_default",
        """
        import streamlit as st
        picks = st.pills("Tags", ["a", "b", "c"], selection_mode="multi", default=["b"])
        st.write("picks:", picks)
        """,
        (
            ("run",),
            ("select", "pills", 0, "c"),
            ("run",),
            ("unselect", "pills", 0, "b"),
            ("run",),
        ),
    ),
    Scenario(
        "pills_format_func_callback",
        """
        import streamlit as st
        def changed(tag):
            st.session_state.log = st.session_state.get("log", []) + [(tag, st.session_state.n)]
        n = st.pills("Number", [1, 2, 3], format_func=lambda v: f"#{v}", key="n",
                     on_change=changed, args=("cb",))
        st.write("n:", n, type(n).__name__, st.session_state.get("log"))
        """,
        (("run",), ("set_value", "pills", "n", 3), ("run",), ("run",)),
    ),
    Scenario(
        "pills_preset",
        """
        import streamlit as st
        st.write(st.pills("P", ["x", "y"], key="p"))
        st.write(st.pills("Q", ["x", "y"], key="q", selection_mode="multi"))
        """,
        (("run",), ("state", "p", "y"), ("state", "q", ["x", "y"]), ("run",)),
    ),
    Scenario(
        "pills_preset_not_an_option",
        """
        import streamlit as st
        if "p" not in st.session_state:
            st.session_state.p = "zz"
        st.write(st.pills("P", ["x", "y"], key="p", default="x"))
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "pills_errors",
        """
        import streamlit as st
        which = st.session_state.get("which", 0)
        if which == 0:
            st.pills("P", ["x", "y"], selection_mode="many")
        elif which == 1:
            st.pills("P", ["x", "y"], default=["x", "y"])
        elif which == 2:
            st.pills("P", ["x", "y"], default="z")
        elif which == 3:
            st.pills("P", ["x", "y"], selection_mode="multi", required=True)
        """,
        (
            ("run",),
            ("state", "which", 1),
            ("run",),
            ("state", "which", 2),
            ("run",),
            ("state", "which", 3),
            ("run",),
        ),
    ),
    Scenario(
        "pills_required",
        """
        import streamlit as st
        st.write(st.pills("P", ["x", "y"], default="x", required=True, key="p"))
        """,
        (("run",), ("set_value", "pills", "p", "y"), ("run",)),
    ),
    Scenario(
        "segmented_single_and_multi",
        """
        import streamlit as st
        mode = st.segmented_control("Mode", ["Day", "Week", "Month"], default="Week")
        days = st.segmented_control("Days", ["Mon", "Tue"], selection_mode="multi", key="days")
        st.write("mode:", mode, "days:", days)
        """,
        (
            ("run",),
            ("set_value", "segmented_control", 0, "Month"),
            ("select", "segmented_control", "days", "Tue"),
            ("run",),
            ("set_value", "segmented_control", 0, None),
            ("run",),
        ),
    ),
    Scenario(
        "button_group_lists",
        """
        import streamlit as st
        st.pills("A", ["x"])
        st.segmented_control("B", ["y"])
        st.write(len(st.session_state.to_dict()))
        """,
        (("run",), ("select", "button_group", 1, "y"), ("run",)),
    ),
    Scenario(
        "feedback_kinds",
        """
        import streamlit as st
        thumbs = st.feedback(key="t")
        faces = st.feedback("faces", key="f")
        stars = st.feedback("stars", default=2, key="s")
        st.write("thumbs:", thumbs, "faces:", faces, "stars:", stars)
        """,
        (
            ("run",),
            ("set_value", "feedback", "t", 1),
            ("set_value", "feedback", "f", 4),
            ("run",),
            ("set_value", "feedback", "s", None),
            ("run",),
        ),
    ),
    Scenario(
        "feedback_callback_and_preset",
        """
        import streamlit as st
        def rated():
            st.session_state.rated = st.session_state.r
        st.feedback("stars", key="r", on_change=rated)
        st.write("rated:", st.session_state.get("rated"))
        """,
        (("run",), ("set_value", "feedback", "r", 3), ("run",), ("run",)),
    ),
    Scenario(
        "feedback_preset",
        """
        import streamlit as st
        st.write("r:", st.feedback("stars", key="r", default=1))
        """,
        (("run",), ("state", "r", 3), ("run",), ("state", "r", 7), ("run",)),
    ),
    Scenario(
        "feedback_errors",
        """
        import streamlit as st
        which = st.session_state.get("which", 0)
        if which == 0:
            st.feedback("hearts")
        elif which == 1:
            st.feedback("thumbs", default=2)
        """,
        (("run",), ("state", "which", 1), ("run",)),
    ),
    Scenario(
        "datetime_input_values",
        """
        import datetime as dt
        import streamlit as st
        when = st.datetime_input("When", dt.datetime(2024, 5, 6, 7, 8, 9), key="w")
        day = st.datetime_input("Day", dt.date(2024, 1, 2))
        iso = st.datetime_input("Iso", "2023-03-04 10:30")
        none = st.datetime_input("None", None, key="n")
        st.write(repr(when), repr(day), repr(iso), repr(none))
        w = st.session_state.w
        st.write(type(w).__name__)
        """,
        (
            ("run",),
            ("set_value", "datetime_input", "w", DT(2025, 1, 1, 12, 45)),
            ("set_value", "datetime_input", "n", DT(2020, 2, 29, 0, 15)),
            ("run",),
            ("set_value", "datetime_input", "n", None),
            ("run",),
        ),
    ),
    Scenario(
        "datetime_input_bounds_and_props",
        """
        import datetime as dt
        import streamlit as st
        v = st.datetime_input("B", dt.datetime(2024, 5, 6, 7, 0), min_value=dt.date(2024, 5, 1),
                              max_value="2024-05-31", key="b", step=3600, format="DD.MM.YYYY")
        x = st.session_state.b
        st.write(repr(v))
        """,
        (
            ("run",),
            ("state", "b", DT(2024, 5, 20, 8, 0)),
            ("run",),
            ("state", "b", DT(2030, 1, 1, 0, 0)),
            ("run",),
        ),
    ),
    Scenario(
        "datetime_input_callback",
        """
        import datetime as dt
        import streamlit as st
        def moved(tag):
            st.session_state.log = (tag, st.session_state.t)
        st.datetime_input("T", dt.datetime(2024, 5, 6, 7, 0), key="t", on_change=moved,
                          args=("cb",))
        st.write(repr(st.session_state.get("log")))
        """,
        (("run",), ("set_value", "datetime_input", "t", DT(2024, 5, 7, 9, 30)), ("run",), ("run",)),
    ),
    Scenario(
        "datetime_input_errors",
        """
        import datetime as dt
        import streamlit as st
        which = st.session_state.get("which", 0)
        if which == 0:
            st.datetime_input("E", dt.datetime(2020, 1, 1), min_value=dt.datetime(2021, 1, 1))
        elif which == 1:
            st.datetime_input("E", min_value=dt.datetime(2021, 1, 1),
                              max_value=dt.datetime(2020, 1, 1))
        elif which == 2:
            st.datetime_input("E", step=30)
        elif which == 3:
            st.datetime_input("E", format="YY/MM/DD")
        elif which == 4:
            st.datetime_input("E", value=3.5)
        """,
        (
            ("run",),
            ("state", "which", 1),
            ("run",),
            ("state", "which", 2),
            ("run",),
            ("state", "which", 3),
            ("run",),
            ("state", "which", 4),
            ("run",),
        ),
    ),
    Scenario(
        "selectbox_accept_new_options",
        """
        import streamlit as st
        pick = st.selectbox("Fruit", ["Apple", "Pear"], key="f", accept_new_options=True)
        st.write("pick:", pick)
        """,
        (
            ("run",),
            ("set_value", "selectbox", "f", "Pear"),
            ("run",),
            ("set_value", "selectbox", "f", "Kiwi"),
            ("run",),
        ),
    ),
    Scenario(
        "selectbox_accept_new_options_preset",
        """
        import streamlit as st
        st.session_state.setdefault("s", "XL")
        pick = st.selectbox("Size", [1, 2], index=None, accept_new_options=True, key="s")
        st.write("pick:", repr(pick))
        """,
        (("run",),),
    ),
    Scenario(
        "multiselect_accept_new_options",
        """
        import streamlit as st
        tags = st.multiselect("Tags", ["a", "b"], default=["a"], accept_new_options=True,
                              key="t", max_selections=3)
        st.write("tags:", tags)
        """,
        (
            ("run",),
            ("set_value", "multiselect", "t", ["a", "new"]),
            ("run",),
            ("select", "multiselect", "t", "b"),
            ("run",),
            ("state", "t", ["zz"]),
            ("run",),
        ),
    ),
    Scenario(
        "menu_button_click",
        """
        import streamlit as st
        def chosen(tag):
            st.session_state.log = st.session_state.get("log", []) + [tag]
        pick = st.menu_button("Export", ["CSV", "JSON"], key="m", on_click=chosen, args=("x",))
        st.write("pick:", pick, st.session_state.get("log"))
        """,
        (
            ("run",),
            ("click", "menu_button", "m", "JSON"),
            ("run",),
            ("run",),
            ("click_index", "menu_button", 0, 0),
            ("run",),
        ),
    ),
    Scenario(
        "menu_button_format_func_and_errors",
        """
        import streamlit as st
        which = st.session_state.get("which", 0)
        if which == 0:
            st.write(st.menu_button("N", [1, 2], format_func=lambda n: f"#{n}", type="primary"))
        elif which == 1:
            st.menu_button("N", [])
        elif which == 2:
            st.menu_button("N", [1, 2], type="danger")
        elif which == 3:
            st.menu_button("N", [1, 2], format_func=lambda n: "same")
        elif which == 4:
            with st.form("f"):
                st.menu_button("N", [1])
                st.form_submit_button()
        """,
        (
            ("run",),
            ("click", "menu_button", 0, 2),
            ("run",),
            ("state", "which", 1),
            ("run",),
            ("state", "which", 2),
            ("run",),
            ("state", "which", 3),
            ("run",),
            ("state", "which", 4),
            ("run",),
        ),
    ),
    Scenario(
        "pagination_pages",
        """
        import streamlit as st
        def moved():
            st.session_state.moved = st.session_state.p
        page = st.pagination(10, key="p", on_change=moved)
        other = st.pagination(3, default=2)
        st.write("page:", page, "other:", other, st.session_state.get("moved"))
        """,
        (
            ("run",),
            ("select", "pagination", "p", 4),
            ("set_value", "pagination", 1, 3),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "pagination_preset",
        """
        import streamlit as st
        st.write(st.pagination(5, key="p", default=2))
        """,
        (
            ("run",),
            ("state", "p", 4),
            ("run",),
            ("state", "p", 9),
            ("run",),
            ("state", "p", "x"),
            ("run",),
        ),
    ),
    Scenario(
        "pagination_errors",
        """
        import streamlit as st
        which = st.session_state.get("which", 0)
        if which == 0:
            st.pagination(0)
        elif which == 1:
            st.pagination(5, default=6)
        elif which == 2:
            st.pagination(5, default="2")
        elif which == 3:
            st.pagination(5, max_visible_pages=-1)
        """,
        (
            ("run",),
            ("state", "which", 1),
            ("run",),
            ("state", "which", 2),
            ("run",),
            ("state", "which", 3),
            ("run",),
        ),
    ),
    Scenario(
        "menu_button_state_refused",
        """
        import streamlit as st
        st.session_state.m = "CSV"
        st.menu_button("Export", ["CSV", "JSON"], key="m")
        """,
        (("run",),),
    ),
    Scenario(
        "camera_input_photo",
        """
        import streamlit as st
        def took():
            st.session_state.took = st.session_state.get("took", 0) + 1
        photo = st.camera_input("Smile", key="cam", on_change=took)
        if photo is not None:
            st.write(photo.name, photo.type, len(photo.getvalue()))
        st.write("took:", st.session_state.get("took"))
        """,
        (
            ("run",),
            ("set_value", "camera_input", "cam", ("shot.jpg", b"\xff\xd8jpeg", "image/jpeg")),
            ("run",),
            ("run",),
            ("clear", "camera_input", "cam"),
            ("run",),
        ),
    ),
    Scenario(
        "audio_input_recording",
        """
        import streamlit as st
        clip = st.audio_input("Speak", sample_rate=48000)
        st.write("clip:", None if clip is None else (clip.name, clip.type, clip.read()))
        """,
        (
            ("run",),
            ("upload", "audio_input", 0, "clip.wav", b"RIFFdata"),
            ("run",),
        ),
    ),
    Scenario(
        "capture_errors",
        """
        import streamlit as st
        which = st.session_state.get("which", 0)
        if which == 0:
            st.camera_input("C", resolution="4k")
        elif which == 1:
            st.audio_input("A", sample_rate=12345)
        elif which == 2:
            st.session_state.a = 1
            st.audio_input("A", key="a")
        """,
        (("run",), ("state", "which", 1), ("run",), ("state", "which", 2), ("run",)),
    ),
    Scenario(
        "new_widgets_in_a_form",
        """
        import datetime as dt
        import streamlit as st
        with st.form("f"):
            tag = st.pills("Tag", ["a", "b"], key="tag")
            mood = st.feedback("faces", key="mood")
            when = st.datetime_input("When", dt.datetime(2024, 1, 1, 9, 0), key="when")
            page = st.pagination(4, key="page")
            sent = st.form_submit_button("Send")
        st.write("tag:", tag, "mood:", mood, "when:", repr(when), "page:", page, "sent:", sent)
        """,
        (
            ("run",),
            ("set_value", "pills", "tag", "b"),
            ("set_value", "feedback", "mood", 2),
            ("set_value", "datetime_input", "when", DT(2024, 2, 2, 10, 30)),
            ("select", "pagination", "page", 3),
            ("click", "button", 0),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "pills_icons",
        """
        import streamlit as st
        icons = {0: ":material/add: Add", 1: "🔍 Zoom", 2: ":material/close:", 3: "plain text"}
        pick = st.pills("Tool", icons.keys(), format_func=icons.get, key="t")
        st.write(pick)
        """,
        (("run",), ("select", "pills", "t", 1), ("run",)),
    ),
]
