"""Forms: values batched until submit, clear_on_submit, the submit button's value
and key, submit callbacks, on_change inside a form, a missing submit button,
two forms on one page."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "batching_until_submit",
        """
        import streamlit as st
        with st.form("my_form"):
            name = st.text_input("Name", key="name")
            age = st.number_input("Age", value=30, key="age")
            submitted = st.form_submit_button("Submit")
        st.write("submitted:", submitted, "name:", name, "age:", age)
        """,
        (
            ("run",),
            ("input", "text_input", "name", "Ada"),
            ("run",),
            ("input", "text_input", "name", "Ada"),
            ("set_value", "number_input", "age", 36),
            ("click", "button", "FormSubmitter:my_form-Submit"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "submit_button_value_and_key",
        """
        import streamlit as st
        with st.form("my_form"):
            st.slider("Rating", 1, 5, 3, key="rating")
            clicked = st.form_submit_button("Submit")
        st.write("clicked:", clicked)
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (
            ("run",),
            ("click", "button", "FormSubmitter:my_form-Submit"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "submit_button_by_index",
        """
        import streamlit as st
        with st.form(key="search"):
            query = st.text_input("Query")
            go = st.form_submit_button("Search")
        if go:
            st.write("searching for", query)
        """,
        (("run",), ("input", "text_input", 0, "cats"), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "submit_button_with_own_key",
        """
        import streamlit as st
        with st.form("f"):
            st.text_input("Word", key="word")
            st.form_submit_button("Save", key="save_btn")
        st.write("save:", st.session_state.save_btn)
        """,
        (("run",), ("input", "text_input", "word", "w"), ("click", "button", "save_btn"), ("run",)),
    ),
    Scenario(
        "clear_on_submit",
        """
        import streamlit as st
        with st.form("entry", clear_on_submit=True):
            item = st.text_input("Item", key="item")
            qty = st.number_input("Qty", value=1, key="qty")
            added = st.form_submit_button("Add")
        if added:
            st.write("added", item, qty)
        st.write("state:", st.session_state.item, st.session_state.qty)
        """,
        (
            ("run",),
            ("input", "text_input", "item", "apple"),
            ("set_value", "number_input", "qty", 4),
            ("click", "button", "FormSubmitter:entry-Add"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "submit_callback_sees_values",
        """
        import streamlit as st
        st.session_state.setdefault("saved", [])
        def save():
            st.session_state.saved.append((st.session_state.title, st.session_state.done))
        with st.form("todo"):
            st.text_input("Title", key="title")
            st.checkbox("Done", key="done")
            st.form_submit_button("Save", on_click=save)
        st.text(repr(st.session_state.saved))
        """,
        (
            ("run",),
            ("input", "text_input", "title", "write tests"),
            ("check", "checkbox", "done"),
            ("click", "button", "FormSubmitter:todo-Save"),
            ("run",),
            ("click", "button", "FormSubmitter:todo-Save"),
            ("run",),
        ),
    ),
    Scenario(
        "submit_callback_args_kwargs",
        """
        import streamlit as st
        def submitted(form_name, *, times):
            st.session_state.result = f"{form_name}:{st.session_state.n * times}"
        with st.form("calc"):
            st.number_input("N", value=2, key="n")
            st.form_submit_button("Go", on_click=submitted, args=("calc",), kwargs={"times": 3})
        st.write(st.session_state.get("result", "none"))
        """,
        (
            ("run",),
            ("set_value", "number_input", "n", 5),
            ("click", "button", "FormSubmitter:calc-Go"),
            ("run",),
        ),
    ),
    Scenario(
        "submit_callback_writes",
        """
        import streamlit as st
        def thanks():
            st.success("Thanks for submitting")
        with st.form("feedback"):
            st.text_area("Comment", key="comment")
            st.form_submit_button("Send", on_click=thanks)
        st.write("page end")
        """,
        (("run",), ("click", "button", "FormSubmitter:feedback-Send"), ("run",)),
    ),
    Scenario(
        "on_change_inside_form_raises",
        """
        import streamlit as st
        def changed():
            st.session_state.changed = True
        with st.form("bad"):
            st.text_input("Name", key="name", on_change=changed)
            st.form_submit_button("Submit")
        st.write("after form")
        """,
        (("run",),),
    ),
    Scenario(
        "on_click_button_inside_form_raises",
        """
        import streamlit as st
        with st.form("bad"):
            st.text_input("Name")
            st.button("Plain button")
            st.form_submit_button("Submit")
        st.write("after form")
        """,
        (("run",),),
    ),
    Scenario(
        "missing_submit_button",
        """
        import streamlit as st
        with st.form("no_submit"):
            st.text_input("Name")
        st.write("after form")
        """,
        (("run",),),
    ),
    Scenario(
        "two_forms_independent",
        """
        import streamlit as st
        with st.form("first"):
            a = st.text_input("A", key="a")
            sa = st.form_submit_button("Submit")
        with st.form("second"):
            b = st.text_input("B", key="b")
            sb = st.form_submit_button("Submit")
        st.write("a:", a, sa, "b:", b, sb)
        """,
        (
            ("run",),
            ("input", "text_input", "a", "alpha"),
            ("input", "text_input", "b", "beta"),
            ("click", "button", "FormSubmitter:second-Submit"),
            ("run",),
            ("input", "text_input", "a", "alpha"),
            ("click", "button", "FormSubmitter:first-Submit"),
            ("run",),
        ),
    ),
    Scenario(
        "form_object_notation",
        """
        import streamlit as st
        form = st.form("obj")
        color = form.selectbox("Color", ["red", "blue"], key="color")
        form.form_submit_button("Apply")
        st.write("color:", color)
        """,
        (("run",), ("select", "selectbox", "color", "blue"), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "two_submit_buttons",
        """
        import streamlit as st
        with st.form("choice"):
            st.text_input("Note", key="note")
            ok = st.form_submit_button("OK")
            cancel = st.form_submit_button("Cancel")
        st.write("ok", ok, "cancel", cancel)
        """,
        (
            ("run",),
            ("input", "text_input", "note", "n"),
            ("click", "button", "FormSubmitter:choice-Cancel"),
            ("run",),
        ),
    ),
    Scenario(
        "form_in_sidebar_with_state",
        """
        import streamlit as st
        with st.sidebar.form("filters"):
            st.multiselect("Tags", ["x", "y", "z"], key="tags")
            st.form_submit_button("Filter")
        st.write("tags:", len(st.session_state.tags))
        """,
        (
            ("run",),
            ("select", "multiselect", "tags", "y"),
            ("run",),
            ("select", "multiselect", "tags", "y"),
            ("click", "button", "FormSubmitter:filters-Filter"),
            ("run",),
        ),
    ),
    Scenario(
        "state_set_before_form_widget",
        """
        import streamlit as st
        if st.button("Prefill"):
            st.session_state.email = "a@example.com"
        with st.form("signup"):
            email = st.text_input("Email", key="email")
            st.form_submit_button("Sign up")
        st.write("email:", email)
        """,
        (("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "nested_form_raises",
        """
        import streamlit as st
        with st.form("outer"):
            with st.form("inner"):
                st.form_submit_button("Inner")
            st.form_submit_button("Outer")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "duplicate_form_key_raises",
        """
        import streamlit as st
        with st.form("same"):
            st.form_submit_button("One")
        with st.form("same"):
            st.form_submit_button("Two")
        st.write("after")
        """,
        (("run",),),
    ),
]
