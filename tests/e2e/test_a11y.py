"""An axe-core audit (bundled from npm, injected into the page) of the demo's pages
and a form page, in both colour schemes and at desktop and phone width: no serious
or critical violation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Server

AXE = Path(__file__).resolve().parents[2] / "ostinato/frontend/node_modules/axe-core/axe.min.js"
DEMO = Path(__file__).resolve().parents[2] / "ostinato/demo/Hello.py"

FORM = """
import ostinato as st
st.title("Sign up")
with st.form("signup"):
    st.text_input("Name", placeholder="Ada")
    st.number_input("Age", 0, 120, 30)
    st.selectbox("Plan", ["Free", "Pro"])
    st.multiselect("Topics", ["Data", "Charts", "Chat"], default=["Data"])
    st.slider("Budget", 0, 100, (20, 80))
    st.checkbox("Subscribe")
    st.radio("Contact", ["Mail", "Phone"], horizontal=True)
    st.date_input("Start")
    st.form_submit_button("Submit")
st.metric("Members", 1234, delta=-12)
st.json({"a": [1, 2, {"b": None}]})
st.code("def f(x):\\n    return x + 1", language="python")
st.success("Saved")
st.error("Something failed")
with st.expander("Details"):
    st.write("More")
tab1, tab2 = st.tabs(["One", "Two"])
tab1.write("first")
st.sidebar.write("Sidebar")
"""

FINDINGS = """async () => {
  const found = await axe.run(document, { resultTypes: ["violations"] });
  return found.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ` +
      v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "));
}"""

VIEWS = [
    ("desktop-light", {"width": 1280, "height": 800}, "light"),
    ("desktop-dark", {"width": 1280, "height": 800}, "dark"),
    ("phone-light", {"width": 390, "height": 844}, "light"),
    ("phone-dark", {"width": 390, "height": 844}, "dark"),
]


@pytest.fixture(params=VIEWS, ids=[view[0] for view in VIEWS])
def view_page(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:
    _, viewport, scheme = request.param
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def audit(tab: Any) -> list[str]:
    """Serious and critical violations axe finds in the page as it is now."""
    assert AXE.exists(), "axe-core is missing: run `make install` (npm ci in ostinato/frontend)"
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate(FINDINGS)
    return [str(item) for item in result]


def test_the_demo_has_no_serious_violation(serve: Callable[..., Server], view_page: Any) -> None:
    server = serve(DEMO)
    view_page.goto(server.url)
    view_page.locator("#ostinato-main h1").first.wait_for()
    view_page.wait_for_timeout(300)
    assert audit(view_page) == []


def test_the_demo_pages_have_no_serious_violation(
    serve: Callable[..., Server], view_page: Any
) -> None:
    server = serve(DEMO)
    for path in ("Forms", "Layout", "Chat", "Elements"):
        view_page.goto(f"{server.url}/{path}")
        view_page.locator("#ostinato-main h1").first.wait_for()
        view_page.wait_for_timeout(300)
        assert audit(view_page) == [], path


def test_a_form_page_has_no_serious_violation(serve: Callable[..., Server], view_page: Any) -> None:
    server = serve(FORM)
    view_page.goto(server.url)
    view_page.get_by_text("Something failed").wait_for()
    view_page.wait_for_timeout(300)
    assert audit(view_page) == []


def test_the_audit_finds_a_violation_when_there_is_one(
    serve: Callable[..., Server], page: Any
) -> None:
    # An app's own HTML without alt text: the audit is not blind.
    server = serve(
        "import ostinato as st\n"
        "st.markdown('<img src=\"/nothing.png\">', unsafe_allow_html=True)\n"
        "st.write('drawn')\n"
    )
    page.goto(server.url)
    page.get_by_text("drawn").wait_for()
    found = audit(page)
    assert any("image-alt" in item for item in found), found
