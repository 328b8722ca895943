"""st.write of every common type, one or several arguments at a time."""

from conformance.harness import Scenario


def _one(name: str, body: str) -> Scenario:
    return Scenario(name, "import streamlit as st\n" + body + "\n", (("run",),))


SCENARIOS = [
    _one("str_plain", 'st.write("Hello, world")'),
    _one("str_markdown", 'st.write("# Title\\n\\nSome **bold** and _italic_ text with `code`.")'),
    _one("str_multiline_list", 'st.write("- one\\n- two\\n- three")'),
    _one("str_empty", 'st.write("")'),
    _one("int", "st.write(42)"),
    _one("negative_int", "st.write(-7)"),
    _one("float", "st.write(3.14)"),
    _one("float_whole", "st.write(2.0)"),
    _one("bool", "st.write(True)\nst.write(False)"),
    _one("none", "st.write(None)"),
    _one("list", 'st.write([1, "two", 3.0, None, True])'),
    _one("empty_list", "st.write([])"),
    _one("nested_list", "st.write([[1, 2], [3, [4, 5]]])"),
    _one("dict", 'st.write({"name": "Ada", "age": 36, "langs": ["en", "fr"]})'),
    _one("nested_dict", 'st.write({"a": {"b": {"c": 1}}, "flag": False, "nothing": None})'),
    _one("dict_int_keys", 'st.write({1: "one", 2: "two"})'),
    _one("tuple", 'st.write((1, "a", 2.5))'),
    _one("set", "st.write({3})"),
    _one(
        "dataframe",
        'import pandas as pd\nst.write(pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]}))',
    ),
    _one("series", 'import pandas as pd\nst.write(pd.Series([10, 20, 30], name="values"))'),
    _one("numpy_array", "import numpy as np\nst.write(np.array([1, 2, 3]))"),
    _one("numpy_2d", "import numpy as np\nst.write(np.arange(6).reshape(2, 3))"),
    _one("numpy_scalar", "import numpy as np\nst.write(np.int64(5))\nst.write(np.float64(1.5))"),
    _one("exception_object", 'st.write(ValueError("a value error shown by write"))'),
    _one("several_str_and_numbers", 'st.write("Total:", 10, "items at", 2.5, "each")'),
    _one("several_with_none_and_bool", 'st.write("flag", True, None, "end")'),
    _one("several_with_list", 'st.write("values", [1, 2], "and more")'),
    _one("several_with_dict", 'st.write("config", {"k": 1})'),
    _one(
        "several_with_dataframe",
        'import pandas as pd\nst.write("Data:", pd.DataFrame({"a": [1]}), "done")',
    ),
    _one("several_markdown_strings", 'st.write("**bold**", "*italic*", "`code`")'),
    _one("fstring_markdown", 'n = 3\nst.write(f"You have **{n}** new messages")'),
    _one("session_state_one_key", 'st.session_state.user = "ada"\nst.write(st.session_state)'),
    _one("session_state_empty", "st.write(st.session_state)"),
    _one(
        "session_state_nested_value",
        'st.session_state.cart = {"apple": 2}\nst.write(st.session_state)',
    ),
    _one(
        "session_state_key_shadowed_by_method",
        "st.session_state.items = [1, 2]\nst.write(st.session_state.items)",
    ),
    _one("magic_values", '"magic string"\n42\n[1, 2]\n{"a": 1}'),
    _one("write_returns_none", 'r = st.write("x")\nst.write("returned", r)'),
    _one("function_object", "def helper():\n    pass\nst.write(len)"),
    _one("date_and_time", "import datetime\nst.write(datetime.date(2024, 5, 17))"),
]
