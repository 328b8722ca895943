"""What one tab's page shows, as far as this connection has told it: a mirror of
the page's element tree, so that a run sends only what changed.

A rerun draws the whole page again; most of it (a chat's history, say) is what
the page already has. An element identical to the one the page holds at its path
is not sent: a `kept` message says which were kept (so the page un-fades them), a
text that grew travels as a `patch` (splices of its string props), and
`run_finished` lists only the containers the page must cut (`trim`) instead of
the size of every container. What a run sends grows with what it changed, not
with the page. Widgets are always sent (the page merges the user's own values
into them). While the mirror may be short of what the page has (a new
connection, or queued deltas dropped), skipping still only trusts what was sent,
and `run_finished` carries the full `sizes`.

Called by the connection's Outbox, from the session's script thread, one
message at a time (its own lock guards what `take_kept` reads from the loop).
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from typing import Any

Path = tuple[int, ...]

PATCH_SHARE = 0.5
"""A patch is sent instead of the element when it is at most this share of its size."""


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), default=str, allow_nan=False)


@dataclass
class _Shown:
    """One node as the page holds it."""

    digest: bytes
    """Of the element's JSON text (the mirror keeps no copy of the page's text)."""
    el: dict[str, Any] | None
    """The element (kept for patches of plain elements; None for blocks and widgets)."""
    block: str | None
    """The block's kind, or None for an element."""
    kids: dict[int, _Shown] = field(default_factory=dict)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def _utf16(text: str) -> int:
    """Length of `text` in UTF-16 code units (how the page's strings count)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def _common_prefix(a: str, b: str) -> int:
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            low = mid
        else:
            high = mid - 1
    return low


def splice(old: str, new: str) -> list[Any]:
    """[start, removed, inserted] (UTF-16 positions) turning `old` into `new`."""
    start = _common_prefix(old, new)
    end = _common_suffix(old, new, min(len(old), len(new)) - start)
    inserted = new[start : len(new) - end]
    return [_utf16(old[:start]), _utf16(old[start : len(old) - end]), inserted]


class ShownTree:
    """The mirror of one page's tree, and the encoding of run messages against it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._roots: dict[int, _Shown] = {}
        self.exact = False
        """True when the mirror holds everything the page holds (after a full trim)."""
        self._run = -1
        self._kept_blocks: set[Path] = set()
        self._kept: list[Path] = []
        """Paths kept since the last `take_kept`, in order."""

    def reset(self) -> None:
        """Forget what the page holds (messages it was meant to get were dropped)."""
        with self._lock:
            self._roots = {}
            self.exact = False
            self._kept = []
            self._kept_blocks = set()

    # -- messages ---------------------------------------------------------------

    def encode(self, message: dict[str, Any]) -> str | None:
        """The JSON text to send for `message`, or None when nothing needs sending.
        ValueError for a message that is not valid JSON."""
        kind = message.get("t")
        if kind == "delta":
            return self._delta(message)
        if kind == "run_started":
            with self._lock:
                self._run = int(message.get("run", -1))
                self._kept_blocks = set()
                self._kept = []
        elif kind == "run_finished" and message.get("status") != "rerun":
            return self._finished(message)
        return _dumps(message)

    def _delta(self, message: dict[str, Any]) -> str | None:
        el: dict[str, Any] = message["el"]
        path = tuple(message["path"])
        run = int(message["run"])
        text = _dumps(el)
        is_block = el.get("type") == "block"
        widget = "id" in el
        with self._lock:
            if len(path) < 2:
                return self._wrap(run, path, text)
            parent = self._container(path[:-1])
            current = parent.kids.get(path[-1])
            digest = _digest(text)
            if current is not None and current.digest == digest and not widget:
                self._keep(path, is_block)
                return None
            patch = None
            if current is not None and current.el is not None and not is_block and not widget:
                patch = self._patch(run, path, current.el, el, len(text))
            node = _Shown(
                digest, None if is_block or widget else el, el.get("kind") if is_block else None
            )
            if current is not None and is_block and current.block == node.block:
                node.kids = current.kids
            parent.kids[path[-1]] = node
        return patch if patch is not None else self._wrap(run, path, text)

    @staticmethod
    def _wrap(run: int, path: Path, el_text: str) -> str:
        return f'{{"t":"delta","run":{run},"path":[{",".join(map(str, path))}],"el":{el_text}}}'

    def _patch(
        self, run: int, path: Path, old: dict[str, Any], new: dict[str, Any], size: int
    ) -> str | None:
        if old.get("type") != new.get("type"):
            return None
        cuts: dict[str, Any] = {}
        values: dict[str, Any] = {}
        for key, value in new.items():
            before = old.get(key, _MISSING)
            if before == value and type(before) is type(value):
                continue
            if isinstance(value, str) and isinstance(before, str):
                cuts[key] = splice(before, value)
            else:
                values[key] = value
        gone = [key for key in old if key not in new]
        body: dict[str, Any] = {"t": "patch", "run": run, "path": list(path), "splice": cuts}
        if values:
            body["set"] = values
        if gone:
            body["unset"] = gone
        text = _dumps(body)
        return text if len(text) <= size * PATCH_SHARE else None

    def _keep(self, path: Path, is_block: bool) -> None:
        if not any(path[:depth] in self._kept_blocks for depth in range(2, len(path))):
            self._kept.append(path)
        if is_block:
            self._kept_blocks.add(path)

    def _container(self, path: Path) -> _Shown:
        """The block at `path` in the mirror, made (a plain vertical block, as the
        page makes it) where missing."""
        node = self._roots.setdefault(path[0], _Shown(b"", None, "root"))
        for index in path[1:]:
            child = node.kids.get(index)
            if child is None or child.block is None:
                child = _Shown(b"", None, "vertical")
                node.kids[index] = child
            node = child
        return node

    def _finished(self, message: dict[str, Any]) -> str:
        sizes: dict[str, int] = message.get("sizes") or {}
        if message.get("scope") is not None:
            return self._finished_scope(message, sizes)
        with self._lock:
            cut: dict[str, int] = {}

            def visit(node: _Shown, key: str) -> None:
                if node.block is None:
                    return
                keep = sizes.get(key, 0)
                if any(index >= keep for index in node.kids):
                    cut[key] = keep
                    node.kids = {i: kid for i, kid in node.kids.items() if i < keep}
                for index, kid in node.kids.items():
                    visit(kid, f"{key}.{index}")

            for index, root in self._roots.items():
                visit(root, str(index))
            if not self.exact:
                self.exact = True
                return _dumps(message)
        trimmed = {k: v for k, v in message.items() if k != "sizes"}
        trimmed["trim"] = cut
        return _dumps(trimmed)

    def _finished_scope(self, message: dict[str, Any], sizes: dict[str, int]) -> str:
        """The end of a fragment run: only the blocks it drew again (`scope`) are
        trimmed, so the message grows with the fragment, not with the page."""
        with self._lock:
            cut: dict[str, int] = {}

            def visit(node: _Shown, key: str) -> None:
                if node.block is None:
                    return
                keep = sizes.get(key, 0)
                if any(index >= keep for index in node.kids):
                    cut[key] = keep
                    node.kids = {i: kid for i, kid in node.kids.items() if i < keep}
                for index, kid in node.kids.items():
                    visit(kid, f"{key}.{index}")

            for path in message["scope"]:
                node: _Shown | None = self._roots.get(path[0])
                for index in path[1:]:
                    node = None if node is None else node.kids.get(index)
                if node is not None:
                    visit(node, ".".join(map(str, path)))
        if not self.exact:
            return _dumps(message)
        trimmed = {k: v for k, v in message.items() if k != "sizes"}
        trimmed["trim"] = cut
        return _dumps(trimmed)

    def has_kept(self) -> bool:
        """True when a `kept` message waits. Any thread (a plain read)."""
        return bool(self._kept)

    def take_kept(self) -> str | None:
        """A `kept` message for what was kept since the last call, or None. Any thread."""
        with self._lock:
            kept, self._kept = self._kept, []
            run = self._run
        if not kept:
            return None
        ranges: list[list[Any]] = []
        for path in kept:
            parent, index = list(path[:-1]), path[-1]
            last = ranges[-1] if ranges else None
            if last is not None and last[0] == parent and last[2] == index - 1:
                last[2] = index
            else:
                ranges.append([parent, index, index])
        return _dumps({"t": "kept", "run": run, "ranges": ranges})


_MISSING = object()
