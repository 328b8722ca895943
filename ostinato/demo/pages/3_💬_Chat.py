"""Chat: st.chat_message and st.chat_input with a streamed reply, as in
Streamlit's chat tutorial (the history lives in Session State)."""

import random
import time
from collections.abc import Iterator

import ostinato as st

st.title("Chat")
st.caption("An echo bot: the input is pinned to the bottom, the reply streams in word by word.")

if "messages" not in st.session_state:
    st.session_state.messages = [
        {"role": "assistant", "content": "Hello 👋 Ask me anything; I will say it back."}
    ]

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])


def reply(prompt: str) -> Iterator[str]:
    opening = random.choice(["You said:", "I heard:", "Echo:"])
    for word in f"{opening} *{prompt}*".split(" "):
        yield word + " "
        time.sleep(0.04)


if prompt := st.chat_input("What is up?"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        response = st.write_stream(reply(prompt))
    st.session_state.messages.append({"role": "assistant", "content": response})
