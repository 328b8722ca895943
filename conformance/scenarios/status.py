"""Status and progress: st.spinner, st.progress, st.status, st.toast, st.balloons,
st.snow and st.skeleton: values, updates in place, and errors on bad input."""

from conformance.harness import Scenario


def _error(name: str, call: str) -> Scenario:
    return Scenario(name, f"import streamlit as st\n{call}\nst.write('not reached')\n", (("run",),))


SCENARIOS = [
    Scenario(
        "spinner_leaves_no_element",
        """
        import streamlit as st
        st.write("before")
        with st.spinner("Working..."):
            st.write("inside")
        with st.spinner(show_time=True, width=200):
            x = 1
        with st.sidebar:
            with st.spinner("side"):
                pass
        st.write("after")
        """,
        (("run",),),
    ),
    _error("spinner_bad_width", 'with st.spinner("x", width="wide"):\n    pass'),
    _error("spinner_zero_width", 'with st.spinner("x", width=0):\n    pass'),
    Scenario(
        "progress_values",
        """
        import streamlit as st
        st.progress(0)
        st.progress(100)
        st.progress(0.25, text="A quarter")
        st.progress(1.0000000001)
        st.progress(0.999)
        st.progress(0.0, "**bold** text")
        st.progress(42, width=300)
        """,
        (("run",),),
    ),
    Scenario(
        "progress_updates_in_place",
        """
        import streamlit as st
        bar = st.progress(0, text="Starting")
        for percent in range(0, 101, 25):
            bar.progress(percent, text=f"{percent}%")
        st.write("done")
        other = st.progress(10)
        other.empty()
        third = st.progress(20)
        third.write("replaced by text")
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "progress_in_containers",
        """
        import streamlit as st
        with st.sidebar:
            side = st.progress(5)
        side.progress(50)
        col, _ = st.columns(2)
        col.progress(0.5)
        with st.expander("more"):
            st.progress(75, "inside")
        """,
        (("run",),),
    ),
    _error("progress_above_100", "st.progress(101)"),
    _error("progress_negative", "st.progress(-1)"),
    _error("progress_float_above_1", "st.progress(1.2)"),
    _error("progress_float_negative", "st.progress(-0.5)"),
    _error("progress_string", 'st.progress("5")'),
    _error("progress_none", "st.progress(None)"),
    _error("progress_text_not_str", "st.progress(0.5, text=5)"),
    _error("progress_content_width", 'st.progress(50, width="content")'),
    _error("progress_update_out_of_range", "bar = st.progress(5)\nbar.progress(200)"),
    Scenario(
        "status_with_block",
        """
        import streamlit as st
        with st.status("Downloading data...") as status:
            st.write("Searching for data...")
            st.write("Found URL.")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "status_update",
        """
        import streamlit as st
        with st.status("Downloading data...", expanded=True) as status:
            st.write("Searching for data...")
            status.update(label="Download complete!", state="complete", expanded=False)
        later = st.status("Later")
        later.update(label="Renamed")
        later.write("written after")
        st.status("Failed", state="error")
        st.status("", state="complete")
        """,
        (("run",),),
    ),
    Scenario(
        "status_error_in_block",
        """
        import streamlit as st
        try:
            with st.status("Working") as status:
                st.write("step one")
                raise ValueError("broken")
        except ValueError:
            st.write("caught")
        """,
        (("run",),),
    ),
    Scenario(
        "status_uncaught_error",
        """
        import streamlit as st
        with st.status("Working"):
            st.write("step one")
            raise RuntimeError("went wrong")
        """,
        (("run",),),
    ),
    Scenario(
        "status_nesting_and_types",
        """
        import streamlit as st
        with st.status("outer", type="compact"):
            with st.status("inner", type="step"):
                st.write("deep")
            with st.expander("an expander"):
                st.write("in expander")
        with st.expander("outside"):
            st.status("status in expander")
        with st.sidebar:
            with st.status("side"):
                st.write("s")
        """,
        (("run",),),
    ),
    _error("status_bad_state", 'st.status("x", state="bad")'),
    _error("status_bad_type", 'st.status("x", type="bad")'),
    _error("status_bad_update_state", 'status = st.status("x")\nstatus.update(state="nope")'),
    _error("status_content_width", 'st.status("x", width="content")'),
    Scenario(
        "toast_where_it_shows",
        """
        import streamlit as st
        st.toast("to the event area")
        st.sidebar.toast("in the sidebar", icon="🎉")
        with st.sidebar:
            st.toast("module-level inside the sidebar")
        box = st.container()
        box.toast("in a container", duration="long")
        t = box.toast("will change")
        t.toast("changed", icon=":material/home:")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "toast_durations_and_bodies",
        """
        import streamlit as st
        for duration in ("short", "long", "infinite", 3):
            st.sidebar.toast(f"duration {duration}", duration=duration)
        st.sidebar.toast(5)
        st.sidebar.toast("   padded   ")
        st.sidebar.toast("icon", icon="  ")
        """,
        (("run",),),
    ),
    _error("toast_empty_body", 'st.toast("")'),
    _error("toast_zero_duration", 'st.toast("a", duration=0)'),
    _error("toast_negative_duration", 'st.toast("a", duration=-3)'),
    _error("toast_bad_duration", 'st.toast("a", duration="forever")'),
    _error("toast_bad_icon", 'st.toast("a", icon="notanemoji")'),
    Scenario(
        "balloons_and_snow",
        """
        import streamlit as st
        st.balloons()
        st.write("between")
        st.snow()
        st.sidebar.snow()
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "skeleton_modes",
        """
        import streamlit as st
        first = st.skeleton()
        with st.skeleton(height=100):
            st.write("written inside the with")
        st.skeleton(height="stretch", width=300)
        filled = st.skeleton()
        filled.write("filled")
        cleared = st.skeleton()
        cleared.empty()
        st.write("end")
        """,
        (("run",),),
    ),
    _error("skeleton_zero_height", "st.skeleton(height=0)"),
    _error("skeleton_content_height", 'st.skeleton(height="content")'),
    _error("skeleton_content_width", 'st.skeleton(width="content")'),
]
