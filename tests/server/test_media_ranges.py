"""Media through a real server: served inline with their type, by content hash,
cacheable for good, and in byte ranges (206, Content-Range, 416) so a video can
be seeked; downloads stay attachments."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.conftest import Server
from tests.server.client import Tab

VIDEO = bytes(range(256)) * 40  # 10240 bytes
APP = f"""
import ostinato as st
import numpy as np
st.video({VIDEO!r})
st.image(np.zeros((3, 4, 3), dtype=np.uint8), caption="black")
st.download_button("Get", "report text", file_name="report.txt")
"""


def _urls(server: Server) -> tuple[str, str, str]:
    tab = Tab(server.url)
    run = tab.run()
    tab.close()
    video = run.of_type("video")[0]["url"]
    image = run.of_type("image")[0]["images"][0]["url"]
    download = run.of_type("download_button")[0]["url"]
    return f"{server.url}{video}", f"{server.url}{image}", f"{server.url}{download}"


def test_media_are_served_inline_with_type_and_long_caching(serve: Callable[..., Server]) -> None:
    video, image, download = _urls(serve(APP))
    answer = httpx.get(video)
    assert answer.status_code == 200 and answer.content == VIDEO
    assert answer.headers["content-type"] == "video/mp4"
    assert answer.headers["content-disposition"].startswith("inline")
    assert answer.headers["accept-ranges"] == "bytes"
    assert "immutable" in answer.headers["cache-control"]
    picture = httpx.get(image)
    assert picture.headers["content-type"] == "image/jpeg" and image.endswith(".jpg")
    assert picture.content[:2] == b"\xff\xd8"
    assert picture.headers["content-disposition"].startswith("inline")
    # A download stays an attachment with its name.
    got = httpx.get(download)
    assert got.text == "report text"
    assert got.headers["content-disposition"].startswith("attachment")
    assert "report.txt" in got.headers["content-disposition"]


def test_byte_ranges_are_answered_with_206(serve: Callable[..., Server]) -> None:
    video, _, _ = _urls(serve(APP))
    cases = {
        "bytes=0-99": (0, 99),
        "bytes=10000-": (10000, 10239),
        "bytes=-240": (10000, 10239),
        "bytes=5000-999999": (5000, 10239),
    }
    for header, (first, last) in cases.items():
        answer = httpx.get(video, headers={"Range": header})
        assert answer.status_code == 206, header
        assert answer.headers["content-range"] == f"bytes {first}-{last}/{len(VIDEO)}", header
        assert answer.content == VIDEO[first : last + 1], header
        assert answer.headers["content-length"] == str(last - first + 1)
        assert answer.headers["content-type"] == "video/mp4"


def test_unsatisfiable_ranges_get_416_with_the_size(serve: Callable[..., Server]) -> None:
    video, _, _ = _urls(serve(APP))
    for header in ("bytes=10240-", "bytes=20000-20010", "bytes=-0", "bytes=50-10"):
        answer = httpx.get(video, headers={"Range": header})
        assert answer.status_code == 416, header
        assert answer.headers["content-range"] == f"bytes */{len(VIDEO)}"


def test_a_range_this_server_does_not_serve_gets_the_whole_file(
    serve: Callable[..., Server],
) -> None:
    video, _, _ = _urls(serve(APP))
    for header in ("bytes=0-1,5-6", "items=0-5", "bytes=-"):
        answer = httpx.get(video, headers={"Range": header})
        assert answer.status_code == 200 and answer.content == VIDEO, header


def test_unknown_media_is_404(serve: Callable[..., Server]) -> None:
    server = serve(APP)
    video, _, _ = _urls(server)
    session = video.split("/_ostinato/media/")[1].split("/")[0]
    assert httpx.get(f"{server.url}/_ostinato/media/{session}/{'0' * 24}.mp4").status_code == 404
    assert httpx.get(f"{server.url}/_ostinato/media/nosuchsession/abc.mp4").status_code == 404


def test_a_type_a_browser_would_run_is_never_served_inline(serve: Callable[..., Server]) -> None:
    server = serve(
        "import ostinato as st\n"
        "st.video(b'<script>alert(1)</script>', format='text/html')\n"
        "st.audio(b'<svg onload=alert(1)>', format='image/svg+xml')\n"
    )
    tab = Tab(server.url)
    run = tab.run()
    tab.close()
    for url in (run.of_type("video")[0]["url"], run.of_type("audio")[0]["url"]):
        answer = httpx.get(f"{server.url}{url}")
        assert answer.status_code == 200
        assert answer.headers["content-disposition"].startswith("attachment"), url
        assert answer.headers["x-content-type-options"] == "nosniff"
