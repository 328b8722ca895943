"""st.audio: an audio player for a file, bytes, a URL or a numpy array."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.media_data import (
    check_width,
    claim_autoplay,
    media_url,
    normalize_alt,
    seconds,
    wav,
)
from ostinato.errors import OstinatoAPIException
from ostinato.tree.node import Node
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

log = logging.getLogger("ostinato.elements")


@element("audio", "audio")
def audio(
    self: Container,
    data: Any,
    format: str = "audio/wav",
    start_time: Any = 0,
    *,
    sample_rate: int | None = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    alt: str | None = None,
    width: int | Literal["stretch"] = "stretch",
) -> None:
    """Show an audio player. A numpy array (1D mono, 2D channels × samples) needs
    `sample_rate` and is served as WAV; times are seconds, timedeltas or "2s"."""
    start = seconds("start_time", start_time)
    if start is None:
        raise OstinatoAPIException("start_time must be a time, not None (0 starts at the top).")
    end = seconds("end_time", end_time)
    check_width("audio", width, allow_content=False)
    is_array = type(data).__module__ == "numpy" and hasattr(data, "ndim")
    if is_array and sample_rate is None:
        raise OstinatoAPIException(
            "st.audio sample_rate is required when data is a numpy array (samples per second)."
        )
    if not is_array and sample_rate is not None:
        log.warning("st.audio ignores sample_rate: data is not a numpy array.")
    if is_array:
        assert sample_rate is not None
        if (
            isinstance(sample_rate, bool)
            or not isinstance(sample_rate, (int, float))
            or not 0 < sample_rate < 2**31
        ):
            raise OstinatoAPIException(
                "st.audio sample_rate must be a positive number of samples per second, "
                f"got {sample_rate!r}."
            )
        data = wav(data, round(sample_rate))
    url = media_url("audio", data, format)
    identity = (url, format, start, sample_rate, end, loop, alt, width)
    player_id = claim_autoplay("audio", identity) if autoplay else None
    self._add(
        Node(
            "audio",
            {
                "url": url,
                "format": format,
                "start_time": start,
                "end_time": end,
                "loop": bool(loop),
                "autoplay": bool(autoplay),
                "alt": normalize_alt(alt),
                "width": width,
                "id": player_id,
            },
        )
    )
