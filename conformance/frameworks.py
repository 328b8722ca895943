"""The two frameworks as the harness reaches them. Each is imported only when used,
so this module loads in either venv."""

from __future__ import annotations

import logging
from typing import Any

from conformance.harness import API_ERROR, Framework


def streamlit() -> Framework:
    """Streamlit 1.67's AppTest (only in Streamlit's own venv)."""
    import streamlit.config
    from streamlit.errors import StreamlitAPIException
    from streamlit.testing.v1 import AppTest

    logging.getLogger("streamlit").setLevel(logging.CRITICAL)

    def exc_type(element: Any) -> str:
        # Streamlit's record qualifies a class with its module ("__main__.MyError");
        # AppTest shows no class at all, so only the name is compared.
        name = str(element.proto.type)
        return API_ERROR if name.startswith("streamlit.") else name.rsplit(".", 1)[-1]

    def api_error(exc: BaseException) -> bool:
        return isinstance(exc, StreamlitAPIException)

    return Framework("streamlit", AppTest, streamlit.config.set_option, exc_type, api_error)


def ostinato() -> Framework:
    """Ostinato's AppTest."""
    import ostinato.config
    from ostinato.errors import OstinatoAPIException
    from ostinato.testing.v1 import AppTest

    def exc_type(element: Any) -> str:
        return (
            API_ERROR if isinstance(element.node.value, OstinatoAPIException) else element.exc_type
        )

    def api_error(exc: BaseException) -> bool:
        return isinstance(exc, OstinatoAPIException)

    return Framework("ostinato", AppTest, ostinato.config.set_option, exc_type, api_error)
