"""Every cache test starts and ends with empty caches (they are process-wide)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ostinato.cache.decorators import DATA, RESOURCE


@pytest.fixture(autouse=True)
def _empty_caches() -> Iterator[None]:
    DATA.clear()
    RESOURCE.clear()
    yield
    DATA.clear()
    RESOURCE.clear()
