"""`st.session_state`: a dict- and attribute-like view of the current session's state."""

from __future__ import annotations

from collections.abc import (
    Callable,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    ValuesView,
)
from typing import Any

from ostinato.errors import SessionStateAttributeError, SessionStateKeyError
from ostinato.state.session_state import SessionState

_MISSING = object()


class SessionStateProxy:
    """Resolves to the SessionState of whichever run calls it, so one module-level
    object serves every session. Call it from the script thread of a run."""

    __slots__ = ("_resolve",)

    def __init__(self, resolve: Callable[[], SessionState]) -> None:
        object.__setattr__(self, "_resolve", resolve)

    @property
    def _state(self) -> SessionState:
        state: SessionState = object.__getattribute__(self, "_resolve")()
        return state

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delitem__(self, key: str) -> None:
        self._state.__delitem__(key)

    def __getattr__(self, key: str) -> Any:
        try:
            return self._state[key]
        except SessionStateKeyError:
            raise SessionStateAttributeError(key) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self._state[key]
        except SessionStateKeyError:
            raise SessionStateAttributeError(key) from None

    def __contains__(self, key: object) -> bool:
        return key in self._state

    def __iter__(self) -> Iterator[str]:
        return iter(self._state.keys())

    def __len__(self) -> int:
        return len(self._state)

    def __repr__(self) -> str:
        return f"st.session_state({self.to_dict()!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SessionStateProxy):
            return self.to_dict() == other.to_dict()
        return isinstance(other, Mapping) and self.to_dict() == dict(other)

    __hash__ = None  # type: ignore[assignment]

    def get(self, key: str, default: Any = None) -> Any:
        """The value of `key`, or `default` when it is not set."""
        return self._state[key] if key in self._state else default

    def setdefault(self, key: str, default: Any = None) -> Any:
        """Set `key` to `default` unless it is set; return its value."""
        if key not in self._state:
            self._state[key] = default
        return self._state[key]

    def pop(self, key: str, default: Any = _MISSING) -> Any:
        """Remove `key` and return its value (or `default` when it is not set)."""
        if key not in self._state:
            if default is _MISSING:
                raise SessionStateKeyError(key)
            return default
        value = self._state[key]
        del self._state[key]
        return value

    def update(
        self, other: Mapping[str, Any] | Iterable[tuple[str, Any]] = (), /, **kwargs: Any
    ) -> None:
        """Set several keys at once, like dict.update (a mapping or (key, value) pairs)."""
        for key, value in dict(other, **kwargs).items():
            self._state[key] = value

    def keys(self) -> KeysView[str]:
        """Every key currently set."""
        return self.to_dict().keys()

    def values(self) -> ValuesView[Any]:
        """Every value currently set."""
        return self.to_dict().values()

    def items(self) -> ItemsView[str, Any]:
        """Every (key, value) pair currently set."""
        return self.to_dict().items()

    def clear(self) -> None:
        """Remove every key, widget keys included."""
        self._state.clear()

    def to_dict(self) -> dict[str, Any]:
        """A plain dict copy of the current state."""
        return self._state.to_dict()
