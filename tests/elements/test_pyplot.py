"""st.pyplot: a matplotlib figure drawn on the server as a PNG served from the
session's media store (an image element, as in Streamlit's AppTest), clear_figure,
no pile-up of pyplot figures over reruns, and the errors for no or no figure."""

from __future__ import annotations

import warnings

from ostinato.testing.v1 import AppTest

HEAD = "import ostinato as st\nimport matplotlib.pyplot as plt\n"
PLOT = "fig, ax = plt.subplots()\nax.plot([1, 2, 3], [3, 1, 2])\n"


def run(body: str) -> AppTest:
    return AppTest.from_string(HEAD + body).run(timeout=60)


def test_the_figure_is_a_png_image_served_by_the_session() -> None:
    at = run(PLOT + "st.pyplot(fig)\n")
    image = at.get("image")[0]
    (url,) = image.value
    assert url.startswith("/_ostinato/media/") and url.endswith(".png")
    assert image.props["width"] == "stretch"
    media = at._session.media  # type: ignore[attr-defined]
    data = media.get(url.rsplit("/", 1)[-1].split(".")[0]) if hasattr(media, "get") else None
    if data is not None:
        assert bytes(getattr(data, "data", data))[:8] == b"\x89PNG\r\n\x1a\n"


def test_clear_figure_clears_it_once_drawn() -> None:
    at = run(
        PLOT
        + "st.pyplot(fig, clear_figure=True)\nst.text(len(fig.axes))\n"
        + PLOT
        + "st.pyplot(fig)\nst.text(len(fig.axes))\n"
    )
    assert [t.value for t in at.text] == ["0", "1"]


def test_reruns_do_not_pile_up_figures_nor_warn() -> None:
    at = AppTest.from_string(HEAD + PLOT + "st.pyplot(fig)\nst.text(len(plt.get_fignums()))\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for _ in range(25):
            at.run(timeout=60)
    assert at.text[0].value == "0"
    assert not at.exception


def test_without_a_figure_the_error_says_to_pass_one() -> None:
    at = run("st.pyplot(None)\n")
    assert "fig" in at.exception[0].value
    at = run("st.pyplot('figure')\n")
    assert "matplotlib Figure" in at.exception[0].value
