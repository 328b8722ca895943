"""st.image, st.audio, st.video, st.logo and st.pdf in AppTest: every input type,
what is served for it (type, size, bytes), URLs untouched, and errors that name
the parameter."""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from ostinato.runtime.files import Served
from ostinato.testing.v1 import AppTest


def served(at: AppTest, url: str) -> Served:
    """What the session's media endpoint answers for `url`."""
    session = at._session
    assert session is not None and url.startswith(f"/_ostinato/media/{session.id}/"), url
    found = session.media.get(url.rsplit("/", 1)[1])
    assert found is not None, f"{url} is not served"
    return found


def picture(at: AppTest, url: str) -> Any:
    found = served(at, url)
    assert found.inline and found.mime.startswith("image/")
    return Image.open(io.BytesIO(found.data))


def png(mode: str, size: tuple[int, int] = (6, 4)) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, format="PNG")
    return out.getvalue()


def run(script: str, tmp_path: Path | None = None, **state: Any) -> AppTest:
    at = AppTest.from_string("import ostinato as st\nimport numpy as np\nimport io\n" + script)
    for key, value in state.items():
        at.session_state[key] = value
    return at.run()


def error_of(at: AppTest) -> str:
    assert at.exception, "expected an error element"
    return str(at.exception[0].value)


# -- st.image --------------------------------------------------------------------


def test_arrays_are_encoded_as_streamlit_chooses() -> None:
    at = run(
        """
st.image(np.zeros((4, 5, 3), dtype=np.uint8), caption="black")
st.image(np.full((4, 5), 200, dtype=np.uint8))
st.image(np.zeros((4, 5, 4), dtype=np.uint8))
st.image(np.linspace(0, 1, 20).reshape(4, 5))
red = np.zeros((2, 2, 3), dtype=np.uint8)
red[:, :, 0] = 255
st.image(red[:, :, ::-1], channels="BGR", output_format="PNG")
"""
    )
    assert not at.exception
    images = at.image
    assert [img.captions for img in images] == [["black"], [""], [""], [""], [""]]
    first = picture(at, images[0].value[0])
    assert first.format == "JPEG" and first.size == (5, 4)
    assert picture(at, images[1].value[0]).mode == "L"
    assert picture(at, images[2].value[0]).format == "PNG"  # alpha: lossless
    grey = picture(at, images[3].value[0])
    assert grey.getpixel((4, 3)) == 255 and grey.getpixel((0, 0)) == 0
    bgr = picture(at, images[4].value[0])
    assert bgr.format == "PNG" and bgr.getpixel((0, 0)) == (255, 0, 0)


def test_pil_bytes_files_and_paths(tmp_path: Path) -> None:
    (tmp_path / "pic.png").write_bytes(png("RGBA", (8, 8)))
    at = run(
        f"""
from pathlib import Path
from PIL import Image
st.image(Image.new("RGB", (3, 3), "blue"))
st.image({png("RGB")!r})
st.image(io.BytesIO({png("RGBA")!r}))
st.image({str(tmp_path / "pic.png")!r})
st.image(Path({str(tmp_path / "pic.png")!r}), output_format="JPEG")
with open({str(tmp_path / "pic.png")!r}, "rb") as f:
    st.image(f)
"""
    )
    assert not at.exception
    formats = [picture(at, img.value[0]).format for img in at.image]
    # An RGB PNG given as bytes is served as JPEG, as Streamlit's "auto" does.
    assert formats == ["JPEG", "JPEG", "PNG", "PNG", "JPEG", "PNG"]
    assert picture(at, at.image[0].value[0]).getpixel((1, 1))[2] > 200
    assert served(at, at.image[3].value[0]).data == (tmp_path / "pic.png").read_bytes()


def test_wide_images_are_scaled_down_to_the_width_asked() -> None:
    at = run(
        """
from PIL import Image
st.image(Image.new("RGB", (3000, 300)))
st.image(Image.new("RGB", (400, 200)), width=100)
st.image(Image.new("RGB", (400, 200)), width="stretch")
"""
    )
    sizes = [picture(at, img.value[0]).size for img in at.image]
    assert sizes == [(1460, 146), (100, 50), (400, 200)]
    assert [img.width for img in at.image] == ["content", 100, "stretch"]


def test_urls_pass_untouched_and_svg_becomes_a_data_url(tmp_path: Path) -> None:
    (tmp_path / "shape.svg").write_text('<svg width="8" height="8"><circle r="4"/></svg>')
    at = run(
        f"""
st.image("https://example.com/cat.png")
st.image("/app/static/logo.png")
st.image('<svg width="10" height="10"><rect width="10" height="10"/></svg>')
st.image({str(tmp_path / "shape.svg")!r})
"""
    )
    urls = [img.value[0] for img in at.image]
    assert urls[:2] == ["https://example.com/cat.png", "/app/static/logo.png"]
    import base64

    svg = base64.b64decode(urls[2].split(",", 1)[1]).decode()
    assert urls[2].startswith("data:image/svg+xml;base64,")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"') and "rect" in svg
    assert "circle" in base64.b64decode(urls[3].split(",", 1)[1]).decode()
    assert at._session is not None


def test_lists_pair_with_captions_and_render_them_as_markdown() -> None:
    at = run(
        """
st.image(["https://example.com/a.png", np.zeros((2, 2), dtype=np.uint8)], caption=["**a**", "b"])
st.image(np.zeros((3, 4, 4, 3), dtype=np.uint8), caption=np.array(["x", "y", "z"]))
"""
    )
    first, second = at.image
    assert first.captions == ["**a**", "b"] and first.value[0] == "https://example.com/a.png"
    assert first.images[0]["caption_html"] == "<strong>a</strong>"
    assert len(second.value) == 3 and second.captions == ["x", "y", "z"]


def test_bad_images_name_the_parameter() -> None:
    cases = {
        'st.image(["a.png", "b.png"], caption=["one"])': "caption",
        "st.image(np.full((2, 2), 2.0))": "clamp",
        "st.image(np.full((2, 2), 300))": "clamp",
        "st.image(np.zeros((2, 2, 2), dtype=np.uint8))": "channels",
        'st.image(np.zeros((2, 2), dtype=np.uint8), channels="BGR")': "BGR",
        'st.image("x.png", width=0)': "width",
        'st.image("x.png", width="wide")': "width",
        'st.image("x.png", channels="RGBA")': "channels",
        'st.image("x.png", output_format="TIFF")': "output_format",
        'st.image(["a", "b"], link="https://example.com")': "link",
        'st.image(["a", "b"], alt="one")': "alt",
        "st.image(42)": "image must be",
    }
    for call, named in cases.items():
        at = run(call + '\nst.write("after")')
        assert named in error_of(at), (call, error_of(at))
        assert at.markdown.values == [], call


def test_clamp_clips_out_of_range_values() -> None:
    at = run(
        "st.image(np.array([[-5, 300]]), clamp=True)\nst.image(np.array([[-1.0, 2.0]]), clamp=True)"
    )
    assert not at.exception
    assert [picture(at, at.image[0].value[0]).getpixel((x, 0)) for x in (0, 1)] == [0, 255]


def test_unreadable_image_is_an_error_element_and_the_session_goes_on() -> None:
    at = run(
        """
bad_bytes = st.button("bad bytes")
bad_path = st.button("bad path")
if bad_bytes:
    st.image(b"these bytes are no image")
if bad_path:
    st.image("no_such_picture.png")
st.write("still here")
"""
    )
    at.button[0].click().run()
    assert "could not read the image data" in error_of(at) and "image" in error_of(at)
    at.button[1].click().run()
    assert "no_such_picture.png" in error_of(at)
    at.run()
    assert not at.exception and at.markdown.values == ["still here"]


def test_use_column_width_warns_in_the_page_and_use_container_width_stretches() -> None:
    at = run(
        'st.image("https://x.org/a.png", use_column_width=True)\n'
        'st.image("https://x.org/a.png", use_container_width=True)'
    )
    assert "use_column_width" in at.warning[0].value
    assert [img.width for img in at.image] == ["content", "stretch"]


# -- media are freed -------------------------------------------------------------


def test_media_of_runs_before_the_last_are_freed() -> None:
    at = run(
        """
n = st.session_state.get("n", 0)
st.image(np.full((2, 2), n, dtype=np.uint8))
st.video(bytes([n]) * 10)
"""
    )
    first = [at.image[0].value[0], at.get("video")[0].url]
    at.session_state["n"] = 1
    at.run()
    second = [at.image[0].value[0], at.get("video")[0].url]
    assert second != first
    # The page may still show the previous run's media while the new run draws.
    assert all(served(at, url) for url in first + second)
    at.session_state["n"] = 2
    at.run()
    session = at._session
    assert session is not None
    assert [session.media.get(url.rsplit("/", 1)[1]) for url in first] == [None, None]
    assert all(served(at, url) for url in second)


def test_the_same_media_in_every_run_stays_served() -> None:
    at = run("st.audio(b'same bytes', format='audio/ogg')")
    url = at.get("audio")[0].url
    for _ in range(3):
        at.run()
    assert served(at, url).data == b"same bytes" and url.endswith(".ogg")


def test_media_drawn_by_a_cached_function_stay_served_on_every_hit() -> None:
    at = run(
        """
@st.cache_data
def chart(n):
    st.image(np.full((2, 2), n, dtype=np.uint8), caption="cached")
    st.audio(bytes([n]) * 8, format="audio/ogg")
    return n
chart(7)
"""
    )
    for _ in range(3):
        at.run()
        assert at.image[0].captions == ["cached"]
        assert picture(at, at.image[0].value[0]).getpixel((0, 0)) == 7
        assert served(at, at.get("audio")[0].url).data == bytes([7]) * 8


# -- st.audio --------------------------------------------------------------------


def test_numpy_audio_is_a_normalised_wav() -> None:
    at = run(
        """
tone = np.sin(np.linspace(0, 2 * np.pi * 10, 800)) * 0.25
st.audio(tone, sample_rate=8000)
st.audio(np.stack([tone, -tone]), sample_rate=16000)
"""
    )
    mono, stereo = at.get("audio")
    data = served(at, mono.url)
    assert data.mime == "audio/wav" and mono.url.endswith(".wav")
    with wave.open(io.BytesIO(data.data)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth(), w.getnframes()) == (
            1, 8000, 2, 800,
        )  # fmt: skip
        samples = np.frombuffer(w.readframes(800), dtype=np.int16)
    assert samples.max() == 32767  # scaled to full scale, as Streamlit does
    with wave.open(io.BytesIO(served(at, stereo.url).data)) as w:
        assert (w.getnchannels(), w.getframerate()) == (2, 16000)
        frames = np.frombuffer(w.readframes(2), dtype=np.int16).reshape(2, 2)
    assert (frames[:, 0] == -frames[:, 1]).all()


def test_audio_inputs_times_and_urls(tmp_path: Path) -> None:
    (tmp_path / "clip.ogg").write_bytes(b"OggS data")
    at = run(
        f"""
import datetime
st.audio({str(tmp_path / "clip.ogg")!r}, format="audio/ogg", start_time="2s", end_time="1m")
st.audio(io.BytesIO(b"mp3"), format="audio/mpeg", start_time=datetime.timedelta(seconds=3))
st.audio("https://example.com/song.mp3", start_time=2.9, loop=True, autoplay=True)
st.audio(None)
"""
    )
    clip, stream, remote, empty = at.get("audio")
    assert served(at, clip.url).data == b"OggS data" and served(at, clip.url).mime == "audio/ogg"
    assert (clip.start_time, clip.end_time) == (2, 60)
    assert served(at, stream.url).mime == "audio/mpeg" and stream.start_time == 3
    assert remote.url == "https://example.com/song.mp3" and remote.start_time == 2
    assert remote.loop and remote.autoplay
    assert empty.url == "" and empty.value is None


def test_bad_audio_names_the_parameter() -> None:
    cases = {
        "st.audio(np.zeros(10))": "sample_rate",
        "st.audio(np.zeros((2, 2, 2)), sample_rate=8000)": "1D",
        'st.audio(b"x", start_time="soon")': "start_time",
        'st.audio(b"x", end_time="later")': "end_time",
        'st.audio(b"x", width="content")': "width",
        "st.audio(42)": "data must be",
        'st.audio("no_such_sound.wav")': "no_such_sound.wav",
    }
    for call, named in cases.items():
        assert named in error_of(run(call)), call


def test_identical_autoplaying_players_are_refused() -> None:
    at = run('st.audio(b"a", autoplay=True)\nst.audio(b"a")\nst.audio(b"a", autoplay=True)')
    assert "autoplay" in error_of(at)
    assert at.get("audio")[0].proto.autoplay and at.get("audio")[0].id
    assert at.get("audio")[1].id is None


# -- st.video --------------------------------------------------------------------

SRT = "1\n00:00:01,000 --> 00:00:02,500\nHello\n"


def test_video_subtitles_are_webvtt(tmp_path: Path) -> None:
    (tmp_path / "subs.srt").write_text(SRT)
    at = run(
        f"""
st.video(b"movie", subtitles={SRT!r}, start_time="1s", end_time=3, muted=True)
st.video(b"movie", subtitles={{"English": {str(tmp_path / "subs.srt")!r}, "Plain": "WEBVTT"}})
"""
    )
    one, two = at.get("video")
    assert served(at, one.url).mime == "video/mp4" and one.url.endswith(".mp4")
    assert (one.start_time, one.end_time, one.muted) == (1, 3, True)
    track = served(at, one.subtitles[0]["url"])
    assert one.subtitles[0]["label"] == "default" and track.mime == "text/vtt"
    assert track.data.decode() == "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello"
    assert [t["label"] for t in two.subtitles] == ["English", "Plain"]
    assert b"00:00:01.000" in served(at, two.subtitles[0]["url"]).data


def test_youtube_urls_are_embedded_and_other_urls_untouched() -> None:
    at = run(
        """
st.video("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
st.video("https://example.com/movie.mp4")
"""
    )
    tube, plain = at.get("video")
    assert (tube.kind, tube.url) == ("youtube", "https://www.youtube.com/embed/dQw4w9WgXcQ")
    assert (plain.kind, plain.url) == ("native", "https://example.com/movie.mp4")


def test_bad_video_names_the_parameter() -> None:
    cases = {
        'st.video(b"v", start_time=5, end_time=2)': "end_time",
        'st.video(b"v", subtitles=42)': "subtitles",
        'st.video(b"v", subtitles="just words")': "subtitles",
        'st.video("https://youtu.be/dQw4w9WgXcQ", subtitles="WEBVTT")': "YouTube",
        'st.video(b"v", width="content")': "width",
        "st.video(3.5)": "data must be",
    }
    for call, named in cases.items():
        assert named in error_of(run(call)), call


# -- st.logo and st.pdf ----------------------------------------------------------


def test_logo_adds_no_element_and_refuses_bad_input() -> None:
    at = run('st.logo("https://example.com/logo.png", size="large")\nst.write("page")')
    assert not at.exception and at.markdown.values == ["page"] and not at.sidebar.children
    cases = {
        'st.logo("https://e.com/a.png", size="huge")': "size",
        'st.logo("https://e.com/a.png", link="/relative")': "link",
        'st.logo(b"no image")': "image",
        'st.logo("https://e.com/a.png", icon_image=b"no image")': "icon_image",
    }
    for call, named in cases.items():
        assert named in error_of(run(call)), call


def test_pdf_is_served_inline(tmp_path: Path) -> None:
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4 file")
    at = run(
        f"""
st.pdf(b"%PDF-1.4 bytes", height=300)
st.pdf({str(tmp_path / "doc.pdf")!r})
st.pdf("https://example.com/doc.pdf")
"""
    )
    first, second, third = at.get("pdf")
    assert served(at, first.url).mime == "application/pdf" and served(at, first.url).inline
    assert first.height == 300 and second.height == 500
    assert served(at, second.url).data == b"%PDF-1.4 file"
    assert third.url == "https://example.com/doc.pdf"
    for call, named in {"st.pdf(None)": "data", 'st.pdf(b"x", height=0)': "height"}.items():
        assert named in error_of(run(call)), call
