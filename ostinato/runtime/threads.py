"""RunThreads: a thread for each running script, none for an idle session.

A script run mostly waits (a query, an HTTP call, a streamed reply), so runs must
not queue behind each other's waits as they would on a small fixed pool. A run
gets a thread when it starts: an idle one if a recent run left one, else a new
one. A thread that finds no work for `idle_timeout` seconds ends, so a burst of
a thousand runs does not leave a thousand threads behind. `limit`
(runner.maxConcurrentRuns) caps the threads; past it runs wait in order, and
`submit` says so, so that their pages can show it.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


Task = tuple["Future[Any]", Callable[[], Any]]


class _Worker:
    """One thread's mailbox: tasks handed to it while it was idle (None: end)."""

    __slots__ = ("inbox",)

    def __init__(self, task: Task) -> None:
        self.inbox: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        self.inbox.put(task)


class RunThreads(Executor):
    """An elastic pool: one thread per task in progress, up to `limit`. Any thread."""

    def __init__(self, limit: int, idle_timeout: float = 10.0, name: str = "ostinato-run") -> None:
        self.limit = limit
        self.idle_timeout = idle_timeout
        self._name = name
        self._lock = threading.Lock()
        self._tasks: deque[Task] = deque()
        """Tasks waiting for a thread (only when `limit` threads are busy)."""
        self._idle: list[_Worker] = []
        self._threads = 0
        self._started = 0
        self._shutdown = False

    @property
    def threads(self) -> int:
        """Threads alive now (running a task or idle for less than idle_timeout)."""
        return self._threads

    @property
    def idle(self) -> int:
        """Threads waiting for a task (they take the next one without a new thread)."""
        return len(self._idle)

    @property
    def waiting(self) -> int:
        """Tasks submitted that no thread has taken yet."""
        return len(self._tasks)

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Run `fn` on an idle thread, a new one, or, at `limit`, the first to free up."""
        future: Future[T] = Future()
        task: Task = (future, lambda: fn(*args, **kwargs))
        with self._lock:
            if self._shutdown:
                raise RuntimeError("RunThreads is shut down: the runtime is closing.")
            if self._idle:
                self._idle.pop().inbox.put(task)
            elif self._threads < self.limit:
                self._threads += 1
                self._started += 1
                thread = threading.Thread(
                    target=self._serve,
                    args=(_Worker(task),),
                    name=f"{self._name}-{self._started}",
                    daemon=True,
                )
                thread.start()
            else:
                self._tasks.append(task)
        return future

    def queued(self) -> bool:
        """True when a task submitted now would wait for a thread (`limit` threads are
        busy)."""
        with self._lock:
            return not self._idle and self._threads >= self.limit

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Take no more tasks; idle threads end at once. `wait` is not supported (runs
        stop at their next st.* call, see Runtime.close)."""
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while self._tasks:
                    self._tasks.popleft()[0].cancel()
            for worker in self._idle:
                worker.inbox.put(None)
            self._idle.clear()

    def _serve(self, worker: _Worker) -> None:
        task: Task | None = worker.inbox.get()
        while task is not None:
            future, call = task
            if future.set_running_or_notify_cancel():
                try:
                    result = call()
                except BaseException as exc:  # handed to whoever waits on the future
                    future.set_exception(exc)
                else:
                    future.set_result(result)
            del task, future, call  # let the run's objects go before idling
            task = self._next(worker)
        with self._lock:
            self._threads -= 1

    def _next(self, worker: _Worker) -> Task | None:
        """The worker's next task: a waiting one, one handed to it while idle, or None
        once it idled for idle_timeout or the pool shut down."""
        with self._lock:
            if self._tasks:
                return self._tasks.popleft()
            if self._shutdown:
                return None
            self._idle.append(worker)
        try:
            return worker.inbox.get(timeout=self.idle_timeout)
        except queue.Empty:
            with self._lock:
                if worker in self._idle:
                    self._idle.remove(worker)
                    return None
            return worker.inbox.get()  # handed a task just as it timed out
