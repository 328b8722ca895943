"""docs/API.md tells the truth: every Streamlit 1.67 name is listed, and its status
is what `import ostinato as st` does with it."""

import re
from pathlib import Path

import pytest

import ostinato
from ostinato.errors import NotSupportedYet, OstinatoAPIException
from ostinato.tree import streamlit_names

ROWS = re.compile(r"^\| `st\.(\w+)` \| (supported|not yet) \|", re.M)
TABLE = dict(ROWS.findall((Path(__file__).parent.parent / "docs" / "API.md").read_text()))


def test_every_streamlit_name_is_listed_once() -> None:
    assert sorted(TABLE) == sorted(streamlit_names.MODULE)


@pytest.mark.parametrize("name", sorted(streamlit_names.MODULE))
def test_status_matches_the_package(name: str) -> None:
    if TABLE[name] == "supported":
        assert getattr(ostinato, name) is not None
    else:
        with pytest.raises(NotSupportedYet, match=rf"st\.{name} is not supported yet"):
            getattr(ostinato, name)


def test_a_missing_name_is_an_api_error_and_hasattr_stays_false() -> None:
    missing = [n for n, status in TABLE.items() if status == "not yet"]
    if not missing:
        pytest.skip("every Streamlit 1.67 name is supported")
    name = missing[0]
    assert not hasattr(ostinato, name)
    with pytest.raises(OstinatoAPIException, match=r"docs/API\.md"):
        getattr(ostinato, name)


@pytest.mark.parametrize("name", sorted(streamlit_names.CONTAINER))
def test_container_methods_follow_the_table(name: str) -> None:
    if TABLE[name] == "supported":
        assert callable(getattr(ostinato.sidebar, name))
    else:
        with pytest.raises(NotSupportedYet, match=rf"st\.{name} is not supported yet"):
            getattr(ostinato.sidebar, name)


def test_a_typo_is_still_a_plain_attribute_error() -> None:
    with pytest.raises(AttributeError) as raised:
        _ = ostinato.buton  # type: ignore[attr-defined]
    assert not isinstance(raised.value, OstinatoAPIException)
