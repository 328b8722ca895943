"""st.App: an Ostinato app as an ASGI application, served by any ASGI server
(`uvicorn module:app`) or mounted under a path of another one (Starlette,
FastAPI). The mount's path reaches the app as `root_path`, and the server app
(server/app.py) serves the page, its websocket, uploads and media under it, as
it does under server.baseUrlPath."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ostinato.errors import OstinatoAPIException

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.types import Receive, Scope, Send

    from ostinato.runtime.runtime import Runtime

Lifespan = Callable[["App"], AbstractAsyncContextManager[dict[str, Any] | None]]

_RESERVED = ("/_ostinato/", "/app/static/")
"""Paths the app serves itself: routes given to st.App may not start with them."""


class App:
    """An Ostinato app as an ASGI application (Streamlit 1.67's `st.App`).

    `App("main.py")` is served with `uvicorn module:app`, or mounted:
    `fastapi_app.mount("/dash", app)`; with `FastAPI(lifespan=app.lifespan())`
    the parent's lifespan starts and stops the app's runtime, otherwise the first
    request starts it. `routes`, `middleware` and `exception_handlers` are
    Starlette's, added beside the app's own; `lifespan(app)` may yield a dict that
    becomes `app.state`. Any thread may construct it; the event loop calls it.
    """

    def __init__(
        self,
        script_path: str | os.PathLike[str],
        *,
        secrets: Mapping[str, Any] | None = None,
        lifespan: Lifespan | None = None,
        routes: Sequence[Any] | None = None,
        middleware: Sequence[Any] | None = None,
        on_script_error: Callable[[Exception], bool | None] | None = None,
        exception_handlers: Mapping[Any, Any] | None = None,
        debug: bool = False,
    ) -> None:
        if secrets is not None:
            raise OstinatoAPIException(
                "st.App(secrets=...) is not supported yet by Ostinato: put the secrets in "
                ".streamlit/secrets.toml beside the script (or ~/.streamlit/secrets.toml)."
            )
        if on_script_error is not None:
            raise OstinatoAPIException(
                "st.App(on_script_error=...) is not supported yet by Ostinato: a script "
                "error shows in the page and in the server's log."
            )
        self._script_path = Path(script_path)
        self._resolved = self._script_path.resolve()
        self._user_lifespan = lifespan
        self._routes = list(routes or ())
        self._middleware = list(middleware or ())
        self._exception_handlers = dict(exception_handlers or {})
        self._debug = debug
        self._state: dict[str, Any] = {}
        self._runtime: Runtime | None = None
        self._asgi: Starlette | None = None
        self._inner_lifespan: Callable[[], AbstractAsyncContextManager[Any]] | None = None
        self._external_lifespan = False
        self._started = False
        self._auto: contextlib.AsyncExitStack | None = None
        self._start_lock: asyncio.Lock | None = None
        for route in self._routes:
            path = str(getattr(route, "path", "") or "")
            for reserved in _RESERVED:
                if path.startswith(reserved) or path == reserved.rstrip("/"):
                    raise OstinatoAPIException(
                        f"st.App: the route {path!r} is under {reserved}, which the app "
                        "serves itself. Give it another path, such as /api/..."
                    )

    @property
    def script_path(self) -> Path:
        """The entry script, as given."""
        return self._script_path

    @property
    def state(self) -> dict[str, Any]:
        """What the `lifespan` given to st.App yielded."""
        return self._state

    def lifespan(self) -> Callable[[Any], AbstractAsyncContextManager[None]]:
        """A lifespan for the parent app (`FastAPI(lifespan=app.lifespan())`): the
        parent's start and stop start and stop this app's runtime."""
        self._external_lifespan = True
        self._build()

        @contextlib.asynccontextmanager
        async def parent_lifespan(_parent: Any) -> AsyncIterator[None]:
            async with self._running():
                yield

        return parent_lifespan

    def run(self, *, config: Mapping[str, Any] | None = None) -> None:
        """Serve this app with uvicorn at server.address:server.port until stopped
        (`config` sets options first, e.g. {"server.port": 8502})."""
        import uvicorn

        from ostinato.config import get_option, set_option

        for name, value in (config or {}).items():
            set_option(name, value)
        uvicorn.run(
            self,
            host=str(get_option("server.address")),
            port=int(get_option("server.port")),
            log_level="warning",
            ws="websockets-sansio",
            ws_ping_interval=None,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI. A mounted app without the parent's lifespan starts on its first
        request (and stops when the process ends)."""
        asgi = self._build()
        if scope["type"] in ("http", "websocket") and not self._started:
            if self._start_lock is None:
                self._start_lock = asyncio.Lock()
            async with self._start_lock:
                if not self._started:
                    self._auto = contextlib.AsyncExitStack()
                    await self._auto.enter_async_context(self._running())
        await asgi(scope, receive, send)

    # -- inside ----------------------------------------------------------------

    def _build(self) -> Starlette:
        """The Starlette app: the given routes, then the Ostinato app at the root."""
        if self._asgi is not None:
            return self._asgi
        from starlette.applications import Starlette
        from starlette.routing import Mount

        from ostinato.runtime.runtime import Runtime
        from ostinato.server.app import create_app

        if not self._resolved.is_file():
            raise OstinatoAPIException(
                f"st.App: no script at {str(self._script_path)!r} (looked at {self._resolved})."
            )
        self._runtime = Runtime(str(self._resolved))
        inner = create_app(self._runtime, watch=False)
        self._inner_lifespan = lambda: inner.inner.router.lifespan_context(inner.inner)

        @contextlib.asynccontextmanager
        async def own_lifespan(_app: Starlette) -> AsyncIterator[None]:
            async with self._running():
                yield

        self._asgi = Starlette(
            debug=self._debug,
            routes=[*self._routes, Mount("", app=inner)],
            middleware=self._middleware,
            exception_handlers=self._exception_handlers,
            lifespan=None if self._external_lifespan else own_lifespan,
        )
        return self._asgi

    @contextlib.asynccontextmanager
    async def _running(self) -> AsyncIterator[None]:
        """The runtime's background tasks, then the user's lifespan, for as long
        as the server runs. Event loop."""
        if self._started:
            yield
            return
        self._build()
        assert self._inner_lifespan is not None
        self._started = True
        try:
            async with self._inner_lifespan():
                if self._user_lifespan is None:
                    yield
                else:
                    async with self._user_lifespan(self) as state:
                        if state:
                            self._state.update(state)
                        yield
        finally:
            self._started = False
