"""Query parameters of a session's URL: `st.query_params`, and the query string
the page puts in its address bar after each run."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any
from urllib.parse import parse_qs, urlencode

from ostinato.errors import OstinatoAPIException


class QueryParams(MutableMapping[str, str]):
    """Key → values of the URL's query. Reading gives the last value of a key;
    `get_all` gives them all. Values are strings. Any thread (locked)."""

    def __init__(self, query: str = "") -> None:
        self._lock = threading.Lock()
        self._values: dict[str, list[str]] = {}
        self.set_query_string(query)

    def set_query_string(self, query: str) -> None:
        """Replace everything with the parameters of `query` ("?a=1&b=2" or "a=1")."""
        parsed = parse_qs(query.lstrip("?"), keep_blank_values=True)
        with self._lock:
            self._values = {k: list(v) for k, v in parsed.items()}

    def to_query_string(self) -> str:
        """ "?a=1&b=2", or "" when there are no parameters."""
        with self._lock:
            pairs = [(k, v) for k, values in self._values.items() for v in values]
        return f"?{urlencode(pairs)}" if pairs else ""

    def __getitem__(self, key: str) -> str:
        with self._lock:
            values = self._values.get(key)
        if not values:
            raise KeyError(
                f'st.query_params has no key "{key}". Use st.query_params.get("{key}") '
                "to get None when it is missing."
            )
        return values[-1]

    def __setitem__(self, key: str, value: Any) -> None:
        if isinstance(value, dict):
            raise OstinatoAPIException(
                f'st.query_params["{key}"] takes a string or a list of strings, not a dict.'
            )
        if isinstance(value, str) or not isinstance(value, Iterable):
            values = [str(value)]
        else:
            values = [str(v) for v in value]
        with self._lock:
            self._values[str(key)] = values

    def __delitem__(self, key: str) -> None:
        with self._lock:
            if key not in self._values:
                raise KeyError(f'st.query_params has no key "{key}".')
            del self._values[key]

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            return iter(list(self._values))

    def __len__(self) -> int:
        return len(self._values)

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError as exc:
            raise AttributeError(str(exc)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        if key.startswith("_"):
            object.__setattr__(self, key, value)
        else:
            self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError as exc:
            raise AttributeError(str(exc)) from None

    def get_all(self, key: str) -> list[str]:
        """Every value of `key` (empty when missing)."""
        with self._lock:
            return list(self._values.get(key, []))

    def from_dict(self, params: Mapping[str, Any]) -> None:
        """Replace every parameter with those of `params`."""
        self.clear()
        for key, value in params.items():
            self[key] = value

    def to_dict(self) -> dict[str, str]:
        """Key → last value."""
        with self._lock:
            return {k: v[-1] for k, v in self._values.items() if v}

    def clear(self) -> None:
        with self._lock:
            self._values.clear()

    def __repr__(self) -> str:
        return f"st.query_params({self.to_dict()!r})"


class QueryParamsProxy:
    """`st.query_params`: the query parameters of the session of the current run."""

    def __init__(self, resolve: Any) -> None:
        object.__setattr__(self, "_resolve", resolve)

    def _target(self) -> QueryParams:
        found: QueryParams = object.__getattribute__(self, "_resolve")()
        return found

    def __getitem__(self, key: str) -> str:
        return self._target()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._target()[key] = value

    def __delitem__(self, key: str) -> None:
        del self._target()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._target()

    def __iter__(self) -> Iterator[str]:
        return iter(self._target())

    def __len__(self) -> int:
        return len(self._target())

    def __getattr__(self, key: str) -> Any:
        return getattr(self._target(), key)

    def __setattr__(self, key: str, value: Any) -> None:
        self._target()[key] = value

    def __delattr__(self, key: str) -> None:
        delattr(self._target(), key)

    def __repr__(self) -> str:
        return repr(self._target())


def query_values(command: str, params: Any) -> dict[str, list[str]]:
    """`query_params` of st.switch_page or st.page_link (a mapping, or (key, value)
    pairs; a value is a string or several) as key → values. Any thread."""
    if params is None:
        return {}
    if isinstance(params, (str, bytes)) or not isinstance(params, (Mapping, Iterable)):
        raise OstinatoAPIException(
            f"st.{command}: query_params must be a mapping or an iterable of (key, value) "
            f"pairs, got {type(params).__name__}."
        )
    pairs = params.items() if isinstance(params, Mapping) else params
    found: dict[str, list[str]] = {}
    for pair in pairs:
        try:
            key, value = pair
        except (TypeError, ValueError):
            raise OstinatoAPIException(
                f"st.{command}: query_params pairs must be (key, value), got {pair!r}."
            ) from None
        values = (
            [str(value)]
            if isinstance(value, str) or not isinstance(value, Iterable)
            else [str(v) for v in value]
        )
        found.setdefault(str(key), []).extend(values)
    return found
