"""st.logo: the app's logo, at the top of the sidebar (or the top-left corner of
the page while the sidebar is closed or absent). It adds no node: like
st.set_page_config, it is a message to the page, kept by the page for the run
that sent it (a run that does not call st.logo removes it)."""

from __future__ import annotations

from typing import Any, Literal

from ostinato.elements.media_data import image_url, is_emoji, is_url
from ostinato.errors import OstinatoAPIException
from ostinato.runtime.context import get_run_context
from ostinato.tree.registry import command


def _logo_image(image: Any, parameter: str) -> tuple[str, str]:
    """(kind, value) of a logo image: ("icon", ":material/…:"), ("emoji", "🎈") or
    ("image", URL)."""
    if isinstance(image, str) and image.startswith(":material"):
        if not image.startswith(":material/") or not image.endswith(":"):
            raise OstinatoAPIException(
                f'st.logo {parameter} {image!r} is no Material icon: write ":material/name:".'
            )
        return "icon", image
    if isinstance(image, str) and is_emoji(image):
        return "emoji", image
    try:
        return "image", image_url(image, "content", False, "RGB", "auto", command="logo")
    except OstinatoAPIException as exc:
        raise OstinatoAPIException(
            f"st.logo {parameter} is no image Ostinato can show: {exc}"
        ) from None


@command("logo")
def logo(
    image: Any,
    *,
    size: Literal["small", "medium", "large"] = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """Show `image` as the app's logo (`icon_image`, if given, where the sidebar is
    closed); `link` (http or https) opens when it is clicked."""
    kind, value = _logo_image(image, "image")
    if link and not is_url(link, ("http", "https")):
        raise OstinatoAPIException(
            f'st.logo link {link!r} is no URL: it must start with "http://" or "https://".'
        )
    icon_kind, icon_value = _logo_image(icon_image, "icon_image") if icon_image else ("", "")
    chosen = size.lower() if isinstance(size, str) else size
    if chosen not in ("small", "medium", "large"):
        raise OstinatoAPIException(
            f'st.logo size must be "small", "medium" or "large", got {size!r}.'
        )
    ctx = get_run_context()
    if ctx.session is not None:
        ctx.session.send(
            {
                "t": "logo",
                "run": ctx.run,
                "image": value,
                "image_kind": kind,
                "icon_image": icon_value or None,
                "icon_kind": icon_kind or None,
                "link": link or None,
                "size": chosen,
            }
        )
