"""st.chat_message, st.chat_input, st.write_stream and st.bottom, through AppTest."""

from __future__ import annotations

import pytest

from ostinato.elements.chat_message import is_emoji
from ostinato.elements.write_stream import close_open_markdown
from ostinato.testing.v1 import AppTest


def run(script: str) -> AppTest:
    at = AppTest.from_string(script).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_chat_message_names_and_avatars() -> None:
    at = run(
        """
        import ostinato as st
        st.chat_message("user").write("u")
        st.chat_message("human").write("h")
        st.chat_message("assistant").write("a")
        st.chat_message("AI").write("ai")
        st.chat_message("Bob").write("b")
        st.chat_message("Ann", avatar="🦖").write("dino")
        st.chat_message("🐱").write("cat")
        st.chat_message("tool", avatar=":material/build:").write("icon")
        st.chat_message("web", avatar="https://example.com/a.png").write("url")
        """
    )
    shown = [(m.name, m.avatar, m.type) for m in at.chat_message]
    assert shown == [
        ("user", "user", "chat_message"),
        ("human", "user", "chat_message"),
        ("assistant", "assistant", "chat_message"),
        ("AI", "assistant", "chat_message"),
        ("Bob", "", "chat_message"),
        ("Ann", "🦖", "chat_message"),
        ("🐱", "🐱", "chat_message"),
        ("tool", ":material/build:", "chat_message"),
        ("web", "https://example.com/a.png", "chat_message"),
    ]
    assert [m.markdown[0].value for m in at.chat_message][:3] == ["u", "h", "a"]


def test_chat_message_with_block_holds_its_elements() -> None:
    at = run(
        """
        import ostinato as st
        with st.chat_message("assistant"):
            st.write("inside")
            st.text("also inside")
        st.write("outside")
        """
    )
    message = at.chat_message[0]
    assert [c.value for c in message.children.values()] == ["inside", "also inside"]
    assert at.main.children[1].value == "outside"


def test_chat_message_image_avatar_is_served_from_the_media_store(tmp_path) -> None:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(buffer, format="PNG")
    png = buffer.getvalue()
    path = tmp_path / "me.png"
    path.write_bytes(png)
    at = run(
        f"""
        import numpy as np
        import ostinato as st
        st.chat_message("me", avatar={str(path)!r}).write("from a file")
        st.chat_message("me", avatar={png!r}).write("from bytes")
        st.chat_message("me", avatar=np.zeros((4, 4, 3), dtype=np.uint8)).write("an array")
        """
    )
    urls = [m.avatar for m in at.chat_message]
    assert len(urls) == 3
    assert all(url.startswith("/_ostinato/media/") for url in urls)
    assert at.chat_message[0].props["avatar_type"] == "image"


@pytest.mark.parametrize(
    ("call", "names"),
    [
        ('st.chat_message("x", avatar=":material/Not Valid:")', "Material icon"),
        ('st.chat_message("x", avatar="/no/such/file.png")', "avatar"),
        ('st.chat_message("x", width="wide")', "width"),
        ("st.chat_message(3)", "name"),
        ('st.chat_input(accept_file="sometimes")', "accept_file"),
        ('st.chat_input(submit_mode="later")', "submit_mode"),
        ("st.chat_input(max_chars=0)", "max_chars"),
        ('st.chat_input(width="content")', "width"),
        ("st.chat_input(accept_audio=True)", "accept_audio"),
        ('st.write_stream("text")', "st.write"),
        ("st.write_stream(42)", "iterate"),
    ],
)
def test_bad_parameters_are_refused_by_name(call: str, names: str) -> None:
    at = AppTest.from_string(f"import ostinato as st\n{call}\n").run()
    assert at.exception, call
    assert names in at.exception[0].value


def test_chat_input_returns_the_message_for_one_run_and_is_pinned() -> None:
    at = run(
        """
        import ostinato as st
        prompt = st.chat_input("Say something")
        st.write(f"got {prompt!r}")
        """
    )
    assert at.chat_input[0].placeholder == "Say something"
    assert at.bottom.children[0].type == "chat_input"
    assert at.markdown[0].value == "got None"
    at.chat_input[0].set_value("hello").run()
    assert at.markdown[0].value == "got 'hello'"
    assert at.chat_input[0].value == "hello"
    at.run()
    assert at.markdown[0].value == "got None"
    assert at.chat_input[0].value is None
    # The same text sent again is a new message.
    at.chat_input[0].set_value("hello").run()
    assert at.markdown[0].value == "got 'hello'"


def test_chat_input_inside_containers_is_inline() -> None:
    at = run(
        """
        import ostinato as st
        with st.container():
            st.chat_input("in a container")
        col, _ = st.columns(2)
        col.chat_input("in a column")
        st.sidebar.chat_input("in the sidebar")
        with st.chat_message("user"):
            st.chat_input("in a message")
        """
    )
    assert not at.bottom.children
    assert [c.placeholder for c in at.chat_input] == [
        "in a container",
        "in a column",
        "in a message",
        "in the sidebar",
    ]
    assert not any(c.props["pinned"] for c in at.chat_input)


def test_chat_input_callback_key_and_max_chars() -> None:
    at = run(
        """
        import ostinato as st
        def sent():
            st.session_state.log = st.session_state.get("log", []) + [st.session_state.msg]
        value = st.chat_input("Type", key="msg", on_submit=sent, max_chars=5)
        st.write(repr(value))
        """
    )
    at.chat_input(key="msg").set_value("abcdefgh").run()
    assert at.session_state["log"] == ["abcde"]
    assert at.markdown[0].value == "'abcde'"
    assert at.session_state["msg"] is None
    at.run()
    assert at.session_state["log"] == ["abcde"]


def test_chat_input_text_set_through_session_state_fills_the_field() -> None:
    at = run(
        """
        import ostinato as st
        if st.button("Fill"):
            st.session_state.draft = "Hello"
        value = st.chat_input(key="draft")
        st.write(repr(value))
        """
    )
    at.button[0].click().run()
    field = at.chat_input[0]
    assert field.props["prefill"] == "Hello"
    assert at.markdown[0].value == "None"
    assert at.session_state["draft"] is None


def test_chat_input_with_files() -> None:
    at = run(
        """
        import ostinato as st
        prompt = st.chat_input("Attach", accept_file="multiple", file_type=["txt"])
        if prompt:
            st.write(prompt.text, [f.name for f in prompt.files], prompt["files"][0].read())
        """
    )
    at.chat_input[0].upload("a.txt", b"first").upload("b.txt", b"second").set_value("see files")
    at.run()
    assert at.markdown[0].value == "see files"
    assert at.json[0].value is not None
    value = at.chat_input[0].value
    assert value.text == "see files"
    assert [f.name for f in value.files] == ["a.txt", "b.txt"]


def test_chat_input_in_a_form_is_refused() -> None:
    at = AppTest.from_string(
        """
        import ostinato as st
        with st.form("f"):
            st.chat_input()
            st.form_submit_button()
        """
    ).run()
    assert "form" in at.exception[0].value


def test_disabled_chat_input_cannot_be_sent() -> None:
    at = run("import ostinato as st\nst.chat_input(disabled=True)\n")
    with pytest.raises(Exception, match="disabled"):
        at.chat_input[0].set_value("x")


def test_write_stream_returns_text_or_items() -> None:
    at = run(
        """
        import asyncio
        import ostinato as st

        def words():
            yield "Hello"
            yield ""
            yield " world"
        st.session_state.text = st.write_stream(words)

        def mixed():
            yield "a "
            yield "b"
            yield {"k": 1}
            yield "c"
        st.session_state.items = st.write_stream(mixed())

        async def agen():
            for part in ["as", "ync"]:
                await asyncio.sleep(0)
                yield part
        st.session_state.agen = st.write_stream(agen())
        st.session_state.empty = st.write_stream(iter([]))
        """
    )
    assert at.session_state["text"] == "Hello world"
    assert list(at.session_state["items"]) == ["a b", {"k": 1}, "c"]
    assert at.session_state["agen"] == "async"
    assert at.session_state["empty"] == ""
    assert at.markdown.values == ["Hello world", "a b", "c", "async"]
    assert at.json[0].value is not None


def test_write_stream_reads_llm_chunks_and_cursor() -> None:
    at = run(
        """
        import ostinato as st
        from types import SimpleNamespace as NS

        class ChatCompletionChunk:
            def __init__(self, text):
                self.choices = [NS(delta=NS(content=text))]

        class AIMessageChunk:
            def __init__(self, text):
                self.content = text

        def llm():
            yield ChatCompletionChunk("Open")
            yield ChatCompletionChunk(None)
            yield ChatCompletionChunk("AI ")
            yield AIMessageChunk("and LangChain")
        st.session_state.out = st.write_stream(llm(), cursor="▌")
        """
    )
    assert at.session_state["out"] == "OpenAI and LangChain"
    assert at.markdown.values == ["OpenAI and LangChain"]


def test_st_write_of_a_generator_streams_it() -> None:
    at = run(
        """
        import ostinato as st
        def gen():
            yield "via "
            yield "write"
        st.write(gen())
        st.write(st.write_stream(iter(["x", 2])))
        """
    )
    assert at.markdown.values == ["via write", "x", "`2`", "x", "`2`"]


def test_bottom_container() -> None:
    at = run(
        """
        import ostinato as st
        st.write("top")
        st.bottom.write("pinned")
        with st.bottom:
            st.button("Pinned button")
        """
    )
    assert [c.type for c in at.bottom.children.values()] == ["markdown", "button"]
    assert at.main.children[0].value == "top"
    assert at.button[0].label == "Pinned button"


def test_is_emoji() -> None:
    assert all(is_emoji(e) for e in ["🦖", "👍🏽", "🧑‍💻", "🇫🇷", "❤️", "1️⃣"])
    assert not any(is_emoji(t) for t in ["", "a", ":)", "user", "🦖 dino"])


@pytest.mark.parametrize(
    ("streamed", "shown"),
    [
        ("Hello **wor", "Hello **wor**"),
        ("an *open ", "an *open*"),
        ("* item **bo", "* item **bo**"),
        ("code `x = ", "code `x = `"),
        ("```py\nprint(1", "```py\nprint(1\n```"),
        ("**a *b", "**a *b***"),
        ("done **bold** and ~~st", "done **bold** and ~~st~~"),
        ("plain snake_case text", "plain snake_case text"),
    ],
)
def test_text_still_streaming_shows_its_open_markdown_closed(streamed: str, shown: str) -> None:
    assert close_open_markdown(streamed) == shown


def test_the_streamed_text_is_written_as_sent_once_complete() -> None:
    at = run(
        """
        import ostinato as st
        st.session_state.out = st.write_stream(iter(["**bold", " and more"]))
        """
    )
    assert at.markdown.values == ["**bold and more"]
    assert at.session_state["out"] == "**bold and more"
