"""A safe codec for Session State: JSON with type tags, never pickle by default.

Covers None, bool, int, float, complex, str, bytes, list, tuple, set, frozenset,
dict, date/time/datetime/timedelta, Decimal, UUID, Enum, dataclasses and
NamedTuples of those, numpy arrays of plain dtypes, and pandas DataFrames and
Series (as Arrow IPC). Anything else raises NotDurable, unless a pickle signer
is given: then it is pickled and signed with HMAC-SHA256, and a blob whose
signature does not verify is refused before anything is unpickled.

Classes (Enum, dataclass, NamedTuple, a defaultdict's default factory) are
looked up by module and name among modules already imported (the running
script's `__main__` included); decoding never imports a module, and constructs
only classes of the app's own modules (files under the script's folder) or of an
allow-list (session.allowedClasses): a record naming any other class is refused.

dict, list, tuple and set subclasses keep their type: defaultdict (with a
builtin or allowed default factory), OrderedDict and Counter are encoded as such;
any other subclass is pickled when allowed, else refused (never quietly stored as
its base type).

A pickle signature binds the blob to the session id and the key it was stored
under, and names the key id of the secret that made it, so that a blob moved to
another session or key is refused and secrets can be rotated.
"""

from __future__ import annotations

import base64
import collections
import dataclasses
import datetime as dt
import decimal
import enum
import hashlib
import hmac
import io
import json
import math
import os
import pickle
import sys
import threading
import uuid
from collections.abc import Iterable
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
    """Signs and checks pickle blobs with HMAC-SHA256. The first secret signs; every
    secret verifies the blobs its key id names (rotation: put the new secret first
    and keep the old ones after it until their sessions expire)."""

    def __init__(self, secret: bytes, *older: bytes) -> None:
        for each in (secret, *older):
            if len(each) < 16:
                raise ValueError("session.secret must be at least 16 bytes long")
        self._keys = {key_id(each): each for each in (secret, *older)}
        self.key_id = key_id(secret)
        """The id of the signing secret, stored beside each signature."""

    def sign(self, blob: bytes, context: str = "") -> str:
        """The hex signature of `blob` stored under `context` (session id and key)."""
        return self._mac(self._keys[self.key_id], blob, context)

    def verify(self, blob: bytes, signature: str, context: str = "", kid: str = "") -> bool:
        """True if `signature` is the signature of `blob` under `context` by the
        secret named `kid` (this signer's own secret when not given)."""
        secret = self._keys.get(kid or self.key_id)
        if secret is None:
            return False
        return hmac.compare_digest(self._mac(secret, blob, context), signature)

    @staticmethod
    def _mac(secret: bytes, blob: bytes, context: str) -> str:
        mac = hmac.new(secret, digestmod=hashlib.sha256)
        bound = context.encode()
        mac.update(len(bound).to_bytes(8, "big") + bound)
        mac.update(blob)
        return mac.hexdigest()


def key_id(secret: bytes) -> str:
    """A short public name of a secret (not enough to guess it)."""
    return hashlib.sha256(b"ostinato-key-id:" + secret).hexdigest()[:12]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _class_path(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _find_class(path: str) -> type:
    if not isinstance(path, str):
        raise NotDurable("the record names no class")
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


NOT_APP_FOLDERS = frozenset({"site-packages", "dist-packages", "node_modules"})


def _in_app(root: str, module_file: str) -> bool:
    """True if `module_file` is one of the app's own files under `root`: not in a
    hidden folder (a `.venv` beside the script) nor among installed packages."""
    path = os.path.realpath(module_file)
    if not path.startswith(root + os.sep):
        return False
    parts = os.path.relpath(path, root).split(os.sep)[:-1]
    return not any(part.startswith(".") or part in NOT_APP_FOLDERS for part in parts)


FACTORIES: dict[str, Any] = {
    f.__name__: f
    for f in (list, dict, set, frozenset, tuple, int, float, complex, str, bytes, bool)
}
"""defaultdict default factories known by name."""


class Codec:
    """Turns values into JSON-ready data and back. `signer` enables signed pickle;
    `app_folder` (the script's folder) and `allowed` (module names, or
    "module:Qualname") say which classes decoding may construct."""

    def __init__(
        self,
        signer: Signer | None = None,
        app_folder: str | None = None,
        allowed: Iterable[str] = (),
    ) -> None:
        self.signer = signer
        self.app_folder = app_folder
        self.allowed = frozenset(allowed)
        self._local = threading.local()
        """The context of the value being encoded or decoded, per thread (sessions
        are written from their own script threads at once)."""

    def _allowed_class(self, path: str) -> type:
        """The class `path` names, if decoding may construct it; NotDurable if not."""
        cls = _find_class(path)
        module_name = cls.__module__
        if (
            module_name == "__main__"
            or module_name in self.allowed
            or f"{module_name}:{cls.__qualname__}" in self.allowed
            or any(module_name.startswith(name + ".") for name in self.allowed)
        ):
            return cls
        folder = self.app_folder
        module_file = getattr(sys.modules.get(module_name), "__file__", None)
        if folder and module_file and _in_app(os.path.realpath(folder), module_file):
            return cls
        raise NotDurable(
            f"class {path} is not one of the app's own (files under its folder) nor in "
            "session.allowedClasses, so it is not constructed"
        )

    def _current(self) -> str:
        return str(getattr(self._local, "context", ""))

    # -- encoding ---------------------------------------------------------------------

    def encode(self, value: Any, context: str = "") -> Any:
        """JSON-ready data for `value`; NotDurable if it cannot be stored. `context`
        (session id and key) is bound into pickle signatures."""
        self._local.context = context
        return self._encode(value, 0)

    def _pickled(self, value: Any, reason: str) -> Any:
        """A value with no safe encoding: signed pickle if allowed, else NotDurable."""
        if self.signer is None:
            raise NotDurable(reason)
        try:
            blob = pickle.dumps(value)
        except Exception as exc:  # pickle fails in many ways
            raise NotDurable(f"{reason}, and pickle cannot serialize it either ({exc})") from None
        return {
            TAG: "pickle",
            "kid": self.signer.key_id,
            "sig": self.signer.sign(blob, self._current()),
            "v": _b64(blob),
        }

    def _pairs(self, value: dict[Any, Any], depth: int) -> list[list[Any]]:
        return [[self._encode(k, depth), self._encode(v, depth)] for k, v in value.items()]

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
        if type(value) is list:
            return [self._encode(v, deeper) for v in value]
        if isinstance(value, tuple) and hasattr(value, "_fields"):
            return {
                TAG: "namedtuple",
                "cls": _class_path(type(value)),
                "v": [self._encode(v, deeper) for v in value],
            }
        if type(value) is tuple:
            return {TAG: "tuple", "v": [self._encode(v, deeper) for v in value]}
        if type(value) in (set, frozenset):
            kind = "set" if isinstance(value, set) else "frozenset"
            return {TAG: kind, "v": [self._encode(v, deeper) for v in value]}
        if type(value) is dict:
            if all(isinstance(k, str) for k in value) and TAG not in value:
                return {k: self._encode(v, deeper) for k, v in value.items()}
            return {TAG: "dict", "v": self._pairs(value, deeper)}
        if isinstance(value, dict):
            return self._encode_dict_subclass(value, deeper)
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

    def _encode_dict_subclass(self, value: dict[Any, Any], depth: int) -> Any:
        kind = type(value)
        if kind is collections.OrderedDict:
            return {TAG: "odict", "v": self._pairs(value, depth)}
        if kind is collections.Counter:
            return {TAG: "counter", "v": self._pairs(value, depth)}
        if isinstance(value, collections.defaultdict) and kind is collections.defaultdict:
            factory: Any = value.default_factory
            name: str | None
            if factory is None:
                name = None
            elif any(factory is known for known in FACTORIES.values()):
                name = str(factory.__name__)
            elif isinstance(factory, type) and "<locals>" not in factory.__qualname__:
                name = _class_path(factory)
            else:
                return self._pickled(
                    value,
                    f"a defaultdict whose default factory is {factory!r} (not a class) cannot "
                    "keep its type",
                )
            return {TAG: "defaultdict", "factory": name, "v": self._pairs(value, depth)}
        return self._pickled(
            value, f"{kind.__module__}.{kind.__qualname__} (a dict subclass) cannot keep its type"
        )

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

    def decode(self, data: Any, context: str = "") -> Any:
        """The value `data` was made from. TamperedState for a bad pickle signature
        (or one made for another `context`)."""
        self._local.context = context
        return self._decode(data)

    def _decode(self, data: Any) -> Any:
        if isinstance(data, list):
            return [self._decode(v) for v in data]
        if not isinstance(data, dict):
            return data
        tag = data.get(TAG)
        if tag is None:
            return {k: self._decode(v) for k, v in data.items()}
        raw: Any = data.get("v")
        if tag == "pickle":
            blob = _unb64(raw)
            signature, kid = str(data.get("sig", "")), str(data.get("kid", ""))
            if self.signer is None or not self.signer.verify(blob, signature, self._current(), kid):
                raise TamperedState()
            return pickle.loads(blob)
        if tag == "float":
            return float(raw)
        if tag == "complex":
            return complex(raw[0], raw[1])
        if tag == "bytes":
            return _unb64(raw)
        if tag == "tuple":
            return tuple(self._decode(v) for v in raw)
        if tag == "set":
            return {self._decode(v) for v in raw}
        if tag == "frozenset":
            return frozenset(self._decode(v) for v in raw)
        if tag == "dict":
            return {self._decode(k): self._decode(v) for k, v in raw}
        if tag == "odict":
            return collections.OrderedDict((self._decode(k), self._decode(v)) for k, v in raw)
        if tag == "counter":
            return collections.Counter({self._decode(k): self._decode(v) for k, v in raw})
        if tag == "defaultdict":
            name = data.get("factory")
            factory: Any = None
            if name is not None:
                factory = FACTORIES.get(name) if ":" not in str(name) else None
                factory = factory or self._allowed_class(name)
            found: collections.defaultdict[Any, Any] = collections.defaultdict(factory)
            found.update((self._decode(k), self._decode(v)) for k, v in raw)
            return found
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
            cls = self._allowed_class(data["cls"])
            if not issubclass(cls, enum.Enum):
                raise NotDurable(f"{data['cls']} is not an Enum")
            return cls(self._decode(raw))
        if tag == "namedtuple":
            cls = self._allowed_class(data["cls"])
            if not (issubclass(cls, tuple) and hasattr(cls, "_fields")):
                raise NotDurable(f"{data['cls']} is not a NamedTuple")
            return cls(*(self._decode(v) for v in raw))
        if tag == "dataclass":
            cls = self._allowed_class(data["cls"])
            if not dataclasses.is_dataclass(cls):
                raise NotDurable(f"{data['cls']} is not a dataclass")
            values = {k: self._decode(v) for k, v in raw.items()}
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
