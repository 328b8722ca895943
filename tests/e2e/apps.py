"""Scripts the browser tests serve."""

COUNTER = """
import ostinato as st

if "count" not in st.session_state:
    st.session_state.count = 0

def increment():
    st.session_state.count += 1

st.button("Increment", on_click=increment)
st.write(f"Count = {st.session_state.count}")
"""

CELSIUS = """
import ostinato as st

if "celsius" not in st.session_state:
    st.session_state.celsius = 50.0

def freeze():
    st.session_state.celsius = 0.0

st.slider("Temperature in Celsius", min_value=-100.0, max_value=100.0, step=1.0, key="celsius")
st.button("Freeze", on_click=freeze)
st.write(f"Celsius is {st.session_state.celsius}")
"""

FAILING = """
import ostinato as st

st.session_state.setdefault("clicks", 0)
if st.button("Click"):
    st.session_state.clicks += 1
    if st.session_state.clicks == 1:
        raise RuntimeError("first click fails")
st.write(f"clicks = {st.session_state.clicks}")
"""

UPLOAD = """
import ostinato as st

f = st.file_uploader("Your data", type=["csv", "txt"])
if f is None:
    st.write("No file yet")
else:
    st.write(f"Got {f.name} with {len(f.getvalue())} bytes: {f.getvalue().decode()[:20]}")
"""
