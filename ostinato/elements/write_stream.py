"""st.write_stream: writes a stream's chunks as they come. Text chunks grow one
Markdown element (in a placeholder, each update a delta the page shows at once);
other chunks are written with st.write. Returns the text, or every item."""

from __future__ import annotations

import asyncio
import inspect
import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

_RESPONSE_TEXT_EVENTS = frozenset({"response.output_text.delta", "response.refusal.delta"})


class StreamingOutput(list[Any]):
    """What st.write_stream returns when not all of the stream was text: the items in
    order, which st.write writes again one by one."""


def _qualified(chunk: object) -> tuple[str, str]:
    kind = type(chunk)
    return kind.__module__, kind.__name__


def _text_of(chunk: Any) -> Any:
    """The text of an LLM library's chunk (OpenAI chat completion chunks and
    Responses events, LangChain message chunks); anything else as it is."""
    module, name = _qualified(chunk)
    if name == "ChatCompletionChunk" and hasattr(chunk, "choices"):
        try:
            if len(chunk.choices) == 0 or chunk.choices[0].delta is None:
                return ""
            return chunk.choices[0].delta.content or ""
        except AttributeError as exc:
            raise OstinatoAPIException(
                "st.write_stream could not read an OpenAI ChatCompletionChunk "
                "(chunk.choices[0].delta.content); its structure may have changed."
            ) from exc
    if module.startswith("openai") and name.startswith("Response") and name.endswith("Event"):
        return (getattr(chunk, "delta", "") or "") if chunk.type in _RESPONSE_TEXT_EVENTS else ""
    if name == "AIMessageChunk" and hasattr(chunk, "content"):
        return chunk.content or ""
    return chunk


def _sync(stream: AsyncIterator[Any]) -> Iterator[Any]:
    """Iterate an async generator on an event loop of this (script) thread."""
    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(stream.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.close()


_BULLET = re.compile(r"^\s*[*+-]\s", re.MULTILINE)


def close_open_markdown(text: str) -> str:
    """`text` with the Markdown it leaves open closed (a fence, a code span, `**`,
    `~~`, `*`), innermost first, so that a text still streaming shows bold as bold
    rather than as asterisks, as Streamlit's page does."""
    if text.count("```") % 2:
        return text + "\n```"
    plain = re.sub(r"`[^`\n]*`", lambda m: " " * len(m.group()), text)
    if plain.count("`") % 2:
        return text + "`"
    plain = _BULLET.sub(lambda m: " " * len(m.group()), plain)
    opened: list[tuple[int, str]] = []
    for mark in ("**", "~~"):
        places = [m.start() for m in re.finditer(re.escape(mark), plain)]
        if len(places) % 2:
            opened.append((places[-1], mark))
    singles = [m.start() for m in re.finditer(r"(?<!\*)\*(?!\*)", plain)]
    if len(singles) % 2:
        opened.append((singles[-1], "*"))
    if not opened:
        return text
    # A closing mark must touch the text before it to close anything.
    return text.rstrip() + "".join(mark for _, mark in sorted(opened, reverse=True))


def is_stream(value: Any) -> bool:
    """What st.write hands to st.write_stream: generators (sync or async, or their
    functions) and OpenAI streams."""
    module, name = _qualified(value)
    return (
        inspect.isgenerator(value)
        or inspect.isgeneratorfunction(value)
        or inspect.isasyncgen(value)
        or inspect.isasyncgenfunction(value)
        or (module.startswith("openai") and name in ("Stream", "AsyncStream"))
    )


@element("write_stream", "block:empty", "markdown")
def write_stream(self: Container, stream: Any, *, cursor: str | None = None) -> Any:
    """Write each chunk of `stream` as it arrives; return the full text (a string
    when the stream was all text, else a list of the items written)."""
    module, name = _qualified(stream)
    if isinstance(stream, str) or (module.startswith("pandas") and name == "DataFrame"):
        raise OstinatoAPIException(
            f"st.write_stream stream must be a generator or another stream-like object, "
            f"got {type(stream).__name__}: use st.write for it."
        )
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream) or (
        not hasattr(stream, "__iter__") and hasattr(stream, "__aiter__")
    ):
        stream = _sync(stream.__aiter__())
    try:
        chunks = iter(stream)
    except TypeError as exc:
        raise OstinatoAPIException(
            f"st.write_stream cannot iterate a {type(stream).__name__}: give a generator, "
            "a generator function or another iterable."
        ) from exc
    written = StreamingOutput()
    text = ""
    slot: Container | None = None

    def flush() -> None:
        nonlocal text, slot
        if text and slot is not None:
            slot.markdown(text)
            written.append(text)
        text, slot = "", None

    for raw in chunks:
        chunk = _text_of(raw)
        if isinstance(chunk, str):
            if not chunk:
                continue
            first = slot is None
            if slot is None:
                slot = self.empty()
            text += chunk
            shown = close_open_markdown(text)
            slot.markdown(shown + ("" if first or not cursor else cursor))
        elif callable(chunk):
            flush()
            call: Callable[[], Any] = chunk
            call()
        else:
            flush()
            self.write(chunk)
            written.append(chunk)
    flush()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written
