"""st.pagination: numbered page buttons with previous/next arrows; the value is the
page chosen, from 1."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.button_group import OnChange, check_on_change, ignores
from ostinato.elements.link_button import check_width
from ostinato.elements.widget import Args, Spec, draw
from ostinato.errors import OstinatoAPIException, WidgetValueError
from ostinato.state.session_state import Persist
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@element("pagination", "pagination")
def pagination(
    self: Container,
    num_pages: int,
    *,
    default: int = 1,
    max_visible_pages: int | None = 7,
    width: int | Literal["content", "stretch"] = "content",
    key: str | int | None = None,
    on_change: OnChange = "rerun",
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    bind: Literal["query-params"] | None = None,
    persist_state: Persist = None,
) -> int:
    """Page buttons for `num_pages` pages (at most `max_visible_pages` numbers shown,
    the first and last always); returns the page chosen, 1 to `num_pages`."""
    callback = check_on_change("pagination", on_change)
    if not _is_int(num_pages) or num_pages < 1:
        raise OstinatoAPIException(
            f"st.pagination num_pages must be an integer of at least 1, got {num_pages!r}."
        )
    if not _is_int(default):
        raise OstinatoAPIException(
            f"st.pagination default must be an int, got {default!r} ({type(default).__name__})."
        )
    if not 1 <= default <= num_pages:
        raise OstinatoAPIException(
            f"st.pagination default={default} is outside the range [1, {num_pages}]."
        )
    if max_visible_pages is not None and (not _is_int(max_visible_pages) or max_visible_pages < 0):
        raise OstinatoAPIException(
            "st.pagination max_visible_pages must be a non-negative integer or None, "
            f"got {max_visible_pages!r}."
        )
    layout_width = check_width("pagination", width)

    def decode(raw: Any) -> int:
        if not _is_int(raw):
            raise WidgetValueError("pagination", "", f"expected a page number, got {raw!r}")
        # A page outside the range (a stale page, an edited URL): the default.
        return int(raw) if 1 <= raw <= num_pages else default

    def validate(value: Any) -> Any:
        # Set through Session State: what is no page of this widget is the default.
        return value if _is_int(value) and 1 <= value <= num_pages else default

    result: int = draw(
        self,
        Spec(
            kind="pagination",
            label="",
            key=key,
            shape=(),
            default=default,
            default_given=default != 1,
            decode=decode,
            encode=lambda value: int(value) if _is_int(value) else default,
            validate=validate,
            props={
                "num_pages": num_pages,
                "default_page": default,
                "max_visible_pages": max_visible_pages,
                "width": layout_width,
                "ignore_rerun": ignores(on_change),
            },
            extra_identity=(num_pages, default, max_visible_pages, layout_width),
            keep=validate,
            callback=callback,
            args=args,
            kwargs=kwargs,
            persist=persist_state,
            bind=bind,
            disabled=disabled,
        ),
    )
    return result
