"""A connection sends only what changed: elements the page holds are not sent again
(`kept`), a grown text travels as a `patch`, and a finished run lists only the
containers to cut. Against a real server: what a rerun of a long chat sends does
not grow with the history."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ostinato.server.connection import Outbox
from ostinato.server.shown import ShownTree, splice
from tests.conftest import Server
from tests.server.client import Tab


def md(body: str) -> dict[str, Any]:
    return {"type": "markdown", "kind": "markdown", "body": body, "html": f"<p>{body}</p>"}


def block(kind: str = "vertical") -> dict[str, Any]:
    return {"type": "block", "kind": kind}


def delta(run: int, path: list[int], el: dict[str, Any]) -> dict[str, Any]:
    return {"t": "delta", "run": run, "path": path, "el": el}


def finished(run: int, sizes: dict[str, int]) -> dict[str, Any]:
    return {"t": "run_finished", "run": run, "status": "ok", "sizes": sizes}


def sent(shown: ShownTree, message: dict[str, Any]) -> dict[str, Any] | None:
    text = shown.encode(message)
    return None if text is None else json.loads(text)


def test_splice_counts_positions_as_the_page_does() -> None:
    assert splice("<p>Hello</p>", "<p>Hello world</p>") == [8, 0, " world"]
    # An emoji is two UTF-16 units in the page's strings.
    assert splice("🦖 a", "🦖 ab") == [4, 0, "b"]
    assert splice("abc", "xbc") == [0, 1, "x"]


def test_a_second_run_sends_only_what_changed() -> None:
    shown = ShownTree()
    for run, texts in ((1, ["a", "b"]), (2, ["a", "b", "c"])):
        assert sent(shown, {"t": "run_started", "run": run}) is not None
        out = [sent(shown, delta(run, [0, i], md(t))) for i, t in enumerate(texts)]
        end = sent(shown, finished(run, {"0": len(texts)}))
        assert end is not None
        if run == 1:
            assert all(o is not None for o in out)
            assert end["sizes"] == {"0": 2}  # the first run after connecting: full sizes
        else:
            assert out[:2] == [None, None]
            assert out[2] is not None and out[2]["el"]["body"] == "c"
            assert "sizes" not in end and end["trim"] == {}
    kept = shown.take_kept()
    assert kept is not None and json.loads(kept)["ranges"] == [[[0], 0, 1]]


def test_kept_blocks_cover_their_children_and_trim_lists_only_cuts() -> None:
    shown = ShownTree()
    history = 50
    for run in (1, 2):
        shown.encode({"t": "run_started", "run": run})
        count = history if run == 1 else 10
        for i in range(count):
            shown.encode(delta(run, [0, i], block("chat_message")))
            shown.encode(delta(run, [0, i, 0], md(f"message {i}")))
        end = json.loads(
            shown.encode(finished(run, {"0": count, **{f"0.{i}": 1 for i in range(count)}})) or "{}"
        )
        if run == 1:
            shown.take_kept()
    assert end["trim"] == {"0": 10}
    kept = json.loads(shown.take_kept() or "{}")
    assert kept["ranges"] == [[[0], 0, 9]]


def test_a_grown_text_is_a_patch_and_widgets_are_always_sent() -> None:
    shown = ShownTree()
    shown.encode({"t": "run_started", "run": 1})
    long = "word " * 100
    shown.encode(delta(1, [0, 0], md(long)))
    patch = sent(shown, delta(1, [0, 0], md(long + "more")))
    assert patch is not None and patch["t"] == "patch"
    assert patch["splice"]["body"][2] == "more"
    widget = {"type": "button", "id": "button-1", "label": "Go", "value": False}
    assert sent(shown, delta(1, [0, 1], widget)) is not None
    assert sent(shown, delta(1, [0, 1], widget)) is not None


def test_dropped_deltas_make_the_next_run_send_everything() -> None:
    outbox = Outbox()
    outbox.put({"t": "run_started", "run": 1})
    outbox.put(delta(1, [0, 0], md("a")))
    outbox.put({"t": "run_started", "run": 2})  # run 1's delta is dropped, never sent
    assert outbox.put(delta(2, [0, 0], md("a")))
    texts, _ = outbox.take()
    assert any('"body":"a"' in text for text in texts)


CHAT = """
import ostinato as st
if "messages" not in st.session_state:
    st.session_state.messages = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": f"Message number {i} " * 8}
        for i in range(200)
    ]
for m in st.session_state.messages:
    with st.chat_message(m["role"]):
        st.markdown(m["content"])
if prompt := st.chat_input("Say something"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
"""


def frames_of_one_run(tab: Tab) -> tuple[int, list[dict[str, Any]]]:
    """Bytes and messages the server sends for one run."""
    size = 0
    messages: list[dict[str, Any]] = []
    while True:
        raw = tab.ws.recv(10)
        size += len(raw.encode() if isinstance(raw, str) else raw)
        data = json.loads(raw)
        batch = data if isinstance(data, list) else [data]
        messages.extend(batch)
        if any(m["t"] == "run_finished" and m["status"] != "rerun" for m in batch):
            return size, messages


def test_a_rerun_of_a_long_chat_sends_what_the_new_message_adds(
    serve: Callable[..., Server],
) -> None:
    server = serve(CHAT)
    tab = Tab(server.url)
    first, messages = frames_of_one_run(tab)
    chat_input = next(
        m["el"] for m in messages if m["t"] == "delta" and m["el"]["type"] == "chat_input"
    )
    sizes = []
    for text in ("one", "two", "three"):
        tab.send({"t": "rerun", "changes": {chat_input["id"]: text}, "triggers": []})
        size, messages = frames_of_one_run(tab)
        sizes.append(size)
        bodies = [m["el"].get("body") for m in messages if m["t"] == "delta"]
        assert text in bodies
        assert "Message number 0 " * 8 not in bodies
    assert first > 40_000
    # Each rerun sends the new message and the run's frame, nothing of the history.
    assert all(size < 2_000 for size in sizes), sizes


def test_kept_goes_after_the_start_of_its_run_in_a_frame() -> None:
    outbox = Outbox()
    outbox.put({"t": "run_started", "run": 1})
    outbox.put(delta(1, [0, 0], md("a")))
    outbox.put(finished(1, {"0": 1}))
    outbox.take()
    outbox.put({"t": "run_started", "run": 2})
    outbox.put(delta(2, [0, 0], md("a")))
    outbox.put(delta(2, [0, 1], md("b")))
    texts, _ = outbox.take()
    kinds = [json.loads(text)["t"] for text in texts]
    assert kinds == ["run_started", "kept", "delta"]
