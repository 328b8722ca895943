"""st.components.v1.declare_component: a custom component, an iframe whose page
speaks Streamlit's component protocol (streamlit-component-lib), drawn as a
widget whose value is what the iframe last sent.

The page (frontend/src/elements/component.ts) loads the component from the
server's /_ostinato/component/<name>/ (its `path` folder) or from its `url`,
answers its `streamlit:componentReady` with a render event (args, theme), and
sends what it passes to `Streamlit.setComponentValue` as the widget's value,
as {"t": "json" | "bytes" | "dataframe", "v": ...} (bytes and Arrow tables in
base64)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import inspect
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ostinato.config import get_option
from ostinato.elements.container import Container
from ostinato.elements.iframe import check_tab_index
from ostinato.elements.widget import Spec, draw, identity, widget_id
from ostinato.errors import MarshallComponentException, OstinatoAPIException, WidgetValueError
from ostinato.runtime.components import URL_PREFIX, Declared, registry
from ostinato.runtime.context import current_run_context
from ostinato.tree.registry import reached

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger("ostinato.elements")

KIND = "component_instance"
"""The node type (and AppTest element type, as in Streamlit)."""

MAX_TABLE_BYTES = 64 * 1024 * 1024
"""Most memory an Arrow table a page sends as a component's value may take once read."""

_ENVELOPE = 1024
"""Bytes of a rerun frame besides the value (the message, the widget id)."""


class CustomComponent:
    """A declared component: call it (keyword arguments only) to draw an instance;
    it returns the instance's value."""

    def __init__(
        self, name: str, path: str | None = None, url: str | None = None, module_name: str = ""
    ) -> None:
        if path is None and url is None:
            raise OstinatoAPIException(
                "st.components.v1.declare_component needs path= (the folder of the "
                "component's built files) or url= (its dev server): either 'path' or "
                "'url' must be set."
            )
        self._name = name
        self._path = path
        self._url = url
        self._module_name = module_name

    @property
    def name(self) -> str:
        """The full name, "<module>.<name>" (the URL it is served under)."""
        return self._name

    @property
    def path(self) -> str | None:
        """The folder it was declared with."""
        return self._path

    @property
    def url(self) -> str | None:
        """The URL it was declared with."""
        return self._url

    @property
    def module_name(self) -> str:
        """The module that declared it."""
        return self._module_name

    @property
    def abspath(self) -> str | None:
        """The folder as an absolute path."""
        return None if self._path is None else os.path.abspath(self._path)

    def __call__(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Callable[..., Any] | None = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """Draw an instance of the component with `kwargs` as its args; return its
        value (`default` until the iframe sets one). Script thread."""
        return self.create_instance(
            *args, default=default, key=key, on_change=on_change, tab_index=tab_index, **kwargs
        )

    def create_instance(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Callable[..., Any] | None = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """What calling the component does. Script thread."""
        return _instance(self, args, default, key, on_change, tab_index, kwargs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomComponent) and (
            self.name,
            self.path,
            self.url,
            self.module_name,
        ) == (other.name, other.path, other.url, other.module_name)

    def __hash__(self) -> int:
        return hash((self.name, self.path, self.url, self.module_name))

    def __str__(self) -> str:
        return f"'{self.name}': {self.path if self.path is not None else self.url}"

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r}, path={self.path!r}, url={self.url!r})"


def _caller_module(frame: Any) -> str:
    """The declaring module's name; a script run as __main__ is named by its file."""
    name = str(frame.f_globals.get("__name__", "__main__"))
    if name == "__main__":
        name = Path(frame.f_code.co_filename).stem
    return name


@reached("components.v1.declare_component", KIND)
def declare_component(
    name: str, path: str | Path | None = None, url: str | None = None
) -> CustomComponent:
    """Declare a custom component served from the folder `path` or loaded from
    `url` (url wins when both are given); returns the function that draws it."""
    if not isinstance(name, str) or not name:
        raise OstinatoAPIException(
            f"st.components.v1.declare_component name must be a non-empty str, got {name!r}."
        )
    if path is not None and not isinstance(path, str | Path):
        raise OstinatoAPIException(
            f"declare_component path must be a str or a pathlib.Path, got {type(path).__name__}."
        )
    if url is not None and not isinstance(url, str):
        raise OstinatoAPIException(
            f"declare_component url must be a str, got {type(url).__name__}."
        )
    frame = inspect.currentframe()
    caller = frame.f_back if frame is not None else None
    module = _caller_module(caller) if caller is not None else "__main__"
    del frame, caller
    component = CustomComponent(
        f"{module}.{name}", None if path is None else str(path), url or None, module
    )
    folder = None if component.abspath is None else Path(component.abspath)
    if folder is not None and component.url is None and not folder.is_dir():
        if current_run_context() is not None:
            # As Streamlit's server does (its AppTest registers nothing, so says nothing).
            raise OstinatoAPIException(
                f"No such component directory: '{folder}'. declare_component's path must be "
                f"the folder holding the component's built files (index.html) for {name!r}."
            )
        log.warning("No such component directory: '%s' (component %s)", folder, component.name)
    registry.declare(
        Declared(component.name, folder if component.url is None else None, component.url)
    )
    return component


def _instance(
    component: CustomComponent,
    args: tuple[Any, ...],
    default: Any,
    key: str | None,
    on_change: Callable[..., Any] | None,
    tab_index: int | None,
    kwargs: dict[str, Any],
) -> Any:
    if args:
        raise MarshallComponentException(
            f"Component {component.name}: argument {args[0]!r} needs a label: pass the "
            "component's arguments by name (my_component(name=value))."
        )
    if on_change is not None and not callable(on_change):
        raise OstinatoAPIException(
            f"Component {component.name}: on_change must be a callback function, got "
            f"{type(on_change).__name__}."
        )
    tab_index = check_tab_index(tab_index)
    json_args: dict[str, Any] = {}
    bytes_args: dict[str, str] = {}
    frames: list[dict[str, str]] = []
    for name, value in dict(kwargs, default=default, key=key).items():
        if isinstance(value, bytes | bytearray | memoryview):
            bytes_args[name] = _b64(bytes(value))
        elif _is_table(value):
            frames.append({"key": name, **arrow_parts(value)})
        else:
            json_args[name] = value
    try:
        serialized = json.dumps(json_args)
    except (TypeError, ValueError) as exc:
        raise MarshallComponentException(
            f"Component {component.name}: could not convert its args to JSON ({exc}). Pass "
            "JSON values, bytes or DataFrames."
        ) from exc
    special = hashlib.blake2b(
        json.dumps([bytes_args, frames], sort_keys=True).encode(), digest_size=12
    ).hexdigest()
    src = component.url or f"{URL_PREFIX}{component.name}/index.html"
    limit = max(_ENVELOPE, int(get_option("server.maxClientMessageSize")) * 1024 - _ENVELOPE)
    spec = Spec(
        kind=KIND,
        label=component.name,
        key=key,
        shape=(component.name, component.url),
        default=None,
        default_given=False,
        decode=lambda wire: decode_value(component.name, wire),
        encode=encode_value,
        validate=identity,
        props={
            "component_name": component.name,
            "url": component.url,
            "src": src,
            "json_args": serialized,
            "bytes_args": bytes_args,
            "dfs": frames,
            "tab_index": tab_index,
            "max_value_bytes": limit,
        },
        extra_identity=(serialized, special),
    )
    container = Container()
    ctx, parent = container._target()
    in_form = ctx.form_of(parent) is not None
    if not in_form:
        # Streamlit lets a component in a form have a callback (it fires on submit);
        # widget.draw refuses that for other widgets, so it is attached below.
        spec.callback = on_change
    value = draw(container, spec)
    if in_form and on_change is not None:
        meta = ctx.state.widget_meta(widget_id(spec, ctx.page_scope))
        if meta is not None:
            meta.callback = on_change
    return default if value is None else value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, component: str) -> bytes:
    if not isinstance(text, str):
        raise WidgetValueError(KIND, component, "bytes must arrive as base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise WidgetValueError(KIND, component, "bytes must arrive as base64 text") from None


def _is_table(value: Any) -> bool:
    """True for what Streamlit sends a component as an Arrow table (its
    "dataframe-like" objects): pandas, numpy, pyarrow and polars data, and a dict
    of pandas Series."""
    module = type(value).__module__.split(".")[0]
    name = type(value).__name__
    if isinstance(value, dict):
        return bool(value) and all(
            type(v).__module__.split(".")[0] == "pandas" and type(v).__name__ == "Series"
            for v in value.values()
        )
    return (
        (module == "pandas" and name in ("DataFrame", "Series", "Styler", "Index"))
        or (module == "numpy" and name == "ndarray")
        or (module == "pyarrow" and (name in ("Table", "RecordBatch") or name.endswith("Array")))
        or (module == "polars" and name in ("DataFrame", "Series", "LazyFrame"))
    )


def _frame_of(value: Any) -> pd.DataFrame:
    import pandas as pd

    name = type(value).__name__
    if name == "Styler":
        value = value.data
    if isinstance(value, pd.DataFrame):
        return value
    if isinstance(value, pd.Series):
        return value.to_frame()
    if isinstance(value, pd.Index):
        return value.to_frame(index=False)
    if name == "LazyFrame":
        value = value.collect()
    if hasattr(value, "to_pandas") and not isinstance(value, pd.Series | pd.DataFrame):
        value = value.to_pandas()  # pyarrow and polars data
    if isinstance(value, pd.Series):
        return value.to_frame()
    if isinstance(value, pd.DataFrame):
        return value
    return pd.DataFrame(value)


def _ipc(frame: pd.DataFrame) -> bytes:
    """A DataFrame as an Arrow IPC stream, large string/binary types narrowed (the
    Arrow JS of older component builds cannot read them)."""
    import pyarrow as pa

    table = pa.Table.from_pandas(frame)
    narrow = {
        pa.large_string(): pa.string(),
        pa.large_binary(): pa.binary(),
    }
    fields = [
        pa.field(f.name, narrow.get(f.type, f.type), f.nullable, f.metadata) for f in table.schema
    ]
    schema = pa.schema(fields, metadata=table.schema.metadata)
    if schema != table.schema:
        table = table.cast(schema)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue())


def arrow_parts(value: Any) -> dict[str, str]:
    """A table as Streamlit sends it to a component: its data, index and column
    labels, each an Arrow IPC stream (base64)."""
    import pandas as pd

    frame = _frame_of(value)
    index = pd.DataFrame([list(v) if isinstance(v, tuple) else v for v in frame.index.values])
    columns = pd.DataFrame([list(v) if isinstance(v, tuple) else v for v in frame.columns.values])
    frame = frame.copy()
    frame.columns = [str(c) for c in frame.columns]
    return {"data": _b64(_ipc(frame)), "index": _b64(_ipc(index)), "columns": _b64(_ipc(columns))}


def _read_table(data: bytes, component: str) -> pd.DataFrame:
    import pyarrow as pa

    try:
        reader = pa.ipc.open_stream(data)
        batches = []
        size = 0
        for batch in reader:
            size += batch.nbytes
            if size > MAX_TABLE_BYTES:
                raise WidgetValueError(KIND, component, "the table sent is too large")
            batches.append(batch)
        frame: pd.DataFrame = pa.Table.from_batches(batches, reader.schema).to_pandas()
        return frame
    except WidgetValueError:
        raise
    except Exception as exc:
        raise WidgetValueError(
            KIND, component, f"not an Arrow table ({type(exc).__name__})"
        ) from None


def decode_value(component: str, wire: Any) -> Any:
    """The Python value of what the page sent for a component: {"t": "json", "v": any
    JSON}, {"t": "bytes", "v": base64} or {"t": "dataframe", "v": {data, index,
    columns}}; WidgetValueError for anything else. Any thread."""
    if wire is None:
        return None
    if not isinstance(wire, dict) or set(wire) != {"t", "v"}:
        raise WidgetValueError(KIND, component, 'a value must be {"t": type, "v": value}')
    kind, value = wire["t"], wire["v"]
    if kind == "json":
        return value
    if kind == "bytes":
        return _unb64(value, component)
    if kind == "dataframe":
        if not isinstance(value, dict) or not {"data", "index", "columns"} <= set(value):
            raise WidgetValueError(KIND, component, "a table needs data, index and columns")
        import pandas as pd

        data = _read_table(_unb64(value["data"], component), component)
        index = _read_table(_unb64(value["index"], component), component)
        columns = _read_table(_unb64(value["columns"], component), component)
        try:
            return pd.DataFrame(
                data.to_numpy(),
                index=index.to_numpy().T.tolist(),
                columns=columns.to_numpy().T.tolist(),
            )
        except Exception as exc:
            raise WidgetValueError(
                KIND, component, f"the table's parts do not fit ({type(exc).__name__})"
            ) from None
    raise WidgetValueError(KIND, component, f"unknown value type {kind!r}")


def encode_value(value: Any) -> Any:
    """The wire form of a component's value (what `decode_value` reads)."""
    if value is None:
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        return {"t": "bytes", "v": _b64(bytes(value))}
    if _is_table(value):
        return {"t": "dataframe", "v": arrow_parts(value)}
    return {"t": "json", "v": value}
