"""Helper (registers nothing): media as st.image, st.audio, st.video, st.logo and
st.pdf take them, turned into URLs the page loads. Content goes to the session's
media store (served inline, by content hash); URLs are passed on untouched (the
server never fetches them). Script thread."""

from __future__ import annotations

import base64
import io
import logging
import math
import os
import re
import unicodedata
import wave
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from ostinato.errors import MediaError, OstinatoAPIException
from ostinato.runtime.context import get_run_context

log = logging.getLogger("ostinato.elements")

MAX_IMAGE_WIDTH = 1460
"""Images wider than this (twice the widest content column, for high-DPI screens)
are scaled down before they are served, as Streamlit does."""

STATIC_PREFIX = "/app/static/"


def is_url(text: str, schemes: tuple[str, ...] = ("http", "https", "data")) -> bool:
    """True for an absolute URL of one of `schemes` (http(s) with a host)."""
    try:
        parsed = urlparse(text)
    except ValueError:
        return False
    if parsed.scheme not in schemes:
        return False
    return bool(parsed.netloc) if parsed.scheme in ("http", "https") else bool(parsed.path)


def passes_through(data: object) -> bool:
    """True for a string the page loads itself: a URL or a static file's URL that is
    not also the name of a local file."""
    return (
        isinstance(data, str)
        and not os.path.isfile(data)
        and (is_url(data) or data.startswith(STATIC_PREFIX))
    )


def serve(data: bytes, mime: str, name: str) -> str:
    """The URL the page loads `data` from ("" outside a session, as in bare mode)."""
    session = get_run_context().session
    if session is None:
        return ""
    return session.media.put(data, mime, name, inline=True)


def read_file(command: str, path: str) -> bytes:
    """The bytes of a local file; MediaError naming it when it cannot be read."""
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise MediaError(
            f"st.{command} could not open {path!r} ({reason}). Give a path to a readable "
            "file (relative to the folder the app runs in), a URL, or the data itself."
        ) from None


def check_width(command: str, width: Any, allow_content: bool) -> None:
    """Refuse a `width` that is not a positive int or "stretch" (or "content")."""
    valid = ("stretch", "content") if allow_content else ("stretch",)
    if isinstance(width, str) and width in valid:
        return
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width < 2**32:
        return
    accepts = "a positive integer (pixels), 'stretch' or 'content'"
    if not allow_content:
        accepts = "a positive integer (pixels) or 'stretch'"
    raise OstinatoAPIException(f"st.{command} width must be {accepts}, got {width!r}.")


def claim_autoplay(command: str, identity: tuple[Any, ...]) -> str:
    """The id of an autoplaying player, unique in the run as Streamlit requires (it
    keeps the player, and its playback, across reruns); OstinatoAPIException for a
    second identical one. Returns the id."""
    import hashlib

    digest = hashlib.blake2b(repr((command, *identity)).encode(), digest_size=8).hexdigest()
    token = f"\0autoplay-{command}-{digest}"
    ctx = get_run_context()
    if token in ctx.widget_keys:
        raise OstinatoAPIException(
            f"There are two identical st.{command} players with autoplay=True in this run; "
            "give them different data or parameters (Streamlit tells them apart by these)."
        )
    ctx.widget_keys.add(token)
    return f"{command}-{digest}"


def normalize_alt(alt: Any, allow_empty: bool = False) -> str | None:
    """`alt` as the page gets it: None for no accessible name; "" (st.image only)
    marks an image as decorative."""
    if alt is None:
        return None
    text = alt.decode() if isinstance(alt, (bytes, bytearray)) else str(alt)
    if text == "" and allow_empty:
        return ""
    if not text.strip():
        log.info("alt=%r has no text: the element gets no accessible name.", alt)
        return None
    return text.strip()


# -- images --------------------------------------------------------------------

_SVG = re.compile(r"^\s?(<\?xml[\s\S]*<svg\s|<svg\s|<svg>\s)")

ImageFormat = Literal["JPEG", "PNG", "GIF"]


def _pil() -> Any:
    from PIL import Image

    return Image


def _format_for(image: Any, output_format: str) -> ImageFormat:
    """JPEG or PNG as asked ("JPG" too); for "auto": GIF for a GIF, PNG when the
    image may have transparency, JPEG otherwise (Streamlit's choice)."""
    asked = output_format.upper()
    if asked in ("JPEG", "JPG"):
        return "JPEG"
    if asked == "PNG":
        return "PNG"
    if image.format == "GIF":
        return "GIF"
    return "PNG" if image.mode in ("RGBA", "LA", "P") else "JPEG"


def _encode(image: Any, fmt: ImageFormat, quality: int) -> bytes:
    if fmt == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    out = io.BytesIO()
    image.save(out, format=fmt, quality=quality)
    return out.getvalue()


def _open(data: bytes, command: str) -> Any:
    try:
        image = _pil().open(io.BytesIO(data))
        image.load()
    except Exception as exc:
        from PIL import UnidentifiedImageError

        why = (
            "no image format Pillow reads"
            if isinstance(exc, UnidentifiedImageError)
            else f"{type(exc).__name__}: {exc}"
        )
        raise MediaError(
            f"st.{command} could not read the image data ({len(data)} bytes): {why}. Give "
            "PNG, JPEG, GIF or another format Pillow reads, an SVG string, a URL, a path "
            "or an array."
        ) from None
    return image


def _array_image(array: Any, clamp: bool, channels: str) -> Any:
    """A PIL image of a numpy array (HW, HW1, HW3 or HW4; floats in [0, 1])."""
    import numpy as np

    if array.ndim not in (2, 3):
        raise OstinatoAPIException(
            f"st.image image as an array must be 2D (grey) or 3D (HxWxC), got shape {array.shape}."
        )
    if array.ndim == 3 and array.shape[-1] not in (1, 3, 4):
        raise OstinatoAPIException(
            f"st.image image arrays have 1, 3 or 4 channels (the last axis), got "
            f"{array.shape[-1]}: shape {array.shape}."
        )
    if array.ndim == 3 and array.shape[-1] == 1:
        array = array[:, :, 0]
    if np.issubdtype(array.dtype, np.floating):
        if clamp:
            array = np.clip(array, 0.0, 1.0)
        elif array.size and (np.amin(array) < 0.0 or np.amax(array) > 1.0):
            raise OstinatoAPIException(
                "st.image got float pixel values outside [0.0, 1.0]; scale them, or pass "
                "clamp=True to clip them."
            )
        array = array * 255
    elif clamp:
        array = np.clip(array, 0, 255)
    elif array.size and (np.amin(array) < 0 or np.amax(array) > 255):
        raise OstinatoAPIException(
            "st.image got pixel values outside [0, 255]; scale them, or pass clamp=True "
            "to clip them."
        )
    if channels == "BGR":
        if array.ndim != 3:
            raise OstinatoAPIException(
                'st.image with channels="BGR" needs an image with 3 colour channels.'
            )
        array = array[:, :, [2, 1, 0]]
    return _pil().fromarray(array.astype(np.uint8))


def _svg_url(svg: str) -> str:
    if "xmlns" not in svg:
        # An <img> shows an SVG only with its namespace.
        svg = svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def image_url(
    image: Any, width: Any, clamp: bool, channels: str, output_format: str, command: str = "image"
) -> str:
    """The URL of one image: a URL or static URL untouched, an SVG as a data URL,
    anything else encoded (scaled down past `width` or MAX_IMAGE_WIDTH) and served."""
    import numpy as np

    if isinstance(image, Path):
        image = str(image)
    data: bytes
    if isinstance(image, str):
        if passes_through(image):
            return image
        if image.endswith(".svg") and os.path.isfile(image):
            with open(image, encoding="utf-8") as file:
                image = file.read()
        if _SVG.search(image):
            return _svg_url(image)
        data = read_file(command, image)
        picture = _open(data, command)
    elif isinstance(image, np.ndarray):
        picture = _array_image(image, clamp, channels)
        data = b""
    elif isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        picture = _open(data, command)
    elif isinstance(image, io.BytesIO):
        data = image.getvalue()
        picture = _open(data, command)
    elif isinstance(image, io.IOBase) and hasattr(image, "read"):
        if image.seekable():
            image.seek(0)
        data = bytes(image.read() or b"")
        picture = _open(data, command)
    elif hasattr(image, "save") and hasattr(image, "mode") and hasattr(image, "size"):
        picture = image
        data = b""
    else:
        raise OstinatoAPIException(
            f"st.{command} image must be a URL, a path, an SVG string, bytes, a file, a "
            f"PIL image or a numpy array (or a list of those), got {type(image).__name__}."
        )
    fmt = _format_for(picture, output_format)
    limit = width if isinstance(width, int) else MAX_IMAGE_WIDTH
    actual_width, actual_height = picture.size
    if actual_width > limit:
        height = int(actual_height * limit / actual_width)
        picture = picture.resize((limit, height), resample=_pil().Resampling.BILINEAR)
        data = _encode(picture, fmt, 90)
    elif not data or picture.format != fmt:
        data = _encode(picture, fmt, 90 if data else 100)
    mime = f"image/{fmt.lower()}"
    return serve(data, mime, f"image.{'jpg' if fmt == 'JPEG' else fmt.lower()}")


def image_list(image: Any) -> tuple[list[Any], bool]:
    """The images of `image` (a list, tuple or set, a 4D array, or one image) and
    whether it came from a set (whose order is not the script's)."""
    import numpy as np

    if isinstance(image, (list, tuple, set)):
        return list(image), isinstance(image, set)
    if isinstance(image, np.ndarray) and image.ndim == 4:
        return [image[i] for i in range(image.shape[0])], False
    return [image], False


def caption_list(caption: Any, count: int) -> list[str | None]:
    """One caption (or None) per image; OstinatoAPIException when they do not pair."""
    import numpy as np

    captions: list[Any]
    if isinstance(caption, list):
        captions = caption
    elif caption is None:
        captions = [None] * count
    elif isinstance(caption, np.ndarray) and caption.ndim == 1:
        captions = caption.tolist()
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise OstinatoAPIException(
            f"st.image caption: cannot pair {len(captions)} captions with {count} images; "
            "give one caption per image (a list), or none."
        )
    return [None if c is None else str(c) for c in captions]


def alt_list(alt: Any, count: int, from_set: bool) -> list[str | None]:
    """One alt text (or None) per image; OstinatoAPIException when they do not pair."""
    import numpy as np

    if alt is None:
        return [None] * count
    several = (isinstance(alt, Sequence) and not isinstance(alt, (str, bytes, bytearray))) or (
        isinstance(alt, np.ndarray) and alt.ndim == 1
    )
    if not several:
        if count != 1:
            raise OstinatoAPIException(
                f"st.image alt: one alt text cannot describe {count} images; give a list "
                f"of {count} (None skips an image)."
            )
        return [normalize_alt(alt, allow_empty=True)]
    if from_set:
        raise OstinatoAPIException(
            "st.image alt: a list of alt texts cannot pair with a set of images (a set "
            "has no order); pass the images as a list or tuple."
        )
    alts = list(alt.tolist() if isinstance(alt, np.ndarray) else alt)
    if len(alts) != count:
        raise OstinatoAPIException(
            f"st.image alt: cannot pair {len(alts)} alt texts with {count} images."
        )
    return [normalize_alt(a, allow_empty=True) for a in alts]


def is_emoji(text: str) -> bool:
    """True for a short string of emoji (with their joiners and modifiers)."""
    if not text or text.isascii() or len(text) > 16:
        return False
    return all(
        unicodedata.category(ch) in ("So", "Sk", "Mn", "Me", "Cf") or 0x1F1E6 <= ord(ch) <= 0x1F1FF
        for ch in text
    )


# -- audio and video -----------------------------------------------------------


def seconds(name: str, value: Any) -> int | None:
    """A start or end time as whole seconds: int, float, timedelta or a string such
    as "2s", "1m" or "1h23s" (pandas' Timedelta forms)."""
    if value is None:
        return None
    if isinstance(value, timedelta):
        return int(value.total_seconds())
    if isinstance(value, str):
        import pandas as pd

        try:
            parsed = pd.Timedelta(value).total_seconds()
        except ValueError:
            parsed = math.nan
        if math.isnan(parsed):
            raise OstinatoAPIException(
                f"{name} {value!r} is no time: give seconds (an int or float), a "
                'timedelta, or a string such as "10s", "15 seconds", "1m" or "1h23s".'
            )
        return int(parsed)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if math.isnan(value) or math.isinf(value):
            raise OstinatoAPIException(f"{name} must be a finite number of seconds, got {value}.")
        return int(value)
    raise OstinatoAPIException(
        f"{name} must be seconds (int or float), a timedelta or a string such as "
        f'"10s", got {type(value).__name__}.'
    )


def wav(data: Any, sample_rate: int) -> bytes:
    """WAV bytes (16-bit PCM) of a numpy array: 1D is mono, 2D is (channels,
    samples); scaled so the loudest sample is full scale."""
    import numpy as np

    samples = np.asarray(data, dtype=float)
    if samples.ndim == 1:
        channels = 1
    elif samples.ndim == 2:
        channels = samples.shape[0]
        samples = samples.T.ravel()
    else:
        raise OstinatoAPIException(
            "st.audio data as an array must be 1D (mono) or 2D (channels × samples), "
            f"got {samples.ndim} dimensions."
        )
    if samples.size:
        peak = float(np.max(np.abs(samples)))
        if peak > 0:
            samples = samples / peak * 32767
    pcm = samples.astype(np.int16).tobytes()
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(2)
        writer.setframerate(sample_rate)
        writer.writeframes(pcm)
    return out.getvalue()


def media_url(command: str, data: Any, mime: str) -> str:
    """The URL of audio or video `data` ("" for None): a URL untouched, a file's or
    the data's bytes served."""
    if data is None:
        return ""
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str):
        if passes_through(data):
            return data
        content = read_file(command, data)
    elif isinstance(data, (bytes, bytearray, memoryview)):
        content = bytes(data)
    elif isinstance(data, io.BytesIO):
        content = data.getvalue()
    elif isinstance(data, (io.RawIOBase, io.BufferedReader)):
        data.seek(0)
        read = data.read()
        if read is None:
            return ""
        content = bytes(read)
    elif type(data).__module__ == "numpy" and hasattr(data, "tobytes"):
        content = data.tobytes()
    else:
        raise OstinatoAPIException(
            f"st.{command} data must be a path, a URL, bytes, a BytesIO, an open binary "
            f"file or a numpy array, got {type(data).__name__}."
        )
    ext = mime.rpartition("/")[2] or "bin"
    return serve(content, mime, f"{command}.{ext}")


_SRT_TIMING = re.compile(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}")


def _is_srt(data: bytes) -> bool:
    try:
        head = data[:33].decode().strip()
    except UnicodeDecodeError:
        return False
    lines = head.split("\n")
    return len(lines) >= 2 and lines[0].isdigit() and bool(_SRT_TIMING.search(lines[1]))


def _srt_to_vtt(data: bytes) -> bytes:
    try:
        text = data.decode()
    except UnicodeDecodeError:
        raise OstinatoAPIException("subtitles in SRT must be UTF-8 text.") from None
    text = re.sub(r"(\d{2}:\d{2}:\d{2}),(\d{3})", r"\1.\2", text)
    return ("WEBVTT\n\n" + text).strip().encode()


def _subtitle_bytes(data: Any) -> bytes:
    """WebVTT bytes of one subtitle track: a .vtt/.srt path, VTT or SRT text, bytes
    or a BytesIO (SRT is converted)."""
    if isinstance(data, (str, Path)) and os.path.isfile(data):
        suffix = Path(data).suffix.lower()
        if suffix not in (".srt", ".vtt"):
            raise OstinatoAPIException(
                f"subtitles files must be .srt or .vtt, got {suffix or 'no extension'}."
            )
        content = Path(data).read_bytes()
        return _srt_to_vtt(content) if suffix == ".srt" else content
    if isinstance(data, Path):
        raise MediaError(f"subtitles file {str(data)!r} does not exist.")
    if isinstance(data, str):
        text = data.strip()
        if text.startswith("WEBVTT") or text == "":
            return text.encode()
        if _is_srt(text.encode()):
            return _srt_to_vtt(text.encode())
        raise OstinatoAPIException(
            "subtitles text must be WebVTT (starting with WEBVTT) or SRT, or a path to a "
            ".vtt or .srt file."
        )
    if isinstance(data, io.BytesIO):
        data = data.getvalue()
    if isinstance(data, bytes):
        return _srt_to_vtt(data) if _is_srt(data) else data
    raise OstinatoAPIException(
        f"subtitles must be a path, text, bytes or a BytesIO, got {type(data).__name__}."
    )


def subtitle_tracks(subtitles: Any) -> list[dict[str, str]]:
    """The page's tracks ({"label", "url"}) for st.video's `subtitles`: one track
    ("default") or a dict of label → track."""
    if not subtitles:
        return []
    if isinstance(subtitles, (str, bytes, io.BytesIO, Path)):
        items: list[tuple[Any, Any]] = [("default", subtitles)]
    elif isinstance(subtitles, dict):
        items = list(subtitles.items())
    else:
        raise OstinatoAPIException(
            "st.video subtitles must be a path, text, bytes, a BytesIO, or a dict of "
            f"label → one of those, got {type(subtitles).__name__}."
        )
    tracks = []
    for label, track in items:
        try:
            content = _subtitle_bytes(track)
        except OstinatoAPIException as exc:
            raise type(exc)(f"st.video could not use the subtitle {label!r}: {exc}") from None
        tracks.append(
            {"label": str(label or ""), "url": serve(content, "text/vtt", "subtitles.vtt")}
        )
    return tracks


_YOUTUBE = re.compile(
    r"^(?:https?:)?(?://)?(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com/"
    r"(?:watch\?(?:.*&)?v=|embed/|v/|e/|shorts/)|youtu\.be/)(?P<id>[\w-]{10,20})"
)


def youtube_embed(url: str) -> str | None:
    """The embed URL of a YouTube video URL, or None for any other URL."""
    match = _YOUTUBE.match(url)
    return f"https://www.youtube.com/embed/{match['id']}" if match else None
