"""st.dataframe: the table a script shows, and what the page receives for it."""

from __future__ import annotations

from ostinato.testing.v1 import AppTest


def run(body: str) -> AppTest:
    return AppTest.from_string("import pandas as pd\nimport ostinato as st\n" + body).run()


def test_dataframe_value_and_columns() -> None:
    at = run('st.dataframe(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), hide_index=True)\n')
    (frame,) = at.dataframe
    assert list(frame.value.columns) == ["a", "b"]
    assert frame.value["b"].tolist() == ["x", "y"]
    assert frame.props["columns"] == ["a", "b"]
    assert frame.props["total_rows"] == 2
    assert frame.props["show_index"] is False


def test_anything_pandas_can_make_a_table_of() -> None:
    at = run(
        'st.dataframe({"a": [1, 2]})\n'
        "st.dataframe([[1, 2], [3, 4]])\n"
        'st.dataframe(pd.Series([1, 2, 3], name="s"))\n'
        "st.dataframe()\n"
    )
    shapes = [f.value.shape for f in at.dataframe]
    assert shapes == [(2, 1), (2, 2), (3, 1), (0, 0)]


def test_dataframe_of_ten_thousand_rows() -> None:
    at = run(
        "import numpy as np\n"
        "df = pd.DataFrame(np.arange(100_000).reshape(10_000, 10))\n"
        "st.dataframe(df, height=300)\n"
    )
    (frame,) = at.dataframe
    assert frame.value.shape == (10_000, 10)
    assert frame.value.iloc[9_999, 9] == 99_999
    assert frame.props["total_rows"] == 10_000 and frame.props["height"] == 300
    # The page gets the first rows with the element and asks for the others.
    first = frame.node.wire()
    assert len(first["rows"]) == 500 and first["rows"][0][:3] == [0, 1, 2]
    window = at._session.table_rows((0, 0), 9_990, 10_000)  # type: ignore[union-attr]
    assert window is not None
    assert window["index"][-1] == "9999" and window["rows"][-1][-1] == 99_999


def test_one_dimensional_data_becomes_a_value_column() -> None:
    """As in Streamlit: lists, tuples and 1-D arrays of scalars, and dicts of scalars,
    are tables with one column named "value"."""
    at = AppTest.from_string(
        "import numpy as np\nimport ostinato as st\n"
        "st.dataframe([1, 2])\nst.dataframe((3, 4))\nst.write(np.array([5, 6]))\n"
        'st.dataframe({"x": 1, "y": 2})\nst.dataframe([[1, 2], [3, 4]])\n'
    ).run()
    frames = [d.value for d in at.dataframe]
    assert [list(f.columns) for f in frames] == [["value"]] * 4 + [[0, 1]]
    assert [f["value"].tolist() for f in frames[:4]] == [[1, 2], [3, 4], [5, 6], [1, 2]]
    assert list(frames[3].index) == ["x", "y"]
