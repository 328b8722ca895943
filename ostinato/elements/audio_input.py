"""st.audio_input: a recording from the user's microphone, as a WAV UploadedFile."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.button_group import OnChange
from ostinato.elements.capture import draw_capture
from ostinato.elements.widget import Args, LabelVisibility
from ostinato.errors import OstinatoAPIException
from ostinato.runtime.files import UploadedFile
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)
"""The rates (Hz) a recording may be resampled to."""


@element("audio_input", "audio_input")
def audio_input(
    self: Container,
    label: str,
    *,
    sample_rate: int | None = 16000,
    key: str | int | None = None,
    help: str | None = None,
    on_change: OnChange = "rerun",
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: int | Literal["stretch"] = "stretch",
) -> UploadedFile | None:
    """A button to record from the microphone; returns the recording (an UploadedFile
    of type audio/wav, mono, at `sample_rate` Hz or the microphone's own when None),
    or None before one is made."""
    if sample_rate is not None and (
        isinstance(sample_rate, bool) or sample_rate not in SAMPLE_RATES
    ):
        raise OstinatoAPIException(
            "st.audio_input sample_rate must be one of "
            f"{', '.join(map(str, SAMPLE_RATES))} or None, got {sample_rate!r}."
        )
    return draw_capture(
        self, "audio_input", label, "audio/wav", key, help, on_change, args, kwargs,
        disabled, label_visibility, width, {"sample_rate": sample_rate},
    )  # fmt: skip
