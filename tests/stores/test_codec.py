"""The safe codec: every listed type round-trips; anything else is refused, or
pickled and signed when allowed; a bad signature is refused before unpickling."""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import enum
import json
import pickle
import typing
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ostinato.stores.codec import Codec, NotDurable, Signer, TamperedState


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@dataclasses.dataclass
class Point:
    x: int
    y: float
    tags: list[str]
    when: dt.date


class Pair(typing.NamedTuple):
    left: int
    right: str


SCALARS: list[Any] = [
    None,
    True,
    False,
    0,
    -(2**70),
    1.5,
    float("inf"),
    complex(1, -2),
    "text ✓",
    b"\x00\xffbytes",
    dt.date(2024, 2, 29),
    dt.time(23, 59, 1, 5),
    dt.datetime(2024, 1, 2, 3, 4, 5, 6),
    dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    dt.timedelta(days=-1, seconds=5, microseconds=7),
    decimal.Decimal("3.1400"),
    uuid.UUID("12345678-1234-5678-1234-567812345678"),
    Colour.BLUE,
    Point(1, 2.5, ["a"], dt.date(2020, 1, 1)),
    Pair(3, "x"),
    [1, [2, (3, 4)]],
    (1, "two", None),
    {1, 2, 3},
    frozenset({"a"}),
    {"a": 1, "b": {"c": [1, 2]}},
    {1: "int key", (1, 2): "tuple key"},
    {"$t": "a user key that looks like a tag"},
]


def roundtrip(value: Any, codec: Codec | None = None) -> Any:
    codec = codec or Codec(allowed=[__name__])
    return codec.loads(codec.dumps(value))


@pytest.mark.parametrize("value", SCALARS, ids=[type(v).__name__ for v in SCALARS])
def test_every_listed_type_round_trips(value: Any) -> None:
    back = roundtrip(value)
    assert back == value
    assert type(back) is type(value)


def test_nan_round_trips() -> None:
    assert np.isnan(roundtrip(float("nan")))


def test_numpy_arrays_round_trip_with_dtype_and_shape() -> None:
    for array in (
        np.arange(12, dtype=np.int16).reshape(3, 4),
        np.linspace(0, 1, 5),
        np.array([True, False]),
    ):
        back = roundtrip(array)
        assert back.dtype == array.dtype and back.shape == array.shape
        assert (back == array).all()
    assert roundtrip(np.float32(2.5)) == 2.5


def test_pandas_frames_and_series_round_trip() -> None:
    frame = pd.DataFrame(
        {"n": [1, 2, 3], "s": ["a", "b", None], "t": pd.to_datetime(["2024-01-01"] * 3)},
        index=["x", "y", "z"],
    )
    pd.testing.assert_frame_equal(roundtrip(frame), frame)
    series = pd.Series([1.5, 2.5], name="price")
    pd.testing.assert_series_equal(roundtrip(series), series)
    unnamed = pd.Series([1, 2])
    pd.testing.assert_series_equal(roundtrip(unnamed), unnamed)


leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text()
    | st.binary()
    | st.dates()
    | st.decimals(allow_nan=False, allow_infinity=False)
    | st.uuids()
)
hashable = st.none() | st.booleans() | st.integers() | st.text() | st.dates()
containers = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(), inner, max_size=4)
        | st.dictionaries(hashable, inner, max_size=4)
        | st.frozensets(hashable, max_size=4)
        | st.sets(hashable, max_size=4)
    ),
    max_leaves=20,
)


@given(containers)
def test_nested_containers_round_trip(value: Any) -> None:
    back = roundtrip(value)
    assert back == value
    assert same_types(back, value)


def same_types(a: Any, b: Any) -> bool:
    """True when `a` and `b` have the same types all the way down."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return all(same_types(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return all(same_types(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, set | frozenset):
        return sorted(map(repr, a)) == sorted(map(repr, b))
    return True


@pytest.mark.parametrize(
    "value",
    [lambda: 1, object(), np.array([object()]), open],
    ids=["lambda", "object", "object array", "builtin"],
)
def test_other_values_are_not_durable_without_pickle(value: Any) -> None:
    with pytest.raises(NotDurable) as refused:
        Codec().dumps(value)
    assert "encoding" in str(refused.value) or "safely" in str(refused.value)


class Opaque:
    def __init__(self, n: int) -> None:
        self.n = n

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Opaque) and other.n == self.n


def test_allowed_pickle_is_signed_and_verified() -> None:
    codec = Codec(Signer(b"k" * 32))
    blob = codec.dumps({"opaque": Opaque(7), "plain": 1})
    record = json.loads(blob)
    assert record["plain"] == 1
    assert record["opaque"]["$t"] == "pickle" and len(record["opaque"]["sig"]) == 64
    assert codec.loads(blob) == {"opaque": Opaque(7), "plain": 1}


class Boom:
    def __reduce__(self) -> tuple[Any, ...]:
        return (pytest.fail, ("a tampered pickle was unpickled",))


def test_tampered_pickle_is_refused_before_unpickling() -> None:
    codec = Codec(Signer(b"k" * 32))
    record = json.loads(codec.dumps(Opaque(1)))
    evil = pickle.dumps(Boom())
    import base64

    record["v"] = base64.b64encode(evil).decode()
    with pytest.raises(TamperedState, match="HMAC-SHA256"):
        codec.loads(json.dumps(record).encode())
    # Signed with another secret: refused as well.
    other = Codec(Signer(b"x" * 32)).dumps(Opaque(1))
    with pytest.raises(TamperedState):
        codec.loads(other)
    # And a codec without pickle refuses every pickle.
    with pytest.raises(TamperedState):
        Codec().loads(codec.dumps(Opaque(1)))


def test_classes_are_only_looked_up_never_imported() -> None:
    fake = json.dumps({"$t": "enum", "cls": "not_a_loaded_module:Thing", "v": 1}).encode()
    with pytest.raises(NotDurable, match="not loaded"):
        Codec().loads(fake)
    wrong = json.dumps({"$t": "enum", "cls": "builtins:dict", "v": 1}).encode()
    with pytest.raises(NotDurable, match="not an Enum"):
        Codec(allowed=["builtins"]).loads(wrong)


def test_dict_subclasses_keep_their_type() -> None:
    import collections

    codec = Codec(allowed=[__name__])
    counts: collections.defaultdict[str, int] = collections.defaultdict(int, {"a": 2})
    groups: collections.defaultdict[str, list[int]] = collections.defaultdict(list)
    groups["x"].append(1)
    ordered = collections.OrderedDict([("b", 1), ("a", 2)])
    tally = collections.Counter("hello")
    back = codec.loads(
        codec.dumps({"counts": counts, "groups": groups, "ordered": ordered, "tally": tally})
    )
    assert type(back["counts"]) is collections.defaultdict and back["counts"] == {"a": 2}
    back["counts"]["new"] += 1  # the default factory came back too
    assert back["counts"]["new"] == 1
    back["groups"]["y"].append(2)
    assert back["groups"] == {"x": [1], "y": [2]}
    assert type(back["ordered"]) is collections.OrderedDict
    assert list(back["ordered"]) == ["b", "a"]
    assert type(back["tally"]) is collections.Counter and back["tally"]["l"] == 2
    # A default factory that is not a class cannot keep its type: refused, never a
    # plain dict in disguise.
    with pytest.raises(NotDurable, match="cannot keep its type"):
        codec.dumps(collections.defaultdict(lambda: 0))

    class Custom(dict):  # type: ignore[type-arg]
        pass

    with pytest.raises(NotDurable, match="cannot keep its type"):
        codec.dumps(Custom(a=1))


@dataclasses.dataclass
class Armed:
    fired: typing.ClassVar[list[str]] = []
    name: str

    def __post_init__(self) -> None:
        Armed.fired.append(self.name)


def test_only_the_apps_classes_or_allowed_ones_are_constructed() -> None:
    blob = Codec(allowed=[__name__]).dumps(Armed("x"))
    Armed.fired.clear()
    # A codec for an app elsewhere refuses to construct this module's class.
    with pytest.raises(NotDurable, match="allowedClasses"):
        Codec(app_folder="/nonexistent-app").loads(blob)
    assert Armed.fired == []
    # The app's own modules (files under its folder) are allowed ...
    import os

    here = os.path.dirname(os.path.abspath(__file__))
    assert Codec(app_folder=here).loads(blob).name == "x"
    # ... and so are allow-listed modules or classes.
    assert Codec(allowed=[f"{__name__}:Armed"]).loads(blob).name == "x"
    assert Armed.fired == ["x", "x"]


def test_pickle_signature_is_bound_to_the_session_and_key() -> None:
    codec = Codec(Signer(b"k" * 32))
    stored = codec.encode(Opaque(3), "session-a\x00user\x00secret")
    assert codec.decode(stored, "session-a\x00user\x00secret") == Opaque(3)
    assert stored["kid"] == Signer(b"k" * 32).key_id
    for moved in ("session-b\x00user\x00secret", "session-a\x00user\x00other"):
        with pytest.raises(TamperedState):
            codec.decode(stored, moved)
    # Rotation: a new secret signs, the old one still verifies what it signed.
    rotated = Codec(Signer(b"n" * 32, b"k" * 32))
    assert rotated.decode(stored, "session-a\x00user\x00secret") == Opaque(3)
    assert rotated.encode(Opaque(1), "c")["kid"] == Signer(b"n" * 32).key_id


def test_signatures_are_bound_to_their_own_context_across_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    codec = Codec(Signer(b"k" * 32))

    def round_trip(i: int) -> bool:
        context = f"session-{i}\x00user\x00k"
        stored = codec.encode([list(range(3000)), Opaque(i)], context)
        return bool(codec.decode(stored, context)[1] == Opaque(i))

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(round_trip, range(400)))


def test_packages_in_a_virtualenv_beside_the_script_are_not_the_apps(tmp_path: Path) -> None:
    import importlib.util
    import sys

    source = "import enum\nclass Mode(enum.Enum):\n    A = 1\n"
    installed = tmp_path / ".venv" / "lib" / "python3.11" / "site-packages" / "fakepkg_x1.py"
    installed.parent.mkdir(parents=True)
    installed.write_text(source)
    own = tmp_path / "helpers_x1.py"
    own.write_text(source)
    for name, path in (("fakepkg_x1", installed), ("helpers_x1", own)):
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    try:
        codec = Codec(app_folder=str(tmp_path))
        mine = codec.dumps(sys.modules["helpers_x1"].Mode.A)
        assert codec.loads(mine) is sys.modules["helpers_x1"].Mode.A
        theirs = codec.dumps(sys.modules["fakepkg_x1"].Mode.A)
        with pytest.raises(NotDurable, match="allowedClasses"):
            codec.loads(theirs)
    finally:
        del sys.modules["fakepkg_x1"], sys.modules["helpers_x1"]
