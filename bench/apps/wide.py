import streamlit as st

if "clicks" not in st.session_state:
    st.session_state.clicks = 0


def bump():
    st.session_state.clicks += 1


st.button("Increment", on_click=bump)
st.write(f"Count = {st.session_state.clicks}")
for i in range(10):
    st.slider(f"Slider {i}", 0, 100, i, key=f"slider{i}")
    st.checkbox(f"Check {i}", key=f"check{i}")
    st.text_input(f"Text {i}", key=f"text{i}")
    st.selectbox(f"Select {i}", ["a", "b", "c"], key=f"select{i}")
    st.number_input(f"Number {i}", 0, 100, i, key=f"number{i}")
for i in range(50):
    st.write(f"Line {i}: the square of {i} is {i * i}")
