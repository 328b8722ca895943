"""st.write: shows each argument the way that suits its type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
        module = type(arg).__module__.split(".")[0]
        if isinstance(arg, bool | int | float | complex) or arg is None or _is_number(arg, module):
            pending.append(str(arg))
            continue
        flush()
        if _is_table(arg, module):
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


def _is_number(arg: Any, module: str) -> bool:
    if module != "numpy":
        return False
    import numpy as np

    return isinstance(arg, np.number)


def _is_table(arg: Any, module: str) -> bool:
    """DataFrames, Series, Indexes and arrays (checked without importing pandas)."""
    if module == "numpy":
        import numpy as np

        return isinstance(arg, np.ndarray)
    if module == "pandas":
        import pandas as pd

        return isinstance(arg, pd.DataFrame | pd.Series | pd.Index)
    return False
