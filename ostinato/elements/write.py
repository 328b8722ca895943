"""st.write: shows each argument the way that suits its type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ostinato.elements import alert, data, text
from ostinato.state.proxy import SessionStateProxy

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def write(self: Container, *args: Any, unsafe_allow_html: bool = False) -> None:
    """Write each argument: strings as Markdown (consecutive ones joined by a space),
    tables as dataframes, dicts and lists as JSON, exceptions with their traceback."""
    pending: list[str] = []

    def flush() -> None:
        if pending:
            text.markdown(self, " ".join(pending), unsafe_allow_html)
            pending.clear()

    for arg in args:
        if isinstance(arg, str):
            pending.append(arg)
            continue
        if isinstance(arg, bool | int | float | complex | np.number) or arg is None:
            pending.append(str(arg))
            continue
        flush()
        if isinstance(arg, pd.DataFrame | pd.Series | pd.Index | np.ndarray):
            data.dataframe(self, arg)
        elif isinstance(arg, BaseException):
            alert.exception(self, arg)
        elif isinstance(arg, SessionStateProxy):
            text.json(self, arg.to_dict())
        elif isinstance(arg, dict | list | tuple | set | frozenset):
            text.json(self, list(arg) if isinstance(arg, set | frozenset) else arg)
        else:
            text.markdown(self, f"`{arg!r}`")
    flush()
