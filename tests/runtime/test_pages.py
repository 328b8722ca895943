"""Multipage apps under AppTest: the pages/ folder and st.navigation."""

from __future__ import annotations

from pathlib import Path

from ostinato.runtime.pages import label_from_file
from ostinato.testing.v1 import AppTest


def test_labels_come_from_file_names() -> None:
    assert label_from_file("03_🎈_My_plots.py") == (3, "🎈", "My plots")
    assert label_from_file("pages/Settings.py") == (None, None, "Settings")
    assert label_from_file("10-Report.py") == (10, None, "Report")


def test_folder_pages_share_session_state_and_follow_the_spec() -> None:
    at = AppTest.from_file("apps/multipage/app.py").run()
    assert at.title.values == ["Main"]
    nav = at._session.nav
    assert nav is not None
    assert [p["title"] for p in nav["pages"]] == ["app", "Settings", "Charts"]
    assert [p["url_path"] for p in nav["pages"]] == ["", "Settings", "Charts"]
    at.text_input(key="main_name").input("Ann")
    at.text_input(key="kept").input("Kim")
    at.run()
    at.switch_page("pages/01_Settings.py").run()
    assert at.title.values == ["Settings"]
    # The main page's widgets were drawn in the run before: their keys are still there.
    assert at.markdown.values == ["keys=kept,main_name,visits"]
    at.run()
    # Not drawn in a completed run: main_name is gone, kept persists for the session.
    assert at.markdown.values == ["keys=kept,visits"]
    at.switch_page("app.py").run()
    assert at.text_input(key="kept").value == "Kim"
    assert at.text_input(key="main_name").value == ""
    assert at.markdown.values == ["visits=3"]


def test_switch_page_and_page_link() -> None:
    at = AppTest.from_file("apps/multipage/app.py").run()
    link = at.get("page_link")[0]
    assert link.props["url_path"] == "Charts"
    assert link.props["icon"] == "📊"
    at.switch_page("pages/02_📊_Charts.py").run()
    assert at.title.values == ["Charts"]
    at.button[0].click().run()
    assert at.title.values == ["Main"]


def test_unknown_page_falls_back_to_main_with_a_warning() -> None:
    at = AppTest.from_file("apps/multipage/app.py")
    at._ensure_session().state.set_page("nope")
    at.run()
    assert at.title.values == ["Main"]
    assert 'Page not found: "nope"' in at.warning[0].value


def navigation_app() -> None:
    import ostinato as st

    def home() -> None:
        st.title("Home")
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        st.write(f"n={st.session_state.n}")
        if st.button("To reports"):
            st.switch_page(reports)

    def report() -> None:
        st.title("Report")
        st.write(f"n={st.session_state.n}")

    reports = st.Page(report, title="Reports", icon="📄", url_path="reports")
    page = st.navigation({"Main": [st.Page(home, default=True)], "More": [reports]})
    st.sidebar.caption("always here")
    page.run()


def test_navigation_runs_the_current_page_with_shared_state() -> None:
    at = AppTest.from_function(navigation_app).run()
    assert at.title.values == ["Home"]
    nav = at._session.nav
    assert nav is not None
    assert nav["pages"][1] == {"url_path": "reports", "title": "Reports", "icon": "📄",
                               "section": "More"}  # fmt: skip
    at.button[0].click().run()
    assert at.title.values == ["Report"]
    assert at.markdown.values == ["n=2"]
    assert at.caption.values == ["always here"]
    at.switch_page("reports").run()
    assert at.title.values == ["Report"]


def test_navigation_errors_are_clear() -> None:
    at = AppTest.from_string("import ostinato as st\nst.navigation([])\n").run()
    assert "at least one" in at.exception[0].message
    at = AppTest.from_string("import ostinato as st\nst.switch_page('missing.py')\n").run()
    assert 'No page "missing.py"' in at.exception[0].message


def test_query_params_read_write_and_bound_widgets() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.write(f"q={st.query_params.get('q')} all={st.query_params.get_all('tag')}")
level = st.slider("Level", 0, 10, 3, key="level", bind="query-params")
if st.button("Set"):
    st.query_params.from_dict({"q": "new", "tag": ["a", "b"]})
if st.button("Clear"):
    st.query_params.clear()
"""
    )
    at.query_params.update({"q": "hello", "tag": ["x", "y"], "level": 8})
    at.run()
    assert at.markdown.values == ["q=hello all=['x', 'y']"]
    assert at.slider[0].value == 8
    at.slider[0].set_value(3).run()
    assert "level" not in at.query_params
    at.slider[0].set_value(5).run()
    assert at.query_params["level"] == ["5"]
    at.button[0].click().run()
    assert at.query_params == {"q": ["new"], "tag": ["a", "b"]}
    at.button[1].click().run()
    assert at.query_params == {}
    at.run()
    assert at.query_params == {"level": ["5"]}


def test_bound_widget_ignores_a_bad_url_value_and_needs_a_key() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.selectbox("C", ["red", "blue"], key="c", bind="query-params")\n'
    )
    at.query_params["c"] = "purple"
    at.run()
    assert at.selectbox[0].value == "red"
    at = AppTest.from_string('import ostinato as st\nst.checkbox("C", bind="query-params")\n').run()
    assert "needs a key" in at.exception[0].message


def test_switch_page_from_the_script_starts_without_the_widgets(tmp_path: Path) -> None:
    """As in Streamlit: a page switched to by st.switch_page starts with no widget of
    the run that switched (shared widgets too); a switch by the user keeps them."""
    (tmp_path / "one.py").write_text(
        "import ostinato as st\n"
        'st.write("one", st.session_state.get("user"))\n'
        'if st.button("Go"):\n    st.switch_page("two.py")\n'
    )
    (tmp_path / "two.py").write_text(
        'import ostinato as st\nst.write("two", st.session_state.get("user"))\n'
    )
    (tmp_path / "app.py").write_text(
        "import ostinato as st\n"
        'pg = st.navigation([st.Page("one.py"), st.Page("two.py")])\n'
        'st.sidebar.text_input("User", key="user")\npg.run()\n'
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    at.text_input(key="user").input("ada").run()
    at.switch_page("two.py").run()
    assert at.markdown.values == ["two ada"]
    at.switch_page("one.py").run()
    at.button[0].click().run()
    assert at.markdown.values == ["two"] and at.text_input(key="user").value == ""
