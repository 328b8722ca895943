"""The examples of Streamlit's Session State pages (concept guide and API
reference), reproduced as small apps: initialization, reads, updates, deleting,
callbacks with args/kwargs, forms with callbacks, widgets bound to keys, the
button whose state cannot be set, the slider that starts at 50."""

import datetime

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "counter_without_state",
        """
        import streamlit as st
        st.title("Counter Example")
        count = 0
        increment = st.button("Increment")
        if increment:
            count += 1
        st.write("Count = ", count)
        """,
        (("run",), ("click", "button", 0), ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "counter_with_state",
        """
        import streamlit as st
        st.title("Counter Example")
        if "count" not in st.session_state:
            st.session_state.count = 0
        increment = st.button("Increment")
        if increment:
            st.session_state.count += 1
        st.write("Count = ", st.session_state.count)
        """,
        (("run",), ("click", "button", 0), ("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "counter_callback",
        """
        import streamlit as st
        st.title("Counter Example using Callbacks")
        if "count" not in st.session_state:
            st.session_state.count = 0
        def increment_counter():
            st.session_state.count += 1
        st.button("Increment", on_click=increment_counter)
        st.write("Count = ", st.session_state.count)
        """,
        (("run",), ("click", "button", 0), ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "counter_callback_args",
        """
        import streamlit as st
        st.title("Counter Example using Callbacks with args")
        if "count" not in st.session_state:
            st.session_state.count = 0
        increment_value = st.number_input("Enter a value", value=0, step=1)
        def increment_counter(increment_value):
            st.session_state.count += increment_value
        increment = st.button("Increment", on_click=increment_counter, args=(increment_value,))
        st.write("Count = ", st.session_state.count)
        """,
        (
            ("run",),
            ("set_value", "number_input", 0, 5),
            ("run",),
            ("click", "button", 0),
            ("run",),
            ("click", "button", 0),
            ("run",),
        ),
    ),
    Scenario(
        "counter_callback_kwargs",
        """
        import streamlit as st
        st.title("Counter Example using Callbacks with kwargs")
        if "count" not in st.session_state:
            st.session_state.count = 0
        def increment_counter(increment_value=0):
            st.session_state.count += increment_value
        def decrement_counter(decrement_value=0):
            st.session_state.count -= decrement_value
        st.button("Increment", on_click=increment_counter, kwargs=dict(increment_value=5))
        st.button("Decrement", on_click=decrement_counter, kwargs=dict(decrement_value=1))
        st.write("Count = ", st.session_state.count)
        """,
        (
            ("run",),
            ("click", "button", 0),
            ("run",),
            ("click", "button", 1),
            ("run",),
            ("click", "button", 1),
            ("run",),
        ),
    ),
    Scenario(
        "form_callback_counter",
        """
        import datetime
        import streamlit as st
        st.title("Counter Example")
        if "count" not in st.session_state:
            st.session_state.count = 0
            st.session_state.last_updated = datetime.time(0, 0)
        def update_counter():
            st.session_state.count += st.session_state.increment_value
            st.session_state.last_updated = st.session_state.update_time
        with st.form(key="my_form"):
            st.time_input(label="Enter the time", value=datetime.time(8, 45), key="update_time")
            st.number_input("Enter a value", value=0, step=1, key="increment_value")
            submit = st.form_submit_button(label="Update", on_click=update_counter)
        st.write("Current Count = ", st.session_state.count)
        st.write("Last Updated = ", st.session_state.last_updated)
        """,
        (
            ("run",),
            ("set_value", "number_input", "increment_value", 3),
            ("run",),
            ("set_value", "time_input", "update_time", datetime.time(9, 30)),
            ("click", "button", "FormSubmitter:my_form-Update"),
            ("run",),
        ),
    ),
    Scenario(
        "lbs_kg_conversion",
        """
        import streamlit as st
        st.title("Mass conversion")
        def lbs_to_kg():
            st.session_state.kg = st.session_state.lbs / 2.0
        def kg_to_lbs():
            st.session_state.lbs = st.session_state.kg * 2.0
        col1, buff, col2 = st.columns([2, 1, 2])
        with col1:
            pounds = st.number_input("Pounds:", key="lbs", on_change=lbs_to_kg)
        with col2:
            kilogram = st.number_input("Kilograms:", key="kg", on_change=kg_to_lbs)
        """,
        (
            ("run",),
            ("set_value", "number_input", "lbs", 10.0),
            ("run",),
            ("set_value", "number_input", "kg", 3.0),
            ("run",),
        ),
    ),
    Scenario(
        "initialize_two_forms",
        """
        import streamlit as st
        if "key" not in st.session_state:
            st.session_state["key"] = "value"
        if "other" not in st.session_state:
            st.session_state.other = "value"
        st.write(st.session_state.key, st.session_state["other"])
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "read_whole_state",
        """
        import streamlit as st
        st.session_state.key = "value"
        st.write(st.session_state.key)
        st.write(st.session_state)
        st.session_state
        """,
        (("run",),),
    ),
    Scenario(
        "read_missing_key",
        """
        import streamlit as st
        st.write("before")
        st.write(st.session_state["value"])
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "update_both_forms",
        """
        import streamlit as st
        if "key" not in st.session_state:
            st.session_state.key = "value"
        st.write("Before:", st.session_state.key)
        if st.button("Attribute"):
            st.session_state.key = "value2"
        if st.button("Item"):
            st.session_state["key"] = "value3"
        st.write("After:", st.session_state.key)
        """,
        (
            ("run",),
            ("click", "button", 0),
            ("run",),
            ("run",),
            ("click", "button", 1),
            ("run",),
        ),
    ),
    Scenario(
        "delete_one_and_all",
        """
        import streamlit as st
        if "a" not in st.session_state:
            st.session_state.a = 1
            st.session_state.b = 2
            st.session_state.c = 3
        if st.button("Delete a"):
            del st.session_state["a"]
        if st.button("Delete all"):
            for key in st.session_state.keys():
                del st.session_state[key]
        st.write(sorted(st.session_state.keys()))
        """,
        (("run",), ("click", "button", 0), ("run",), ("click", "button", 1), ("run",)),
    ),
    Scenario(
        "widget_key_name",
        """
        import streamlit as st
        st.text_input("Your name", key="name")
        st.write("You typed:", st.session_state.name)
        """,
        (("run",), ("input", "text_input", "name", "Grace"), ("run",), ("run",)),
    ),
    Scenario(
        "form_callback_slider_checkbox",
        """
        import streamlit as st
        def form_callback():
            st.write(st.session_state.my_slider)
            st.write(st.session_state.my_checkbox)
        with st.form(key="my_form"):
            slider_input = st.slider("My slider", 0, 10, 5, key="my_slider")
            checkbox_input = st.checkbox("Yes or No", key="my_checkbox")
            submit_button = st.form_submit_button(label="Submit", on_click=form_callback)
        """,
        (
            ("run",),
            ("set_value", "slider", "my_slider", 8),
            ("check", "checkbox", "my_checkbox"),
            ("click", "button", "FormSubmitter:my_form-Submit"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "set_widget_after_creation_raises",
        """
        import streamlit as st
        slider = st.slider(label="My Slider", min_value=1, max_value=10, value=5, key="my_slider")
        st.session_state.my_slider = 7
        st.write("not reached")
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "button_state_raises",
        """
        import streamlit as st
        if "my_button" not in st.session_state:
            st.session_state.my_button = True
            st.button("Submit", key="my_button")
        st.write("end of script")
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "slider_celsius_50",
        """
        import streamlit as st
        if "celsius" not in st.session_state:
            st.session_state.celsius = 50.0
        st.slider("Temperature in Celsius", min_value=-100.0, max_value=100.0, key="celsius")
        st.write(st.session_state.celsius)
        """,
        (
            ("run",),
            ("run",),
            ("set_value", "slider", "celsius", 20.0),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "slider_celsius_count_check",
        """
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.celsius = 50.0
        st.slider("Temperature in Celsius", min_value=-100.0, max_value=100.0, key="celsius")
        st.write(st.session_state.celsius)
        """,
        (("run",), ("set_value", "slider", "celsius", -10.0), ("run",), ("run",)),
    ),
    Scenario(
        "unserializable_default_off",
        """
        import streamlit as st
        def unserializable_data():
            return lambda x: x
        st.session_state.unserializable = unserializable_data()
        st.write(st.session_state.unserializable(41) + 1)
        """,
        (("run",), ("run",)),
    ),
]
