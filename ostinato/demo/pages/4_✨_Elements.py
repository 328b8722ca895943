"""Elements: caching with its spinner, status and progress, toasts, media made from
numpy, math, Markdown's extensions, badges, link buttons, HTML and a component."""

import time

import numpy as np

import ostinato as st

st.title("Elements")


def compute_waves(seconds: float, pitch: float) -> np.ndarray:
    """A slow computation: cached, so only the first call with these arguments waits."""
    time.sleep(1.0)
    t = np.linspace(0, seconds, int(44_100 * seconds), endpoint=False)
    return np.sin(2 * np.pi * pitch * t) * np.exp(-t * 2)


waves = st.cache_data(show_spinner="Computing the waves…")(compute_waves)


st.header("Caching", anchor="caching")
pitch = st.select_slider("Pitch (Hz)", [220, 330, 440, 550, 660], value=440)
sound = waves(1.5, float(pitch))
st.audio(sound, sample_rate=44_100)
st.caption("Pick a pitch twice: the second time the cached waves come back at once.")
if st.button("Clear the cache"):
    waves.clear()
    st.toast("Cache cleared", icon="🧹")

st.header("Status and progress", anchor="status")
if st.button("Run a job"):
    with st.status("Working…", expanded=True) as status:
        bar = st.progress(0, text="Starting")
        for step in range(1, 6):
            time.sleep(0.3)
            bar.progress(step * 20, text=f"Step {step} of 5")
        status.update(label="Job done", state="complete")
    st.toast("The job finished", icon=":material/check_circle:")

st.header("Media", anchor="media")
y, x = np.mgrid[0:120, 0:240]
picture = np.stack([x / 240, y / 120, 0.5 + 0 * x], axis=-1)
st.image(picture, caption="An image made from a numpy array", clamp=True)

st.header("Text", anchor="text")
st.latex(r"\int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}")
st.markdown(
    "Markdown takes :blue[coloured text], :orange-background[backgrounds], "
    ":green-badge[badges], icons :material/rocket_launch:, emoji :sunglasses: "
    "and inline math $e^{i\\pi} + 1 = 0$."
)
st.badge("New", icon=":material/star:", color="violet")
st.link_button("Streamlit's documentation", "https://docs.streamlit.io")
with st.echo():
    total = sum(range(10))
    st.write("The sum of 0 … 9 is", total)

st.header("HTML and components", anchor="components")
st.html("<p style='margin:0'>Sanitised <b>HTML</b>: scripts in it never run.</p>")
st.components.v1.html(
    "<button onclick=\"this.textContent = 'Clicked in the frame'\">A button in a frame</button>",
    height=48,
)
