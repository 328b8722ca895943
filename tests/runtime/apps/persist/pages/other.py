import ostinato as st

st.title("Other")
st.write("keys=" + ",".join(sorted(st.session_state)))
