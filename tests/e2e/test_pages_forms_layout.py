"""Multipage apps, forms and layout in the browser (issue 5), and the serializable
Session State option shown in the page (issue 4)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Server

MULTIPAGE = Path(__file__).resolve().parent.parent / "runtime" / "apps" / "multipage"


def test_pages_by_sidebar_and_by_url_keep_state(
    serve: Callable[..., Server], page: Any, tmp_path: Path
) -> None:
    app = tmp_path / "multipage"
    shutil.copytree(MULTIPAGE, app)
    server = serve(app / "app.py")
    page.goto(server.url)
    page.get_by_role("heading", name="Main").wait_for()
    assert page.title() == "Multipage test"
    page.get_by_text("visits=1").wait_for()
    nav = page.locator("#ostinato-nav")
    assert nav.get_by_role("link").all_inner_texts() == ["app", "Settings", "📊 Charts"]
    nav.get_by_role("link", name="Charts").click()
    page.get_by_role("heading", name="Charts").wait_for()
    page.get_by_text("visits=1").wait_for()
    assert page.url.endswith("/Charts")
    page.get_by_role("button", name="Home").click()
    page.get_by_role("heading", name="Main").wait_for()
    page.get_by_text("visits=2").wait_for()
    assert page.url == server.url + "/"
    page.goto(server.url + "/Settings")
    page.get_by_role("heading", name="Settings").wait_for()
    # A reload of the tab keeps its session (the token lives in sessionStorage); the
    # main page's widgets were drawn in the last completed run, so their keys are there.
    page.get_by_text("keys=kept,main_name,visits").wait_for()
    page.go_back()
    page.get_by_role("heading", name="Main").wait_for()


def test_page_link_navigates_without_reload(
    serve: Callable[..., Server], page: Any, tmp_path: Path
) -> None:
    app = tmp_path / "multipage"
    shutil.copytree(MULTIPAGE, app)
    server = serve(app / "app.py")
    page.goto(server.url)
    page.get_by_text("visits=1").wait_for()
    page.evaluate("window.__marker = 'same page'")
    page.locator(".ost-page-link").click()
    page.get_by_role("heading", name="Charts").wait_for()
    assert page.evaluate("window.__marker") == "same page"


FORM = """
import ostinato as st
with st.form("order"):
    item = st.selectbox("Item", ["tea", "coffee"])
    qty = st.number_input("Quantity", 1, 10, 1)
    sent = st.form_submit_button("Order")
st.write(f"ordered {qty} {item}" if sent else "nothing ordered")
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.caption(f"runs={st.session_state.runs}")
"""


def test_form_batches_until_submitted(serve: Callable[..., Server], page: Any) -> None:
    server = serve(FORM)
    page.goto(server.url)
    page.get_by_text("nothing ordered").wait_for()
    page.get_by_role("combobox", name="Item").click()
    page.get_by_role("option", name="coffee").click()
    quantity = page.get_by_role("spinbutton", name="Quantity")
    quantity.fill("3")
    page.wait_for_timeout(300)
    assert page.get_by_text("runs=1").count() == 1
    page.get_by_role("button", name="Order").click()
    page.get_by_text("ordered 3 coffee").wait_for()
    page.get_by_text("runs=2").wait_for()
    # As in Streamlit, Enter in a one-line input of a form submits the form.
    quantity.fill("4")
    quantity.press("Enter")
    page.get_by_text("ordered 4 coffee").wait_for()
    page.get_by_text("runs=3").wait_for()


LAYOUT = """
import time
import ostinato as st
left, right = st.columns(2)
with left:
    a = st.checkbox("Left box", key="left")
b = right.toggle("Right switch", key="right")
first, second = st.tabs(["First", "Second"])
with second:
    c = st.text_input("In a tab", key="tabbed")
with st.expander("More options"):
    d = st.radio("Pick", ["x", "y"], key="pick")
st.write(f"a={a} b={b} c={c} d={d}")
slot = st.empty()
for i in range(1, 4):
    slot.write(f"progress {i}/3")
    time.sleep(0.2)
"""


def test_widgets_inside_columns_tabs_and_expander(serve: Callable[..., Server], page: Any) -> None:
    server = serve(LAYOUT)
    page.goto(server.url)
    page.get_by_text("a=False b=False c= d=x").wait_for()
    page.get_by_label("Left box").check()
    page.get_by_text("a=True b=False").wait_for()
    page.get_by_role("switch", name="Right switch").check()
    page.get_by_text("a=True b=True").wait_for()
    assert not page.get_by_label("In a tab").is_visible()
    page.get_by_role("tab", name="Second").click()
    page.get_by_label("In a tab").fill("hello")
    page.get_by_label("In a tab").press("Enter")
    page.get_by_text("c=hello").wait_for()
    page.get_by_text("More options").click()
    page.get_by_label("y").check()
    page.get_by_text("d=y").wait_for()
    # The tab chosen and the expander opened stay so across reruns.
    assert page.get_by_label("In a tab").is_visible()


def test_placeholder_updated_in_a_loop(serve: Callable[..., Server], page: Any) -> None:
    server = serve(LAYOUT)
    page.goto(server.url)
    page.get_by_text("progress 1/3").wait_for()
    page.get_by_text("progress 3/3").wait_for()
    assert page.get_by_text("progress 1/3").count() == 0
    assert page.locator("text=/progress \\d\\/3/").count() == 1


SERIALIZABLE = """
import threading
import ostinato as st
st.session_state.setdefault("n", 0)
if st.button("Count"):
    st.session_state.n += 1
st.write(f"n={st.session_state.n}")
if st.button("Store a lock"):
    st.session_state.lock = threading.Lock()
"""


def test_enforced_serializable_state_shows_the_error_and_goes_on(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(SERIALIZABLE, "--runner.enforceSerializableSessionState", "true")
    page.goto(server.url)
    page.get_by_text("n=0").wait_for()
    page.get_by_role("button", name="Store a lock").click()
    error = page.locator(".ost-exception")
    error.wait_for()
    assert "runner.enforceSerializableSessionState" in error.inner_text()
    assert '"lock"' in error.inner_text()
    page.get_by_role("button", name="Count").click()
    page.get_by_text("n=1").wait_for()
    assert page.locator(".ost-exception").count() == 0


def test_demo_is_a_multipage_app(page: Any) -> None:
    from tests.conftest import DEMO, start_server

    server = start_server(DEMO)
    try:
        page.goto(server.url)
        page.get_by_role("heading", name="Hello, Ostinato").wait_for()
        page.get_by_role("button", name="Add one").click()
        page.get_by_text("Count = 1").wait_for()
        nav = page.locator("#ostinato-nav")
        nav.get_by_role("link", name="Forms").click()
        page.get_by_role("heading", name="Forms").wait_for()
        page.get_by_role("combobox", name="Drink").click()
        page.get_by_role("option", name="Coffee").click()
        page.get_by_role("button", name="Order").click()
        page.get_by_text("Small coffee, 1 sugar").wait_for()
        nav.get_by_role("link", name="Layout").click()
        page.get_by_role("heading", name="Layout").wait_for()
        page.locator("body[data-running=false]").wait_for(state="attached")
        page.get_by_role("button", name="Run a slow job").click()
        page.get_by_text("Done.").wait_for()
        assert page.get_by_text("of 5").count() == 0
        nav.get_by_role("link", name="Hello").click()
        page.get_by_text("Count = 1").wait_for()
    finally:
        server.stop()
