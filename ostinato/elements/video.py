"""st.video: a video player (or a YouTube embed) with optional subtitles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.media_data import (
    check_width,
    claim_autoplay,
    media_url,
    normalize_alt,
    passes_through,
    seconds,
    subtitle_tracks,
    youtube_embed,
)
from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container


@element("video", "video")
def video(
    self: Container,
    data: Any,
    format: str = "video/mp4",
    start_time: Any = 0,
    *,
    subtitles: Any = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    muted: bool = False,
    alt: str | None = None,
    width: int | Literal["stretch"] = "stretch",
) -> None:
    """Show a video player for a file, bytes, a URL (a YouTube URL is embedded);
    `subtitles` is one track or a dict of label → track (VTT or SRT)."""
    start = seconds("start_time", start_time)
    if start is None:
        raise OstinatoAPIException("start_time must be a time, not None (0 starts at the top).")
    end = seconds("end_time", end_time)
    check_width("video", width, allow_content=False)
    if start < 0 or (end is not None and end <= start):
        raise OstinatoAPIException(
            f"st.video start_time ({start}) must be 0 or more and end_time ({end}) after it."
        )
    kind = "native"
    if isinstance(data, str) and passes_through(data) and (embed := youtube_embed(data)):
        if subtitles:
            raise OstinatoAPIException(
                "st.video subtitles cannot be shown on a YouTube video; drop subtitles= "
                "or serve the video itself."
            )
        url, kind = embed, "youtube"
    else:
        url = media_url("video", data, format)
    tracks = subtitle_tracks(subtitles)
    identity = (url, format, start, end, loop, muted, alt, width)
    player_id = claim_autoplay("video", identity) if autoplay else None
    self._add(
        Node(
            "video",
            {
                "url": url,
                "kind": kind,
                "format": format,
                "start_time": start,
                "end_time": end,
                "loop": bool(loop),
                "autoplay": bool(autoplay),
                "muted": bool(muted),
                "alt": normalize_alt(alt),
                "width": width,
                "subtitles": tracks,
                "id": player_id,
            },
        )
    )
