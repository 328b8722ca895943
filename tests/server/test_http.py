"""HTTP routes of a real server: health, the page, uploads, downloads."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.conftest import Server
from tests.server.client import Tab

UPLOADER = """
import ostinato as st
f = st.file_uploader("Data", key="data")
if f is not None:
    st.write(f"{f.name}: {len(f.read())} bytes, starts {f.getvalue()[:5]!r}")
else:
    st.write("no file")
st.download_button("Get report", "hello report", file_name="report.txt")
"""


def test_health_and_page(serve: Callable[..., Server]) -> None:
    server = serve("import ostinato as st\nst.write('hi')\n")
    assert httpx.get(f"{server.url}/_ostinato/health").text == "ok"
    page = httpx.get(f"{server.url}/some/page/path")
    assert page.status_code in (200, 500)
    assert "Ostinato" in page.text


def _upload(
    server: Server, tab: Tab, widget: dict[str, object], data: bytes, xsrf: str | None
) -> httpx.Response:
    headers = {"X-Ostinato-Xsrf": xsrf} if xsrf is not None else {}
    return httpx.post(
        f"{server.url}{widget['upload_url']}",
        files={"files": ("notes.csv", data, "text/csv")},
        headers=headers,
    )


def test_upload_round_trip_reaches_the_script(serve: Callable[..., Server]) -> None:
    server = serve(UPLOADER)
    tab = Tab(server.url)
    run = tab.run()
    assert run.texts() == ["no file"]
    widget = run.of_type("file_uploader")[0]
    answer = _upload(server, tab, widget, b"a,b\n1,2\n", tab.session["config"]["xsrf"])
    assert answer.status_code == 200, answer.text
    files = answer.json()["files"]
    assert files[0]["name"] == "notes.csv" and files[0]["size"] == 8
    tab.rerun(changes={widget["id"]: files})
    assert tab.run().texts() == ["notes.csv: 8 bytes, starts b'a,b\\n1'"]


def test_upload_without_xsrf_token_is_refused(serve: Callable[..., Server]) -> None:
    server = serve(UPLOADER)
    tab = Tab(server.url)
    widget = tab.run().of_type("file_uploader")[0]
    assert _upload(server, tab, widget, b"x", None).status_code == 403
    assert _upload(server, tab, widget, b"x", "wrong").status_code == 403


def test_upload_to_unknown_session_is_refused(serve: Callable[..., Server]) -> None:
    server = serve(UPLOADER)
    answer = httpx.post(
        f"{server.url}/_ostinato/upload/nosuchsession/w", files={"files": ("a", b"x")}
    )
    assert answer.status_code == 404
    assert "session" in answer.json()["error"]


def test_upload_over_the_limit_is_refused_with_the_option_named(
    serve: Callable[..., Server],
) -> None:
    server = serve(UPLOADER, "--server.maxUploadSize", "1")
    tab = Tab(server.url)
    widget = tab.run().of_type("file_uploader")[0]
    answer = _upload(server, tab, widget, b"x" * (2 * 1024 * 1024), tab.session["config"]["xsrf"])
    assert answer.status_code == 413
    assert "server.maxUploadSize" in answer.json()["error"]
    assert "1 MB" in answer.json()["error"]


def test_download_button_serves_its_data(serve: Callable[..., Server]) -> None:
    server = serve(UPLOADER)
    tab = Tab(server.url)
    button = tab.run().of_type("download_button")[0]
    answer = httpx.get(f"{server.url}{button['url']}")
    assert answer.status_code == 200
    assert answer.text == "hello report"
    assert "report.txt" in answer.headers["content-disposition"]
