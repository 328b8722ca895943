import ostinato as st

st.set_page_config(page_title="Multipage test", layout="wide")
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.title("Main")
st.write(f"visits={st.session_state.visits}")
st.text_input("Main name", key="main_name")
st.text_input("Kept name", key="kept", persist_state="session")
st.page_link("pages/02_📊_Charts.py")
