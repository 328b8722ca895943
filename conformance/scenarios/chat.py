"""Chat and streaming: st.chat_message blocks (names and avatars), st.chat_input
values across runs (pinned at the top level, inline in a container, on_submit,
max_chars, text put in the field through Session State), st.write_stream's
return values for streams of text and of mixed items, and st.bottom."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "chat_message_names_and_avatars",
        """
        import streamlit as st
        with st.chat_message("user"):
            st.write("Hello")
        with st.chat_message("assistant"):
            st.write("Hi, human")
        st.chat_message("ai").write("as assistant")
        st.chat_message("human").write("as user")
        st.chat_message("Bob").write("a custom name")
        st.chat_message("Ann", avatar="🦖").write("an emoji avatar")
        st.chat_message("🐱").write("an emoji name")
        st.chat_message("tool", avatar=":material/build:").write("an icon avatar")
        st.chat_message("USER").write("upper case")
        """,
        (("run",),),
    ),
    Scenario(
        "chat_message_methods_and_nesting",
        """
        import streamlit as st
        message = st.chat_message("assistant")
        message.write("first")
        message.markdown("**second**")
        with st.container():
            with st.chat_message("user"):
                st.text("inside a container")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "chat_input_pinned_values_across_runs",
        """
        import streamlit as st
        st.title("Echo")
        prompt = st.chat_input("Say something")
        st.write("prompt:", repr(prompt))
        """,
        (
            ("run",),
            ("set_value", "chat_input", 0, "hello"),
            ("run",),
            ("run",),
            ("set_value", "chat_input", 0, "hello"),
            ("run",),
        ),
    ),
    Scenario(
        "chat_tutorial_history",
        """
        import streamlit as st
        if "messages" not in st.session_state:
            st.session_state.messages = []
        for m in st.session_state.messages:
            with st.chat_message(m["role"]):
                st.markdown(m["content"])
        if prompt := st.chat_input("What is up?"):
            st.session_state.messages.append({"role": "user", "content": prompt})
            with st.chat_message("user"):
                st.markdown(prompt)
            def reply():
                for word in f"Echo: {prompt}".split(" "):
                    yield word + " "
            with st.chat_message("assistant"):
                response = st.write_stream(reply())
            st.session_state.messages.append({"role": "assistant", "content": response})
        """,
        (
            ("run",),
            ("set_value", "chat_input", 0, "hi there"),
            ("run",),
            ("set_value", "chat_input", 0, "again"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "chat_input_inline_key_callback_max_chars",
        """
        import streamlit as st
        def sent():
            st.session_state.log = st.session_state.get("log", []) + [st.session_state.msg]
        with st.container():
            value = st.chat_input("Inline", key="msg", on_submit=sent, max_chars=5)
        col, _ = st.columns(2)
        other = col.chat_input("In a column", key="col")
        st.write("value:", repr(value), "other:", repr(other))
        """,
        (
            ("run",),
            ("set_value", "chat_input", "msg", "abcdefgh"),
            ("run",),
            ("set_value", "chat_input", "col", "column text"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "chat_input_text_from_session_state",
        """
        import streamlit as st
        if st.button("Fill"):
            st.session_state.draft = "Hello, world!"
        value = st.chat_input(key="draft")
        st.write("returned:", repr(value), "state:", repr(st.session_state.draft))
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "chat_input_disabled_and_sidebar",
        """
        import streamlit as st
        st.chat_input("Off", disabled=True)
        with st.sidebar:
            side = st.chat_input("Side")
            st.write("side:", repr(side))
        """,
        (("run",), ("set_value", "chat_input", 1, "from the side"), ("run",)),
    ),
    Scenario(
        "chat_input_bad_parameters",
        """
        import streamlit as st
        choice = st.session_state.get("choice", 0)
        if choice == 0:
            st.chat_input(accept_file="sometimes")
        elif choice == 1:
            st.chat_input(submit_mode="later")
        else:
            with st.form("f"):
                st.chat_input("in a form")
                st.form_submit_button()
        """,
        (("run",), ("state", "choice", 1), ("run",), ("state", "choice", 2), ("run",)),
    ),
    Scenario(
        "write_stream_return_values",
        """
        import streamlit as st
        def words():
            for word in ["Hello", " ", "streamed", " ", "world"]:
                yield word
        text = st.write_stream(words)
        st.write("text:", repr(text))
        def mixed():
            yield "Some text "
            yield "then a table:"
            yield {"a": 1}
            yield "and more text"
        items = st.write_stream(mixed())
        st.write("items:", repr(items))
        st.write("empty:", repr(st.write_stream(iter([]))))
        st.write("only empty strings:", repr(st.write_stream(iter(["", ""]))))
        """,
        (("run",),),
    ),
    Scenario(
        "write_stream_async_and_write",
        """
        import streamlit as st
        async def agen():
            for part in ["async ", "chunks"]:
                yield part
        st.write("async:", repr(st.write_stream(agen)))
        def gen():
            yield "via "
            yield "st.write"
        st.write(gen())
        out = st.write_stream(iter(["a", 1, "b"]))
        st.write(out)
        """,
        (("run",),),
    ),
    Scenario(
        "write_stream_bad_input",
        """
        import streamlit as st
        choice = st.session_state.get("choice", 0)
        if choice == 0:
            st.write_stream("a plain string")
        else:
            st.write_stream(42)
        """,
        (("run",), ("state", "choice", 1), ("run",)),
    ),
    Scenario(
        "bottom_container",
        """
        import streamlit as st
        st.write("top")
        st.bottom.write("pinned text")
        with st.bottom:
            st.button("Pinned button")
        st.write("main again")
        """,
        (("run",), ("click", "button", 0), ("run",)),
    ),
]
