"""The two frameworks as the harness reaches them. Each is imported only when used,
so this module loads in either venv."""

from __future__ import annotations

import logging
from typing import Any

from conformance.harness import Framework


def streamlit() -> Framework:
    """Streamlit 1.67's AppTest (only in Streamlit's own venv)."""
    import streamlit.config
    from streamlit.testing.v1 import AppTest

    logging.getLogger("streamlit").setLevel(logging.CRITICAL)

    def exc_type(element: Any) -> str:
        return str(element.proto.type)

    return Framework("streamlit", AppTest, streamlit.config.set_option, exc_type)


def ostinato() -> Framework:
    """Ostinato's AppTest."""
    import ostinato.config
    from ostinato.testing.v1 import AppTest

    def exc_type(element: Any) -> str:
        return str(element.exc_type)

    return Framework("ostinato", AppTest, ostinato.config.set_option, exc_type)
