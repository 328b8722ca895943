"""st.context: what a script reads of the tab's request and browser, in AppTest
(at.context, as Streamlit 1.67's AppTest) and through a real websocket."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from websockets.sync.client import connect

from ostinato.runtime.st_context import ContextHeaders, page_url
from ostinato.server import protocol
from ostinato.testing.v1 import AppTest
from ostinato.testing.v1.element_tree import AppTestError
from tests.server.serving import running

SHOW = """
import ostinato as st
c = st.context
st.text(repr((c.locale, c.timezone, c.timezone_offset, c.url, c.is_embedded, c.theme.type)))
st.text(repr((c.ip_address, c.headers.get("x-probe"), c.headers.get_all("X-Multi"),
              c.cookies.get("flavour"), c["locale"])))
"""


def test_nothing_is_known_without_a_browser() -> None:
    at = AppTest.from_string(SHOW).run()
    assert at.text.values == [repr((None,) * 6), repr((None, None, [], None, None))]


def test_a_test_sets_what_the_browser_would_send() -> None:
    at = AppTest.from_string(SHOW)
    at.context = {
        "locale": "fr-FR",
        "timezone": "Europe/Paris",
        "timezone_offset": -60,
        "url": "http://localhost:8501/",
        "is_embedded": True,
        "theme": "dark",
    }
    at.run()
    shown = ("fr-FR", "Europe/Paris", -60, "http://localhost:8501", True, "dark")
    assert at.text[0].value == repr(shown)
    at.context["locale"] = None
    assert at.run().text[0].value == repr((None, *shown[1:]))


def test_the_url_ends_with_the_current_page(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text("import ostinato as st\nst.text(st.context.url)\n")
    (tmp_path / "pages" / "2_Report.py").write_text(
        "import ostinato as st\nst.text(st.context.url)\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py"))
    at.context["url"] = "https://example.com/app/Report/"
    assert at.run().text.values == ["https://example.com/app"]
    at.switch_page("pages/2_Report.py")
    assert at.run().text.values == ["https://example.com/app/Report"]


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ({"headers": {}}, "does not support 'headers'"),
        ({"timezone_offset": "60"}, "must be int, not str"),
        ({"timezone_offset": True}, "must be int, not bool"),
        ({"theme": "blue"}, "'light' or 'dark'"),
        ({"is_embedded": 1}, "must be bool, not int"),
    ],
)
def test_a_wrong_context_fails_before_the_script_runs(
    context: dict[str, object], message: str
) -> None:
    at = AppTest.from_string("import ostinato as st\nst.text('ran')\n")
    at.context = context
    with pytest.raises(AppTestError, match=message):
        at.run()


def test_headers_are_case_insensitive_and_keep_repeats() -> None:
    headers = ContextHeaders([("x-multi", "a"), ("X-MULTI", "b"), ("host", "h")])
    assert headers["X-Multi"] == "a" and headers["HOST"] == "h"
    assert headers.get_all("x-multi") == ["a", "b"] and headers.get_all("nope") == []
    assert sorted(headers) == ["Host", "X-Multi"] and len(headers) == 2
    assert headers.to_dict() == {"X-Multi": "a", "Host": "h"}
    with pytest.raises(KeyError):
        headers["nope"]


def test_page_url_trims_a_page_path_then_adds_the_current_one() -> None:
    assert page_url("http://h:1/", ["", "two"], "") == "http://h:1"
    assert page_url("http://h:1/two", ["", "two"], "") == "http://h:1"
    assert page_url("http://h:1/base/two/", ["two"], "two") == "http://h:1/base/two"
    assert page_url("http://h:1/base", ["two"], "two") == "http://h:1/base/two"


def test_connect_carries_the_browser_and_refuses_bad_fields() -> None:
    frame = {"t": "connect", "v": 1, "token": None, "page": ""}
    browser = {"locale": "de-DE", "timezone": "Europe/Berlin", "timezone_offset": -60}
    parsed = protocol.parse(json.dumps({**frame, "browser": {**browser, "embedded": False}}))
    assert isinstance(parsed, protocol.Connect)
    assert parsed.browser == protocol.Browser("de-DE", "Europe/Berlin", -60, None, False)
    for bad in (
        {"timezone_offset": 5000},
        {"locale": "x" * 300},
        {"embedded": "yes"},
        {"url": 3},
    ):
        with pytest.raises(protocol.ProtocolError):
            protocol.parse(json.dumps({**frame, "browser": bad}))


def test_a_connection_gives_its_headers_cookies_and_browser(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(SHOW)
    with running(script) as server:
        url = server.url.replace("http://", "ws://") + "/_ostinato/ws"
        headers = [("X-Probe", "yes"), ("x-multi", "1"), ("X-Multi", "2")]
        with connect(
            url,
            additional_headers=[*headers, ("Cookie", "flavour=lemon; other=1")],
            open_timeout=5,
        ) as ws:
            browser = {
                "locale": "ja-JP",
                "timezone": "Asia/Tokyo",
                "timezone_offset": -540,
                "url": f"{server.url}/",
                "embedded": True,
            }
            ws.send(
                json.dumps({"t": "connect", "v": 1, "token": None, "page": "", "browser": browser})
            )
            texts: list[str] = []
            while len(texts) < 2:
                data = json.loads(ws.recv(10))
                for message in data if isinstance(data, list) else [data]:
                    if message.get("t") == "delta" and message["el"]["type"] == "text":
                        texts.append(message["el"]["body"])
    assert texts[0] == repr(("ja-JP", "Asia/Tokyo", -540, server.url, True, None))
    # 127.0.0.1 is this machine: no IP address, as in Streamlit.
    assert texts[1] == repr((None, "yes", ["1", "2"], "lemon", "ja-JP"))
