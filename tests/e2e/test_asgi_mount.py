"""st.App mounted at /dash inside a FastAPI app (uvicorn), in Chromium: the page
loads under the mount, its websocket reruns, an upload and a download work there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.server.mounted import mounted

DASHBOARD = """
import ostinato as st
st.title("Mounted dashboard")
if st.button("Click me"):
    st.write("clicked through /dash")
up = st.file_uploader("A text file", type=["txt"])
if up is not None:
    st.write(f"uploaded {up.name}: {up.getvalue().decode()}")
    st.download_button("Download it back", up.getvalue(), file_name="back.txt")
"""


def test_app_mounted_at_dash_in_fastapi_works_in_the_browser(tmp_path: Path, page: Any) -> None:
    with mounted(tmp_path, DASHBOARD) as server:
        page.goto(server.url)
        page.get_by_role("heading", name="Mounted dashboard").wait_for()
        assert page.url.endswith("/dash/")
        page.get_by_role("button", name="Click me").click()
        page.get_by_text("clicked through /dash").wait_for()
        note = tmp_path / "note.txt"
        note.write_text("hello mount")
        page.locator("input[type=file]").set_input_files(str(note))
        page.get_by_text("uploaded note.txt: hello mount").wait_for()
        link = page.get_by_role("button", name="Download it back")
        assert "/dash/_ostinato/media/" in link.evaluate("a => a.href")
        with page.expect_download() as download:
            link.click()
        path = download.value.path()
        assert Path(path).read_text() == "hello mount"
