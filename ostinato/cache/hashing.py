"""Cache keys: a function's key (its module, name and source) and a call's key (its
arguments, hashed by value). Any thread.

Values are hashed by what they hold, never by identity: numbers, text, bytes,
containers, dataclasses, enums, dates, numpy arrays and pandas objects (their
whole data, read from their buffers: no sampling), functions by their code, and
other objects by what pickle would save of them (`__reduce_ex__`). An object that
offers none of these is unhashable (UnhashableType), and the decorator names the
argument and says how to leave it out (a leading underscore).
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime as dt
import decimal
import enum
import functools
import hashlib
import inspect
import io
import os
import re
import struct
import threading
import types
import uuid
import weakref
from collections.abc import Callable, Mapping
from typing import Any

HashFuncs = Mapping[Any, Callable[[Any], Any]]
"""`hash_funcs` as the decorators take it: a type, or its "module.QualName", to a function."""

_CYCLE = b"\x00cycle"


class UnhashableType(Exception):
    """A value the hasher cannot hash (the decorator turns it into UnhashableParamError)."""


class HashFuncFailed(Exception):
    """A function of `hash_funcs` raised; `hash_func` is it and `value` what it got."""

    def __init__(self, hash_func: Callable[[Any], Any], value: Any, exc: BaseException) -> None:
        super().__init__(str(exc))
        self.hash_func = hash_func
        self.value = value
        self.exc = exc


def type_name(value: Any) -> str:
    """ "module.QualName" of a value's type, the form `hash_funcs` keys may take."""
    kind = type(value)
    return f"{kind.__module__}.{kind.__qualname__}"


def normalize_hash_funcs(hash_funcs: HashFuncs | None) -> dict[str, Callable[[Any], Any]]:
    """`hash_funcs` keyed by "module.QualName" strings only."""
    found: dict[str, Callable[[Any], Any]] = {}
    for key, function in (hash_funcs or {}).items():
        name = f"{key.__module__}.{key.__qualname__}" if isinstance(key, type) else str(key)
        found[name] = function
    return found


_SIMPLE: dict[type, Callable[[Any], bytes]] = {
    int: lambda v: b"i%d" % v,
    bool: lambda v: b"b1" if v else b"b0",
    float: lambda v: b"f" + struct.pack("<d", v),
    str: lambda v: b"s" + v.encode("utf-8", "surrogatepass"),
    bytes: lambda v: b"y" + v,
    type(None): lambda v: b"n",
}


class Hasher:
    """Feeds values into one sha256, recursively. One call's key; not shared."""

    def __init__(self, hash_funcs: Mapping[str, Callable[[Any], Any]] | None = None) -> None:
        self.digest = hashlib.sha256()
        self.hash_funcs = hash_funcs or {}
        self._stack: set[int] = set()

    def add(self, value: Any) -> None:
        """Hash `value` into the key. UnhashableType or HashFuncFailed if it cannot be."""
        update = self.digest.update
        kind = type(value)
        if self.hash_funcs:
            custom = self.hash_funcs.get(f"{kind.__module__}.{kind.__qualname__}")
            if custom is not None:
                try:
                    replaced = custom(value)
                except Exception as exc:
                    raise HashFuncFailed(custom, value, exc) from exc
                update(b"h")
                self.add(replaced)
                return
        simple = _SIMPLE.get(kind)
        if simple is not None:
            data = simple(value)
            update(len(data).to_bytes(8, "little"))
            update(data)
            return
        marker = id(value)
        if marker in self._stack:
            update(_CYCLE)
            return
        self._stack.add(marker)
        try:
            update(b"<" + f"{kind.__module__}.{kind.__qualname__}".encode() + b">")
            self._compound(value)
            update(b"/")
        finally:
            self._stack.discard(marker)

    def _compound(self, value: Any) -> None:
        update = self.digest.update
        if isinstance(value, list | tuple):
            update(b"%d" % len(value))
            for item in value:
                self.add(item)
        elif isinstance(value, dict | types.MappingProxyType):
            update(b"%d" % len(value))
            for key, item in value.items():
                self.add(key)
                self.add(item)
        elif isinstance(value, set | frozenset):
            parts = sorted(_sub(self, item) for item in value)
            update(b"".join(parts))
        elif isinstance(value, int | float | str | bytes | bool):  # subclasses
            self.add(_plain(value))
        elif isinstance(value, bytearray | memoryview):
            update(bytes(value))
        elif isinstance(value, complex):
            update(struct.pack("<dd", value.real, value.imag))
        elif isinstance(value, enum.Enum):
            self.add(value.name)
            self.add(value.value)
        elif isinstance(value, dt.date | dt.time):
            update(value.isoformat().encode())
            tz = getattr(value, "tzinfo", None)
            if tz is not None:
                update(str(tz).encode())
        elif isinstance(value, dt.timedelta):
            update(b"%d,%d,%d" % (value.days, value.seconds, value.microseconds))
        elif isinstance(value, decimal.Decimal | uuid.UUID):
            update(str(value).encode())
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                self.add(field.name)
                self.add(getattr(value, field.name))
        elif isinstance(value, types.FunctionType):
            self._function(value)
        elif isinstance(value, types.CodeType):
            self._code(value)
        elif isinstance(value, functools.partial):
            self.add(value.func)
            self.add(value.args)
            self.add(value.keywords)
        elif isinstance(value, types.ModuleType):
            update(value.__name__.encode())
        elif isinstance(value, type):
            update(f"{value.__module__}.{value.__qualname__}".encode())
        elif isinstance(value, types.BuiltinFunctionType):
            update(f"{getattr(value, '__module__', '')}.{value.__qualname__}".encode())
        elif isinstance(value, types.MethodType):
            self.add(value.__self__)
            self.add(value.__func__)
        elif isinstance(value, re.Pattern):
            self.add(value.pattern)
            self.add(value.flags)
        elif isinstance(value, io.BytesIO | io.StringIO):  # st.file_uploader's files too
            self.add(getattr(value, "name", None))
            self.add(value.tell())
            self.add(value.getvalue())
        elif isinstance(value, io.IOBase) and isinstance(getattr(value, "name", None), str):
            self._open_file(value)
        elif not _data(self, value):
            self._reduced(value)

    def _open_file(self, value: Any) -> None:
        """An open file: its path, when it last changed, and the position in it."""
        self.add(value.name)
        try:
            self.add(os.path.getmtime(value.name))
            self.add(value.tell())
        except (OSError, ValueError) as exc:
            raise UnhashableType(str(exc)) from exc

    def _function(self, value: types.FunctionType) -> None:
        self.add(value.__module__)
        self.add(value.__qualname__)
        self._code(value.__code__)
        self.add(value.__defaults__)
        self.add(value.__kwdefaults__)
        for cell in value.__closure__ or ():
            try:
                contents = cell.cell_contents
            except ValueError:  # a cell not filled yet
                contents = _CYCLE
            self.add(contents)

    def _code(self, code: types.CodeType) -> None:
        update = self.digest.update
        update(code.co_code)
        update(repr(code.co_names).encode())
        for const in code.co_consts:
            self.add(const)

    def _reduced(self, value: Any) -> None:
        """Anything else, by what pickle would store of it."""
        try:
            reduced = value.__reduce_ex__(4)
        except Exception as exc:
            raise UnhashableType(str(exc)) from exc
        if isinstance(reduced, str):
            self.add(reduced)
            return
        for part in reduced:
            if isinstance(part, collections.abc.Iterator):
                part = list(part)
            self.add(part)


def _plain(value: Any) -> Any:
    """A subclass of a simple type as that type (an IntEnum is caught before)."""
    for base in (bool, int, float, str, bytes):
        if isinstance(value, base):
            return base.__call__(value)
    return value


def _sub(parent: Hasher, value: Any) -> bytes:
    child = Hasher(parent.hash_funcs)
    child._stack = parent._stack
    child.add(value)
    return child.digest.digest()


def _data(hasher: Hasher, value: Any) -> bool:
    """numpy, pandas, pyarrow and PIL values, by their buffers. False if `value` is
    none of those."""
    module = type(value).__module__.partition(".")[0]
    if module == "numpy":
        import numpy as np

        if isinstance(value, np.ndarray):
            _ndarray(hasher, value)
            return True
        if isinstance(value, np.generic):
            hasher.digest.update(value.dtype.str.encode())
            hasher.add(value.item() if value.dtype.hasobject else np.asarray(value).tobytes())
            return True
        return False
    if module == "pandas":
        import pandas as pd

        if isinstance(value, pd.DataFrame):
            _frame(hasher, value)
            return True
        if isinstance(value, pd.Series):
            _series(hasher, value)
            return True
        if isinstance(value, pd.Index):
            _index(hasher, value)
            return True
        return False
    if module == "pyarrow":
        import pyarrow as pa

        if isinstance(value, pa.Array | pa.ChunkedArray):
            _arrow(hasher, value)
            return True
        if isinstance(value, pa.Table | pa.RecordBatch):
            hasher.add(str(value.schema))
            for column in value.columns:
                _arrow(hasher, column)
            return True
        return False
    if module == "PIL" and hasattr(value, "tobytes") and hasattr(value, "mode"):
        hasher.add(value.mode)
        hasher.add(tuple(value.size))
        hasher.digest.update(value.tobytes())
        palette = value.getpalette() if value.mode == "P" else None
        hasher.add(palette)
        return True
    if hasattr(value, "model_dump_json") and callable(value.model_dump_json):
        try:
            hasher.add(value.model_dump_json())
        except Exception as exc:
            raise UnhashableType(str(exc)) from exc
        return True
    return False


def _ndarray(hasher: Hasher, array: Any) -> None:
    import numpy as np

    hasher.add(array.dtype.str)
    hasher.add(tuple(array.shape))
    if array.dtype.hasobject:
        for item in array.flat:
            hasher.add(item)
        return
    contiguous = np.ascontiguousarray(array)
    hasher.digest.update(contiguous.reshape(-1).view(np.uint8).data if contiguous.size else b"")


_arrow_digests: dict[int, tuple[weakref.ref[Any], bytes]] = {}
"""Digests of pyarrow arrays by identity: they are immutable, so an array hashed once
(a string column passed to several cached functions) is not read again."""


def _arrow(hasher: Hasher, array: Any) -> None:
    marker = id(array)
    known = _arrow_digests.get(marker)
    if known is not None and known[0]() is array:
        hasher.digest.update(known[1])
        return
    part = hashlib.sha256()
    part.update(str(array.type).encode())
    chunks = array.chunks if hasattr(array, "chunks") else [array]
    part.update(b"%d" % len(array))
    for chunk in chunks:
        part.update(b"%d,%d,%d" % (chunk.offset, len(chunk), chunk.null_count))
        for buffer in chunk.buffers():
            part.update(b"-" if buffer is None else memoryview(buffer))
    digest = part.digest()
    try:
        ref = weakref.ref(array, lambda _: _arrow_digests.pop(marker, None))
    except TypeError:
        pass
    else:
        _arrow_digests[marker] = (ref, digest)
    hasher.digest.update(digest)


def _values(hasher: Hasher, array: Any) -> None:
    """A pandas ExtensionArray or numpy array's data."""
    import numpy as np

    if isinstance(array, np.ndarray):
        _ndarray(hasher, array)
        return
    backing = getattr(array, "_ndarray", None)  # numpy-backed extension arrays
    if isinstance(backing, np.ndarray) and not backing.dtype.hasobject:
        _ndarray(hasher, backing)
        return
    arrow = getattr(array, "_pa_array", None)
    if arrow is not None:
        _arrow(hasher, arrow)
        return
    codes = getattr(array, "codes", None)
    if codes is not None and hasattr(array, "categories"):
        _ndarray(hasher, np.asarray(codes))
        _index(hasher, array.categories)
        hasher.add(bool(array.ordered))
        return
    if hasattr(array, "_data") and hasattr(array, "_mask"):  # masked (nullable) arrays
        _ndarray(hasher, array._data)
        _ndarray(hasher, array._mask)
        return
    import pandas as pd

    objects = np.asarray(array, dtype=object)
    try:
        hashed = pd.util.hash_array(objects)
    except TypeError:  # cells pandas cannot hash (lists, dicts): one by one
        for item in objects:
            hasher.add(item)
        return
    _ndarray(hasher, hashed)


def _index(hasher: Hasher, index: Any) -> None:
    import pandas as pd

    hasher.add(str(index.dtype))
    hasher.add(list(index.names))
    if isinstance(index, pd.RangeIndex):
        hasher.add((index.start, index.stop, index.step))
    elif isinstance(index, pd.MultiIndex):
        for level, codes in zip(index.levels, index.codes, strict=True):
            _index(hasher, level)
            _ndarray(hasher, codes)
    else:
        _values(hasher, index.array)


def _series(hasher: Hasher, series: Any) -> None:
    hasher.add(series.name)
    hasher.add(str(series.dtype))
    _index(hasher, series.index)
    _values(hasher, series.array)


def _frame(hasher: Hasher, frame: Any) -> None:
    hasher.add(tuple(frame.shape))
    _index(hasher, frame.columns)
    _index(hasher, frame.index)
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        hasher.add(str(column.dtype))
        _values(hasher, column.array)


# -- function keys ---------------------------------------------------------------------

_sources: weakref.WeakKeyDictionary[types.CodeType, str] = weakref.WeakKeyDictionary()
_sources_lock = threading.Lock()


def function_key(kind: str, function: Callable[..., Any]) -> str:
    """The key of a function's cache: its kind ("cache_data"/"cache_resource"),
    module, qualified name and source code (bytecode when there is no source). Stable
    across reruns of the script; changes when the function's source does."""
    code = getattr(function, "__code__", None)
    source: str | None = None
    if code is not None:
        with _sources_lock:
            source = _sources.get(code)
    if source is None:
        try:
            text: str | bytes = inspect.getsource(function)
        except (OSError, TypeError):
            text = code.co_code if code is not None else repr(function).encode()
        source = hashlib.sha256(text.encode() if isinstance(text, str) else text).hexdigest()
        if code is not None:
            with _sources_lock:
                _sources[code] = source
    module = getattr(function, "__module__", "?")
    name = getattr(function, "__qualname__", "?")
    return hashlib.sha256(f"{kind}\0{module}\0{name}\0{source}".encode()).hexdigest()[:32]


_params: weakref.WeakKeyDictionary[types.CodeType, tuple[str | None, ...]] = (
    weakref.WeakKeyDictionary()
)


def positional_names(function: Callable[..., Any]) -> tuple[str | None, ...]:
    """The names of a function's positional parameters (None past them: *args)."""
    code = getattr(function, "__code__", None)
    if code is not None:
        found = _params.get(code)
        if found is not None:
            return found
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return ()
    names = tuple(
        p.name
        for p in parameters
        if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    )
    if code is not None:
        _params[code] = names
    return names


class ArgumentUnhashable(Exception):
    """An argument that cannot be hashed: its name (None for *args) and value."""

    def __init__(self, name: str | None, value: Any, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.name = name
        self.value = value
        self.cause = cause


def value_key(
    function: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    hash_funcs: Mapping[str, Callable[[Any], Any]] | None = None,
) -> str:
    """The key of one call: every argument by name and value, except those whose
    parameter name starts with "_". ArgumentUnhashable or HashFuncFailed otherwise."""
    names = positional_names(function)
    hasher = Hasher(hash_funcs)
    count = len(names)
    for index, value in enumerate(args):
        name = names[index] if index < count else None
        if name is not None and name[0] == "_":
            continue
        hasher.add(name)
        try:
            hasher.add(value)
        except UnhashableType as exc:
            raise ArgumentUnhashable(name, value, exc) from exc
    for name, value in kwargs.items():
        if name[0] == "_":
            continue
        hasher.add(name)
        try:
            hasher.add(value)
        except UnhashableType as exc:
            raise ArgumentUnhashable(name, value, exc) from exc
    return hasher.digest.hexdigest()
