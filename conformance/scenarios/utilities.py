"""Text utilities of Streamlit 1.67: st.echo (code above or below its block, the
block run), st.link_button (plain or a trigger with on_click), st.space (named
sizes, stretch, pixels), st.badge (a markdown badge directive); bad arguments."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "echo_above_and_below",
        """
        import streamlit as st
        with st.echo():
            st.write("inside")
            total = sum([1, 2])

        st.write("after", total)
        with st.echo(code_location="below"):
            @staticmethod
            def double(x):
                return 2 * x
            st.write(double(4))
        col, _ = st.columns(2)
        with col:
            with st.echo():
                st.write("in a column")
        """,
        (("run",),),
    ),
    Scenario(
        "echo_in_a_function_and_a_loop",
        """
        import streamlit as st
        def show(n):
            with st.echo():
                st.write(n * 10)
        for i in range(2):
            show(i)
        """,
        (("run",),),
    ),
    Scenario(
        "echo_block_raises",
        """
        import streamlit as st
        with st.echo():
            st.write("before the error")
            raise ValueError("boom in echo")
        """,
        (("run",),),
    ),
    Scenario(
        "link_button_plain_and_keyed",
        """
        import streamlit as st
        st.link_button("Gallery", "https://streamlit.io/gallery")
        st.link_button("Docs", "https://docs.streamlit.io", key="docs", type="primary",
                       icon=":material/open_in_new:", help="Opens the docs", disabled=True)
        st.link_button("Wide", "https://example.com", use_container_width=True)
        st.link_button("Pixels", "https://example.com/p", width=200, icon_position="right")
        """,
        (("run",),),
    ),
    Scenario(
        "link_button_rerun_mode",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        def count():
            st.session_state.calls += 1
        clicked = st.link_button("Track", "https://example.com", on_click="rerun", key="t")
        called = st.link_button("Call", "https://example.com/c", on_click=count)
        st.write("returned", clicked, called, st.session_state.calls)
        """,
        (("run",),),
    ),
    Scenario(
        "link_button_duplicate_key",
        """
        import streamlit as st
        st.link_button("a", "https://example.com/a", key="k")
        st.link_button("b", "https://example.com/b", key="k")
        """,
        (("run",),),
    ),
    Scenario(
        "link_button_identical_triggers",
        """
        import streamlit as st
        st.link_button("a", "https://example.com", on_click="rerun")
        st.link_button("a", "https://example.com", on_click="rerun")
        """,
        (("run",),),
    ),
    Scenario(
        "link_button_identical_plain_ones",
        """
        import streamlit as st
        st.link_button("a", "https://example.com")
        st.link_button("a", "https://example.com")
        """,
        (("run",),),
    ),
    Scenario(
        "badge_unknown_color",
        """
        import streamlit as st
        st.badge("x", color="pink")
        """,
        (("run",),),
    ),
    Scenario(
        "link_button_bad_type",
        """
        import streamlit as st
        st.link_button("Bad", "https://example.com", type="huge")
        """,
        (("run",),),
    ),
    Scenario(
        "space_sizes",
        """
        import streamlit as st
        st.space()
        for size in ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge"):
            st.space(size)
        st.space(42)
        st.space("stretch")
        left, right = st.columns(2)
        left.space("medium")
        right.button("Right")
        st.sidebar.space("medium")
        """,
        (("run",),),
    ),
    Scenario(
        "space_bad_size",
        """
        import streamlit as st
        for size in ("huge", 0, -3, 2.5, True):
            try:
                st.space(size)
            except Exception as exc:
                st.write(type(exc).__name__ != "", repr(size))
        """,
        (("run",),),
    ),
    Scenario(
        "badge_colors_and_icons",
        """
        import streamlit as st
        st.badge("New")
        for color in ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary"):
            st.badge(color, color=color)
        st.badge("Done", icon=":material/check:", color="green")
        st.badge("Hot", icon="🔥", help="tip")
        st.badge("A [bracket] label")
        st.badge("Wide", width="stretch")
        """,
        (("run",),),
    ),
    Scenario(
        "badge_bad_icon",
        """
        import streamlit as st
        st.badge("x", icon="notanemoji")
        """,
        (("run",),),
    ),
    Scenario(
        "help_of_utilities",
        """
        import streamlit as st
        st.help(st.badge)
        st.help(st.link_button)
        st.help("text")
        st.help(42)
        """,
        (("run",),),
    ),
]
