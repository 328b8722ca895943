"""Display elements as AppTest sees them."""

from __future__ import annotations

from ostinato.testing.v1 import AppTest


def run(body: str) -> AppTest:
    return AppTest.from_string("import pandas as pd\nimport ostinato as st\n" + body).run()


def test_write_dispatches_on_type() -> None:
    at = run(
        """
st.write("Hello", "*world*")
st.write(3, 2.5, True, None)
st.write([1, 2], {"a": {"b": 1}})
st.write(pd.DataFrame({"x": [1, 2, 3]}))
st.write(ValueError("shown"))
st.session_state.k = "v"
st.write(st.session_state)
"""
    )
    assert at.markdown.values == ["Hello *world*", "3 2.5 True None"]
    assert at.markdown[0].html == "<p>Hello <em>world</em></p>"
    assert [j.value for j in at.json] == ["[\n  1,\n  2\n]", '{\n  "a": {\n    "b": 1\n  }\n}',
                                          '{\n  "k": "v"\n}']  # fmt: skip
    assert list(at.dataframe[0].value["x"]) == [1, 2, 3]
    assert at.exception[0].exc_type == "ValueError" and at.exception[0].message == "shown"


def test_markdown_escapes_html_unless_allowed() -> None:
    at = run(
        'st.markdown("<b>bold</b> **md**")\nst.markdown("<b>bold</b>", unsafe_allow_html=True)\n'
    )
    assert at.markdown[0].html == "<p>&lt;b&gt;bold&lt;/b&gt; <strong>md</strong></p>"
    assert at.markdown[1].html == "<p><b>bold</b></p>"


def test_headings_text_code_json_metric_divider_alerts() -> None:
    at = run(
        """
st.title("T")
st.header("H")
st.subheader("S")
st.caption("C")
st.text("  spaced   text")
st.code("x = 1", language="python")
st.json('{"a": [1, 2]}')
st.metric("Temp", "21 °C", "-1.5 °C", delta_color="inverse")
st.divider()
st.success("ok")
st.info("fyi")
st.warning("careful")
st.error("bad")
"""
    )
    assert at.title.values == ["T"] and at.header.values == ["H"]
    assert at.subheader.values == ["S"] and at.caption.values == ["C"]
    assert at.text.values == ["  spaced   text"]
    assert at.code[0].value == "x = 1" and at.code[0].language == "python"
    assert at.json[0].value == '{\n  "a": [\n    1,\n    2\n  ]\n}'
    metric = at.metric[0]
    assert (metric.label, metric.value, metric.delta) == ("Temp", "21 °C", "-1.5 °C")
    assert len(at.divider) == 1
    assert at.success.values == ["ok"] and at.info.values == ["fyi"]
    assert at.warning.values == ["careful"] and at.error.values == ["bad"]
    assert [e.type for e in at.main] == [
        "title", "header", "subheader", "caption", "text", "code", "json", "metric",
        "divider", "success", "info", "warning", "error",
    ]  # fmt: skip


def test_dataframe_of_ten_thousand_rows() -> None:
    at = run(
        "import numpy as np\n"
        "df = pd.DataFrame(np.arange(100_000).reshape(10_000, 10))\nst.dataframe(df, height=300)\n"
    )
    frame = at.dataframe[0]
    assert frame.value.shape == (10_000, 10)
    assert frame.props["total_rows"] == 10_000 and frame.props["height"] == 300


def test_sidebar_elements_are_apart_from_main() -> None:
    at = run('st.sidebar.title("Side")\nst.title("Main")\nwith st.sidebar:\n    st.write("w")\n')
    assert [e.value for e in at.sidebar] == ["Side", "w"]
    assert [e.value for e in at.main] == ["Main"]
    assert at.main.children[0].type == "title"
