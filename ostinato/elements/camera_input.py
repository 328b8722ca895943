"""st.camera_input: a photo from the user's camera, as a JPEG UploadedFile."""

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

RESOLUTIONS = {"480p": 480, "720p": 720, "1080p": 1080}
"""The capture heights a camera is asked for."""


@element("camera_input", "camera_input")
def camera_input(
    self: Container,
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: OnChange = "rerun",
    args: Args = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    resolution: Literal["480p", "720p", "1080p"] | None = None,
    width: int | Literal["stretch"] = "stretch",
) -> UploadedFile | None:
    """The camera's picture in the page and a button to take a photo; returns the
    photo (an UploadedFile of type image/jpeg), or None before one is taken."""
    if resolution is not None and resolution not in RESOLUTIONS:
        raise OstinatoAPIException(
            "st.camera_input resolution must be one of '480p', '720p', '1080p' or None, "
            f"got {resolution!r}."
        )
    return draw_capture(
        self, "camera_input", label, "image/jpeg", key, help, on_change, args, kwargs,
        disabled, label_visibility, width,
        {"resolution_height": RESOLUTIONS[resolution] if resolution else None},
    )  # fmt: skip
