"""Ostinato's demo: Session State, callbacks and widgets bound by keys."""

import ostinato as st

st.title("Hello, Ostinato")
st.caption(
    "Every click reruns this script from the top; `st.session_state` is what survives. "
    "Reload the tab or drop the connection: the session comes back."
)

# --- A counter whose button changes state in a callback -----------------------
st.header("Counter")
if "count" not in st.session_state:
    st.session_state.count = 0


def increment(by: int) -> None:
    st.session_state.count += by


st.button("Add one", on_click=increment, args=(1,), key="add_one")
st.button("Add ten", on_click=increment, kwargs={"by": 10}, key="add_ten")
st.write(f"Count = {st.session_state.count}")

# --- A slider whose default comes from Session State --------------------------
st.header("Temperature")
if "celsius" not in st.session_state:
    st.session_state.celsius = 21.0
celsius = st.slider("Temperature in Celsius", min_value=-100.0, max_value=100.0, key="celsius")
st.metric("Fahrenheit", f"{celsius * 9 / 5 + 32:.1f} °F")


def freeze() -> None:
    st.session_state.celsius = 0.0


st.button("Set to freezing", on_click=freeze)

# --- Widgets bound by keys ----------------------------------------------------
st.header("Widgets bound by keys")
st.text_input("Your name", key="name", placeholder="Type and press Enter")
st.selectbox("Favourite colour", ["red", "green", "blue"], key="colour")
st.checkbox("Shout", key="shout")
greeting = f"Hello, {st.session_state.name or 'stranger'}! You like {st.session_state.colour}."
st.write(greeting.upper() if st.session_state.shout else greeting)
st.write("Session State now holds:", st.session_state)

# --- An error shown in the page -----------------------------------------------
st.header("Errors stay in the page")
if st.button("Divide by zero"):
    st.write(1 / 0)
st.caption("The exception is shown where it happened; the next click works as usual.")
