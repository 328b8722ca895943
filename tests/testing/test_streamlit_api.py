"""The parts of Streamlit's AppTest API that tests written for it use: element
lists on every block, block types and classes, element attributes, widget
actions, switch_page, at.secrets and at.session_state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ostinato.testing.v1 import AppTest
from ostinato.testing.v1.element_tree import (
    AppTestError,
    Block,
    BlockList,
    Caption,
    Column,
    DateInput,
    Divider,
    Expander,
    Header,
    Markdown,
    Radio,
    Subheader,
    Tab,
    Title,
)

LAYOUT = """
import ostinato as st
st.sidebar.radio("Mode", ["a", "b"], key="mode")
left, right = st.columns([1, 3], gap="large")
left.markdown("in left")
right.button("Right", key="right")
one, two = st.tabs(["One", "Two"])
two.button("In two", key="two")
one.text("in one")
with st.expander("More", icon="🔍"):
    st.text("in expander")
    st.checkbox("Tick", key="tick")
with st.container(border=True):
    st.write("boxed")
with st.popover("Pop"):
    st.write("popped")
with st.form("f"):
    st.text_input("Name", key="name")
    st.form_submit_button("Save")
st.button("Outside")
"""


def layout() -> AppTest:
    return AppTest.from_string(LAYOUT).run()


def test_every_block_has_the_element_lists() -> None:
    at = layout()
    assert at.sidebar.radio[0].key == "mode"
    assert at.main.radio.len == 0
    assert at.expander[0].text.values == ["in expander"]
    assert at.expander[0].checkbox(key="tick").label == "Tick"
    assert at.tabs[1].button[0].key == "two" and at.tabs[0].button.len == 0
    assert at.columns[0].markdown.values == ["in left"]
    assert at.columns[1].button(key="right").label == "Right"
    assert at.form[0].text_input[0].key == "name"
    assert [b.label for b in at.form_submit_button] == ["Save"]
    assert [b.label for b in at.form[0].form_submit_button] == ["Save"]
    assert at.main.columns.len == 2 and at.sidebar.columns.len == 0
    assert at.container[0].markdown.values == ["boxed"]
    assert at.popover[0].markdown.values == ["popped"]
    assert at.main.get("button")[0].key == "right"
    assert at.columns[0].columns.len == 0  # a block does not list itself


def test_block_types_and_classes_as_streamlit_reports_them() -> None:
    at = layout()
    kinds = [child.type for child in at.main.children.values()]
    assert kinds == [
        "flex_container", "tab_container", "expander", "flex_container", "popover", "form",
        "button",
    ]  # fmt: skip
    row = at.main.children[0]
    assert isinstance(row, Block) and [c.type for c in row.children.values()] == ["column"] * 2
    assert isinstance(at.columns[0], Column) and isinstance(at.tabs[0], Tab)
    assert isinstance(at.expander[0], Expander)
    assert at.columns[0].weight == pytest.approx(0.25) and at.columns[1].weight == 0.75
    assert at.columns[0].gap == "large"
    assert [t.label for t in at.tabs] == ["One", "Two"]
    assert (at.expander[0].label, at.expander[0].icon) == ("More", "🔍")
    assert at.form[0].key == "f" and at.form("f") is not None
    assert isinstance(at.columns, BlockList) and at.tabs[1:].len == 1
    assert at.main.type == "main" and at.sidebar.type == "sidebar"
    # The row of st.columns is not a container; st.container is.
    assert at.container.len == 1


def test_get_by_key_and_get_with_list_names() -> None:
    at = layout()
    assert at.get_by_key("tick").type == "checkbox"
    assert at.sidebar.get_by_key("mode").type == "radio"
    with pytest.raises(KeyError):
        at.get_by_key("nothing")
    assert [b.type for b in at.get("columns")] == ["column", "column"]
    assert [b.type for b in at.get("tabs")] == ["tab", "tab"]
    assert [b.type for b in at.get("form")] == ["form"]
    with pytest.raises(KeyError):
        at.button("nothing")


def test_get_by_key_used_twice_raises() -> None:
    at = AppTest.from_string(
        """
        import ostinato as st
        st.text_input("A", key="k")
        with st.form("k"):
            st.form_submit_button("Go")
        """
    ).run()
    with pytest.raises(AppTestError, match="2 elements"):
        at.get_by_key("k")


def test_iteration_yields_blocks_then_what_they_hold() -> None:
    at = layout()
    assert [e.type for e in at.expander[0]] == ["expander", "text", "checkbox"]
    first = at.markdown[0]
    assert list(first) == [first]
    # As Streamlit's AppTest: main, sidebar and the event area (st.toast).
    assert len(at) == 3 and [at[i].type for i in range(3)] == ["main", "sidebar", "event"]


def test_main_before_the_first_run_raises_key_error() -> None:
    at = AppTest.from_string("import ostinato as st\nst.write('x')")
    with pytest.raises(KeyError):
        _ = at.main
    assert at.markdown.len == 0 and list(at) == []


HEADINGS = """
import ostinato as st
st.title("The title", anchor="top")
st.header("A header", divider=True)
st.subheader("Sub", anchor=False, help="tip")
st.markdown("Some *md*")
st.caption("small")
st.divider()
st.exception(ValueError("shown"))
st.json({"a": [1, 2], "b": None}, expanded=False)
st.json([1, "two"])
st.code("x = 1", language="python")
st.metric("Temp", 21, 1.5)
st.page_link("https://example.com", label="Example", icon="🌍")
st.success("ok")
"""


def test_headings_are_their_own_elements() -> None:
    at = AppTest.from_string(HEADINGS).run()
    title, header, subheader = at.title[0], at.header[0], at.subheader[0]
    assert isinstance(title, Title) and isinstance(header, Header)
    assert isinstance(subheader, Subheader)
    assert (title.tag, header.tag, subheader.tag) == ("h1", "h2", "h3")
    assert (title.value, title.body) == ("The title", "The title")
    assert subheader.help == "tip" and title.help == "" and title.icon == ""
    assert at.markdown.values == ["Some *md*"]


def test_heading_anchor_and_divider() -> None:
    at = AppTest.from_string(HEADINGS).run()
    assert at.title[0].anchor == "top" and at.header[0].anchor == ""
    assert at.subheader[0].hide_anchor and not at.title[0].hide_anchor
    assert at.header[0].divider == "auto"


def test_markdown_family_attributes() -> None:
    at = AppTest.from_string(HEADINGS).run()
    caption, markdown, divider = at.caption[0], at.markdown[0], at.divider[0]
    assert isinstance(caption, Caption) and isinstance(caption, Markdown)
    assert caption.is_caption and not markdown.is_caption and not divider.is_caption
    assert isinstance(divider, Divider) and divider.value == "---"
    assert markdown.allow_html is False and markdown.body == "Some *md*"
    exception = at.exception[0]
    assert exception.is_markdown is False and exception.is_warning is False
    assert (exception.value, exception.message) == ("shown", "shown")


def test_json_code_metric_page_link_alert() -> None:
    at = AppTest.from_string(HEADINGS).run()
    assert at.json.values == ['{"a": [1, 2], "b": null}', '[1, "two"]']
    assert at.json[0].expanded is False and at.json[1].expanded is True
    assert (at.code[0].value, at.code[0].language) == ("x = 1", "python")
    assert at.code[0].show_line_numbers is False
    assert (at.metric[0].label, at.metric[0].value, at.metric[0].delta) == ("Temp", "21", "1.5")
    link = at.page_link[0]
    assert (link.value, link.label, link.icon, link.page) == (
        "Example", "Example", "🌍", "https://example.com",
    )  # fmt: skip
    assert (at.success[0].value, at.success[0].icon) == ("ok", "")


def test_props_readable_as_attributes() -> None:
    at = AppTest.from_string(
        """
        import ostinato as st
        st.radio("R", ["a", "b"], horizontal=True, captions=["x", "y"])
        st.text_input("T", placeholder="type", max_chars=4)
        """
    ).run()
    assert at.radio[0].horizontal is True and at.radio[0].captions == ["x", "y"]
    assert at.text_input[0].placeholder == "type" and at.text_input[0].max_chars == 4
    with pytest.raises(AttributeError):
        _ = at.radio[0].no_such_thing


CHOICES = """
import datetime as dt
import ostinato as st
st.radio("R", ["a", "b", "c"], key="r")
st.selectbox("S", ["x", "y", "z"], index=1, key="s")
st.multiselect("M", ["p", "q", "r"], key="m")
st.select_slider("SS", [1, 2, 3, 4], value=(2, 3), key="ss")
st.date_input("D", dt.date(2020, 1, 1), key="d")
st.text_input("T", "ab", max_chars=3, key="t")
st.color_picker("C", "#112233", key="c")
st.number_input("N", 0, 10, 5, key="n")
st.checkbox("Off", disabled=True, key="off")
st.toggle("G", key="g")
"""


def test_choice_index_follows_a_value_just_set() -> None:
    at = AppTest.from_string(CHOICES).run()
    radio, selectbox = at.radio(key="r"), at.selectbox(key="s")
    assert isinstance(radio, Radio) and (radio.index, selectbox.index) == (0, 1)
    radio.set_value("c")
    selectbox.select_index(2)
    assert (radio.index, selectbox.index) == (2, 2)
    at.run()
    assert (at.radio[0].index, at.selectbox[0].index) == (2, 2)
    at.session_state["r"] = "b"
    assert at.radio[0].index == 1


def test_format_func_gives_the_label_of_a_value() -> None:
    at = AppTest.from_string(
        """
        import ostinato as st
        st.radio("R", [1, 2], format_func=lambda n: f"#{n}")
        st.multiselect("M", ["a", "b"], format_func=str.upper)
        st.select_slider("S", [10, 20], format_func=lambda n: f"{n}%")
        """
    ).run()
    assert at.radio[0].format_func(2) == "#2" and at.radio[0].options == ["#1", "#2"]
    assert at.multiselect[0].format_func("b") == "B"
    assert at.select_slider[0].format_func(20) == "20%"


def test_each_widget_has_streamlit_s_actions() -> None:
    at = AppTest.from_string(CHOICES).run()
    assert not hasattr(at.radio[0], "select") and not hasattr(at.toggle[0], "check")
    multi = at.multiselect[0].select("r").select("p")
    assert (multi.value, multi.indices, multi.values) == (["r", "p"], [2, 0], ["r", "p"])
    multi.unselect("r")
    assert at.multiselect[0].value == ["p"]
    at.select_slider[0].set_range(1, 4)
    assert at.select_slider[0].value == [1, 4]  # a list until the run, as in Streamlit
    at.number_input[0].increment()
    assert at.number_input[0].value == 6.0 and isinstance(at.number_input[0].value, float)
    at.run()
    assert at.select_slider[0].value == (1, 4) and at.multiselect[0].value == ["p"]
    assert at.number_input[0].value == 6 and isinstance(at.number_input[0].value, int)


def test_date_input_takes_a_datetime() -> None:
    at = AppTest.from_string(CHOICES).run()
    date = at.date_input[0]
    assert isinstance(date, DateInput) and date.min == dt.date(2010, 1, 1)
    assert not date.is_range
    date.set_value(dt.datetime(2021, 5, 6, 7, 8))
    assert date.value == (dt.date(2021, 5, 6),)  # a tuple until the run, as in Streamlit
    at.run()
    assert at.date_input[0].value == dt.date(2021, 5, 6)


def test_text_longer_than_max_chars_is_ignored() -> None:
    at = AppTest.from_string(CHOICES).run()
    at.text_input[0].input("abcdef").run()
    assert at.text_input[0].value == "ab"
    at.text_input[0].input("xyz").run()
    assert at.text_input[0].value == "xyz"
    at.text_input[0].set_value("longer than allowed")  # set_value does not check
    assert at.text_input[0].value == "longer than allowed"


def test_color_picker_pick() -> None:
    at = AppTest.from_string(CHOICES).run()
    at.color_picker[0].pick("#abcdef").run()
    assert at.color_picker[0].value == "#abcdef"


def test_disabled_widget_refuses_changes() -> None:
    at = AppTest.from_string(CHOICES).run()
    with pytest.raises(AppTestError, match="disabled"):
        at.checkbox(key="off").check()
    assert at.checkbox(key="off").value is False


def test_switch_page_to_an_unknown_page_raises_value_error(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "1_One.py").write_text("import ostinato as st\nst.write('one')\n")
    (tmp_path / "app.py").write_text("import ostinato as st\nst.write('home')\n")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    with pytest.raises(ValueError, match="9_Missing"):
        at.switch_page("pages/9_Missing.py")
    with pytest.raises(ValueError):
        at.switch_page("nowhere.py")
    at.switch_page("pages/1_One.py").run()
    assert at.markdown.values == ["one"]


def test_from_function_keeps_args_and_kwargs() -> None:
    def script(word: str, *, times: int) -> None:
        import ostinato as st

        st.write(word * times)

    at = AppTest.from_function(script, args=("a",), kwargs={"times": 2})
    assert (at.args, at.kwargs) == (("a",), {"times": 2})
    assert AppTest.from_string("x = 1").args is None


STATE = """
import ostinato as st
st.session_state.setdefault("count", 0)
st.session_state.count += 1
st.text_input("Name", key="name")
st.text_input("Unkeyed")
"""


def test_session_state_as_streamlit_s() -> None:
    at = AppTest.from_string(STATE)
    at.session_state["before"] = 1
    at.session_state.attr = "a"
    at.run()
    state = at.session_state
    assert state["count"] == 1 and state.count == 1 and state.get("nope", 9) == 9
    assert set(state.keys()) == {"before", "attr", "count", "name"}
    assert dict(state.items()) == state.to_dict() and len(state) == 4
    assert sorted(state) == sorted(state.keys()) and "name" in state and "Unkeyed" not in state
    assert sorted(state.values(), key=repr) == sorted([1, "a", 1, ""], key=repr)
    assert repr(state) == repr(state.to_dict())
    with pytest.raises(AttributeError):
        _ = state.nope
    with pytest.raises(KeyError):
        _ = state["nope"]
    del state.attr
    del state["before"]
    assert "attr" not in state and "before" not in state
    state["name"] = "Ada"  # between runs: shown at once through the widget
    assert at.text_input(key="name").value == "Ada"
    at.run()
    assert at.text_input(key="name").value == "Ada" and state.count == 2


SECRETS_APP = """
import ostinato as st
st.write(st.secrets["api"], st.secrets.db.user, st.secrets["db"]["port"])
"""


def _app(folder: Path, source: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "app.py").write_text(source)
    return str(folder / "app.py")


def test_at_secrets_given_before_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_file(_app(tmp_path / "app", SECRETS_APP))
    at.secrets["api"] = "k"
    at.secrets["db"] = {"user": "ann", "port": 5}
    at.run()
    assert at.markdown.values == ["k ann `5`"]
    at.secrets["api"] = "changed"
    assert at.run().markdown.values == ["changed ann `5`"]


@pytest.mark.parametrize("folder", [".streamlit", ".ostinato"])
def test_st_secrets_reads_secrets_toml_of_the_app_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    app = _app(tmp_path / "app", SECRETS_APP)
    (tmp_path / "app" / folder).mkdir()
    (tmp_path / "app" / folder / "secrets.toml").write_text(
        'api = "file"\n[db]\nuser = "bo"\nport = 1\n'
    )
    at = AppTest.from_file(app).run()
    assert at.markdown.values == ["file bo `1`"]
    # A file is read again when it changes.
    (tmp_path / "app" / folder / "secrets.toml").write_text(
        'api = "edited"\n[db]\nuser = "bo"\nport = 22\n'
    )
    assert at.run().markdown.values == ["edited bo `22`"]


def test_st_secrets_layers_later_files_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / ".streamlit").mkdir(parents=True)
    (tmp_path / "home" / ".streamlit" / "secrets.toml").write_text('api = "home"\nhome = 1\n')
    (tmp_path / "cwd" / ".streamlit").mkdir(parents=True)
    (tmp_path / "cwd" / ".streamlit" / "secrets.toml").write_text(
        'api = "cwd"\n[db]\nuser = "c"\nport = 2\n'
    )
    monkeypatch.chdir(tmp_path / "cwd")
    at = AppTest.from_file(
        _app(tmp_path / "app", SECRETS_APP + "st.write(st.secrets.home)\n")
    ).run()
    assert at.markdown.values == ["cwd c `2`", "`1`"]


def test_st_secrets_errors_as_streamlit_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ostinato.runtime.secrets import SecretNotFoundError

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    source = """
import ostinato as st
found = []
for probe in (lambda: st.secrets["x"], lambda: st.secrets.x, lambda: "x" in st.secrets):
    try:
        probe()
    except FileNotFoundError:
        found.append("FileNotFoundError")
    except AttributeError:
        found.append("AttributeError")
st.write(", ".join(found))
"""
    at = AppTest.from_file(_app(tmp_path / "app", source)).run()
    assert at.markdown.values == ["FileNotFoundError, AttributeError, FileNotFoundError"]
    assert issubclass(SecretNotFoundError, FileNotFoundError)


def test_secrets_mapping_read_only_and_sections(tmp_path: Path) -> None:
    from ostinato.runtime.secrets import AttrDict, load

    (tmp_path / "secrets.toml").write_text('a = 1\n[s]\nb = "x"\n[s.t]\nc = true\n')
    values = load([tmp_path / "secrets.toml"])
    section = AttrDict(values["s"])
    assert section.b == "x" and section["t"].c is True and section.t.to_dict() == {"c": True}
    assert section.to_dict() == {"b": "x", "t": {"c": True}} and len(section) == 2
    with pytest.raises(KeyError, match='no key "nope"'):
        section["nope"]
    with pytest.raises(AttributeError, match='no attribute "nope"'):
        _ = section.nope
    with pytest.raises(TypeError):
        section["b"] = "y"  # type: ignore[misc]
    with pytest.raises(TypeError):
        section.b = "y"


def test_secrets_folder_in_secrets_files(tmp_path: Path) -> None:
    from ostinato.runtime.secrets import SecretNotFoundError, load

    (tmp_path / "k8s" / "db").mkdir(parents=True)
    (tmp_path / "k8s" / "db" / "user").write_text("ann\n")
    (tmp_path / "k8s" / "db" / "password").write_text("pw\n")
    (tmp_path / "k8s" / "token").mkdir()
    (tmp_path / "k8s" / "token" / "value").write_text("t\n")
    assert load([tmp_path / "k8s"]) == {"db": {"password": "pw", "user": "ann"}, "token": "t"}
    with pytest.raises(SecretNotFoundError, match="No secrets found"):
        load([tmp_path / "missing.toml"])
    (tmp_path / "bad.toml").write_text("not = = toml")
    with pytest.raises(SecretNotFoundError, match="Cannot read"):
        load([tmp_path / "bad.toml"])
