"""The six apps, as written for Streamlit (`import streamlit as st`).

For Ostinato the import is swapped, as bench/__main__.py's prepare_apps does. Every app
is deterministic (fixed seeds and dates) so that two runs give the same pictures.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class App:
    """One app: its files (name → source; the first is run) and a text that shows it
    has rendered."""

    name: str
    files: dict[str, str]
    ready: str

    def source(self, framework: str) -> dict[str, str]:
        """The files for `framework` ("ostinato" or "streamlit")."""
        if framework == "streamlit":
            return dict(self.files)
        return {
            name: text.replace("import streamlit as st", "import ostinato as st")
            for name, text in self.files.items()
        }


COUNTER = """\
import streamlit as st

st.title("Counter")
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Add one"):
    st.session_state.count += 1
st.write(f"Count = {st.session_state.count}")
name = st.text_input("Your name", value="Ada", placeholder="Type a name")
st.write(f"Hello, {name}!")
"""

FORM = """\
import datetime

import streamlit as st

st.title("Order form")
with st.form("order"):
    name = st.text_input("Name", value="Ada Lovelace")
    quantity = st.number_input("Quantity", min_value=1, max_value=100, value=3)
    size = st.selectbox("Size", ["Small", "Medium", "Large"], index=1)
    toppings = st.multiselect(
        "Toppings", ["Cheese", "Tomato", "Basil", "Olives", "Mushrooms"],
        default=["Cheese", "Basil"],
    )
    price = st.slider("Price range", 0, 100, (20, 60))
    gift = st.checkbox("Gift wrap", value=True)
    delivery = st.radio("Delivery", ["Pick-up", "Courier", "Post"], index=1, horizontal=True)
    when = st.date_input("Delivery date", datetime.date(2024, 5, 17))
    submitted = st.form_submit_button("Place order")
st.write("Submitted" if submitted else "Fill in the form and press Place order.")
"""

DASHBOARD = """\
import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Sales dashboard", page_icon="📊", layout="wide")
st.title("Sales dashboard")

with st.sidebar:
    st.header("Filters")
    region = st.selectbox("Region", ["All", "North", "South", "East", "West"])
    months = st.slider("Months", 1, 12, (1, 6))
    st.checkbox("Include returns", value=True)

a, b, c, d = st.columns(4)
a.metric("Revenue", "$1.24M", "+8.2%")
b.metric("Orders", "9,412", "-3.1%")
c.metric("Customers", "3,108", "+120")
d.metric("Refunds", "1.9%", "-0.4%", delta_color="inverse")

rng = np.random.default_rng(0)
frame = pd.DataFrame(
    {
        "month": [f"2024-{m:02d}" for m in range(1, 13)],
        "north": rng.integers(80, 200, 12),
        "south": rng.integers(80, 200, 12),
        "east": rng.integers(80, 200, 12),
        "west": rng.integers(80, 200, 12),
    }
)
overview, detail = st.tabs(["Overview", "Detail"])
with overview:
    st.subheader("Monthly orders")
    st.dataframe(frame, hide_index=True)
with detail:
    st.write("Per-region detail")
with st.expander("About this data", expanded=True):
    st.write("Figures are generated with a fixed seed; nothing here is real.")
"""

DATA = '''\
import numpy as np
import pandas as pd
import streamlit as st

st.title("Data")
rng = np.random.default_rng(1)
frame = pd.DataFrame(
    rng.normal(size=(200, 30)).round(3), columns=[f"col_{i:02d}" for i in range(30)]
)
st.dataframe(frame)
st.json({"name": "Ostinato", "version": [1, 67], "tags": ["fast", "small"], "ok": True,
         "nested": {"a": 1, "b": None}})
st.code("""def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
""", language="python")
'''

MULTIPAGE = """\
import streamlit as st


def home():
    st.title("Home page")
    st.write("Welcome. Pick a page in the navigation.")
    st.button("A button on Home")


def settings():
    st.title("Settings page")
    st.toggle("Dark mode")
    st.text_input("Display name", value="Ada")


pages = [
    st.Page(home, title="Home", icon="🏠", default=True),
    st.Page(settings, title="Settings", icon="⚙️"),
]
st.navigation(pages).run()
"""

ERRORS = """\
import streamlit as st

st.title("Errors")
st.error("Something went wrong: the file could not be read.")
st.warning("The data is three days old.")
try:
    1 / 0
except ZeroDivisionError as caught:
    st.exception(caught)


def average(values):
    return sum(values) / len(values)


st.write("Now an uncaught one:")
average([])
"""

APPS = (
    App("counter", {"app.py": COUNTER}, "Count = 0"),
    App("form", {"app.py": FORM}, "Place order"),
    App("dashboard", {"app.py": DASHBOARD}, "Monthly orders"),
    App("data", {"app.py": DATA}, "def fib"),
    App("multipage", {"app.py": MULTIPAGE}, "Home page"),
    App("errors", {"app.py": ERRORS}, "Now an uncaught one:"),
)
