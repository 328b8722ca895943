import ostinato as st

st.title("Charts")
st.write(f"visits={st.session_state.visits}")
if st.button("Home"):
    st.switch_page("app.py")
