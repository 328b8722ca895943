"""st.image: one image or a row of images, with captions."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Literal

from ostinato.config import get_option
from ostinato.elements.media_data import (
    alt_list,
    caption_list,
    check_width,
    image_list,
    image_url,
)
from ostinato.errors import OstinatoAPIException
from ostinato.tree import markdown
from ostinato.tree.node import Node
from ostinato.tree.notices import alert_node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

COLUMN_WIDTH_REMOVED = (
    "st.image: `use_column_width` no longer does anything. For the column's width "
    "write `width='stretch'`; for the image's own size `width='content'` (the "
    "default); or give a width in pixels."
)


@element("image", "image")
def image(
    self: Container,
    image: Any,
    caption: str | list[str] | None = None,
    width: int | Literal["content", "stretch"] = "content",
    clamp: bool = False,
    channels: Literal["RGB", "BGR"] = "RGB",
    output_format: Literal["JPEG", "PNG", "auto"] = "auto",
    *,
    use_container_width: bool | None = None,
    link: str | None = None,
    use_column_width: Any = None,
    alt: str | list[str | None] | None = None,
) -> None:
    """Show an image, or a list of images in a row that wraps, each with an optional
    caption (Markdown). `image`: a URL, a path, an SVG string, bytes, a file, a PIL
    image or a numpy array (HW, HWC; floats in [0, 1])."""
    if use_column_width is not None:
        # Logged, and shown in the page where error details are, as Streamlit does.
        logging.getLogger("ostinato.elements").warning(COLUMN_WIDTH_REMOVED)
        if get_option("client.showErrorDetails") == "full":
            self._add(alert_node("warning", COLUMN_WIDTH_REMOVED))
    if use_container_width is True:
        width = "stretch"
    elif use_container_width is False and not isinstance(width, int):
        width = "content"
    check_width("image", width, allow_content=True)
    if not isinstance(channels, str) or channels.upper() not in ("RGB", "BGR"):
        raise OstinatoAPIException(f'st.image channels must be "RGB" or "BGR", got {channels!r}.')
    if not isinstance(output_format, str) or output_format.upper() not in (
        "JPEG", "JPG", "PNG", "GIF", "AUTO",
    ):  # fmt: skip
        raise OstinatoAPIException(
            f'st.image output_format must be "JPEG", "PNG" or "auto", got {output_format!r}.'
        )
    images, from_set = image_list(image)
    captions = caption_list(caption, len(images))
    alts = alt_list(alt, len(images), from_set)
    if link and len(images) > 1:
        raise OstinatoAPIException(
            f"st.image link works with a single image only; {len(images)} images were given."
        )
    shown = []
    for one, text, alt_text in zip(images, captions, alts, strict=True):
        url = image_url(one, width, clamp, channels.upper(), output_format)
        shown.append(
            {
                "url": url,
                "caption": text or "",
                "caption_html": markdown.render_inline(text) if text else "",
                "alt": alt_text,
            }
        )
    self._add(Node("image", {"images": shown, "width": width, "link": link or None}))
