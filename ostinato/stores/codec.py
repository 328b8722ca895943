"""A safe codec for Session State: JSON with type tags, never pickle by default.

Covers None, bool, int, float, complex, str, bytes, list, tuple, set, frozenset,
dict, date/time/datetime/timedelta, Decimal, UUID, Enum, dataclasses and
NamedTuples of those, numpy arrays of plain dtypes, and pandas DataFrames and
Series (as Arrow IPC). Anything else raises NotDurable, unless a pickle signer
is given: then it is pickled and signed with HMAC-SHA256, and a blob whose
signature does not verify is refused before anything is unpickled.

Classes (Enum, dataclass, NamedTuple) are looked up by module and name among
modules already imported (the running script's `__main__` included); decoding
never imports a module.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import decimal
import enum
import hashlib
import hmac
import io
import json
import math
import pickle
import sys
import uuid
from typing import Any

from ostinato.errors import OstinatoError

TAG = "$t"


class NotDurable(OstinatoError):
    """A value the codec cannot store; the text says why."""


class TamperedState(OstinatoError):
    """A pickled blob whose signature does not verify: refused, never unpickled."""

    def __init__(self) -> None:
        super().__init__(
            "A stored Session State value failed its HMAC-SHA256 signature check and was "
            "refused (it was not unpickled). The store was changed by something other than "
            "this server, or session.secret changed."
        )


class Signer:
    """Signs and checks pickle blobs with HMAC-SHA256 under a secret."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("session.secret must be at least 16 bytes long")
        self._secret = secret

    def sign(self, blob: bytes) -> str:
        """The hex signature of `blob`."""
        return hmac.new(self._secret, blob, hashlib.sha256).hexdigest()

    def verify(self, blob: bytes, signature: str) -> bool:
        """True if `signature` is this secret's signature of `blob`."""
        return hmac.compare_digest(self.sign(blob), signature)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _class_path(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _find_class(path: str) -> type:
    module_name, _, qualname = path.partition(":")
    module = sys.modules.get(module_name)
    if module is None:
        raise NotDurable(f"class {path} is not loaded; its module was not imported")
    found: Any = module
    for part in qualname.split("."):
        found = getattr(found, part, None)
        if found is None:
            raise NotDurable(f"class {path} no longer exists")
    if not isinstance(found, type):
        raise NotDurable(f"{path} is not a class")
    return found


class Codec:
    """Turns values into JSON-ready data and back. `signer` enables signed pickle."""

    def __init__(self, signer: Signer | None = None) -> None:
        self.signer = signer

    # -- encoding ---------------------------------------------------------------------

    def encode(self, value: Any) -> Any:
        """JSON-ready data for `value`; NotDurable if it cannot be stored."""
        return self._encode(value, 0)

    def _pickled(self, value: Any, reason: str) -> Any:
        """A value with no safe encoding: signed pickle if allowed, else NotDurable."""
        if self.signer is None:
            raise NotDurable(reason)
        try:
            blob = pickle.dumps(value)
        except Exception as exc:  # pickle fails in many ways
            raise NotDurable(f"{reason}, and pickle cannot serialize it either ({exc})") from None
        return {TAG: "pickle", "sig": self.signer.sign(blob), "v": _b64(blob)}

    def _encode(self, value: Any, depth: int) -> Any:
        if depth > 200:
            raise NotDurable("it is nested too deeply (or refers to itself)")
        deeper = depth + 1
        if value is None or isinstance(value, bool | str):
            return value
        if isinstance(value, enum.Enum):
            return {
                TAG: "enum",
                "cls": _class_path(type(value)),
                "v": self._encode(value.value, deeper),
            }
        if isinstance(value, int):
            return value
        if isinstance(value, float):
            if math.isfinite(value):
                return value
            return {TAG: "float", "v": repr(value)}
        if isinstance(value, complex):
            return {TAG: "complex", "v": [value.real, value.imag]}
        if isinstance(value, bytes | bytearray):
            return {TAG: "bytes", "v": _b64(bytes(value))}
        if isinstance(value, list):
            return [self._encode(v, deeper) for v in value]
        if isinstance(value, tuple) and hasattr(value, "_fields"):
            return {
                TAG: "namedtuple",
                "cls": _class_path(type(value)),
                "v": [self._encode(v, deeper) for v in value],
            }
        if isinstance(value, tuple):
            return {TAG: "tuple", "v": [self._encode(v, deeper) for v in value]}
        if isinstance(value, set | frozenset):
            kind = "set" if isinstance(value, set) else "frozenset"
            return {TAG: kind, "v": [self._encode(v, deeper) for v in value]}
        if isinstance(value, dict):
            if all(isinstance(k, str) for k in value) and TAG not in value:
                return {k: self._encode(v, deeper) for k, v in value.items()}
            return {
                TAG: "dict",
                "v": [[self._encode(k, deeper), self._encode(v, deeper)] for k, v in value.items()],
            }
        if isinstance(value, dt.datetime):
            return {TAG: "datetime", "v": value.isoformat()}
        if isinstance(value, dt.date):
            return {TAG: "date", "v": value.isoformat()}
        if isinstance(value, dt.time):
            return {TAG: "time", "v": value.isoformat()}
        if isinstance(value, dt.timedelta):
            return {TAG: "timedelta", "v": [value.days, value.seconds, value.microseconds]}
        if isinstance(value, decimal.Decimal):
            return {TAG: "decimal", "v": str(value)}
        if isinstance(value, uuid.UUID):
            return {TAG: "uuid", "v": str(value)}
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = {
                f.name: self._encode(getattr(value, f.name), deeper)
                for f in dataclasses.fields(value)
            }
            return {TAG: "dataclass", "cls": _class_path(type(value)), "v": fields}
        return self._encode_data(value)

    def _encode_data(self, value: Any) -> Any:
        module = type(value).__module__.split(".")[0]
        if module == "numpy":
            import numpy as np

            if isinstance(value, np.ndarray):
                if value.dtype.hasobject:
                    return self._pickled(
                        value, "a numpy array of Python objects cannot be stored safely"
                    )
                return {
                    TAG: "ndarray",
                    "dtype": value.dtype.str,
                    "shape": list(value.shape),
                    "v": _b64(np.ascontiguousarray(value).tobytes()),
                }
            if isinstance(value, np.generic):
                return self._encode(value.item(), 0)
        if module == "pandas":
            import pandas as pd

            if isinstance(value, pd.DataFrame | pd.Series):
                return {
                    TAG: "arrow",
                    "series": isinstance(value, pd.Series),
                    "v": _b64(_to_arrow(value)),
                }
        kind = f"{type(value).__module__}.{type(value).__qualname__}"
        return self._pickled(value, f"values of type {kind} have no safe encoding")

    # -- decoding ---------------------------------------------------------------------

    def decode(self, data: Any) -> Any:
        """The value `data` was made from. TamperedState for a bad pickle signature."""
        if isinstance(data, list):
            return [self.decode(v) for v in data]
        if not isinstance(data, dict):
            return data
        tag = data.get(TAG)
        if tag is None:
            return {k: self.decode(v) for k, v in data.items()}
        raw: Any = data.get("v")
        if tag == "pickle":
            blob = _unb64(raw)
            if self.signer is None or not self.signer.verify(blob, str(data.get("sig", ""))):
                raise TamperedState()
            return pickle.loads(blob)
        if tag == "float":
            return float(raw)
        if tag == "complex":
            return complex(raw[0], raw[1])
        if tag == "bytes":
            return _unb64(raw)
        if tag == "tuple":
            return tuple(self.decode(v) for v in raw)
        if tag == "set":
            return {self.decode(v) for v in raw}
        if tag == "frozenset":
            return frozenset(self.decode(v) for v in raw)
        if tag == "dict":
            return {self.decode(k): self.decode(v) for k, v in raw}
        if tag == "datetime":
            return dt.datetime.fromisoformat(raw)
        if tag == "date":
            return dt.date.fromisoformat(raw)
        if tag == "time":
            return dt.time.fromisoformat(raw)
        if tag == "timedelta":
            return dt.timedelta(days=raw[0], seconds=raw[1], microseconds=raw[2])
        if tag == "decimal":
            return decimal.Decimal(raw)
        if tag == "uuid":
            return uuid.UUID(raw)
        if tag == "enum":
            cls = _find_class(data["cls"])
            if not issubclass(cls, enum.Enum):
                raise NotDurable(f"{data['cls']} is not an Enum")
            return cls(self.decode(raw))
        if tag == "namedtuple":
            cls = _find_class(data["cls"])
            if not (issubclass(cls, tuple) and hasattr(cls, "_fields")):
                raise NotDurable(f"{data['cls']} is not a NamedTuple")
            return cls(*(self.decode(v) for v in raw))
        if tag == "dataclass":
            cls = _find_class(data["cls"])
            if not dataclasses.is_dataclass(cls):
                raise NotDurable(f"{data['cls']} is not a dataclass")
            values = {k: self.decode(v) for k, v in raw.items()}
            init = {
                f.name: values[f.name]
                for f in dataclasses.fields(cls)
                if f.init and f.name in values
            }
            obj = cls(**init)
            for f in dataclasses.fields(cls):
                if not f.init and f.name in values:
                    object.__setattr__(obj, f.name, values[f.name])
            return obj
        if tag == "ndarray":
            import numpy as np

            array = np.frombuffer(_unb64(raw), dtype=np.dtype(data["dtype"]))
            return array.reshape(data["shape"]).copy()
        if tag == "arrow":
            return _from_arrow(_unb64(raw), bool(data.get("series")))
        raise NotDurable(f"unknown type tag {tag!r}")

    def dumps(self, value: Any) -> bytes:
        """`encode`, as compact JSON bytes."""
        return json.dumps(self.encode(value), separators=(",", ":"), allow_nan=False).encode()

    def loads(self, blob: bytes) -> Any:
        """`decode` of JSON bytes made by `dumps`."""
        return self.decode(json.loads(blob))


def _to_arrow(value: Any) -> bytes:
    import pandas as pd
    import pyarrow as pa

    frame = (
        value.to_frame(name="__series__" if value.name is None else value.name)
        if isinstance(value, pd.Series)
        else value
    )
    table = pa.Table.from_pandas(frame, preserve_index=True)
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def _from_arrow(blob: bytes, series: bool) -> Any:
    import pyarrow as pa

    table = pa.ipc.open_stream(io.BytesIO(blob)).read_all()
    frame = table.to_pandas()
    if series:
        column = frame[frame.columns[0]]
        if column.name == "__series__":
            column.name = None
        return column
    return frame
