"""Entries as bytes for stores outside the process (disk, Redis): the value and the
replay nodes through the project's safe codec (ostinato/stores/codec.py; what it
cannot encode is pickled and signed), the whole blob signed with HMAC-SHA256 and
bound to its function and value keys, so that a blob changed or moved by anything
but this app is refused before anything in it is decoded. Any thread."""

from __future__ import annotations

import json
import pickle
import time
from typing import Any

from ostinato.cache import replay
from ostinato.cache.stores import Entry
from ostinato.stores.codec import Codec, NotDurable, Signer


class Sealer:
    """Turns entries into signed bytes and back."""

    def __init__(self, signer: Signer, app_folder: str | None, allowed: list[str]) -> None:
        self.signer = signer
        self.codec = Codec(signer, app_folder, allowed)

    def seal(self, context: str, entry: Entry, stored_at: float) -> bytes:
        """The signed bytes of a st.cache_data entry (its value is pickled bytes).
        NotDurable if the value or a node cannot be encoded."""
        value = pickle.loads(entry.value)

        def encode(item: Any) -> Any:
            return self.codec.encode(item, context)

        body = json.dumps(
            {"v": encode(value), "n": replay.encode_nodes(entry.nodes, encode), "t": stored_at},
            separators=(",", ":"),
            allow_nan=False,
        ).encode()
        signature = self.signer.sign(body, context)
        return f"{self.signer.key_id}:{signature}\n".encode() + body

    def open(self, context: str, blob: bytes) -> tuple[Entry, float] | None:
        """The entry (value pickled again, a fresh copy) and when it was stored; None
        when the blob is damaged, signed by another secret, or made for another key."""
        head, _, body = blob.partition(b"\n")
        kid, _, signature = head.decode("ascii", "replace").partition(":")
        if not self.signer.verify(body, signature, context, kid):
            return None
        try:
            data = json.loads(body)

            def decode(item: Any) -> Any:
                return self.codec.decode(item, context)

            value = decode(data["v"])
            nodes = replay.decode_nodes(data["n"], decode)
            stored_at = float(data["t"])
        except (NotDurable, ValueError, KeyError, TypeError):
            return None
        age = max(0.0, time.time() - stored_at)  # the entry keeps its age (background refresh)
        entry = Entry(pickle.dumps(value, pickle.HIGHEST_PROTOCOL), nodes, time.monotonic() - age)
        return entry, stored_at
