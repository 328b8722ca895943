"""Helper (registers nothing): the layout parameters Streamlit 1.67 shares between
elements (`width`, `height`, `gap`, alignments), validated with errors that name
the parameter and what it accepts, and turned into the props the page reads."""

from __future__ import annotations

from typing import Any

from ostinato.errors import OstinatoAPIException

GAPS_REM = {
    "xxsmall": 0.25,
    "xsmall": 0.5,
    "small": 1.0,
    "medium": 2.0,
    "large": 4.0,
    "xlarge": 6.0,
    "xxlarge": 8.0,
}
"""The named gaps and their size in rem, as 1.67 documents them."""

HORIZONTAL = ("left", "center", "right", "distribute")
VERTICAL = ("top", "center", "bottom", "distribute")
_PIXELS_MAX = 2**32 - 1


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _accepted(words: tuple[str, ...]) -> str:
    return ", ".join(f'"{w}"' for w in words) + " or a positive integer (pixels)"


def check_width(command: str, width: Any, *, allow_content: bool = True) -> str | int:
    """`width` if `command` accepts it: "stretch", "content" (when allowed) or pixels."""
    words = ("stretch", "content") if allow_content else ("stretch",)
    if isinstance(width, str) and width in words:
        return width
    if _is_int(width) and 0 < width <= _PIXELS_MAX:
        return int(width)
    raise OstinatoAPIException(f"st.{command}: width must be {_accepted(words)}, got {width!r}.")


def check_height(
    command: str, height: Any, *, allow_content: bool = True, allow_stretch: bool = True
) -> str | int:
    """`height` if `command` accepts it: "content", "stretch" (when allowed) or pixels."""
    words = tuple(w for w, ok in (("content", allow_content), ("stretch", allow_stretch)) if ok)
    if isinstance(height, str) and height in words:
        return height
    if _is_int(height) and 0 < height <= _PIXELS_MAX:
        return int(height)
    raise OstinatoAPIException(f"st.{command}: height must be {_accepted(words)}, got {height!r}.")


def check_gap(command: str, gap: Any, parameter: str = "gap") -> str | int | None:
    """`gap` if valid: a named size (any case), a non-negative number of pixels, or None."""
    if gap is None:
        return None
    if _is_int(gap) and 0 <= gap <= _PIXELS_MAX:
        return int(gap)
    if isinstance(gap, str) and gap.lower() in GAPS_REM:
        return gap.lower()
    names = ", ".join(f'"{g}"' for g in GAPS_REM)
    raise OstinatoAPIException(
        f"st.{command}: {parameter} must be one of {names}, a non-negative integer "
        f"(pixels) or None, got {gap!r}."
    )


def check_choice(command: str, parameter: str, value: Any, choices: tuple[str, ...]) -> str:
    """`value` if it is one of `choices` (the error lists them)."""
    if isinstance(value, str) and value in choices:
        return value
    names = ", ".join(f'"{c}"' for c in choices)
    raise OstinatoAPIException(f"st.{command}: {parameter} must be one of {names}, got {value!r}.")


def check_bool(command: str, parameter: str, value: Any) -> bool:
    """`value` if it is a bool."""
    if isinstance(value, bool):
        return value
    raise OstinatoAPIException(f"st.{command}: {parameter} must be True or False, got {value!r}.")


def button_width(command: str, width: Any, use_container_width: bool | None) -> str | int:
    """A button's width: `use_container_width` (deprecated in 1.67) wins when given."""
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    return check_width(command, width)
