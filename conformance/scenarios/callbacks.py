"""Callbacks: order, args/kwargs, what they see, what they write, what they may set,
and what happens when they raise, rerun or stop."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "order_several_widgets",
        """
        import streamlit as st
        if "log" not in st.session_state:
            st.session_state.log = []
        def note(name):
            st.session_state.log.append(name)
        st.text_input("First", key="first", on_change=note, args=("first",))
        st.checkbox("Second", key="second", on_change=note, args=("second",))
        st.slider("Third", 0, 10, key="third", on_change=note, args=("third",))
        st.text(repr(st.session_state.log))
        """,
        (
            ("run",),
            ("set_value", "slider", "third", 4),
            ("check", "checkbox", "second"),
            ("input", "text_input", "first", "x"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "sees_new_value",
        """
        import streamlit as st
        def changed():
            st.session_state.seen = st.session_state.choice
        st.selectbox("Choice", ["a", "b", "c"], key="choice", on_change=changed)
        st.write("seen:", st.session_state.get("seen", "nothing"))
        """,
        (("run",), ("select", "selectbox", "choice", "c"), ("run",)),
    ),
    Scenario(
        "args_and_kwargs",
        """
        import streamlit as st
        def record(prefix, *, suffix):
            st.session_state.msg = f"{prefix}-{st.session_state.val}-{suffix}"
        st.number_input("Val", value=1, key="val", on_change=record, args=("pre",), kwargs={"suffix": "post"})
        st.write(st.session_state.get("msg", "none"))
        """,
        (("run",), ("set_value", "number_input", "val", 9), ("run",)),
    ),
    Scenario(
        "args_from_last_draw",
        """
        import streamlit as st
        if "run" not in st.session_state:
            st.session_state.run = 0
        st.session_state.run += 1
        def clicked(run):
            st.session_state.clicked_in = run
        st.button("Click", on_click=clicked, args=(st.session_state.run,))
        st.write("run", st.session_state.run, "clicked in", st.session_state.get("clicked_in"))
        """,
        (("run",), ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "button_on_click_kwargs",
        """
        import streamlit as st
        st.session_state.setdefault("total", 0)
        def add(amount=1):
            st.session_state.total += amount
        st.button("+1", on_click=add)
        st.button("+10", on_click=add, kwargs={"amount": 10})
        st.write("total", st.session_state.total)
        """,
        (("run",), ("click", "button", 1), ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "writes_above_script_output",
        """
        import streamlit as st
        def shout():
            st.write("from the callback")
            st.info("callback info")
        st.title("Title")
        st.button("Shout", on_click=shout)
        st.write("script output")
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "sets_other_widget",
        """
        import streamlit as st
        def reset():
            st.session_state.name = ""
            st.session_state.agree = False
            st.session_state.level = 0
        st.text_input("Name", key="name")
        st.checkbox("Agree", key="agree")
        st.slider("Level", 0, 10, key="level")
        st.button("Reset", on_click=reset)
        st.write(st.session_state.name, st.session_state.agree, st.session_state.level)
        """,
        (
            ("run",),
            ("input", "text_input", "name", "Ada"),
            ("check", "checkbox", "agree"),
            ("set_value", "slider", "level", 7),
            ("run",),
            ("click", "button", 0),
            ("run",),
        ),
    ),
    Scenario(
        "select_all_pattern",
        """
        import streamlit as st
        options = ["a", "b", "c"]
        def select_all():
            st.session_state.picked = options
        st.multiselect("Pick", options, key="picked")
        st.button("Select all", on_click=select_all)
        st.write(len(st.session_state.picked))
        """,
        (
            ("run",),
            ("click", "button", 0),
            ("run",),
            ("unselect", "multiselect", "picked", "b"),
            ("run",),
        ),
    ),
    Scenario(
        "clear_text_input_after_submit",
        """
        import streamlit as st
        st.session_state.setdefault("messages", [])
        def send():
            st.session_state.messages.append(st.session_state.draft)
            st.session_state.draft = ""
        st.text_input("Message", key="draft", on_change=send)
        st.text(repr(st.session_state.messages))
        """,
        (
            ("run",),
            ("input", "text_input", "draft", "hello"),
            ("run",),
            ("input", "text_input", "draft", "world"),
            ("run",),
        ),
    ),
    Scenario(
        "raises",
        """
        import streamlit as st
        def broken():
            raise ValueError("callback failed")
        st.write("top")
        st.button("Break", on_click=broken)
        st.write("bottom")
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "raises_on_change",
        """
        import streamlit as st
        def broken():
            st.session_state.before_raise = True
            raise KeyError("on_change failed")
        st.text_input("T", key="t", on_change=broken)
        st.write("script ran")
        """,
        (("run",), ("input", "text_input", "t", "x"), ("run",), ("run",)),
    ),
    Scenario(
        "rerun_in_callback",
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        def again():
            st.session_state.called = True
            st.rerun()
        st.button("Again", on_click=again)
        st.write("runs", st.session_state.runs, st.session_state.get("called", False))
        """,
        (("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "stop_in_callback",
        """
        import streamlit as st
        def halt():
            st.write("callback before stop")
            st.stop()
            st.write("callback after stop")
        st.button("Halt", on_click=halt)
        st.write("script output")
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "writes_into_previous_container",
        """
        import streamlit as st
        box = st.container()
        def fill():
            box.write("written into the old container")
        st.button("Fill", on_click=fill)
        st.write("script output")
        """,
        (("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "writes_into_previous_sidebar_and_column",
        """
        import streamlit as st
        left, right = st.columns(2)
        def fill():
            right.write("in the right column")
            st.sidebar.write("in the sidebar")
        with left:
            st.button("Fill", on_click=fill)
        st.write("script output")
        """,
        (("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "not_fired_by_code",
        """
        import streamlit as st
        st.session_state.setdefault("fired", 0)
        def fired():
            st.session_state.fired += 1
        if st.button("Set by code"):
            st.session_state.word = "code"
        st.text_input("Word", key="word", on_change=fired)
        st.write("fired", st.session_state.fired)
        """,
        (
            ("run",),
            ("click", "button", 0),
            ("run",),
            ("state", "word", "harness"),
            ("run",),
            ("input", "text_input", "word", "user"),
            ("run",),
        ),
    ),
    Scenario(
        "fires_once_per_change",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        def count():
            st.session_state.calls += 1
        st.toggle("Mode", key="mode", on_change=count)
        st.write("calls", st.session_state.calls)
        """,
        (("run",), ("set_value", "toggle", "mode", True), ("run",), ("run",), ("run",)),
    ),
    Scenario(
        "not_fired_same_value",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        def count():
            st.session_state.calls += 1
        st.radio("Pick", ["x", "y"], key="pick", on_change=count)
        st.write("calls", st.session_state.calls)
        """,
        (
            ("run",),
            ("set_value", "radio", "pick", "x"),
            ("run",),
            ("set_value", "radio", "pick", "y"),
            ("run",),
        ),
    ),
    Scenario(
        "button_key_inside_callback",
        """
        import streamlit as st
        def inside():
            st.session_state.during = st.session_state.btn
        st.button("Press", key="btn", on_click=inside)
        st.write("during", st.session_state.get("during"), "after", st.session_state.btn)
        """,
        (("run",), ("click", "button", "btn"), ("run",), ("run",)),
    ),
    Scenario(
        "deletes_widget_key",
        """
        import streamlit as st
        def forget():
            del st.session_state.name
        st.text_input("Name", value="default", key="name")
        st.button("Forget", on_click=forget)
        st.write("name:", st.session_state.name)
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
        "lambda_callback",
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.button("Up", on_click=lambda: st.session_state.update(n=st.session_state.n + 1))
        st.write("n", st.session_state.n)
        """,
        (("run",), ("click", "button", 0), ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "next_page_pattern",
        """
        import streamlit as st
        st.session_state.setdefault("page", 0)
        def next_page():
            st.session_state.page += 1
        def prev_page():
            st.session_state.page -= 1
        st.write("page", st.session_state.page)
        col1, col2 = st.columns(2)
        col1.button("Previous", on_click=prev_page, disabled=st.session_state.page == 0)
        col2.button("Next", on_click=next_page)
        """,
        (
            ("run",),
            ("click", "button", 1),
            ("run",),
            ("click", "button", 1),
            ("run",),
            ("click", "button", 0),
            ("run",),
        ),
    ),
]
