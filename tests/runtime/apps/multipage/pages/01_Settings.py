import ostinato as st

st.title("Settings")
st.write("keys=" + ",".join(sorted(st.session_state.keys())))
