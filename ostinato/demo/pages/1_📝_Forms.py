"""Forms batch changes: nothing reruns until Submit."""

import ostinato as st

st.title("Forms")
st.caption("Widgets in a form send their values together, when the form is submitted.")

st.session_state.setdefault("orders", [])


def place_order() -> None:
    order = (st.session_state.drink, st.session_state.size, st.session_state.sugar)
    st.session_state.orders.append(order)


with st.form("order", clear_on_submit=True):
    st.selectbox("Drink", ["Tea", "Coffee", "Cocoa"], key="drink")
    st.radio("Size", ["Small", "Large"], horizontal=True, key="size")
    st.slider("Sugar", 0, 3, 1, key="sugar")
    st.form_submit_button("Order", on_click=place_order, type="primary")

st.subheader("Orders so far")
if st.session_state.orders:
    for drink, size, sugar in st.session_state.orders:
        st.write(f"- {size} {drink.lower()}, {sugar} sugar")
else:
    st.info("No orders yet.")
st.caption(f"Visits to the main page in this session: {st.session_state.get('count', 0)} clicks")
