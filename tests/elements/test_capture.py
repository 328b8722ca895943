"""st.camera_input and st.audio_input: the captured file reaches the script as an
UploadedFile (through the session's upload store), callbacks, clearing, and the
errors a user sees."""

from __future__ import annotations

import pytest

from ostinato.testing.v1 import AppTest
from ostinato.testing.v1.element_tree import AppTestError
from tests.elements.widget_checks import script_error

APP = """
import ostinato as st
st.session_state.setdefault("calls", 0)
def took():
    st.session_state.calls += 1
photo = st.camera_input("Smile", key="cam", on_change=took, resolution="720p")
voice = st.audio_input("Speak", key="mic", sample_rate=None)
for f in (photo, voice):
    st.write("none" if f is None else f"{f.name} {f.type} {len(f.getvalue())} {f.read(4)!r}")
st.write(f"calls={st.session_state.calls}")
"""


def test_photo_and_recording_reach_the_script_as_uploaded_files() -> None:
    at = AppTest.from_string(APP).run()
    assert at.markdown.values == ["none", "none", "calls=0"]
    camera, mic = at.camera_input[0], at.audio_input[0]
    assert (camera.type, camera.resolution, mic.type) == ("camera_input", "720p", "audio_input")
    camera.set_value(("photo.jpg", b"\xff\xd8\xff\xe0jpeg", "image/jpeg"))
    mic.upload("recording.wav", b"RIFFwave").run()
    assert at.markdown.values == [
        "photo.jpg image/jpeg 8 b'\\xff\\xd8\\xff\\xe0'",
        "recording.wav audio/wav 8 b'RIFF'",
        "calls=1",
    ]
    assert at.camera_input[0].value.name == "photo.jpg"
    # Every run reads the file from its start; no callback without a new capture.
    at.run()
    assert at.markdown.values[1] == "recording.wav audio/wav 8 b'RIFF'"
    assert at.markdown.values[2] == "calls=1"
    at.camera_input[0].clear().run()
    assert at.markdown.values == ["none", "recording.wav audio/wav 8 b'RIFF'", "calls=2"]


@pytest.mark.parametrize(
    ("kind", "file", "fragment"),
    [
        ("camera_input", ("p.png", b"x", "image/png"), ".jpg files"),
        ("camera_input", ("p.jpg", b"x", "image/png"), "'image/jpeg'"),
        ("audio_input", [("a.wav", b"x", "audio/wav")], "not a list"),
        ("audio_input", ("a.wav", "text", "audio/wav"), "bytes content"),
    ],
)
def test_apptest_takes_only_what_the_page_can_make(kind: str, file: object, fragment: str) -> None:
    at = AppTest.from_string(APP).run()
    with pytest.raises(AppTestError, match=fragment):
        at.get(kind)[0].set_value(file)


def test_a_file_of_another_type_from_a_page_is_refused() -> None:
    at = AppTest.from_string(APP).run()
    mic = at.audio_input[0]
    at._upload(mic, "x.mp3", b"ID3", "audio/mpeg")
    with pytest.raises(Exception, match="is not of the type audio/wav"):
        at.run()


def test_the_value_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.session_state.c = 1\nst.camera_input("C", key="c")'
    ).run()
    assert 'st.camera_input widget with key "c" cannot be set' in at.exception[0].message


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('st.camera_input("C", resolution="4k")', "'480p', '720p', '1080p' or None"),
        ('st.audio_input("A", sample_rate=12345)', "sample_rate must be one of 8000"),
        ('st.audio_input("A", width="content")', 'width must be "stretch"'),
        ('st.camera_input("C", on_change=5)', "on_change must be"),
    ],
)
def test_bad_parameters_name_what_they_accept(body: str, fragment: str) -> None:
    kind, message = script_error(body)
    assert kind == "OstinatoAPIException"
    assert fragment in message
