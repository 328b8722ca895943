"""Layout: columns, tabs, an expander, a placeholder updated in a loop, URL state."""

import time

import ostinato as st

st.title("Layout")
left, right = st.columns(2)
with left:
    st.metric("Left column", 42, "+3")
right.toggle("A switch in the right column", key="switch")

readme, data = st.tabs(["Read me", "Data"])
readme.write("Tabs keep their content; pick the other tab to see a table.")
with data:
    import pandas as pd

    st.dataframe(pd.DataFrame({"n": range(1, 101), "square": [i * i for i in range(1, 101)]}))

with st.expander("More settings"):
    st.slider("Shared by link", 0, 100, 50, key="level", bind="query-params")
    st.caption("This slider's value lives in the address bar too: copy the link to share it.")

if st.button("Run a slow job"):
    progress = st.empty()
    for step in range(1, 6):
        progress.write(f"Working… step {step} of 5")
        time.sleep(0.3)
    progress.success("Done.")
