"""st.image, st.audio, st.video, st.logo and st.pdf: what each input becomes (a
served file of which type, a URL untouched, an SVG data URL), lists with
captions, and the errors for bad input."""

import io

from PIL import Image

from conformance.harness import Scenario


def _png(mode: str) -> bytes:
    out = io.BytesIO()
    Image.new(mode, (5, 3)).save(out, format="PNG")
    return out.getvalue()


_CASES = """
import streamlit as st
case = st.session_state.get("case", 0)
"""


def _cases(name: str, setup: str, cases: list[str]) -> Scenario:
    """One app that runs `cases[i]` when session_state.case is i, driven through
    every case in turn (each bad call shows its exception and ends the run)."""
    body = "".join(f"if case == {i}:\n    {line}\n" for i, line in enumerate(cases))
    steps: list[tuple[object, ...]] = [("run",)]
    for i in range(1, len(cases)):
        steps += [("state", "case", i), ("run",)]
    return Scenario(name, _CASES + setup + body + 'st.write("after")\n', tuple(steps))


_PIL_SETUP = """
import io
import numpy as np
from PIL import Image
def png(mode, size=(6, 4)):
    out = io.BytesIO()
    Image.new(mode, size).save(out, format="PNG")
    return out.getvalue()
"""

SCENARIOS = [
    Scenario(
        "image_each_input_type",
        _PIL_SETUP
        + """
import streamlit as st
from pathlib import Path
st.image(np.zeros((4, 5, 3), dtype=np.uint8), caption="rgb array")
st.image(np.full((4, 5), 200, dtype=np.uint8))
st.image(np.zeros((4, 5, 1), dtype=np.uint8))
st.image(np.zeros((4, 5, 4), dtype=np.uint8))
st.image(np.linspace(0, 1, 20).reshape(4, 5))
st.image(Image.new("RGB", (3, 3)))
st.image(Image.new("RGBA", (3, 3)))
st.image(Image.new("P", (3, 3)))
st.image(png("RGB"))
st.image(png("RGBA"))
st.image(io.BytesIO(png("LA")))
buf = io.BytesIO()
Image.new("RGB", (4, 4)).save(buf, format="GIF")
st.image(buf.getvalue())
st.image(png("RGB"), output_format="PNG")
st.image(png("RGBA"), output_format="JPEG")
st.image(png("RGB"), output_format="jpg")
Path("local.png").write_bytes(png("RGB"))
st.image("local.png")
st.image(Path("local.png"), width=3)
st.image("https://example.com/cat.png")
st.image("/app/static/logo.png")
st.image("data:image/png;base64,iVBORw0KGgo=")
st.image('<svg width="10" height="10"><rect width="10" height="10"/></svg>')
st.image('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"></svg>')
st.image("shape.svg")
st.image(np.zeros((4, 5, 3), dtype=np.uint8)[:, :, ::-1], channels="BGR")
st.image(np.full((2, 2), 300), clamp=True)
st.image(np.full((2, 2), 2.5), clamp=True)
st.image(png("RGB"), width="stretch")
st.image(png("RGB"), use_container_width=True)
st.image(png("RGB"), link="https://example.com")
st.write("done")
""",
        (("run",),),
        files={"shape.svg": '<svg width="8" height="8"><circle r="4" cx="4" cy="4"/></svg>'},
    ),
    Scenario(
        "image_use_column_width_warns",
        """
        import streamlit as st
        st.image("https://example.com/a.png", use_column_width=True)
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "image_use_column_width_quiet_without_error_details",
        """
        import streamlit as st
        st.image("https://example.com/a.png", use_column_width=True)
        st.write("after")
        """,
        (("option", "client.showErrorDetails", "none"), ("run",)),
    ),
    Scenario(
        "image_lists_with_captions",
        _PIL_SETUP
        + """
import streamlit as st
st.image([png("RGB"), "https://example.com/a.png", np.zeros((2, 2), dtype=np.uint8)],
         caption=["one", "two", "three"])
st.image((png("RGBA"), png("RGB")))
st.image(np.zeros((3, 4, 4, 3), dtype=np.uint8), caption=np.array(["a", "b", "c"]))
st.image([png("RGB")], caption="single")
st.image(png("RGB"), caption=7)
st.image([png("RGB"), png("RGB")], alt=["first", None])
st.image(png("RGB"), alt="")
st.image([], caption=[])
st.write(len(st.session_state))
""",
        (("run",),),
    ),
    _cases(
        "image_bad_input",
        _PIL_SETUP,
        [
            'st.image(["a.png", "b.png"], caption=["only one"])',
            'st.image([png("RGB")], caption=["a", "b"])',
            "st.image(np.full((2, 2), 2.0))",
            "st.image(np.full((2, 2), -1))",
            "st.image(np.full((2, 2), 256))",
            "st.image(np.zeros((2, 2, 2), dtype=np.uint8))",
            "st.image(np.zeros(4, dtype=np.uint8))",
            'st.image(np.zeros((2, 2), dtype=np.uint8), channels="BGR")',
            'st.image(png("RGB"), width=0)',
            'st.image(png("RGB"), width="wide")',
            'st.image(png("RGB"), width=-5)',
            'st.image([png("RGB"), png("RGB")], link="https://example.com")',
            'st.image([png("RGB"), png("RGB")], alt="one text")',
            'st.image({png("RGB"), png("RGBA")}, alt=["a", "b"])',
            'st.image([png("RGB")], alt=["a", "b"])',
        ],
    ),
    Scenario(
        "image_unknown_channels_refused",
        """
        import numpy as np
        import streamlit as st
        st.image(np.zeros((2, 2, 3), dtype=np.uint8), channels="XYZ")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "image_unknown_output_format_refused",
        """
        import numpy as np
        import streamlit as st
        st.image(np.zeros((2, 2, 3), dtype=np.uint8), output_format="WEBP")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "audio_float_sample_rate",
        """
        import numpy as np
        import streamlit as st
        st.audio(np.zeros(100), sample_rate=8000.0)
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "media_from_uploads",
        """
        import streamlit as st
        f = st.file_uploader("Picture")
        if f is not None:
            st.image(f, caption=f.name)
            st.audio(f, format=f.type)
            st.video(f)
        """,
        (
            ("run",),
            ("upload", "file_uploader", 0, "dot.png", _png("RGBA"), "image/png"),
            ("run",),
            ("upload", "file_uploader", 0, "flat.png", _png("RGB"), "image/png"),
            ("run",),
        ),
    ),
    Scenario(
        "image_missing_file",
        """
        import streamlit as st
        st.image("no_such_image.png")
        st.write("not reached")
        """,
        (("run",),),
    ),
    Scenario(
        "image_corrupt_bytes",
        """
        import streamlit as st
        st.image(b"these bytes are no image")
        st.write("not reached")
        """,
        (("run",),),
    ),
    Scenario(
        "image_then_click_goes_on",
        """
        import streamlit as st
        if st.button("break"):
            st.image(b"these bytes are no image")
        st.write("still here")
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "audio_each_input",
        """
        import io
        import datetime
        import numpy as np
        import streamlit as st
        from pathlib import Path
        tone = np.sin(np.linspace(0, 440 * 2 * np.pi, 8000))
        st.audio(tone, sample_rate=8000)
        st.audio(np.stack([tone, tone / 2]), sample_rate=8000)
        st.audio(np.zeros(0), sample_rate=8000)
        st.audio(b"RIFF....WAVEfmt ", format="audio/wav")
        st.audio(io.BytesIO(b"ID3 mp3 bytes"), format="audio/mpeg")
        Path("clip.ogg").write_bytes(b"OggS fake")
        st.audio("clip.ogg", format="audio/ogg")
        st.audio(Path("clip.ogg"))
        with open("clip.ogg", "rb") as f:
            st.audio(f)
        st.audio("https://example.com/song.mp3")
        st.audio("/app/static/song.mp3")
        st.audio(b"x", start_time="2s", end_time="1m")
        st.audio(b"x", start_time=datetime.timedelta(seconds=3), end_time=7.9)
        st.audio(b"x", start_time=2.7, loop=True, autoplay=True)
        st.audio(b"x", width=300)
        st.audio(b"x", sample_rate=44100)
        st.audio(None)
        st.audio(b"x", start_time=-2)
        st.audio(b"x", start_time=5, end_time=1)
        st.write("done")
        """,
        (("run",),),
    ),
    _cases(
        "audio_bad_input",
        "import numpy as np\n",
        [
            "st.audio(np.zeros(10))",
            "st.audio(np.zeros((2, 2, 2)), sample_rate=8000)",
            'st.audio(b"x", start_time="soon")',
            'st.audio(b"x", end_time="later")',
            'st.audio(b"x", start_time=None)',
            'st.audio(b"x", width="content")',
            'st.audio(b"x", width=0)',
            "st.audio(42)",
            "st.audio([0.1, 0.2], sample_rate=8000)",
        ],
    ),
    Scenario(
        "audio_missing_file",
        """
        import streamlit as st
        st.audio("no_such_sound.wav")
        st.write("not reached")
        """,
        (("run",),),
    ),
    Scenario(
        "video_each_input",
        """
        import io
        import streamlit as st
        from pathlib import Path
        SRT = "1\\n00:00:01,000 --> 00:00:02,500\\nHello\\n"
        VTT = "WEBVTT\\n\\n00:00:01.000 --> 00:00:02.000\\nHi\\n"
        st.video(b"\\x00\\x00\\x00\\x18ftypmp42")
        st.video(io.BytesIO(b"webm"), format="video/webm")
        Path("clip.mp4").write_bytes(b"\\x00\\x00\\x00\\x18ftypmp42")
        st.video("clip.mp4")
        st.video(Path("clip.mp4"), start_time="1s", end_time=3)
        st.video("https://example.com/movie.mp4", loop=True, autoplay=True, muted=True)
        st.video("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
        st.video("https://youtu.be/dQw4w9WgXcQ", start_time=10)
        st.video(b"v", subtitles=SRT)
        st.video(b"v", subtitles=VTT)
        st.video(b"v", subtitles=SRT.encode())
        st.video(b"v", subtitles=io.BytesIO(VTT.encode()))
        st.video(b"v", subtitles={"English": SRT, "Deutsch": VTT})
        st.video(b"v", subtitles="subs.srt")
        st.video(b"v", subtitles=Path("subs.vtt"))
        st.video(b"v", subtitles="")
        st.video(b"v", width=400)
        st.video(None)
        st.write("done")
        """,
        (("run",),),
        files={
            "subs.srt": "1\n00:00:00,500 --> 00:00:01,000\nFrom a file\n",
            "subs.vtt": "WEBVTT\n\n00:00:00.500 --> 00:00:01.000\nFrom a file\n",
            "notes.txt": "not subtitles",
        },
    ),
    _cases(
        "video_bad_input",
        "from pathlib import Path\n",
        [
            'st.video(b"v", start_time=5, end_time=2)',
            'st.video(b"v", start_time=3, end_time=3)',
            'st.video(b"v", start_time=-1)',
            'st.video(b"v", subtitles=42)',
            'st.video(b"v", subtitles="just some words")',
            'st.video(b"v", subtitles={"en": 3})',
            'st.video("https://youtu.be/dQw4w9WgXcQ", subtitles="WEBVTT")',
            'st.video(b"v", subtitles=Path("missing.vtt"))',
            'st.video(b"v", width="content")',
            'st.video(b"v", start_time="x")',
            "st.video(3.5)",
        ],
    ),
    Scenario(
        "autoplay_players_must_differ",
        """
        import streamlit as st
        st.audio(b"a", autoplay=True)
        st.audio(b"a")
        st.audio(b"a")
        st.video(b"v", autoplay=True)
        st.video(b"v", autoplay=True, muted=True)
        st.audio(b"a", autoplay=True, loop=True)
        st.write("all different")
        st.video(b"v", autoplay=True)
        st.write("not reached")
        """,
        (("run",),),
    ),
    Scenario(
        "logo_adds_no_element",
        """
        import streamlit as st
        st.logo("https://example.com/logo.png", link="https://example.com",
                icon_image="https://example.com/icon.png", size="large")
        st.logo("🎈")
        st.logo(":material/home:", size="SMALL")
        st.write("page")
        """,
        (("run",),),
    ),
    _cases(
        "logo_bad_input",
        "",
        [
            'st.logo("https://example.com/a.png", size="huge")',
            'st.logo("https://example.com/a.png", link="/relative")',
            'st.logo("https://example.com/a.png", link="ftp://example.com")',
            'st.logo(b"no image at all")',
            'st.logo("https://example.com/a.png", icon_image=b"no image")',
            'st.logo("missing_logo.png")',
        ],
    ),
    Scenario(
        "pdf_shown",
        """
        import streamlit as st
        st.pdf(b"%PDF-1.4 fake")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "pdf_without_data",
        """
        import streamlit as st
        st.pdf(None)
        """,
        (("run",),),
    ),
]
