"""st.secrets: what a user sees when a key is missing, when a script names st.secrets
on a line of its own, when the file changes; which files the server watches."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from ostinato.runtime.runtime import Runtime
from ostinato.server.watcher import script_change, watch_script
from ostinato.testing.v1 import AppTest
from tests.conftest import run_coroutine

TOML = 'token = "t-1"\nport = 5432\nflag = true\n[db]\nuser = "ann"\n[db.options]\nssl = true\n'


def _app(folder: Path, source: str, toml: str = TOML) -> str:
    (folder / ".streamlit").mkdir(parents=True, exist_ok=True)
    (folder / ".streamlit" / "secrets.toml").write_text(toml)
    (folder / "app.py").write_text(source)
    return str(folder / "app.py")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)


def test_missing_key_names_the_file_and_the_section(tmp_path: Path) -> None:
    source = """
import ostinato as st
for probe in (lambda: st.secrets["nope"], lambda: st.secrets.db["nope"],
              lambda: st.secrets.db.options.nope):
    try:
        probe()
    except (KeyError, AttributeError) as exc:
        st.text(f"{type(exc).__name__}: {exc}")
"""
    at = AppTest.from_file(_app(tmp_path / "app", source)).run()
    where = str(tmp_path / "app" / ".streamlit" / "secrets.toml")
    top, section, nested = at.text.values
    assert top.startswith(f'KeyError: \'st.secrets has no key "nope" in {where}')
    assert section.startswith(f'KeyError: \'st.secrets has no key "nope" in [db] of {where}')
    assert nested.startswith(
        f'AttributeError: st.secrets has no attribute "nope" in [db.options] of {where}'
    )


def test_a_bare_secrets_line_shows_nothing_but_st_write_shows_them(tmp_path: Path) -> None:
    source = """
import ostinato as st
st.secrets
st.secrets.db
st.secrets["db"]["options"]
st.secrets.token
"end of magic"
st.write(st.secrets.db)
"""
    at = AppTest.from_file(_app(tmp_path / "app", source)).run()
    # A value read out of the secrets is the script's own text; the secrets objects
    # themselves are never written by magic.
    assert at.markdown.values == ["t-1", "end of magic"]
    assert [j.value for j in at.json] == ['{"user": "ann", "options": {"ssl": true}}']


def test_top_level_values_enter_and_leave_the_environment_as_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("token", "port", "flag", "fresh"):
        monkeypatch.delenv(name, raising=False)
    source = "import ostinato as st\nst.secrets.load_if_toml_exists()\n"
    path = _app(tmp_path / "app", source)
    at = AppTest.from_file(path).run()
    assert (os.environ.get("token"), os.environ.get("port")) == ("t-1", "5432")
    assert "flag" not in os.environ  # booleans stay out, as in Streamlit
    (tmp_path / "app" / ".streamlit" / "secrets.toml").write_text('fresh = "new"\n# longer\n')
    at.run()
    assert os.environ.get("fresh") == "new"
    assert "token" not in os.environ and "port" not in os.environ
    monkeypatch.delenv("fresh")


def test_ostinato_folder_wins_over_streamlit_folder_beside_the_app(tmp_path: Path) -> None:
    source = "import ostinato as st\nst.text(st.secrets.token + ' ' + st.secrets.db.user)\n"
    path = _app(tmp_path / "app", source)
    (tmp_path / "app" / ".ostinato").mkdir()
    (tmp_path / "app" / ".ostinato" / "secrets.toml").write_text('token = "ostinato"\n')
    assert AppTest.from_file(path).run().text.values == ["ostinato ann"]


def test_the_server_watches_secrets_files_beside_the_app_as_it_does_scripts() -> None:
    assert script_change(None, "/app/.streamlit/secrets.toml")
    assert script_change(None, "/app/.ostinato/secrets.toml")
    assert script_change(None, "/app/pages/two.py")
    assert not script_change(None, "/app/.ostinato/state.sqlite")
    assert not script_change(None, "/app/secrets.toml")
    assert not script_change(None, "/app/.streamlit/config.toml")


def test_saving_the_secrets_file_tells_the_tab_as_saving_the_script_does(tmp_path: Path) -> None:
    path = Path(_app(tmp_path / "app", "import ostinato as st\nst.write(st.secrets.token)\n"))
    runtime = Runtime(str(path))
    session = runtime.create_session()
    messages: list[dict[str, Any]] = []
    session.attach(messages.append)

    async def scenario() -> None:
        task = asyncio.create_task(watch_script(runtime))
        await asyncio.sleep(0.5)
        (path.parent / ".streamlit" / "secrets.toml").write_text('token = "rotated"\n')
        for _ in range(50):
            if messages:
                break
            await asyncio.sleep(0.1)
        task.cancel()

    run_coroutine(scenario())
    runtime.shutdown()
    assert messages == [{"t": "script_changed"}]
