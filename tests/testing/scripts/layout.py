import ostinato as st

st.title("Layout")
left, right = st.columns(2)
with left:
    st.text_input("Name", key="name")
with right:
    st.checkbox("Shout", key="shout")
st.sidebar.header("Options")
st.sidebar.selectbox("Greeting", ["Hello", "Hi"], key="greeting")
name = st.session_state.name or "nobody"
message = f"{st.session_state.greeting}, {name}"
st.write(message.upper() if st.session_state.shout else message)
