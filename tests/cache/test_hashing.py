"""Call keys hash arguments by value: equal values give one key, any change another."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import threading
from typing import Any

import numpy as np
import pandas as pd
import pytest

from ostinato.cache import hashing


def key(*args: Any, hash_funcs: Any = None, **kwargs: Any) -> str:
    def function(a: Any = None, b: Any = None, _skip: Any = None) -> None: ...

    return hashing.value_key(function, args, kwargs, hashing.normalize_hash_funcs(hash_funcs))


def frame(rows: int = 1000) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "n": np.arange(rows),
            "x": np.linspace(0, 1, rows),
            "s": [f"row {i}" for i in range(rows)],
            "c": pd.Categorical(["a", "b"] * (rows // 2)),
            "m": pd.array([1, None] * (rows // 2), dtype="Int64"),
            "t": pd.date_range("2026-01-01", periods=rows, freq="h"),
        }
    )


def test_equal_dataframes_share_a_key_and_any_cell_changes_it() -> None:
    base = frame()
    assert key(base) == key(base.copy()) == key(frame())
    for column, value in [("n", -1), ("x", 0.5), ("s", "other"), ("c", "b"), ("m", 7)]:
        changed = base.copy()
        changed.loc[776, column] = value
        assert key(changed) != key(base), column
    assert key(base.rename(columns={"n": "N"})) != key(base)
    assert key(base.set_index("n")) != key(base)
    assert key(base["x"]) == key(base["x"].copy()) != key(base["x"] * 2)


def test_a_large_frame_is_hashed_whole_not_sampled() -> None:
    big = pd.DataFrame({"v": np.zeros(200_000), "s": ["a"] * 200_000})
    for row in (0, 123_457, 199_999):
        changed = big.copy()
        changed.loc[row, "v"] = 1.0
        assert key(changed) != key(big), row
    strings = big.copy()
    strings.loc[150_001, "s"] = "b"
    assert key(strings) != key(big)


def test_numpy_arrays_by_dtype_shape_and_content() -> None:
    array = np.arange(12, dtype=np.int64)
    assert key(array) == key(array.copy())
    assert key(array) != key(array.astype(np.int32))
    assert key(array) != key(array.reshape(3, 4))
    assert key(array.reshape(3, 4).T) == key(np.ascontiguousarray(array.reshape(3, 4).T))
    other = array.copy()
    other[11] = 0
    assert key(other) != key(array)


@dataclasses.dataclass
class Point:
    x: int
    y: list[int]


class Colour(enum.Enum):
    RED = 1
    BLUE = 2


def test_plain_values_dataclasses_enums_and_dates() -> None:
    assert key(1) != key(1.0) != key("1") != key(True)
    assert key([1, 2]) != key((1, 2)) and key({1, 2}) == key({2, 1})
    assert key({"a": 1}) != key({"a": 2})
    assert key(Point(1, [2])) == key(Point(1, [2])) != key(Point(1, [3]))
    assert key(Colour.RED) != key(Colour.BLUE)
    assert key(dt.date(2026, 1, 1)) != key(dt.date(2026, 1, 2))
    assert key(a=1, b=2) != key(a=2, b=1)


def test_functions_are_hashed_by_their_code() -> None:
    def first(v: int) -> int:
        return v + 1

    def second(v: int) -> int:
        return v + 2

    def first_again(v: int) -> int:
        return v + 1

    first_again.__qualname__ = first.__qualname__
    assert key(first) == key(first_again)
    assert key(first) != key(second)


def test_underscore_parameters_are_left_out() -> None:
    assert key(1, 2, threading.Lock()) == key(1, 2, "anything")
    assert key(1, _skip=threading.Lock()) == key(1)


def test_an_unhashable_argument_is_named() -> None:
    with pytest.raises(hashing.ArgumentUnhashable) as caught:
        key(1, threading.Lock())
    assert caught.value.name == "b"


def test_hash_funcs_replace_the_hash_of_a_type_by_type_or_name() -> None:
    lock_a, lock_b = threading.Lock(), threading.Lock()
    by_type = {type(lock_a): lambda _: "one lock"}
    assert key(lock_a, hash_funcs=by_type) == key(lock_b, hash_funcs=by_type)
    by_name = {"__main__.Nothing": id, "tests.cache.test_hashing.Point": lambda p: p.x}
    assert key(Point(1, [2]), hash_funcs=by_name) == key(Point(1, [9]), hash_funcs=by_name)


def test_a_failing_hash_func_is_reported() -> None:
    def broken(_: object) -> str:
        raise ValueError("no")

    with pytest.raises(hashing.HashFuncFailed) as caught:
        key(Point(1, []), hash_funcs={Point: broken})
    assert caught.value.hash_func is broken


def test_a_cycle_does_not_recurse_forever() -> None:
    loop: list[Any] = [1]
    loop.append(loop)
    assert key(loop) == key(loop)


def test_function_keys_follow_the_source() -> None:
    def one() -> int:
        return 1

    assert hashing.function_key("cache_data", one) == hashing.function_key("cache_data", one)
    assert hashing.function_key("cache_data", one) != hashing.function_key("cache_resource", one)


def test_uploaded_and_open_files_by_name_and_content(tmp_path: Any) -> None:
    from ostinato.runtime.files import UploadedFile

    first = UploadedFile("1", "a.csv", "text/csv", b"x,y\n1,2\n")
    same = UploadedFile("2", "a.csv", "text/csv", b"x,y\n1,2\n")
    other = UploadedFile("3", "b.csv", "text/csv", b"x,y\n1,2\n")
    assert key(first) == key(same) != key(other)
    path = tmp_path / "data.txt"
    path.write_text("hello")
    with open(path) as handle, open(path) as again:
        assert key(handle) == key(again)
        handle.read(2)
        assert key(handle) != key(again)


def test_closures_are_hashed_with_what_they_captured() -> None:
    def make(limit: int) -> Any:
        def keep(v: int) -> bool:
            return v < limit

        return keep

    assert key(make(5)) == key(make(5)) != key(make(6))


def test_frames_of_python_objects() -> None:
    cells = pd.DataFrame({"o": pd.Series([[1, 2], {"a": 1}, None], dtype=object)})
    assert key(cells) == key(cells.copy())
    changed = cells.copy()
    changed.at[0, "o"] = [1, 3]
    assert key(changed) != key(cells)
    mixed = pd.DataFrame({"o": pd.Series([1, "a", 2.5], dtype=object)})
    assert key(mixed) != key(pd.DataFrame({"o": pd.Series([1, "a", 2.6], dtype=object)}))
