"""The one validation layer for values that arrive from a page.

Every client value passes `check_wire` (by the protocol, for every field of every
frame) before anything reaches a widget's decoder or the runtime: only JSON's
types, bool never taken for a number, ints of a size a page can send, finite
floats, strings without lone surrogates, bounded nesting. Widget decoders then
use `wire_number` for what their kind needs (finiteness, range before conversion).
What fails raises WireValueError (a ValueError) with a short reason."""

from __future__ import annotations

import math
from typing import Any

MAX_DEPTH = 16
"""Deepest nesting of lists and objects a frame may hold (widget values are flat)."""

MAX_INT = 2**63
"""Largest magnitude of an int on the wire (a page's numbers are doubles)."""

MAX_INT_DIGITS = 20
"""Most digits of an int literal in a frame (what json would parse slowly)."""


class WireValueError(ValueError):
    """A value from a page that no widget or message may take; the text says why."""


def short(value: Any, limit: int = 60) -> str:
    """A repr of `value` cut to `limit` characters, for error messages."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def has_lone_surrogate(text: str) -> bool:
    """True when `text` cannot be encoded as UTF-8 (a lone surrogate escape)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_text(text: str, what: str) -> str:
    """`text`, or WireValueError if it holds a lone surrogate."""
    if has_lone_surrogate(text):
        raise WireValueError(f"{what} holds a lone surrogate (not UTF-8 text)")
    return text


def check_wire(value: Any, what: str = "value") -> Any:
    """`value` if it is a valid wire value (see the module), else WireValueError.
    Iterative, so no nesting can exhaust the stack."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if item is None or isinstance(item, bool):
            continue
        if isinstance(item, int):
            if abs(item) > MAX_INT:
                raise WireValueError(f"{what}: the number {short(item, 30)} is too large")
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise WireValueError(f"{what}: {item!r} is not a finite number")
        elif isinstance(item, str):
            check_text(item, what)
        elif isinstance(item, list | dict):
            if depth >= MAX_DEPTH:
                raise WireValueError(f"{what} is nested deeper than {MAX_DEPTH} levels")
            if isinstance(item, dict):
                for key, child in item.items():
                    if not isinstance(key, str):
                        raise WireValueError(f"{what}: keys must be strings")
                    check_text(key, what)
                    stack.append((child, depth + 1))
            else:
                stack.extend((child, depth + 1) for child in item)
        else:
            raise WireValueError(f"{what}: {type(item).__name__} is not a wire value")
    return value


def wire_number(raw: Any, low: float | None = None, high: float | None = None) -> int | float:
    """`raw` if it is a finite number (never a bool) within [low, high] when given,
    else WireValueError. Checks before a decoder converts (float(), dates)."""
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise WireValueError(f"expected a number, got {short(raw)}")
    if isinstance(raw, float) and not math.isfinite(raw):
        raise WireValueError(f"expected a finite number, got {raw!r}")
    if isinstance(raw, int) and abs(raw) > MAX_INT:
        raise WireValueError(f"the number {short(raw, 30)} is too large")
    try:
        if (low is not None and raw < low) or (high is not None and raw > high):
            raise WireValueError(f"{short(raw)} must lie between {low!r} and {high!r}")
    except OverflowError:
        raise WireValueError(f"the number {short(raw, 30)} is out of range") from None
    return raw
