import ostinato as st

st.title("Home")
if st.checkbox("Show the inputs", value=True, key="show"):
    st.text_input("Plain", key="plain")
    st.text_input("Page", key="paged", persist_state="page")
    st.text_input("Session", key="kept", persist_state="session")
