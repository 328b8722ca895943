"""st.components.v1 and st.iframe in AppTest: what the page receives for each
frame, and how a declared component behaves as a widget (its default, Session
State under its key, which parameters make its identity, its callback), as in
Streamlit 1.67."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import ostinato as st
import ostinato.components.v1 as components
from ostinato.elements.component import arrow_parts, decode_value, encode_value
from ostinato.errors import OstinatoAPIException, WidgetValueError
from ostinato.runtime.components import registry
from ostinato.testing.v1 import AppTest

HEAD = "import ostinato as st\nimport ostinato.components.v1 as components\n"


def run(body: str, folder: Path | None = None) -> AppTest:
    source = HEAD + (f"FOLDER = {str(folder)!r}\n" if folder else "") + body
    return AppTest.from_string(source).run()


def frames(at: AppTest) -> list[Any]:
    return list(at.get("iframe"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "index.html").write_text("<p>component</p>")
    return tmp_path


def test_the_public_names_are_reachable_as_streamlit_apps_use_them() -> None:
    assert st.components.v1 is components
    assert st.components.v1.html is components.html
    assert sorted(components.__all__) == ["declare_component", "html", "iframe"]
    assert callable(st.iframe)


def test_html_is_a_srcdoc_frame_150_px_high_by_default() -> None:
    at = run(
        'components.html("<p>hi</p>")\ncomponents.html("<b>x</b>", 300, 80, True, tab_index=0)\n'
    )
    first, second = frames(at)
    assert (first.type, first.value, first.srcdoc, first.src) == ("iframe", None, "<p>hi</p>", None)
    assert (first.width, first.height, first.scrolling, first.tab_index) == (
        "stretch",
        150,
        False,
        None,
    )
    assert (second.width, second.height, second.scrolling, second.tab_index) == (300, 80, True, 0)


def test_components_iframe_is_a_url_frame() -> None:
    (frame,) = frames(run('components.iframe("https://example.com", height=200)\n'))
    assert (frame.src, frame.srcdoc, frame.height) == ("https://example.com", None, 200)


def test_st_iframe_tells_urls_html_and_paths_apart(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text("<h1>report</h1>")
    doc = tmp_path / "doc.pdf"
    doc.write_bytes(b"%PDF-1.4 tiny")
    at = run(
        'st.iframe("https://example.com")\n'
        'st.iframe("<b>inline</b>")\n'
        'st.iframe("/app/static/page.html", width="content", height="stretch")\n'
        "from pathlib import Path\n"
        f"st.iframe(Path({str(page)!r}), height=120, alt='The report')\n"
        f"st.iframe(Path({str(doc)!r}))\n"
    )
    url, inline, relative, local, pdf = frames(at)
    # A URL's height cannot be measured from the page: "content" becomes 400 px.
    assert (url.src, url.height, url.scrolling, url.title) == (
        "https://example.com",
        400,
        True,
        "st.iframe",
    )
    assert (inline.srcdoc, inline.height) == ("<b>inline</b>", "content")
    assert (relative.src, relative.width, relative.height) == (
        "/app/static/page.html",
        "stretch",
        "stretch",
    )
    assert (local.srcdoc, local.height, local.title) == ("<h1>report</h1>", 120, "The report")
    assert pdf.srcdoc is None and pdf.src.endswith(".pdf")


@pytest.mark.parametrize(
    ("call", "named"),
    [
        ('st.iframe("https://a.b", width="wide")', "width"),
        ('st.iframe("https://a.b", height=0)', "height"),
        ('st.iframe("https://a.b", tab_index=True)', "tab_index"),
        ('components.html("x", tab_index=-2)', "tab_index"),
        ('components.html("x", height=-5)', "height"),
        ("st.iframe(5)", "src"),
        ("components.html(5)", "HTML"),
    ],
)
def test_bad_frame_arguments_are_errors_naming_them(call: str, named: str) -> None:
    at = run(call + "\n")
    (error,) = at.exception
    assert named in error.value


def test_a_declared_component_returns_its_default_until_it_has_a_value(folder: Path) -> None:
    at = run(
        'c = components.declare_component("counter", path=FOLDER)\n'
        'st.write("got", c(label="a", default=5, key="k"))\n'
        'st.write("plain", c(label="b"))\n',
        folder,
    )
    keyed, plain = at.get("component_instance")
    assert (keyed.key, keyed.value, plain.key, plain.value) == ("k", None, None, None)
    assert [m.value for m in at.markdown] == ["got `5`", "plain `None`"]
    assert at.session_state["k"] is None
    at.session_state["k"] = {"n": 1}
    at.run()
    assert at.get("component_instance")[0].value == {"n": 1}
    assert at.markdown[0].value == "got"
    assert at.json[0].value == '{"n": 1}'  # st.write shows the dict as JSON


def test_its_args_reach_the_page_as_json_bytes_and_arrow(folder: Path) -> None:
    at = run(
        "import pandas as pd\n"
        'c = components.declare_component("args", path=FOLDER)\n'
        'c(name="x", n=3, raw=b"\\x00\\x01", table=pd.DataFrame({"a": [1, 2]}), key="k")\n',
        folder,
    )
    (element,) = at.get("component_instance")
    assert element.component_name.endswith(".args")
    assert element.src == f"/_ostinato/component/{element.component_name}/index.html"
    import json

    assert json.loads(element.json_args) == {"name": "x", "n": 3, "default": None, "key": "k"}
    assert base64.b64decode(element.bytes_args["raw"]) == b"\x00\x01"
    (table,) = element.dfs
    assert table["key"] == "table" and {"data", "index", "columns"} <= set(table)


def test_keyed_identity_ignores_the_args_and_unkeyed_identity_includes_them(folder: Path) -> None:
    script = (
        'c = components.declare_component("who", path=FOLDER)\n'
        'n = st.session_state.setdefault("n", 0)\n'
        'c(arg=n, key="keyed")\n'
        "c(arg=n)\n"
        'if st.button("next"):\n'
        "    st.session_state.n += 1\n"
        "    st.rerun()\n"
    )
    at = run(script, folder)
    keyed_before, plain_before = (e.node.props["id"] for e in at.get("component_instance"))
    at.button[0].click().run()
    keyed_after, plain_after = (e.node.props["id"] for e in at.get("component_instance"))
    assert keyed_after == keyed_before
    assert plain_after != plain_before


def test_two_identical_instances_are_a_duplicate_error(folder: Path) -> None:
    at = run('c = components.declare_component("d", path=FOLDER)\nc(a=1)\nc(a=1)\n', folder)
    assert len(at.get("component_instance")) == 1
    assert "multiple" in at.exception[0].value


@pytest.mark.parametrize(
    ("call", "says"),
    [
        ('components.declare_component("nothing")', "'path' or 'url'"),
        ('components.declare_component("c", path=FOLDER)("x")', "needs a label"),
        ('components.declare_component("c", path=FOLDER)(on_change=5)', "on_change"),
        ('components.declare_component("c", path=FOLDER)(tab_index=-3)', "tab_index"),
        ('components.declare_component("c", path=FOLDER)(thing=object())', "JSON"),
    ],
)
def test_bad_component_arguments_are_api_errors(folder: Path, call: str, says: str) -> None:
    at = run(call + "\n", folder)
    (error,) = at.exception
    assert says in error.value


def test_url_wins_over_path_and_the_name_has_the_module(folder: Path) -> None:
    both = components.declare_component("both", path=str(folder), url="http://localhost:3001")
    assert both.name == f"{__name__}.both"  # declared by this module
    assert str(both) == f"'{both.name}': {folder}"
    declared = registry.get(both.name)
    assert declared is not None and declared.url == "http://localhost:3001"
    assert declared.folder is None  # url wins: the folder is not served
    with pytest.raises(OstinatoAPIException, match="'path' or 'url'"):
        components.declare_component("neither")


def test_values_round_trip_through_their_wire_form() -> None:
    frame = pd.DataFrame({"x": [1, 2], "y": ["p", "q"]})
    for value in (None, 3, "text", [1, {"a": None}], b"\x00raw"):
        assert decode_value("c", encode_value(value)) == value
    back = decode_value("c", {"t": "dataframe", "v": arrow_parts(frame)})
    assert back.shape == (2, 2)
    assert list(back.iloc[:, 1]) == ["p", "q"]
    for bad in ({"t": "bytes", "v": "%%%"}, {"t": "x", "v": 1}, [1], {"t": "json"}):
        with pytest.raises(WidgetValueError):
            decode_value("c", bad)


def test_a_component_in_a_form_may_have_a_callback_as_in_streamlit(folder: Path) -> None:
    at = run(
        'c = components.declare_component("f", path=FOLDER)\n'
        'with st.form("form"):\n'
        '    c(key="inside", on_change=lambda: None)\n'
        '    st.form_submit_button("Go")\n',
        folder,
    )
    assert not at.exception
    assert [e.key for e in at.get("component_instance")] == ["inside"]


def test_the_modules_component_packages_import_from_exist() -> None:
    from ostinato.components.v1.component_registry import declare_component as registered
    from ostinato.components.v1.components import CustomComponent, MarshallComponentException
    from ostinato.components.v1.custom_component import CustomComponent as Same

    assert registered is components.declare_component
    assert CustomComponent is Same
    assert issubclass(MarshallComponentException, OstinatoAPIException)
    comp = registered("imported", url="http://localhost:3001")
    assert isinstance(comp, CustomComponent)
    with pytest.raises(MarshallComponentException, match="needs a label"):
        comp("positional")


def test_a_missing_folder_is_an_error_in_a_run_as_on_streamlits_server(tmp_path: Path) -> None:
    missing = tmp_path / "not_built"
    at = run(f"components.declare_component('gone', path={str(missing)!r})\nst.write('after')\n")
    (error,) = at.exception
    assert "No such component directory" in error.value and str(missing) in error.value
    assert not at.markdown
    # Outside a run (a package imported by a plain script): declared, nothing raised.
    assert components.declare_component("gone_too", path=str(missing)).path == str(missing)


def test_dataframe_like_args_travel_as_arrow_tables_as_in_streamlit() -> None:
    import numpy as np
    import pyarrow as pa

    from ostinato.elements.component import _is_table

    tables = [np.arange(4).reshape(2, 2), pa.array([1, 2]), pa.table({"a": [1]})]
    tables += [{"a": pd.Series([1, 2])}, pd.Series([1]), pd.DataFrame({"a": [1]}).style]
    for value in tables:
        assert _is_table(value), type(value)
        assert isinstance(
            decode_value("c", {"t": "dataframe", "v": arrow_parts(value)}), pd.DataFrame
        )
    for value in ([1, 2], {"a": 1}, {}, "text", b"raw"):
        assert not _is_table(value)
