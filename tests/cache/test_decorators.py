"""st.cache_data and st.cache_resource as a script uses them (through AppTest): hits,
misses, copies and shared objects, ttl, max_entries, clear, errors, replay."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

import ostinato as st
from ostinato.errors import OstinatoAPIException, UnhashableParamError
from ostinato.testing.v1 import AppTest

COUNTED = """
import ostinato as st
st.session_state.setdefault("calls", 0)

@st.cache_data{args}
def double(x):
    st.session_state.calls += 1
    return [x, x]

value = double(st.session_state.get("x", 1))
value.append("mutated by the caller")
st.write("calls", st.session_state.calls)
st.write("value", repr(value))
"""


def calls(at: AppTest) -> str:
    return str(at.markdown[0].value)


def test_a_hit_skips_the_function_and_returns_a_fresh_copy() -> None:
    at = AppTest.from_string(COUNTED.format(args="")).run()
    assert calls(at) == "calls `1`"
    at.run()
    assert calls(at) == "calls `1`"
    assert "[1, 1, 'mutated by the caller']" in at.markdown[1].value
    at.session_state["x"] = 2
    at.run()
    assert calls(at) == "calls `2`"


def test_sessions_share_the_cache() -> None:
    script = COUNTED.format(args="")
    AppTest.from_string(script).run()
    other = AppTest.from_string(script).run()
    assert calls(other) == "calls `0`"


def test_max_entries_evicts_the_least_recently_used() -> None:
    at = AppTest.from_string(COUNTED.format(args="(max_entries=2)"))
    for x in (1, 2, 3, 1):  # 1 was evicted by 3
        at.session_state["x"] = x
        at.run()
    assert calls(at) == "calls `4`"
    at.session_state["x"] = 3
    at.run()
    assert calls(at) == "calls `4`"


def test_ttl_expires_entries() -> None:
    at = AppTest.from_string(COUNTED.format(args='(ttl="0.2s")')).run()
    at.run()
    assert calls(at) == "calls `1`"
    time.sleep(0.3)
    at.run()
    assert calls(at) == "calls `2`"


@pytest.mark.parametrize("ttl", [-0.5, "soon", [1]])
def test_bad_ttl_is_refused(ttl: Any) -> None:
    if ttl == -0.5:
        st.cache_data(ttl=ttl)  # a number is taken as it is, as in Streamlit
        return
    with pytest.raises(OstinatoAPIException, match="ttl"):
        st.cache_data(ttl=ttl)


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(OstinatoAPIException, match="persist"):
        st.cache_data(persist="memory")  # type: ignore[arg-type]
    with pytest.raises(OstinatoAPIException, match="max_entries"):
        st.cache_data(max_entries="3")  # type: ignore[arg-type]
    with pytest.raises(OstinatoAPIException, match="show_spinner"):
        st.cache_resource(show_spinner=3)  # type: ignore[arg-type]
    with pytest.raises(OstinatoAPIException, match="scope"):
        st.cache_resource(scope="user")  # type: ignore[arg-type]


CLEARING = """
import ostinato as st
st.session_state.setdefault("calls", 0)

@st.cache_data
def square(x):
    st.session_state.calls += 1
    return x * x

square(1)
square(2)
action = st.session_state.get("action")
if action == "one":
    square.clear(1)
elif action == "function":
    square.clear()
elif action == "all":
    st.cache_data.clear()
st.session_state.action = None
st.write("calls", st.session_state.calls)
"""


@pytest.mark.parametrize(("action", "after"), [("one", 3), ("function", 4), ("all", 4)])
def test_clear_one_call_a_function_or_everything(action: str, after: int) -> None:
    at = AppTest.from_string(CLEARING).run()
    at.session_state["action"] = action
    at.run()
    assert calls(at) == "calls `2`"
    at.run()
    assert calls(at) == f"calls `{after}`"


RESOURCE = """
import ostinato as st
st.session_state.setdefault("calls", 0)

class Connection:
    def __init__(self):
        self.open = True

@st.cache_resource(validate=lambda c: c.open)
def connect(url):
    st.session_state.calls += 1
    return Connection()

first = connect("db://one")
again = connect("db://one")
if st.session_state.get("close"):
    first.open = False
    st.session_state.close = False
st.write("calls", st.session_state.calls)
st.write("same", first is again)
"""


def test_cache_resource_shares_the_object_and_validate_replaces_it() -> None:
    at = AppTest.from_string(RESOURCE).run()
    assert [m.value for m in at.markdown] == ["calls `1`", "same `True`"]
    at.session_state["close"] = True
    at.run()
    assert calls(at) == "calls `1`"
    at.run()  # the closed connection fails validate: a new one
    assert calls(at) == "calls `2`"
    at.run()
    assert calls(at) == "calls `2`"


def test_an_unhashable_argument_is_an_error_naming_it() -> None:
    at = AppTest.from_string(
        """
        import threading
        import ostinato as st

        @st.cache_data
        def read(path, lock):
            return path

        read("a.csv", threading.Lock())
        """
    ).run()
    (shown,) = at.exception
    assert "'lock'" in shown.message and "_lock" in shown.message
    assert "_thread.lock" in shown.message


def test_unhashable_param_error_is_an_api_exception() -> None:
    @st.cache_data
    def read(lock: Any) -> int:
        return 1

    with pytest.raises(UnhashableParamError, match="'lock'") as caught:
        read(threading.Lock())
    assert isinstance(caught.value, OstinatoAPIException)


def test_a_leading_underscore_leaves_the_argument_out() -> None:
    computed: list[int] = []

    @st.cache_data
    def rows(_connection: Any, n: int) -> int:
        computed.append(n)
        return n

    assert rows(threading.Lock(), 3) == rows(threading.Lock(), 3) == 3
    assert computed == [3]


def test_hash_funcs() -> None:
    computed: list[str] = []

    class Client:
        def __init__(self, name: str) -> None:
            self.name = name
            self.lock = threading.Lock()

    @st.cache_data(hash_funcs={Client: lambda c: c.name})
    def fetch(client: Client) -> str:
        computed.append(client.name)
        return client.name

    fetch(Client("a"))
    fetch(Client("a"))
    fetch(Client("b"))
    assert computed == ["a", "b"]


def test_an_unserializable_return_value_is_an_error() -> None:
    @st.cache_data
    def lock() -> Any:
        return threading.Lock()

    with pytest.raises(OstinatoAPIException, match=r"st\.cache_resource"):
        lock()


def test_concurrent_misses_of_one_key_compute_once() -> None:
    started = threading.Event()
    release = threading.Event()
    computed: list[int] = []

    @st.cache_resource
    def slow(x: int) -> object:
        computed.append(x)
        started.set()
        release.wait(30)
        return object()

    results: list[object] = []
    entered = threading.Semaphore(0)

    def call() -> None:
        entered.release()
        results.append(slow(7))

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for _ in threads:
        entered.acquire()
    assert started.wait(30)
    release.set()
    for thread in threads:
        thread.join(30)
    assert computed == [7]
    assert len(results) == 8 and all(r is results[0] for r in results)


def test_other_keys_compute_while_one_is_computing() -> None:
    release = threading.Event()

    @st.cache_data
    def value(x: int) -> int:
        if x == 1:
            release.wait(30)
        return x

    waiting = threading.Thread(target=value, args=(1,))
    waiting.start()
    try:
        assert value(2) == 2  # not stuck behind the computation of 1
    finally:
        release.set()
        waiting.join(30)


REPLAYED = """
import ostinato as st
st.session_state.setdefault("calls", 0)

@st.cache_data
def report(n):
    st.session_state.calls += 1
    st.subheader(f"Report {n}")
    with st.expander("Details"):
        st.write("rows", n)
    st.sidebar.caption("from the cache")
    return n

with st.container():
    report(3)
st.write("calls", st.session_state.calls)
"""


def test_elements_written_by_the_function_are_replayed_on_a_hit() -> None:
    first = AppTest.from_string(REPLAYED).run()
    again = AppTest.from_string(REPLAYED).run()
    assert again.markdown[-1].value == "calls `0`"
    for at in (first, again):
        assert at.subheader.values == ["Report 3"]
        (expander,) = at.expander
        assert expander.label == "Details"
        assert [m.value for m in expander.markdown] == ["rows `3`"]
        assert at.sidebar.caption.values == ["from the cache"]
        assert not at.exception


def test_a_widget_in_a_cached_function_shows_a_warning() -> None:
    at = AppTest.from_string(
        """
        import ostinato as st

        @st.cache_data
        def pick():
            return st.checkbox("inside")

        pick()
        """
    ).run()
    (warning,) = at.exception
    assert warning.is_warning and "cached function" in warning.message
    assert at.checkbox[0].label == "inside"
    at.run()
    assert len(at.exception) == 1 and len(at.checkbox) == 1


def test_writing_into_a_block_made_outside_the_function_fails_on_a_hit() -> None:
    script = """
    import ostinato as st
    box = st.container()

    @st.cache_data
    def fill():
        box.write("inside")
        return 1

    fill()
    """
    first = AppTest.from_string(script).run()
    assert not first.exception
    second = AppTest.from_string(script).run()
    (shown,) = second.exception
    assert "created outside" in shown.message


def test_methods_are_cached_per_instance_value() -> None:
    computed: list[int] = []

    class Repo:
        def __init__(self, base: int) -> None:
            self.base = base

        @st.cache_data
        def get(self, n: int) -> int:
            computed.append(n)
            return self.base + n

    repo = Repo(10)
    assert repo.get(1) == repo.get(1) == 11
    assert Repo(20).get(1) == 21
    assert computed == [1, 1]
    repo.get.clear()
    repo.get(1)
    assert computed == [1, 1, 1]


def test_media_written_by_the_function_are_offered_again_by_the_replaying_session(
    tmp_path: Any,
) -> None:
    import io

    from PIL import Image

    picture = tmp_path / "red.png"
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    picture.write_bytes(buffer.getvalue())
    script = f"""
    import ostinato as st

    @st.cache_data
    def gallery():
        st.image({str(picture)!r}, caption="red")
        return 1

    gallery()
    """
    first = AppTest.from_string(script).run()
    picture.unlink()  # the hit cannot read the file again: the bytes come from the cache
    second = AppTest.from_string(script).run()
    urls = []
    for at in (first, second):
        (shown,) = at.main.children.values()
        url = shown.props["images"][0]["url"]
        session = at._session
        assert session is not None and url.startswith(f"/_ostinato/media/{session.id}/")
        served = session.media.get(url.rsplit("/", 1)[1])
        assert served is not None and served.data[:3] == b"\xff\xd8\xff"  # a JPEG
        urls.append(url)
    assert urls[0] != urls[1]


@pytest.mark.parametrize(
    ("given", "size"),
    [(1000, 1000), ("500MB", 500 * 1024**2), ("1.5 GiB", 3 * 1024**3 // 2), ("1.1kb", 1126)],
)
def test_max_size_takes_bytes_or_a_unit(given: Any, size: int) -> None:
    from ostinato.cache.decorators import max_size_bytes

    assert max_size_bytes(given) == size


@pytest.mark.parametrize("given", [0, -5, "500", "lots", True, 1.5])
def test_a_bad_max_size_is_refused(given: Any) -> None:
    with pytest.raises(OstinatoAPIException, match="max_size"):
        st.cache_data(max_size=given)


def test_max_size_bounds_a_functions_entries() -> None:
    computed: list[int] = []

    @st.cache_data(max_size=2500)
    def blob(n: int) -> bytes:
        computed.append(n)
        return bytes(1000)

    for n in (1, 2, 3, 1):  # 3 pickled values do not fit in 2,500 bytes: 1 went
        blob(n)
    assert computed == [1, 2, 3, 1]


SESSION_SCOPED = """
import ostinato as st
st.session_state.setdefault("calls", 0)

@st.cache_resource(scope="session")
def cart():
    st.session_state.calls += 1
    return []

cart().append(1)
st.write("items", len(cart()), "calls", st.session_state.calls)
"""


def test_session_scope_keeps_one_cache_per_session_and_drops_it_at_the_end() -> None:
    from ostinato.cache.decorators import RESOURCE

    first = AppTest.from_string(SESSION_SCOPED).run()
    first.run()
    assert first.markdown[0].value == "items `2` calls `1`"
    second = AppTest.from_string(SESSION_SCOPED).run()
    assert second.markdown[0].value == "items `1` calls `1`"  # a cart of its own
    session = first._session
    assert session is not None
    scoped = [slot for slot in RESOURCE._caches if slot[1] == session.id]
    assert scoped
    session.close()
    assert not [slot for slot in RESOURCE._caches if slot[1] == session.id]


def test_async_functions_are_cached_on_their_awaited_value() -> None:
    import asyncio

    computed: list[int] = []

    @st.cache_data
    async def fetch(n: int) -> list[int]:
        computed.append(n)
        await asyncio.sleep(0)
        return [n]

    async def twice() -> tuple[list[int], list[int]]:
        return await fetch(4), await fetch(4)

    first, second = asyncio.run(twice())
    assert first == second == [4] and first is not second
    assert computed == [4]


def _age(function_cache: Any, seconds: float) -> None:
    """Make every entry of a function's cache `seconds` older."""
    from ostinato.cache.stores import Entry

    memory = function_cache.memory
    for key, entry in list(memory._entries.items()):
        memory._entries[key] = Entry(entry.value, entry.nodes, entry.stored - seconds)


def test_background_refresh_returns_the_old_value_and_refreshes_it_off_the_run() -> None:
    from ostinato.cache.decorators import DATA

    computed: list[int] = []
    refreshed = threading.Event()

    @st.cache_data(ttl=100, refresh_mode="background")
    def version() -> int:
        computed.append(len(computed) + 1)
        if len(computed) > 1:
            refreshed.set()
        return len(computed)

    assert version() == 1
    (cache,) = DATA._caches.values()
    _age(cache, 150)  # stale, not yet past 2 × ttl
    assert version() == 1  # served at once, refreshed behind
    assert refreshed.wait(30)
    deadline = time.monotonic() + 30
    while version() != 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert version() == 2 and computed == [1, 2]
    _age(cache, 250)  # past 2 × ttl: gone, the caller computes
    assert version() == 3


def test_background_refresh_needs_a_ttl_and_no_persist() -> None:
    with pytest.raises(OstinatoAPIException, match="ttl"):
        st.cache_data(refresh_mode="background")
    with pytest.raises(OstinatoAPIException, match="persist"):
        st.cache_data(ttl=5, refresh_mode="background", persist="disk")
    with pytest.raises(OstinatoAPIException, match="refresh_mode"):
        st.cache_resource(refresh_mode="later")  # type: ignore[arg-type]


def test_background_mode_does_not_replay_and_warns_of_elements() -> None:
    at = AppTest.from_string(
        """
        import ostinato as st

        @st.cache_data(ttl=60, refresh_mode="background")
        def bg_table():
            st.write("computing")
            return 1

        st.write("got", bg_table())
        """
    ).run()
    (warning,) = at.exception
    assert warning.is_warning and "background" in warning.message
    assert at.markdown.values == ["computing", "got `1`"]
    at.run()
    assert not at.exception and at.markdown.values == ["got `1`"]


def test_server_max_cache_data_size_bounds_every_function_together() -> None:
    from ostinato.cache.budget import BUDGET
    from ostinato.config import set_option

    set_option("server.maxCacheDataSize", "2.5kb")
    computed: list[str] = []

    @st.cache_data
    def first(n: int) -> bytes:
        computed.append(f"first {n}")
        return bytes(1000)

    @st.cache_data
    def second(n: int) -> bytes:
        computed.append(f"second {n}")
        return bytes(1000)

    first(1)
    second(1)
    first(1)  # read: now the most recently used
    second(2)  # three values do not fit in 2.5 KiB: second(1), the least recently used, goes
    first(1)
    second(2)
    second(1)
    assert computed == ["first 1", "second 1", "second 2", "second 1"]
    assert 2000 < BUDGET.total <= 2560


@pytest.mark.parametrize(
    ("given", "size"),
    [(None, None), (0, None), ("0", None), ("2gb", 2 * 1024**3), ("1.5 KiB", 1536)],
)
def test_server_max_cache_data_size_values(given: Any, size: int | None) -> None:
    from ostinato.cache.budget import parse_limit

    assert parse_limit(given) == size


@pytest.mark.parametrize("given", ["1000", "lots", "-1gb", "0kb"])
def test_bad_server_max_cache_data_size_is_a_config_error(given: Any) -> None:
    from ostinato.cache.budget import parse_limit
    from ostinato.errors import ConfigError

    with pytest.raises(ConfigError, match="maxCacheDataSize"):
        parse_limit(given)


def test_concurrent_awaits_of_one_key_compute_once() -> None:
    import asyncio

    computed: list[int] = []

    @st.cache_resource
    async def connect(n: int) -> object:
        computed.append(n)
        await asyncio.sleep(0.05)
        return object()

    async def many() -> list[object]:
        return list(await asyncio.gather(*(connect(1) for _ in range(5))))

    results = asyncio.run(many())
    assert computed == [1] and all(r is results[0] for r in results)
