"""The page in headless Chromium against a real server (issue 3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Server, TcpProxy
from tests.e2e import apps


def test_counter_clicked_n_times_shows_n(serve: Callable[..., Server], page: Any) -> None:
    server = serve(apps.COUNTER)
    page.goto(server.url)
    page.get_by_text("Count = 0").wait_for()
    for n in range(1, 6):
        page.get_by_role("button", name="Increment").click()
        page.get_by_text(f"Count = {n}").wait_for()


def test_slider_moved_by_keyboard_updates_the_written_value(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(apps.CELSIUS)
    page.goto(server.url)
    page.get_by_text("Celsius is 50.0").wait_for()
    slider = page.get_by_label("Temperature in Celsius")
    slider.focus()
    page.keyboard.press("ArrowRight")
    page.get_by_text("Celsius is 51.0").wait_for()
    page.keyboard.press("ArrowRight")
    page.get_by_text("Celsius is 52.0").wait_for()
    assert slider.evaluate("el => el === document.activeElement")


def test_value_set_in_a_callback_appears_in_the_bound_widget(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(apps.CELSIUS)
    page.goto(server.url)
    page.get_by_text("Celsius is 50.0").wait_for()
    page.get_by_role("button", name="Freeze").click()
    page.get_by_text("Celsius is 0.0").wait_for()
    assert page.get_by_label("Temperature in Celsius").input_value() == "0"
    assert page.locator(".ost-slider-value").inner_text() == "0.0"


def test_two_tabs_are_isolated(serve: Callable[..., Server], context: Any) -> None:
    server = serve(apps.COUNTER)
    one, two = context.new_page(), context.new_page()
    one.goto(server.url)
    two.goto(server.url)
    for n in (1, 2, 3):
        one.get_by_role("button", name="Increment").click()
        one.get_by_text(f"Count = {n}").wait_for()
    two.get_by_role("button", name="Increment").click()
    two.get_by_text("Count = 1").wait_for()
    one.get_by_text("Count = 3").wait_for()


def test_dropped_connection_reconnects_and_keeps_the_session(
    serve: Callable[..., Server], proxy: Callable[[int], TcpProxy], page: Any
) -> None:
    server = serve(apps.COUNTER)
    front = proxy(server.port)
    page.goto(front.url)
    for n in (1, 2):
        page.get_by_role("button", name="Increment").click()
        page.get_by_text(f"Count = {n}").wait_for()
    front.drop()
    status = page.locator("#ostinato-status")
    status.and_(page.locator("[data-state=disconnected]")).wait_for(timeout=5000)
    assert "reconnecting" in status.inner_text()
    page.locator("#ostinato-status[data-state=connected]").wait_for(state="attached", timeout=10000)
    page.get_by_text("Count = 2").wait_for()
    page.get_by_role("button", name="Increment").click()
    page.get_by_text("Count = 3").wait_for()


def test_exception_is_shown_and_the_next_click_works(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(apps.FAILING)
    page.goto(server.url)
    page.get_by_text("clicks = 0").wait_for()
    page.get_by_role("button", name="Click").click()
    error = page.locator(".ost-exception")
    error.wait_for()
    assert "RuntimeError" in error.inner_text()
    assert "first click fails" in error.inner_text()
    assert 'raise RuntimeError("first click fails")' in error.inner_text()
    page.get_by_role("button", name="Click").click()
    page.get_by_text("clicks = 2").wait_for()
    assert page.locator(".ost-exception").count() == 0


def test_file_upload_round_trip(serve: Callable[..., Server], page: Any, tmp_path: Path) -> None:
    server = serve(apps.UPLOAD)
    data = tmp_path / "numbers.csv"
    data.write_text("a,b\n1,2\n3,4\n")
    page.goto(server.url)
    page.get_by_text("No file yet").wait_for()
    page.locator("input[type=file]").set_input_files(str(data))
    page.get_by_text("Got numbers.csv with 12 bytes: a,b").wait_for()
    assert "12 B" in page.locator(".ost-files").inner_text()
    page.get_by_role("button", name="Remove numbers.csv").click()
    page.get_by_text("No file yet").wait_for()


def test_file_over_the_limit_is_refused_with_the_option_named(
    serve: Callable[..., Server], page: Any, tmp_path: Path
) -> None:
    server = serve(apps.UPLOAD, "--server.maxUploadSize", "1")
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (1024 * 1024 + 10))
    page.goto(server.url)
    page.get_by_text("No file yet").wait_for()
    page.locator("input[type=file]").set_input_files(str(big))
    message = page.locator(".ost-upload-message.error")
    message.wait_for()
    assert "server.maxUploadSize" in message.inner_text()
    assert "1 MB" in message.inner_text()
    page.get_by_text("No file yet").wait_for()


def test_text_input_sends_on_enter(serve: Callable[..., Server], page: Any) -> None:
    server = serve(
        'import ostinato as st\nname = st.text_input("Name", key="name")\nst.write(f"Hi {name}!")\n'
    )
    page.goto(server.url)
    page.get_by_text("Hi !").wait_for()
    box = page.get_by_label("Name")
    box.fill("Ada")
    page.wait_for_timeout(300)
    assert page.get_by_text("Hi Ada!").count() == 0
    box.press("Enter")
    page.get_by_text("Hi Ada!").wait_for()


def test_slow_script_streams_its_first_output_early(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(
        "import time\nimport ostinato as st\nst.write('first')\ntime.sleep(2)\nst.write('last')\n"
    )
    page.goto(server.url)
    page.get_by_text("first").wait_for(timeout=1500)
    assert page.get_by_text("last").count() == 0
    assert page.locator("body[data-running=true]").count() == 1
    page.get_by_text("last").wait_for(timeout=5000)
    page.locator("body[data-running=false]").wait_for()


def test_hello_demo_renders(page: Any) -> None:
    from tests.conftest import DEMO, start_server

    server = start_server(DEMO)
    try:
        page.goto(server.url)
        page.get_by_role("heading", name="Hello, Ostinato").wait_for()
        page.get_by_role("button", name="Add one").click()
        page.get_by_text("Count = 1").wait_for()
        page.get_by_role("button", name="Divide by zero").click()
        page.get_by_text("ZeroDivisionError").wait_for()
        page.get_by_role("button", name="Add ten").click()
        page.get_by_text("Count = 11").wait_for()
    finally:
        server.stop()


def test_large_table_renders_a_window_and_loads_rows_on_scroll(
    serve: Callable[..., Server], page: Any
) -> None:
    server = serve(
        "import pandas as pd\nimport ostinato as st\n"
        "st.dataframe(pd.DataFrame({'n': range(10_000), 'sq': [i * i for i in range(10_000)]}))\n"
    )
    page.goto(server.url)
    page.get_by_text("10,000 rows").wait_for()
    page.get_by_role("cell", name="81", exact=True).wait_for()
    assert page.locator(".ost-table tbody tr").count() < 200
    page.locator(".ost-dataframe").evaluate("el => { el.scrollTop = 35 * 9000; }")
    page.get_by_role("cell", name="81000000", exact=True).wait_for()
    assert page.locator(".ost-table tbody tr").count() < 200
