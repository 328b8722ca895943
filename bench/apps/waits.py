import time

import streamlit as st

if "n" not in st.session_state:
    st.session_state.n = 0

if st.button("Add"):
    st.session_state.n += 1
st.write(f"count {st.session_state.n}")

if st.button("Wait"):
    time.sleep(3)  # stands for any I/O: a query, an HTTP call, a model's reply
    st.write("waited")

if st.button("Spin"):
    until = time.monotonic() + 3
    while time.monotonic() < until:
        pass
    st.write("spun")

ph = st.empty()
if st.button("Stream"):
    for i in range(20):
        ph.write(f"tick {i}")
        time.sleep(0.1)
