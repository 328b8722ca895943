"""Caching: st.cache_data and st.cache_resource hits and misses (counted in Session
State), copies and shared objects, clear, errors for unhashable arguments, and the
elements a cached function writes, replayed on a hit. Every cached function has a
name of its own: caches are process-wide, and a name and source shared by two
scenarios would share entries when scenarios run in one process."""

from conformance.harness import Scenario

RERUNS = (("run",), ("run",), ("run",))

SCENARIOS = [
    Scenario(
        "data_hits_and_misses",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def hm_double(x):
            st.session_state.calls += 1
            return x * 2

        x = st.number_input("x", value=1, key="x")
        st.write("result", hm_double(x), "again", hm_double(x))
        st.write("calls", st.session_state.calls)
        """,
        (
            ("run",),
            ("run",),
            ("set_value", "number_input", "x", 2),
            ("run",),
            ("set_value", "number_input", "x", 1),
            ("run",),
        ),
    ),
    Scenario(
        "data_returns_a_copy",
        """
        import streamlit as st

        @st.cache_data
        def cp_items():
            return {"items": [1, 2]}

        got = cp_items()
        got["items"].append(len(got["items"]) + 1)
        st.write(got)
        st.write("same object", cp_items() is cp_items())
        """,
        RERUNS,
    ),
    Scenario(
        "resource_is_shared",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_resource
        def rs_connection(url):
            st.session_state.calls += 1
            return {"url": url, "uses": []}

        conn = rs_connection("db://x")
        conn["uses"].append(1)
        st.write("uses", len(conn["uses"]), "same", conn is rs_connection("db://x"))
        st.write("calls", st.session_state.calls)
        """,
        RERUNS,
    ),
    Scenario(
        "clear_function_one_call_and_all",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def cl_square(x):
            st.session_state.calls += 1
            return x * x

        @st.cache_resource
        def cl_thing():
            st.session_state.calls += 100
            return object()

        cl_square(1)
        cl_square(2)
        cl_thing()
        if st.button("clear one", key="one"):
            cl_square.clear(2)
        if st.button("clear function", key="fn"):
            cl_square.clear()
        if st.button("clear data", key="data"):
            st.cache_data.clear()
        if st.button("clear resources", key="res"):
            st.cache_resource.clear()
        st.write("calls", st.session_state.calls)
        """,
        (
            ("run",),
            ("click", "button", "one"),
            ("run",),
            ("run",),
            ("click", "button", "fn"),
            ("run",),
            ("run",),
            ("click", "button", "data"),
            ("run",),
            ("run",),
            ("click", "button", "res"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "unhashable_argument_is_an_error",
        """
        import threading
        import streamlit as st

        @st.cache_data
        def uh_read(path, lock):
            return path

        st.write("before")
        uh_read("a.csv", threading.Lock())
        st.write("not reached")
        """,
        (("run",),),
    ),
    Scenario(
        "underscore_argument_is_not_hashed",
        """
        import threading
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def us_rows(_lock, n):
            st.session_state.calls += 1
            return list(range(n))

        st.write(us_rows(threading.Lock(), 3), us_rows(threading.Lock(), 3))
        st.write("calls", st.session_state.calls)
        """,
        RERUNS,
    ),
    Scenario(
        "hash_funcs_decide_the_key",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        class Client:
            def __init__(self, name):
                self.name = name

        @st.cache_data(hash_funcs={Client: lambda c: c.name})
        def hf_fetch(client):
            st.session_state.calls += 1
            return client.name.upper()

        st.write(hf_fetch(Client("a")), hf_fetch(Client("a")), hf_fetch(Client("b")))
        st.write("calls", st.session_state.calls)
        """,
        RERUNS,
    ),
    Scenario(
        "max_entries_evicts",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data(max_entries=2)
        def me_value(x):
            st.session_state.calls += 1
            return x

        for x in (1, 2, 3, 1):
            me_value(x)
        st.write("calls", st.session_state.calls)
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "elements_are_replayed_on_a_hit",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def rp_report(n):
            st.session_state.calls += 1
            st.subheader(f"Report {n}")
            st.write("rows", n)
            with st.expander("Details"):
                st.text("inside the expander")
                a, b = st.columns(2)
                a.metric("left", n)
                b.caption("right")
            st.sidebar.info("from the cache")
            return n

        st.title("Page")
        left, right = st.columns(2)
        with right:
            got = rp_report(3)
        st.write("got", got, "calls", st.session_state.calls)
        """,
        RERUNS,
    ),
    Scenario(
        "nested_cached_functions_replay",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def ns_inner(x):
            st.session_state.calls += 1
            st.write("inner", x)
            return x + 1

        @st.cache_resource
        def ns_outer(x):
            st.session_state.calls += 10
            st.write("outer", x)
            return ns_inner(x) * 2

        st.write(ns_outer(1), ns_inner(1))
        st.write("calls", st.session_state.calls)
        """,
        RERUNS,
    ),
    Scenario(
        "widget_inside_a_cached_function",
        """
        import streamlit as st

        @st.cache_data
        def wg_pick():
            st.write("choose")
            return st.checkbox("inside", key="inside")

        st.write("picked", wg_pick())
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "dataframe_argument_and_result",
        """
        import pandas as pd
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def df_filter(frame, at_least):
            st.session_state.calls += 1
            st.dataframe(frame[frame["v"] >= at_least])
            return frame[frame["v"] >= at_least].reset_index(drop=True)

        frame = pd.DataFrame({"v": [1, 2, 3, 4], "s": ["a", "b", "c", "d"]})
        n = st.number_input("at least", value=2, key="n")
        kept = df_filter(frame, n)
        st.write("kept", len(kept), "calls", st.session_state.calls)
        st.write(kept)
        """,
        (
            ("run",),
            ("run",),
            ("set_value", "number_input", "n", 3),
            ("run",),
            ("set_value", "number_input", "n", 2),
            ("run",),
        ),
    ),
    Scenario(
        "validate_replaces_a_resource",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        class Conn:
            def __init__(self):
                self.open = True

        @st.cache_resource(validate=lambda c: c.open)
        def vd_connect():
            st.session_state.calls += 1
            return Conn()

        conn = vd_connect()
        if st.button("close", key="close"):
            conn.open = False
        st.write("calls", st.session_state.calls)
        """,
        (("run",), ("click", "button", "close"), ("run",), ("run",)),
    ),
    Scenario(
        "bad_parameters_are_errors",
        """
        import streamlit as st
        try:
            st.cache_data(persist="memory")
        except Exception as exc:
            st.write("persist refused", type(exc).__name__ != "")
        try:
            st.cache_data(ttl="soon")
        except Exception as exc:
            st.write("ttl refused", type(exc).__name__ != "")

        @st.cache_data(ttl="1h", max_entries=3, show_spinner="Loading...", persist=None)
        def bp_ok(x):
            return x

        st.write(bp_ok(5))
        """,
        (("run",),),
    ),
    Scenario(
        "spinner_options_leave_no_element",
        """
        import streamlit as st

        @st.cache_data(show_spinner=False)
        def sp_quiet(x):
            return x

        @st.cache_data(show_spinner="Loading the **data**...", show_time=True)
        def sp_loud(x):
            return x + 1

        @st.cache_resource
        def sp_default():
            return 3

        st.write(sp_quiet(1), sp_loud(1), sp_default())
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "replay_follows_the_with_block_of_the_call",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def wb_note(text):
            st.session_state.calls += 1
            st.caption(text)
            slot = st.empty()
            slot.write("first")
            slot.write("second")
            return text

        with st.sidebar:
            wb_note("side")
        tab_a, tab_b = st.tabs(["A", "B"])
        with tab_b:
            wb_note("side")
        st.write("calls", st.session_state.calls)
        """,
        RERUNS,
    ),
    Scenario(
        "writing_into_an_outside_block_fails_on_a_hit",
        """
        import streamlit as st
        box = st.container()

        @st.cache_data
        def ob_fill():
            box.write("inside")
            return 1

        st.write("got", ob_fill())
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "background_mode_warns_and_does_not_replay",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data(ttl=3600, refresh_mode="background")
        def bg_rows():
            st.session_state.calls += 1
            st.write("computing")
            return [1, 2]

        st.write("rows", bg_rows(), "calls", st.session_state.calls)
        """,
        RERUNS,
    ),
    Scenario(
        "background_mode_needs_a_ttl",
        """
        import streamlit as st
        st.write("before")

        @st.cache_resource(refresh_mode="background")
        def bt_thing():
            return 1

        st.write("not reached")
        """,
        (("run",),),
    ),
    Scenario(
        "updated_elements_replay_as_updated",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def up_work():
            st.session_state.calls += 1
            bar = st.progress(0, text="starting")
            bar.progress(100, text="finished")
            with st.status("Working", expanded=True) as status:
                st.write("step one")
                status.update(label="Done", state="complete")
            return 1

        up_work()
        st.write("calls", st.session_state.calls)
        """,
        RERUNS,
    ),
    Scenario(
        "async_function_is_cached_on_its_awaited_value",
        """
        import asyncio
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        async def as_fetch(n):
            st.session_state.calls += 1
            await asyncio.sleep(0)
            return [n, n]

        async def main():
            return await as_fetch(2), await as_fetch(2)

        first, second = asyncio.run(main())
        st.write(first, second, "calls", st.session_state.calls)
        """,
        RERUNS,
    ),
    Scenario(
        "a_raising_function_is_not_cached",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def rz_load(n):
            st.session_state.calls += 1
            st.write("loading")
            if st.session_state.calls < 2:
                raise ValueError("the source is down")
            return n

        st.write("calls before", st.session_state.calls)
        st.write("got", rz_load(1))
        """,
        RERUNS,
    ),
]
