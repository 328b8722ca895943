"""st.App: an Ostinato app as an ASGI application mounted at /dash in a FastAPI
app served by uvicorn: the page, its websocket, health, uploads and the parent's
own routes all answer, with and without the parent's lifespan."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import ostinato as st
from ostinato.errors import OstinatoAPIException
from tests.server.client import Tab
from tests.server.mounted import mounted

COUNTER = """
import ostinato as st
st.session_state.setdefault("count", 0)
def add():
    st.session_state.count += 1
st.button("Add", on_click=add)
st.write(f"Count = {st.session_state.count}")
"""


def _get(url: str) -> tuple[int, str, str]:
    request = urllib.request.Request(url)
    opener = urllib.request.build_opener(_NoRedirect())
    try:
        with opener.open(request, timeout=5) as response:
            return response.status, response.read().decode(), response.headers.get("Location", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), error.headers.get("Location", "")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


@pytest.mark.parametrize("lifespan", [True, False])
def test_app_mounted_in_fastapi_serves_page_websocket_and_health(
    tmp_path: Path, lifespan: bool
) -> None:
    with mounted(tmp_path, COUNTER, lifespan=lifespan) as server:
        root = server.url.removesuffix("/dash")
        status, body, _ = _get(f"{root}/api/hello")
        assert status == 200 and json.loads(body) == {"hello": "from FastAPI"}
        # The mount's own path redirects to its folder, where the page is.
        status, _, location = _get(server.url)
        assert status in (307, 308) and location.endswith("/dash/")
        status, page, _ = _get(server.url + "/")
        assert status == 200 and 'content="./"' in page
        status, _, _ = _get(server.url + "/_ostinato/health")
        assert status == 200
        status, _, _ = _get(f"{root}/_ostinato/health")
        assert status == 404  # nothing of the app outside its mount
        tab = Tab(server.url)
        first = tab.run()
        assert first.texts() == ["Count = 0"]
        button = first.of_type("button")[0]["id"]
        tab.rerun(triggers=[button])
        assert tab.run().texts() == ["Count = 1"]


def test_routes_under_the_apps_own_paths_are_refused() -> None:
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    with pytest.raises(OstinatoAPIException, match="/_ostinato/"):
        st.App("app.py", routes=[Route("/_ostinato/mine", PlainTextResponse)])


def test_a_missing_script_is_named_when_the_app_is_built(tmp_path: Path) -> None:
    app = st.App(tmp_path / "nowhere.py")
    with pytest.raises(OstinatoAPIException, match=r"nowhere\.py"):
        app.lifespan()


def test_unsupported_parameters_say_what_to_do() -> None:
    with pytest.raises(OstinatoAPIException, match=r"secrets\.toml"):
        st.App("app.py", secrets={"a": "b"})
