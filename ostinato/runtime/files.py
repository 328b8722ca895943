"""Files a tab uploaded (for st.file_uploader) and files a run offers for download."""

from __future__ import annotations

import hashlib
import io
import json
import mimetypes
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from ostinato.stores.base import Blobs


class UploadedFile(io.BytesIO):
    """A file the user uploaded: readable like an open binary file, with its name,
    type and size."""

    def __init__(self, file_id: str, name: str, type: str, data: bytes) -> None:
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    def __repr__(self) -> str:
        return f"UploadedFile(name={self.name!r}, type={self.type!r}, size={self.size})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UploadedFile) and other.file_id == self.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __reduce__(self) -> tuple[object, ...]:
        return (UploadedFile, (self.file_id, self.name, self.type, self.getvalue()))


@dataclass(frozen=True)
class StoredFile:
    """An upload as kept by the session, until its widget lets go of it."""

    file_id: str
    widget_id: str
    name: str
    type: str
    data: bytes

    def describe(self) -> dict[str, object]:
        """The wire form the page sends back as the uploader's value."""
        return {"id": self.file_id, "name": self.name, "size": len(self.data), "type": self.type}


BLOB_TTL = 24 * 3600.0


def _pack(header: dict[str, str], data: bytes) -> bytes:
    return json.dumps(header).encode() + b"\n" + data


def _unpack(blob: bytes) -> tuple[dict[str, str], bytes]:
    head, _, data = blob.partition(b"\n")
    return json.loads(head), data


class UploadStore:
    """Uploads of one session. With `blobs` (a shared store), files are also kept
    there, so an upload that reached any worker is found by the one running the
    script. Any thread (the server adds, the script reads).

    A file is *claimed* once its widget's value lists it (`keep_only`). One added
    with the number of runs started so far (`run`) and never claimed is dropped
    after the next run that starts after it has ended (`end_run`,
    `drop_unclaimed`): a page sends an uploader's files right after uploading
    them, so a file nobody claimed by then never will be."""

    def __init__(self, session_id: str = "", blobs: Blobs | None = None) -> None:
        self._files: dict[str, StoredFile] = {}
        self._unclaimed: dict[str, int] = {}
        """file id → runs started when it arrived, for files no value listed yet."""
        self._lock = threading.Lock()
        self._session_id = session_id
        self._blobs = blobs

    def add(
        self, widget_id: str, name: str, type: str, data: bytes, run: int | None = None
    ) -> StoredFile:
        """Keep an uploaded file for the widget `widget_id`; returns its record. With
        `run` (runs started so far), the file is dropped if no run claims it."""
        stored = StoredFile(secrets.token_urlsafe(12), widget_id, name, type, data)
        with self._lock:
            self._files[stored.file_id] = stored
            if run is not None:
                self._unclaimed[stored.file_id] = run
        if self._blobs is not None:
            header = {"widget": widget_id, "name": name, "type": type}
            self._blobs.put_blob(
                self._session_id, f"upload:{stored.file_id}", _pack(header, data), BLOB_TTL
            )
        return stored

    def get(self, file_id: str) -> StoredFile | None:
        """The file with this id, or None."""
        with self._lock:
            found = self._files.get(file_id)
        if found is None and self._blobs is not None:
            blob = self._blobs.get_blob(self._session_id, f"upload:{file_id}")
            if blob is not None:
                header, data = _unpack(blob)
                found = StoredFile(file_id, header["widget"], header["name"], header["type"], data)
                with self._lock:
                    self._files[file_id] = found
        return found

    def keep_only(self, widget_id: str, file_ids: set[str]) -> None:
        """The value of `widget_id` lists `file_ids`: they are claimed, and the
        widget's other files are forgotten."""
        with self._lock:
            for fid in [
                f for f, s in self._files.items() if s.widget_id == widget_id and f not in file_ids
            ]:
                del self._files[fid]
                self._unclaimed.pop(fid, None)
            for fid in file_ids:
                self._unclaimed.pop(fid, None)

    def drop_unclaimed(self, finished: int) -> None:
        """Runs up to number `finished` have ended: forget the unclaimed files that
        arrived before one of them started."""
        with self._lock:
            for fid in [f for f, run in self._unclaimed.items() if run < finished]:
                del self._unclaimed[fid]
                self._files.pop(fid, None)

    def has_unclaimed(self) -> bool:
        """True while a file added with a `run` waits for its widget's value."""
        return bool(self._unclaimed)

    def end_run(self, run: int) -> None:
        """Run number `run` has ended (`drop_unclaimed`)."""
        self.drop_unclaimed(run)

    def held_bytes(self, besides: str | None = None) -> int:
        """Bytes of the files kept here, those of the widget `besides` left out."""
        with self._lock:
            return sum(len(f.data) for f in self._files.values() if f.widget_id != besides)


class Served(NamedTuple):
    """A file the media endpoint serves: its bytes, type, name, and whether the page
    shows it (`inline`: an image, a video) rather than offering it for download."""

    data: bytes
    mime: str
    name: str
    inline: bool = False
    deferred: bool = False
    """Made by the app's function for this fetch (it may differ the next time)."""


EXTENSIONS = {"audio/wav": ".wav", "audio/x-wav": ".wav", "text/vtt": ".vtt", "audio/ogg": ".ogg"}


def extension(mime: str) -> str:
    """The file extension a URL of this type ends with ("" when none is known)."""
    return EXTENSIONS.get(mime) or mimetypes.guess_extension(mime, strict=False) or ""


class MediaStore:
    """Bytes a run offers at a URL (downloads, and media the page shows), by content
    hash. Keeps the current and previous run's, so what no run references any
    more is dropped. Any thread (the script puts, the server gets)."""

    def __init__(self, prefix: str, session_id: str = "", blobs: Blobs | None = None) -> None:
        self._prefix = prefix
        self._session_id = session_id
        self._blobs = blobs
        self._current: dict[str, Served] = {}
        self._previous: dict[str, Served] = {}
        self._deferred_current: dict[str, tuple[Callable[[], bytes], str, str]] = {}
        self._deferred_previous: dict[str, tuple[Callable[[], bytes], str, str]] = {}
        self._lock = threading.Lock()
        self.recorders: list[Callable[[str, Served], None]] = []
        """Told of every put (URL, content) while a cached function runs, so that a
        cache hit can offer the same media again. Script thread."""

    def put(self, data: bytes, mime: str, name: str, inline: bool = False) -> str:
        """Offer `data`; returns the URL path that serves it. `inline` media (shown in
        the page) get a URL ending in their type's extension."""
        hasher = hashlib.blake2b(data, digest_size=12)
        hasher.update(f"\0{mime}\0{name}".encode())
        hasher.update(b"\0inline" if inline else b"")
        digest = hasher.hexdigest()
        with self._lock:
            known = digest in self._current or digest in self._previous
            self._current[digest] = Served(data, mime, name, inline)
        if self._blobs is not None and not known:
            header = {"mime": mime, "name": name, **({"inline": "1"} if inline else {})}
            self._blobs.put_blob(self._session_id, f"media:{digest}", _pack(header, data), BLOB_TTL)
        url = f"{self._prefix}/{digest}{extension(mime) if inline else ''}"
        for recorder in self.recorders:
            recorder(url, Served(data, mime, name, inline))
        return url

    def put_deferred(self, make: Callable[[], bytes], mime: str, name: str, identity: str) -> str:
        """Offer content that `make` produces when the file is downloaded (st.download_button
        with a callable); `identity` tells apart the buttons of a run. Only this process
        can serve it: the callable lives here. Returns the URL path."""
        digest = (
            "d"
            + hashlib.blake2b(f"{identity}\0{mime}\0{name}".encode(), digest_size=12).hexdigest()
        )
        with self._lock:
            self._deferred_current[digest] = (make, mime, name)
        return f"{self._prefix}/{digest}"

    def get(self, digest: str) -> Served | None:
        """What a URL's last part serves (an extension after the digest is ignored),
        or None. Content offered deferred is made now, on the calling thread (the
        server runs it off its loop)."""
        digest = digest.partition(".")[0]
        with self._lock:
            found = self._current.get(digest) or self._previous.get(digest)
            later = self._deferred_current.get(digest) or self._deferred_previous.get(digest)
        if found is None and later is not None:
            make, mime, name = later
            return Served(make(), mime, name, deferred=True)
        if found is None and self._blobs is not None:
            blob = self._blobs.get_blob(self._session_id, f"media:{digest}")
            if blob is not None:
                header, data = _unpack(blob)
                found = Served(data, header["mime"], header["name"], header.get("inline") == "1")
        return found

    def new_run(self) -> None:
        """A run starts: what the run before the last one offered is dropped."""
        with self._lock:
            self._previous, self._current = self._current, {}
            self._deferred_previous, self._deferred_current = self._deferred_current, {}
