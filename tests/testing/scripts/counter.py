import ostinato as st

st.session_state.setdefault("count", 0)


def add(n: int) -> None:
    st.session_state.count += n


st.button("Add", key="add", on_click=add, args=(1,))
st.sidebar.slider("Step", 1, 5, 1, key="step")
st.write(f"Count = {st.session_state.count}")
