"""st.write: shows each argument the way that suits its type."""

from __future__ import annotations

from collections.abc import ItemsView, KeysView, Mapping, ValuesView
from typing import Any

from ostinato.elements import help
from ostinato.elements.container import Container
from ostinato.elements.latex import is_sympy_expression
from ostinato.elements.write_stream import StreamingOutput, is_stream
from ostinato.runtime.query_params import QueryParamsProxy
from ostinato.state.proxy import SessionStateProxy
from ostinato.tree.registry import element, provides


@element("write")
def write(self: Container, *args: Any, unsafe_allow_html: bool = False) -> None:
    """Write each argument as Streamlit does: strings as Markdown and other plain values
    as inline code, consecutive ones joined by a space into one Markdown element;
    tables as dataframes, dicts and lists as JSON, exceptions with their traceback."""
    pending: list[str] = []

    def flush() -> None:
        if pending:
            self.markdown(" ".join(pending), unsafe_allow_html)
            pending.clear()

    for index, arg in enumerate(args):
        if isinstance(arg, str):
            pending.append(arg)
            continue
        module = type(arg).__module__.split(".")[0]
        if isinstance(arg, StreamingOutput):
            # What st.write_stream returned: its items again, one by one.
            flush()
            for item in arg:
                if callable(item):
                    item()
                else:
                    self.write(item, unsafe_allow_html=unsafe_allow_html)
        elif is_stream(arg):
            flush()
            self.write_stream(arg)
        elif _is_table(arg, module):
            flush()
            self.dataframe(arg)
        elif isinstance(arg, BaseException):
            flush()
            self.exception(arg)
        elif isinstance(arg, SessionStateProxy):
            flush()
            self.json(arg.to_dict())
        elif isinstance(arg, dict | list):
            flush()
            self.json(arg)
        elif isinstance(arg, QueryParamsProxy):
            flush()
            self.json(arg.to_dict())
        elif isinstance(arg, Mapping):
            flush()
            self.json(_plain(arg))
        elif isinstance(arg, KeysView | ValuesView | ItemsView):
            flush()
            self.json(list(arg))
        elif module == "sympy" and is_sympy_expression(arg):
            flush()
            self.latex(arg)
        elif help.wants_help(arg):
            flush()
            help.help_node(self, arg, help.argument_source(1, "write", index))
        else:
            # Numbers, None, tuples, sets, dates, ...: inline code beside the text.
            pending.append(f"`{arg}`")
    flush()


def _is_table(arg: Any, module: str) -> bool:
    """DataFrames, Series, Indexes and arrays (checked without importing pandas)."""
    if module == "numpy":
        import numpy as np

        return isinstance(arg, np.ndarray)
    if module == "pandas":
        import pandas as pd

        return isinstance(arg, pd.DataFrame | pd.Series | pd.Index)
    return False


def _plain(value: Any) -> Any:
    """A mapping (st.secrets sections, say) as nested plain dicts, for JSON."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value


_main = Container()


@provides("magic")
def magic(value: Any) -> None:
    """What a bare expression of the script shows: its value written with st.write,
    unless it is None or a container (`with st.sidebar:` alone shows nothing)."""
    if value is not None and not isinstance(value, Container):
        _main.write(value)
