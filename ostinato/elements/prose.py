"""Helper (registers nothing): text bodies as shown by markdown, headings and st.text."""

from __future__ import annotations

import textwrap
from typing import Any


def clean(body: Any) -> str:
    """Text as shown: common indentation and surrounding blank space removed, so a
    triple-quoted string indented with the code reads as written (as in Streamlit)."""
    return textwrap.dedent(str(body)).strip()
