"""Media in Chromium: an image at its natural size with its caption, a video the
user seeks (the browser asks for a byte range and gets 206), audio made from
numpy that the browser decodes, a corrupt image shown as an error while the app
goes on, the logo, and images served by any worker behind nginx."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import Nginx, RedisServer, Server

IMAGE_APP = """
import numpy as np
import ostinato as st
square = np.zeros((30, 40, 3), dtype=np.uint8)
square[:, :, 2] = 255
st.image(square, caption="A **blue** rectangle")
st.image([square, square], caption=["left", "right"], width=20)
"""


def test_an_image_shows_at_its_natural_size_with_its_caption(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(IMAGE_APP)
    page.goto(server.url)
    figure = page.locator(".ost-image-figure").first
    figure.get_by_text("A blue rectangle").wait_for()
    assert figure.locator("figcaption strong").inner_text() == "blue"
    img = figure.locator("img")
    img.evaluate("el => el.decode()")
    assert img.evaluate("el => [el.naturalWidth, el.naturalHeight]") == [40, 30]
    assert img.bounding_box()["width"] == pytest.approx(40, abs=0.5)
    # A blue pixel, as sent (JPEG keeps it near pure blue).
    rgb = img.evaluate(
        """el => { const c = document.createElement("canvas"); c.width = 40; c.height = 30;
                   const g = c.getContext("2d"); g.drawImage(el, 0, 0);
                   return Array.from(g.getImageData(20, 15, 1, 1).data.slice(0, 3)); }"""
    )
    assert rgb[2] > 230 and rgb[0] < 30 and rgb[1] < 30
    # A list is a row: both images side by side, each 20 px wide, captions below.
    row = page.locator(".ost-image").nth(1)
    row.get_by_text("right").wait_for()
    boxes = [row.locator("img").nth(i).bounding_box() for i in range(2)]
    assert boxes[0]["width"] == pytest.approx(20, abs=0.5)
    assert boxes[0]["y"] == pytest.approx(boxes[1]["y"]) and boxes[1]["x"] > boxes[0]["x"]


@pytest.fixture(scope="module")
def webm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 20-second VP8 video of noise (about 15 MB), large enough that the browser
    streams it rather than reading it whole."""
    import imageio_ffmpeg

    out = tmp_path_factory.mktemp("video") / "pattern.webm"
    subprocess.run(
        [
            imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-f", "lavfi",
            "-i", "nullsrc=s=320x240:d=20:r=15,geq=random(1)*255:128:128", "-c:v", "libvpx",
            "-b:v", "6M", "-minrate", "6M", "-maxrate", "6M", "-deadline", "realtime",
            "-g", "15", str(out),
        ],
        check=True,
        timeout=120,
    )  # fmt: skip
    return out


@pytest.fixture(scope="module")
def small_webm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 10-second VP8 test pattern of a few hundred KB."""
    import imageio_ffmpeg

    out = tmp_path_factory.mktemp("video") / "small.webm"
    subprocess.run(
        [
            imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-f", "lavfi",
            "-i", "testsrc=duration=10:size=160x120:rate=10", "-c:v", "libvpx",
            "-deadline", "realtime", str(out),
        ],
        check=True,
        timeout=120,
    )  # fmt: skip
    return out


def test_a_video_seeks_with_a_range_request(
    serve: Callable[..., Server], page: Any, webm: Path
) -> None:
    # A 15 MB file on a busy machine: waits get more room than the default.
    page.set_default_timeout(30_000)
    server = serve(
        f"import ostinato as st\nst.video({str(webm)!r}, format='video/webm')\n"
        "st.write('video above')\n"
    )
    answers: list[tuple[str, int, str | None]] = []
    page.on(
        "response",
        lambda r: (
            answers.append(
                (r.request.headers.get("range", ""), r.status, r.header_value("content-range"))
            )
            if "/_ostinato/media/" in r.url
            else None
        ),
    )
    page.goto(server.url)
    page.get_by_text("video above").wait_for()
    video = page.locator("video")
    video.wait_for()
    page.wait_for_function("() => document.querySelector('video').readyState >= 1")
    duration = video.evaluate("v => v.duration")
    assert duration == pytest.approx(20, abs=0.5)
    size = webm.stat().st_size
    before = len(answers)
    video.evaluate(
        """v => new Promise(done => { v.addEventListener("seeked", done, { once: true });
                                     v.currentTime = v.duration - 2; })"""
    )
    assert video.evaluate("v => v.currentTime") == pytest.approx(duration - 2, abs=0.5)
    page.wait_for_function("() => document.querySelector('video').readyState >= 2")
    ranged = [a for a in answers if a[0].startswith("bytes=") and a[1] == 206]
    assert ranged, answers
    assert all(a[2] and a[2].endswith(f"/{size}") for a in ranged)
    # The seek fetched from past the start of the file, not the whole file again.
    later = [a for a in answers[before:] + ranged[1:] if a[0] != "bytes=0-"]
    assert any(int(a[0][6:].split("-")[0]) > 0 for a in later), answers


def test_a_video_starts_at_start_time_with_its_subtitles(
    serve: Callable[..., Server], page: Any, small_webm: Path
) -> None:
    srt = "1\n00:00:05,000 --> 00:00:07,500\nHello there\n"
    server = serve(
        "import ostinato as st\n"
        f"st.video({str(small_webm)!r}, format='video/webm', start_time='5s', "
        f"subtitles={{'English': {srt!r}}})\n"
    )
    page.goto(server.url)
    page.wait_for_function("() => document.querySelector('video')?.readyState >= 1")
    video = page.locator("video")
    page.wait_for_function("() => document.querySelector('video').currentTime >= 5")
    assert video.evaluate("v => v.currentTime") == pytest.approx(5, abs=0.5)
    assert video.evaluate("v => v.textTracks[0].label") == "English"
    video.evaluate("v => { v.textTracks[0].mode = 'showing'; }")
    page.wait_for_function("() => document.querySelector('video').textTracks[0].cues?.length === 1")
    cue = video.evaluate(
        "v => { const c = v.textTracks[0].cues[0]; return [c.startTime, c.endTime, c.text]; }"
    )
    assert cue == [5.0, 7.5, "Hello there"]


def test_only_pages_with_media_load_the_media_code(serve: Callable[..., Server], page: Any) -> None:
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    plain = serve("import ostinato as st\nst.write('no media here')\n")
    page.goto(plain.url)
    page.get_by_text("no media here").wait_for()
    page.wait_for_load_state("networkidle")
    chunks = [u.rsplit("/", 1)[1] for u in fetched if "/chunks/" in u]
    assert not [c for c in chunks if c.startswith(("images-", "players-"))], chunks
    fetched.clear()
    media = serve(IMAGE_APP + "st.audio(b'x')\n")
    page.goto(media.url)
    page.locator(".ost-image-img").first.wait_for()
    page.locator("audio").wait_for()
    chunks = [u.rsplit("/", 1)[1] for u in fetched if "/chunks/" in u]
    assert any(c.startswith("images-") for c in chunks) and any(
        c.startswith("players-") for c in chunks
    ), chunks


def test_audio_from_numpy_decodes_with_its_duration(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(
        """
import numpy as np
import ostinato as st
t = np.linspace(0, 2, 16000, endpoint=False)
st.audio(np.sin(2 * np.pi * 440 * t), sample_rate=8000)
st.audio(b"not audio at all", format="audio/wav")
"""
    )
    page.goto(server.url)
    page.wait_for_function("() => document.querySelectorAll('audio').length === 2")
    page.wait_for_function("() => document.querySelector('audio').readyState >= 1")
    first = page.locator("audio").first
    assert first.evaluate("a => a.duration") == pytest.approx(2.0, abs=0.01)
    assert first.evaluate("a => a.error") is None
    # Bytes no browser can decode: the player says so instead of staying blank.
    page.locator(".ost-audio").nth(1).get_by_role("alert").wait_for()
    assert "cannot be played" in page.locator(".ost-media-error").inner_text()


def test_a_corrupt_image_is_an_error_and_the_next_click_works(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(
        """
import ostinato as st
st.session_state.setdefault("clicks", 0)
if st.button("Count"):
    st.session_state.clicks += 1
st.write(f"Clicks: {st.session_state.clicks}")
if st.button("Break"):
    st.image(b"these bytes are no image")
"""
    )
    page.goto(server.url)
    page.get_by_text("Clicks: 0").wait_for()
    page.get_by_role("button", name="Break").click()
    error = page.locator(".ost-exception")
    error.wait_for()
    assert "could not read the image data" in error.inner_text()
    page.get_by_role("button", name="Count").click()
    page.get_by_text("Clicks: 1").wait_for()
    error.wait_for(state="detached")


def test_the_logo_sits_in_the_sidebar_or_the_corner(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(
        """
import ostinato as st
if not st.toggle("No logo"):
    st.logo("🎈", link="https://example.com")
    st.write("logo shown")
if st.toggle("Sidebar"):
    st.sidebar.write("In the sidebar")
"""
    )
    page.set_viewport_size({"width": 1200, "height": 800})
    page.goto(server.url)
    page.get_by_text("logo shown").wait_for()
    corner = page.locator("#ostinato-logo-corner")
    assert corner.is_visible() and corner.inner_text() == "🎈"
    assert corner.locator("a").get_attribute("href") == "https://example.com"
    page.get_by_text("Sidebar").click()
    page.get_by_text("In the sidebar").wait_for()
    assert page.locator("#ostinato-sidebar #ostinato-logo").is_visible()
    assert not corner.is_visible()
    page.get_by_text("No logo").click()
    page.get_by_text("logo shown").wait_for(state="detached")
    page.locator("#ostinato-logo").wait_for(state="detached")
    assert page.locator("#ostinato-logo-corner").count() == 0


def test_images_are_served_by_any_worker_behind_nginx(
    serve: Callable[..., Server],
    redis_server: RedisServer,
    nginx: Callable[[list[int]], Nginx],
    page: Any,
    tmp_path: Path,
) -> None:
    script = tmp_path / "image.py"
    script.write_text(IMAGE_APP)
    options = (
        "--session.store", "redis", "--session.storeUrl", redis_server.url,
        "--session.secret", "a-secret-shared-by-every-worker",
    )  # fmt: skip
    workers = [serve(script, *options), serve(script, *options)]
    front = nginx([w.port for w in workers])
    page.goto(front.url)
    img = page.locator(".ost-image-img").first
    img.wait_for()
    page.wait_for_function("() => document.querySelector('.ost-image-img').naturalWidth === 40")
    url = img.get_attribute("src")
    assert url is not None and url.startswith("/_ostinato/media/")
    # Round-robin: successive requests reach both workers; each answers from redis
    # or from the session it holds.
    for _ in range(4):
        answer = httpx.get(f"{front.url}{url}", headers={"Range": "bytes=0-1"})
        assert answer.status_code == 206 and answer.content == b"\xff\xd8"
