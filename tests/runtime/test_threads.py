"""RunThreads: runs that wait do not queue behind each other, idle threads end."""

from __future__ import annotations

import threading
import time

import pytest

from ostinato.runtime.threads import RunThreads


def wait_until(condition: object, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.01)
    return False


def test_as_many_waiting_tasks_run_at_once_as_are_submitted() -> None:
    pool = RunThreads(limit=1000, idle_timeout=0.2)
    # Each task waits for all the others: this finishes only if all 300 run at once.
    barrier = threading.Barrier(300, timeout=20)
    futures = [pool.submit(barrier.wait) for _ in range(300)]
    assert sorted(f.result(timeout=30) for f in futures) == list(range(300))
    pool.shutdown()


def test_idle_threads_end_so_a_burst_leaves_none_behind() -> None:
    pool = RunThreads(limit=1000, idle_timeout=0.2, name="burst")
    barrier = threading.Barrier(50, timeout=20)
    for future in [pool.submit(barrier.wait) for _ in range(50)]:
        future.result(timeout=30)
    assert pool.threads == 50
    assert wait_until(lambda: pool.threads == 0)
    assert not [t for t in threading.enumerate() if t.name.startswith("burst-")]


def test_a_thread_that_finished_is_reused() -> None:
    pool = RunThreads(limit=1000, idle_timeout=5)
    names = []
    for _ in range(20):
        names.append(pool.submit(lambda: threading.current_thread().name).result(timeout=5))
        # The caller may be answered before the thread is back: wait until it is idle.
        assert wait_until(lambda: pool.idle == 1)
    assert len(set(names)) == 1
    assert pool.threads == 1
    pool.shutdown()
    assert wait_until(lambda: pool.threads == 0)


def test_past_the_limit_tasks_wait_in_order_and_say_so() -> None:
    pool = RunThreads(limit=2, idle_timeout=5)
    release = threading.Event()
    busy = [pool.submit(release.wait, 10) for _ in range(2)]
    assert wait_until(lambda: pool.threads == 2)
    assert pool.queued()
    order: list[int] = []
    later = [pool.submit(order.append, i) for i in range(3)]
    assert pool.waiting == 3
    assert not any(f.done() for f in later)
    release.set()
    for future in busy + later:
        future.result(timeout=10)
    assert order == [0, 1, 2]
    assert not pool.queued()
    pool.shutdown()


def test_an_exception_reaches_the_future_and_the_thread_goes_on() -> None:
    pool = RunThreads(limit=4, idle_timeout=5)

    def fail() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        pool.submit(fail).result(timeout=5)
    assert pool.submit(lambda: 42).result(timeout=5) == 42
    pool.shutdown()


def test_after_shutdown_nothing_is_taken() -> None:
    pool = RunThreads(limit=4, idle_timeout=5)
    pool.submit(lambda: None).result(timeout=5)
    pool.shutdown()
    with pytest.raises(RuntimeError, match="shut down"):
        pool.submit(lambda: None)
    assert wait_until(lambda: pool.threads == 0)
