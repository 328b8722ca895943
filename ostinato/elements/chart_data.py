"""Helper (registers nothing): the data of charts. Anything table-like as a pandas
DataFrame, and a DataFrame (or a list of records) as JSON records the page loads
from the session's media store: JSON safe (NaN and infinities are null, times ISO
text), by content, so one dataset drawn by several charts or several runs is one
URL, and a chart whose data did not change keeps its URL (its element is then
unchanged and is not sent again). Script thread."""

from __future__ import annotations

import hashlib
import json
import math
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from ostinato.elements.media_data import serve
from ostinato.errors import OstinatoAPIException

if TYPE_CHECKING:
    import pandas as pd

MIME = "application/json"

CACHE_BYTES = 64 * 1024 * 1024
"""Most bytes of encoded datasets kept by content hash (the same frame drawn again
is not encoded again)."""

ACCEPTS = (
    "a pandas DataFrame or Series, a pyarrow Table, a polars DataFrame, a numpy array, "
    "a dict of columns, a list of rows or values, or None"
)


class ChartDataError(OstinatoAPIException):
    """Chart data of a type no chart can draw."""


def to_frame(data: Any, command: str) -> pd.DataFrame:
    """`data` as a DataFrame (a copy the caller may change); ChartDataError naming
    `command` and what it accepts for anything else."""
    import numpy as np
    import pandas as pd

    if data is None:
        return pd.DataFrame()
    if isinstance(data, pd.DataFrame):
        return data.copy()
    if isinstance(data, pd.Series):
        return data.to_frame()
    if isinstance(data, pd.Index):
        return data.to_frame(index=False)
    module = type(data).__module__.split(".")[0]
    if module == "pandas" and hasattr(data, "data") and hasattr(data, "to_html"):
        return to_frame(data.data, command)  # a Styler: its frame
    if module in ("pyarrow", "polars") and hasattr(data, "to_pandas"):
        return pd.DataFrame(data.to_pandas())
    if isinstance(data, np.ndarray):
        if data.ndim > 2:
            raise ChartDataError(
                f"st.{command} data: a numpy array of {data.ndim} dimensions cannot be drawn; "
                f"give one of 1 or 2 dimensions, or {ACCEPTS}."
            )
        return pd.DataFrame(data)
    if isinstance(data, dict):
        if data and all(_scalar(v) for v in data.values()):
            return pd.DataFrame({"value": list(data.values())}, index=list(data.keys()))
        try:
            return pd.DataFrame(data)
        except (ValueError, TypeError) as exc:
            raise ChartDataError(f"st.{command} data: this dict is no table ({exc}).") from None
    if isinstance(data, list | tuple | set | frozenset | range) or hasattr(data, "__array__"):
        items = list(data) if isinstance(data, set | frozenset) else data
        try:
            return pd.DataFrame(items)
        except (ValueError, TypeError) as exc:
            raise ChartDataError(f"st.{command} data: these values are no table ({exc}).") from None
    raise ChartDataError(
        f"st.{command} data must be {ACCEPTS}; got {type(data).__module__}."
        f"{type(data).__qualname__}."
    )


def _scalar(value: Any) -> bool:
    return not (isinstance(value, list | tuple | dict) or hasattr(value, "__array__"))


class _Encoded:
    """Encoded datasets by content hash, least recently used dropped first. Any thread."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._items: OrderedDict[bytes, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, digest: bytes) -> bytes | None:
        with self._lock:
            found = self._items.get(digest)
            if found is not None:
                self._items.move_to_end(digest)
            return found

    def put(self, digest: bytes, data: bytes) -> None:
        if len(data) > self._limit:
            return
        with self._lock:
            if digest in self._items:
                return
            self._items[digest] = data
            self._size += len(data)
            while self._size > self._limit:
                _, gone = self._items.popitem(last=False)
                self._size -= len(gone)


_ENCODED = _Encoded(CACHE_BYTES)


def _fingerprint(frame: pd.DataFrame) -> bytes | None:
    """A hash of the frame's columns, types and values (index left out: records do
    not carry it), or None when its values cannot be hashed (lists in cells)."""
    import pandas as pd

    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
    hasher.update(str(len(frame)).encode())
    try:
        hasher.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    except (TypeError, ValueError):
        return None
    return hasher.digest()


def frame_json(frame: pd.DataFrame) -> bytes:
    """The frame's rows as a JSON list of objects (column names as text): NaN and
    infinities null, datetimes ISO 8601, other objects as their text."""
    digest = _fingerprint(frame)
    if digest is not None and (known := _ENCODED.get(digest)) is not None:
        return known
    out = frame.copy(deep=False)
    out.columns = [str(c) for c in out.columns]
    if out.columns.duplicated().any():
        twice = sorted(set(out.columns[out.columns.duplicated()]))
        raise OstinatoAPIException(
            f"Chart data has columns of the same name: {twice}. Give every column its own name."
        )
    text = out.to_json(orient="records", date_format="iso", default_handler=str)
    data = text.encode()
    if digest is not None:
        _ENCODED.put(digest, data)
    return data


def records_json(rows: Any) -> bytes:
    """A list of records (a Vega-Lite spec's inline values) as JSON, NaN and
    infinities null."""
    return json.dumps(_safe(rows), separators=(",", ":"), default=str, allow_nan=False).encode()


def _safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_safe(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def dataset_url(data: bytes) -> str:
    """The URL the page loads a dataset's JSON from ("" outside a session)."""
    return serve(data, MIME, "data.json")


def json_safe_spec(spec: Any) -> Any:
    """A spec with NaN and infinities as null and dates as text, ready for the wire."""
    return _safe(spec)
