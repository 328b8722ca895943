import numpy as np
import pandas as pd
import streamlit as st

if "df" not in st.session_state:
    rng = np.random.default_rng(0)
    st.session_state.df = pd.DataFrame(
        rng.integers(0, 1000, size=(10_000, 10)), columns=[f"c{i}" for i in range(10)]
    )
if "threshold" not in st.session_state:
    st.session_state.threshold = 0


def raise_threshold():
    st.session_state.threshold += 1


st.button("Increment", on_click=raise_threshold)
threshold = st.slider("Minimum of c0", 0, 1000, key="threshold")
view = st.session_state.df[st.session_state.df.c0 >= threshold]
st.write(f"Count = {threshold}: {len(view)} rows")
st.dataframe(view)
