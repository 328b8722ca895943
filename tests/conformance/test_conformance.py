"""Every conformance scenario on Ostinato's AppTest against Streamlit 1.67's records
(conformance/golden/, made by `make conformance`)."""

from __future__ import annotations

import pytest

from conformance.__main__ import check_one, load_golden
from conformance.scenarios import all_scenarios

GOLDEN = load_golden()


@pytest.mark.parametrize("name", list(all_scenarios()))
def test_matches_streamlit(name: str) -> None:
    problem = check_one(name, GOLDEN)
    assert problem is None, problem
