"""st.chat_message: a message of a chat, a container ("block:chat_message") with
the author's name and an avatar (a preset icon, an emoji, a Material icon, or an
image served from the session's media store)."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from ostinato.elements.blocks import child_container, open_block
from ostinato.elements.media_data import image_url
from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

PRESETS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}
"""Names with a default avatar, and which one."""

_MATERIAL = re.compile(r"^:material/([a-z0-9_]+):$")
_JOINERS = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"}


def is_emoji(text: str) -> bool:
    """True for one emoji (a short sequence of pictographs, joiners, modifiers and
    flags), the way Streamlit tells an emoji avatar or icon from other text."""
    if not text or len(text) > 12:
        return False
    pictures = 0
    for char in text:
        point = ord(char)
        if char in _JOINERS or 0x1F3FB <= point <= 0x1F3FF or 0xE0020 <= point <= 0xE007F:
            continue
        if (
            0x1F000 <= point <= 0x1FAFF
            or 0x2600 <= point <= 0x27BF
            or 0x2190 <= point <= 0x21FF
            or 0x2B00 <= point <= 0x2BFF
            or 0x2300 <= point <= 0x23FF
            or unicodedata.category(char) == "So"
        ):
            pictures += 1
            continue
        if char in "#*0123456789" and "\u20e3" in text:
            continue
        return False
    return pictures > 0 or (text.endswith("\u20e3") and len(text) <= 3)


def avatar_props(avatar: Any) -> tuple[str, str]:
    """(avatar type, avatar) as the page and AppTest get them: ("icon", "user" |
    "assistant" | ":material/…:" | ""), ("emoji", "🦖") or ("image", URL)."""
    if avatar is None:
        return "icon", ""
    if isinstance(avatar, str):
        if avatar in PRESETS:
            return "icon", PRESETS[avatar]
        if is_emoji(avatar):
            return "emoji", avatar
        if avatar.startswith(":material"):
            if not _MATERIAL.match(avatar):
                raise OstinatoAPIException(
                    f"st.chat_message avatar {avatar!r} is not a valid Material icon: write "
                    'it as ":material/icon_name:" with the icon\'s name in snake case.'
                )
            return "icon", avatar
    try:
        # As st.image shows it (Streamlit converts avatars with st.image's code too).
        url = image_url(avatar, "content", False, "RGB", "auto", command="chat_message")
    except (OstinatoAPIException, OSError, ValueError, TypeError) as exc:
        raise OstinatoAPIException(
            f"st.chat_message could not load the avatar {_short(avatar)} as an image ({exc}): "
            "give an emoji, a Material icon, or an image (URL, path, bytes, PIL image or array)."
        ) from exc
    return "image", url


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_width(kind: str, width: Any, allow_content: bool = True) -> str | int:
    """A width as Streamlit's layout takes it: "stretch", "content" (when allowed),
    or a positive number of pixels."""
    if width == "stretch" or (allow_content and width == "content"):
        return str(width)
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    accepted = '"stretch", "content"' if allow_content else '"stretch"'
    raise OstinatoAPIException(
        f"st.{kind} width must be {accepted} or a positive number of pixels, got {width!r}."
    )


@element("chat_message", "block:chat_message")
def chat_message(
    self: Container,
    name: str,
    *,
    avatar: Any = None,
    width: Any = "stretch",
) -> Container:
    """A chat message container: write into it with `with` or its methods. "user" and
    "human", "assistant" and "ai" get preset avatars; other names their first letter."""
    if name is None:
        raise OstinatoAPIException("st.chat_message needs a name: the author of the message.")
    if not isinstance(name, str):
        raise OstinatoAPIException(
            f'st.chat_message name must be a string ("user", "assistant" or any name), '
            f"got {type(name).__name__}."
        )
    if avatar is None and (name.lower() in PRESETS or is_emoji(name)):
        avatar = name.lower()
    avatar_type, shown = avatar_props(avatar)
    props = {
        "name": name,
        "avatar": shown,
        "avatar_type": avatar_type,
        "width": check_width("chat_message", width),
    }
    _, path = open_block(self, "chat_message", props)
    return child_container(path)
