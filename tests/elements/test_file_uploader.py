"""st.file_uploader under AppTest: files arrive through the session's upload store,
as the page sends them over HTTP."""

from __future__ import annotations

import pytest

from ostinato import UploadedFile
from ostinato.errors import WidgetValueError
from ostinato.testing.v1 import AppTest
from tests.elements.widget_checks import script_error

APP = """
import ostinato as st
st.session_state.setdefault("calls", [])
def uploaded(tag, *, n):
    f = st.session_state.up
    st.session_state.calls.append((tag, n, None if f is None else f.name))
st.write(f"seen={st.session_state.get('up')!r}")
f = st.file_uploader("Data", type=["csv"], key="up", on_change=uploaded, args=("new",),
                     kwargs={"n": 1})
st.write("none" if f is None else f"{f.name} {f.type} {f.size} {f.read().decode()}")
"""


def test_upload_value_key_and_callback() -> None:
    at = AppTest.from_string(APP).run()
    uploader = at.file_uploader(key="up")
    assert (uploader.label, uploader.value) == ("Data", None)
    assert uploader.props["accept"] == [".csv"]
    assert at.markdown.values == ["seen=None", "none"]

    at.file_uploader(key="up").upload("a.csv", b"1,2", "text/csv").run()
    assert not at.exception
    assert at.markdown.values[1] == "a.csv text/csv 3 1,2"
    assert at.markdown.values[0] == "seen=UploadedFile(name='a.csv', type='text/csv', size=3)"
    assert at.session_state.calls == [("new", 1, "a.csv")]
    shown = at.file_uploader(key="up").value
    assert isinstance(shown, UploadedFile) and shown.getvalue() == b"1,2"
    assert at.session_state.up == shown

    at.run()
    assert at.markdown.values[1] == "a.csv text/csv 3 1,2"
    assert len(at.session_state.calls) == 1

    at.file_uploader(key="up").clear().run()
    assert at.markdown.values == ["seen=None", "none"]
    assert at.session_state.up is None
    assert at.session_state.calls[-1] == ("new", 1, None)


def test_several_files() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nfiles = st.file_uploader("More", accept_multiple_files=True)\n'
        "st.write(repr([(f.name, f.read()) for f in files]))\n"
    ).run()
    assert at.markdown.values == ["[]"]
    at.file_uploader[0].upload("x.txt", b"x").upload("y.txt", b"y").run()
    assert at.markdown.values == ["[('x.txt', b'x'), ('y.txt', b'y')]"]
    at.file_uploader[0].upload("z.txt", b"z").run()
    assert at.markdown.values == ["[('x.txt', b'x'), ('y.txt', b'y'), ('z.txt', b'z')]"]


def test_single_uploader_keeps_the_last_file() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nf = st.file_uploader("One")\nst.write(f.name if f else "-")\n'
    ).run()
    at.file_uploader[0].upload("first.txt", b"1").run()
    at.file_uploader[0].upload("second.txt", b"2").run()
    assert at.markdown.values == ["second.txt"]


def test_a_file_of_another_type_is_refused_and_nothing_changes() -> None:
    at = AppTest.from_string(APP).run()
    with pytest.raises(WidgetValueError, match=r"b\.txt is not one of the types \['\.csv'\]"):
        at.file_uploader(key="up").upload("b.txt", b"no", "text/plain").run()
    at.run()
    assert at.markdown.values == ["seen=None", "none"]
    assert at.session_state.calls == []


def test_value_cannot_be_set_through_session_state() -> None:
    exc_type, message = script_error(
        'st.session_state.k = "data.csv"\nst.file_uploader("F", key="k")'
    )
    assert exc_type == "WidgetValueSetError"
    assert 'st.file_uploader widget with key "k"' in message
    assert "cannot be set using st.session_state" in message


def test_something_else_than_files_under_the_key_is_shown_as_no_files() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.text(repr(st.file_uploader("F", key="k")))\n'
    )
    at.session_state["k"] = "data.csv"
    at.run()
    assert not at.exception, at.exception
    assert at.file_uploader[0].props["value"] == []
