"""The numbered rules of SPEC-session-state.md, where one AppTest can observe them
(rule 1, two tabs, and rule 3, an interaction during a run, cannot be).
Each scenario name starts with the rule's number."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "r02_plain_variables_reset",
        """
        import streamlit as st
        counter = 0
        if "kept" not in st.session_state:
            st.session_state.kept = 0
        if st.button("Add"):
            counter += 1
            st.session_state.kept += 1
        st.write("plain", counter, "kept", st.session_state.kept)
        """,
        (("run",), ("click", "button", 0), ("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "r02_blank_namespace",
        """
        import streamlit as st
        st.write("defined before:", "leftover" in globals())
        leftover = 1
        st.button("Rerun")
        """,
        (("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "r04_rerun_loops_until_done",
        """
        import streamlit as st
        if "runs" not in st.session_state:
            st.session_state.runs = 0
        st.session_state.runs += 1
        st.write("run number", st.session_state.runs)
        if st.session_state.runs < 3:
            st.rerun()
        st.write("done")
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "r04_stop_keeps_output",
        """
        import streamlit as st
        st.write("before stop")
        name = st.text_input("Name", key="name")
        if not name:
            st.warning("Please enter a name")
            st.stop()
        st.write("Hello", name)
        """,
        (("run",), ("input", "text_input", "name", "Ada"), ("run",)),
    ),
    Scenario(
        "r05_exception_then_recover",
        """
        import streamlit as st
        st.write("first line")
        fail = st.checkbox("Fail", value=True, key="fail")
        if fail:
            raise ValueError("the script failed")
        st.write("all good")
        """,
        (
            ("run",),
            ("uncheck", "checkbox", "fail"),
            ("run",),
            ("check", "checkbox", "fail"),
            ("run",),
        ),
    ),
    Scenario(
        "r06_item_and_attribute",
        """
        import streamlit as st
        st.session_state["a"] = 1
        st.session_state.b = 2
        st.write(st.session_state.a, st.session_state["b"])
        st.write("a" in st.session_state, "z" in st.session_state)
        del st.session_state["a"]
        del st.session_state.b
        st.write("a" in st.session_state, "b" in st.session_state)
        """,
        (("run",),),
    ),
    Scenario(
        "r06_get_setdefault_update",
        """
        import streamlit as st
        st.write(st.session_state.get("missing"), st.session_state.get("missing", "dflt"))
        st.write(st.session_state.setdefault("x", 10), st.session_state.setdefault("x", 20))
        st.session_state.update({"y": 1, "z": 2})
        st.session_state.update(w=3)
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "r06_keys_values_items_len",
        """
        import streamlit as st
        st.session_state.alpha = 1
        st.session_state.beta = 2
        st.write(len(st.session_state))
        st.text(repr(sorted(st.session_state.values())))
        st.text(repr(sorted(st.session_state.items())))
        st.text(repr(sorted(k for k in st.session_state)))
        st.text(repr(sorted(st.session_state.to_dict().items())))
        """,
        (("run",),),
    ),
    Scenario(
        "r06_clear",
        """
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = 0
        st.session_state.n += 1
        if st.button("Reset"):
            st.session_state.clear()
            st.write("cleared", len(st.session_state))
        st.write("n", st.session_state.get("n"))
        """,
        (("run",), ("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "r06_write_and_magic",
        """
        import streamlit as st
        st.session_state.only = [1, 2]
        st.write(st.session_state)
        st.session_state
        """,
        (("run",),),
    ),
    Scenario(
        "r06_keys_coerced_to_str",
        """
        import streamlit as st
        st.session_state[1] = "one"
        st.session_state[None] = "none"
        st.session_state[2.5] = "float"
        st.text(repr(sorted(st.session_state.keys())))
        st.write(st.session_state["1"], st.session_state["None"], st.session_state[1])
        st.write(1 in st.session_state, "1" in st.session_state, None in st.session_state)
        st.text(repr(sorted(type(k).__name__ for k in st.session_state.keys())))
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "r06_mixed_key_listing",
        """
        import streamlit as st
        st.session_state["name"] = "x"
        st.session_state[(1, 2)] = "tuple key"
        st.session_state[3] = "int key"
        st.text(repr(sorted(st.session_state)))
        del st.session_state[3]
        st.text(repr(sorted(st.session_state)))
        """,
        (("run",),),
    ),
    Scenario(
        "r07_missing_item",
        """
        import streamlit as st
        st.write("start")
        st.write(st.session_state["missing_key"])
        """,
        (("run",),),
    ),
    Scenario(
        "r07_missing_attribute",
        """
        import streamlit as st
        st.write("start")
        st.write(st.session_state.missing_attr)
        """,
        (("run",),),
    ),
    Scenario(
        "r07_missing_caught",
        """
        import streamlit as st
        try:
            st.session_state["missing_key"]
        except KeyError as e:
            st.write(type(e).__name__, "missing_key" in str(e))
        try:
            st.session_state.missing_attr
        except AttributeError as e:
            st.write(type(e).__name__, "missing_attr" in str(e))
        try:
            del st.session_state["gone"]
        except KeyError as e:
            st.write("del", type(e).__name__)
        try:
            del st.session_state.gone
        except AttributeError as e:
            st.write("del attr", type(e).__name__)
        st.write(hasattr(st.session_state, "missing_attr"))
        """,
        (("run",),),
    ),
    Scenario(
        "r07_missing_int_key",
        """
        import streamlit as st
        try:
            st.session_state[7]
        except KeyError as e:
            st.write(type(e).__name__, "7" in str(e))
        st.session_state[7] = "seven"
        st.write(st.session_state["7"])
        """,
        (("run",),),
    ),
    Scenario(
        "r08_any_object",
        """
        import threading
        import streamlit as st
        class Point:
            def __init__(self, x):
                self.x = x
        if "objs" not in st.session_state:
            st.session_state.fn = lambda v: v * 2
            st.session_state.point = Point(3)
            st.session_state.lock = threading.Lock()
            st.session_state.nums = {1, 2}
            st.session_state.pair = (1, "a")
            st.session_state.objs = True
        st.write(st.session_state.fn(4), st.session_state.point.x)
        st.write(type(st.session_state.lock).__name__ != "", st.session_state.pair)
        st.button("Rerun")
        """,
        (("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "r08_mutable_value_mutated_in_place",
        """
        import streamlit as st
        if "items" not in st.session_state:
            st.session_state.items_list = []
            st.session_state["items"] = True
        if st.button("Append"):
            st.session_state.items_list.append(len(st.session_state.items_list))
        st.text(repr(st.session_state.items_list))
        """,
        (("run",), ("click", "button", 0), ("run",), ("click", "button", 0), ("run",)),
    ),
    Scenario(
        "r10_keyed_label_change_keeps_value",
        """
        import streamlit as st
        label = st.session_state.get("label", "First label")
        value = st.text_input(label, key="txt")
        st.write("value:", value)
        """,
        (
            ("run",),
            ("input", "text_input", "txt", "typed"),
            ("run",),
            ("state", "label", "Second label"),
            ("run",),
        ),
    ),
    Scenario(
        "r10_keyed_default_change_keeps_value",
        """
        import streamlit as st
        default = st.session_state.get("default", 1)
        value = st.number_input("Amount", value=default, key="amount")
        st.write("value:", value)
        """,
        (
            ("run",),
            ("set_value", "number_input", "amount", 7),
            ("run",),
            ("state", "default", 2),
            ("run",),
        ),
    ),
    Scenario(
        "r10_keyed_range_change_resets",
        """
        import streamlit as st
        top = st.session_state.get("top", 10)
        value = st.slider("Level", 0, top, 5, key="level")
        st.write("value:", value)
        """,
        (
            ("run",),
            ("set_value", "slider", "level", 8),
            ("run",),
            ("state", "top", 20),
            ("run",),
        ),
    ),
    Scenario(
        "r10_unkeyed_label_change_resets",
        """
        import streamlit as st
        if "label" not in st.session_state:
            st.session_state.label = "First"
        value = st.text_input(st.session_state.label)
        st.write("value:", value)
        if st.button("Relabel"):
            st.session_state.label = "Second"
        """,
        (
            ("run",),
            ("input", "text_input", 0, "typed"),
            ("run",),
            ("click", "button", 0),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "r10_duplicate_label",
        """
        import streamlit as st
        st.button("Go")
        st.button("Go")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "r10_duplicate_key",
        """
        import streamlit as st
        st.text_input("First", key="same")
        st.checkbox("Second", key="same")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "r11_default_or_preset",
        """
        import streamlit as st
        if "city" not in st.session_state:
            st.session_state.city = "Paris"
        city = st.text_input("City", key="city")
        country = st.text_input("Country", value="France", key="country")
        st.write(city, country)
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "r11_selectbox_preset",
        """
        import streamlit as st
        st.session_state.setdefault("fruit", "pear")
        fruit = st.selectbox("Fruit", ["apple", "pear", "plum"], key="fruit")
        st.write("fruit:", fruit)
        """,
        (("run",), ("select", "selectbox", "fruit", "plum"), ("run",)),
    ),
    Scenario(
        "r12_state_follows_widget",
        """
        import streamlit as st
        st.checkbox("Agree", key="agree")
        st.radio("Size", ["S", "M", "L"], key="size")
        st.write(st.session_state.agree, st.session_state.size)
        """,
        (
            ("run",),
            ("check", "checkbox", "agree"),
            ("set_value", "radio", "size", "L"),
            ("run",),
        ),
    ),
    Scenario(
        "r12_set_before_widget_in_run",
        """
        import streamlit as st
        if st.button("Fill"):
            st.session_state.note = "filled by button"
        st.text_input("Note", key="note")
        st.write("note:", st.session_state.note)
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "r12_harness_state_before_run",
        """
        import streamlit as st
        st.slider("Volume", 0, 100, 10, key="volume")
        st.write("volume:", st.session_state.volume)
        """,
        (("run",), ("state", "volume", 60), ("run",), ("run",)),
    ),
    Scenario(
        "r12_harness_state_several_widgets",
        """
        import streamlit as st
        agree = st.checkbox("Agree", key="agree")
        fruit = st.selectbox("Fruit", ["apple", "pear"], key="fruit")
        tags = st.multiselect("Tags", ["a", "b", "c"], key="tags")
        st.write(agree, fruit, len(tags))
        """,
        (
            ("run",),
            ("state", "agree", True),
            ("state", "fruit", "pear"),
            ("state", "tags", ["b", "c"]),
            ("run",),
        ),
    ),
    Scenario(
        "r12_harness_state_form_widget",
        """
        import streamlit as st
        with st.form("f"):
            st.text_input("Inside", key="inside")
            st.form_submit_button("Submit")
        st.write("inside:", st.session_state.inside)
        """,
        (("run",), ("state", "inside", "from harness"), ("run",), ("run",)),
    ),
    Scenario(
        "r12_harness_del_widget_key",
        """
        import streamlit as st
        st.text_input("Name", value="default", key="name")
        st.write("name:", st.session_state.name)
        """,
        (
            ("run",),
            ("input", "text_input", "name", "typed"),
            ("run",),
            ("del_state", "name"),
        ),
    ),
    Scenario(
        "r12_harness_state_plain_key",
        """
        import streamlit as st
        st.write("theme:", st.session_state.get("theme", "default"))
        """,
        (("run",), ("state", "theme", "dark"), ("run",), ("del_state", "theme"), ("run",)),
    ),
    Scenario(
        "r13_set_after_widget",
        """
        import streamlit as st
        st.text_input("Name", key="name")
        st.write("drawn")
        st.session_state.name = "changed"
        st.write("not reached")
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "r13_set_after_widget_caught",
        """
        import streamlit as st
        st.checkbox("Box", key="box")
        try:
            st.session_state.box = True
        except Exception as e:
            st.write("raised", "box" in str(e))
        st.session_state.other = 1
        st.write("other set", st.session_state.other)
        """,
        (("run",),),
    ),
    Scenario(
        "r14_default_and_state",
        """
        import streamlit as st
        if "qty" not in st.session_state:
            st.session_state.qty = 5
        qty = st.number_input("Quantity", value=1, key="qty")
        st.write("qty:", qty)
        """,
        (("run",), ("run",)),
    ),
    Scenario(
        "r14_default_and_state_selectbox",
        """
        import streamlit as st
        st.session_state.color = "blue"
        color = st.selectbox("Color", ["red", "green", "blue"], index=0, key="color")
        st.write("color:", color)
        """,
        (("run",),),
    ),
    Scenario(
        "r15_button_true_once",
        """
        import streamlit as st
        clicked = st.button("Click me", key="clicker")
        st.write("clicked:", clicked, st.session_state.clicker)
        """,
        (("run",), ("click", "button", "clicker"), ("run",), ("run",)),
    ),
    Scenario(
        "r15_download_button_state_raises",
        """
        import streamlit as st
        st.session_state.dl = True
        st.download_button("Download", data="hello", file_name="a.txt", key="dl")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "r15_file_uploader_state_raises",
        """
        import streamlit as st
        st.session_state.upload = None
        st.file_uploader("Upload", key="upload")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "r15_submit_button_state_raises",
        """
        import streamlit as st
        st.session_state.send = True
        with st.form("f"):
            st.text_input("Message")
            st.form_submit_button("Send", key="send")
        st.write("after")
        """,
        (("run",),),
    ),
    Scenario(
        "r15_button_set_by_callback_raises",
        """
        import streamlit as st
        def press_other():
            st.session_state.other_button = True
        st.button("Press other", on_click=press_other)
        st.button("Other", key="other_button")
        st.write("after")
        """,
        (("run",), ("click", "button", 0), ("run",), ("run",)),
    ),
    Scenario(
        "r15_button_key_set_from_harness",
        """
        import streamlit as st
        pressed = st.button("Go", key="go")
        st.write("pressed:", pressed)
        """,
        (("run",), ("state", "go", True), ("run",), ("run",)),
    ),
    Scenario(
        "r16_not_cleaned_after_stop",
        """
        import streamlit as st
        if st.session_state.get("halt"):
            st.write("halted")
            st.stop()
        st.text_input("Kept", key="kept")
        """,
        (
            ("run",),
            ("input", "text_input", "kept", "abc"),
            ("run",),
            ("state", "halt", True),
            ("run",),
            ("state", "halt", False),
            ("run",),
        ),
    ),
    Scenario(
        "r16_not_cleaned_after_exception",
        """
        import streamlit as st
        if st.session_state.get("boom"):
            raise RuntimeError("boom before widget")
        st.text_input("Kept", key="kept")
        """,
        (
            ("run",),
            ("input", "text_input", "kept", "abc"),
            ("run",),
            ("state", "boom", True),
            ("run",),
            ("state", "boom", False),
            ("run",),
        ),
    ),
    Scenario(
        "r16_cleaned_after_plain_run",
        """
        import streamlit as st
        if not st.session_state.get("hide"):
            st.text_input("Gone", key="gone")
        st.text(repr(sorted(st.session_state.keys())))
        """,
        (
            ("run",),
            ("input", "text_input", "gone", "abc"),
            ("run",),
            ("state", "hide", True),
            ("run",),
            ("run",),
            ("state", "hide", False),
            ("run",),
        ),
    ),
]
