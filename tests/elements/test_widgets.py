"""Every widget kind under AppTest: its value, key binding, callback with args and
kwargs, and the errors a user gets for values it cannot take."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ostinato.errors import WidgetValueError
from ostinato.testing.v1 import AppTest

# kind, widget call (with key="w" and a callback), a new value set as a user, the
# value before and after.
CASES: list[tuple[str, str, Any, Any, Any]] = [
    ("checkbox", 'st.checkbox("Agree", key="w", on_change=cb, args=("a",), kwargs={"k": 1})',
     True, False, True),
    ("toggle", 'st.toggle("Power", key="w", on_change=cb, args=("a",), kwargs={"k": 1})',
     True, False, True),
    ("radio", 'st.radio("Pick", ["x", "y", "z"], key="w", on_change=cb, args=("a",), '
     'kwargs={"k": 1})', "z", "x", "z"),
    ("selectbox", 'st.selectbox("Pick", [10, 20, 30], index=1, key="w", on_change=cb, '
     'args=("a",), kwargs={"k": 1})', 30, 20, 30),
    ("multiselect", 'st.multiselect("Pick", ["a", "b", "c"], default=["a"], key="w", '
     'on_change=cb, args=("a",), kwargs={"k": 1})', ["c", "a"], ["a"], ["c", "a"]),
    ("slider", 'st.slider("Int", 0, 10, 3, key="w", on_change=cb, args=("a",), '
     'kwargs={"k": 1})', 7, 3, 7),
    ("slider", 'st.slider("Float", 0.0, 1.0, 0.5, key="w", on_change=cb, args=("a",), '
     'kwargs={"k": 1})', 0.25, 0.5, 0.25),
    ("slider", 'st.slider("Range", 0, 100, (20, 80), key="w", on_change=cb, args=("a",), '
     'kwargs={"k": 1})', (10, 90), (20, 80), (10, 90)),
    ("slider", 'st.slider("Day", dt.date(2024, 1, 1), dt.date(2024, 12, 31), '
     'dt.date(2024, 6, 1), key="w", on_change=cb, args=("a",), kwargs={"k": 1})',
     dt.date(2024, 7, 4), dt.date(2024, 6, 1), dt.date(2024, 7, 4)),
    ("slider", 'st.slider("Time", value=dt.time(9, 0), key="w", on_change=cb, args=("a",), '
     'kwargs={"k": 1})', dt.time(17, 30), dt.time(9, 0), dt.time(17, 30)),
    ("slider", 'st.slider("When", dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 31), '
     'dt.datetime(2024, 1, 10, 12), key="w", on_change=cb, args=("a",), kwargs={"k": 1})',
     dt.datetime(2024, 1, 20, 6), dt.datetime(2024, 1, 10, 12), dt.datetime(2024, 1, 20, 6)),
    ("select_slider", 'st.select_slider("Size", ["S", "M", "L"], value="M", key="w", '
     'on_change=cb, args=("a",), kwargs={"k": 1})', "L", "M", "L"),
    ("select_slider", 'st.select_slider("Span", ["S", "M", "L", "XL"], value=("S", "L"), '
     'key="w", on_change=cb, args=("a",), kwargs={"k": 1})', ("M", "XL"), ("S", "L"),
     ("M", "XL")),
    ("text_input", 'st.text_input("Name", "Ann", key="w", on_change=cb, args=("a",), '
     'kwargs={"k": 1})', "Bea", "Ann", "Bea"),
    ("text_area", 'st.text_area("Notes", key="w", on_change=cb, args=("a",), '
     'kwargs={"k": 1})', "line 1\nline 2", "", "line 1\nline 2"),
    ("number_input", 'st.number_input("Count", 0, 100, 5, key="w", on_change=cb, '
     'args=("a",), kwargs={"k": 1})', 42, 5, 42),
    ("number_input", 'st.number_input("Price", value=1.5, key="w", on_change=cb, '
     'args=("a",), kwargs={"k": 1})', 2.25, 1.5, 2.25),
    ("date_input", 'st.date_input("Day", dt.date(2024, 3, 1), key="w", on_change=cb, '
     'args=("a",), kwargs={"k": 1})', dt.date(2024, 3, 15), dt.date(2024, 3, 1),
     dt.date(2024, 3, 15)),
    ("date_input", 'st.date_input("Trip", (dt.date(2024, 3, 1), dt.date(2024, 3, 5)), '
     'key="w", on_change=cb, args=("a",), kwargs={"k": 1})',
     (dt.date(2024, 4, 1), dt.date(2024, 4, 9)), (dt.date(2024, 3, 1), dt.date(2024, 3, 5)),
     (dt.date(2024, 4, 1), dt.date(2024, 4, 9))),
    ("time_input", 'st.time_input("Alarm", dt.time(7, 0), key="w", on_change=cb, '
     'args=("a",), kwargs={"k": 1})', dt.time(6, 45), dt.time(7, 0), dt.time(6, 45)),
    ("color_picker", 'st.color_picker("Colour", "#ff0000", key="w", on_change=cb, '
     'args=("a",), kwargs={"k": 1})', "#00ff00", "#ff0000", "#00ff00"),
]  # fmt: skip

PRELUDE = """
import datetime as dt
import ostinato as st
st.session_state.setdefault("calls", [])
def cb(*args, **kwargs):
    st.session_state.calls.append((args, kwargs, st.session_state.w))
value = {call}
st.write(f"value={{value!r}} state={{st.session_state.w!r}}")
"""


def app(call: str) -> AppTest:
    return AppTest.from_string(PRELUDE.format(call=call)).run()


@pytest.mark.parametrize(("kind", "call", "new", "before", "after"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])  # fmt: skip
def test_widget_value_key_and_callback(
    kind: str, call: str, new: Any, before: Any, after: Any
) -> None:
    at = app(call)
    assert not at.exception, at.exception
    widget = at.get(kind)[0]
    assert widget.key == "w"
    assert widget.value == before
    assert at.session_state.w == before
    assert at.markdown.values == [f"value={before!r} state={before!r}"]
    widget.set_value(new).run()
    assert not at.exception, at.exception
    assert at.get(kind)[0].value == after
    assert at.session_state.w == after
    assert at.markdown.values == [f"value={after!r} state={after!r}"]
    assert at.session_state.calls == [(("a",), {"k": 1} if "kwargs" in call else {}, after)]


@pytest.mark.parametrize(("kind", "call", "new", "before", "after"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])  # fmt: skip
def test_widget_takes_its_first_value_from_session_state(
    kind: str, call: str, new: Any, before: Any, after: Any
) -> None:
    at = AppTest.from_string(PRELUDE.format(call=call))
    at.session_state["w"] = new
    at.run()
    assert not at.exception, at.exception
    assert at.get(kind)[0].value == after
    assert at.session_state.calls == []


@pytest.mark.parametrize(
    ("call", "problem"),
    [
        ('st.slider("S", 0, 10, 11)', "must lie between"),
        ('st.slider("S", 0, 10, "x")', "ints, floats, dates"),
        ('st.selectbox("S", ["a", "b"], index=5)', "index 5"),
        ('st.radio("S", ["a", "b"], index=-1)', "index -1"),
        ('st.multiselect("S", ["a", "b"], default=["z"])', "'z' is not one of the options"),
        ('st.multiselect("S", ["a", "b", "c"], default=["a", "b"], max_selections=1)',
         "max_selections is 1"),
        ('st.select_slider("S", ["a", "b"], value="q")', "'q' is not one of the options"),
        ('st.number_input("N", 0, 10, 20)', "greater than max_value"),
        ('st.number_input("N", value="ten")', "is not a number"),
        ('st.text_input("T", "abcdef", max_chars=3)', "max_chars is 3"),
        ('st.date_input("D", dt.date(2024, 1, 1), min_value=dt.date(2024, 2, 1))',
         "must lie between"),
        ('st.color_picker("C", "red")', "hex colour"),
        ('st.time_input("T", step=10)', "step must be between"),
        ('st.checkbox("C", label_visibility="gone")', "label_visibility"),
    ],
)  # fmt: skip
def test_invalid_values_are_clear_errors(call: str, problem: str) -> None:
    at = AppTest.from_string(f"import datetime as dt\nimport ostinato as st\n{call}\n").run()
    assert len(at.exception) == 1
    assert problem in at.exception[0].message


def test_session_state_value_outside_a_slider_range_is_refused() -> None:
    at = AppTest.from_string('import ostinato as st\nst.slider("S", 0, 10, key="s")\n')
    at.session_state["s"] = 99
    at.run()
    assert "must lie between" in at.exception[0].message


def test_button_is_true_for_exactly_one_run_with_callback_args() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.session_state.setdefault("log", [])
def clicked(who, *, times):
    st.session_state.log.append((who, times))
pressed = st.button("Press", key="p", on_click=clicked, args=("me",), kwargs={"times": 2})
st.write(f"pressed={pressed}")
"""
    ).run()
    assert at.markdown.values == ["pressed=False"]
    at.button(key="p").click().run()
    assert at.markdown.values == ["pressed=True"]
    assert at.session_state.log == [("me", 2)]
    at.run()
    assert at.markdown.values == ["pressed=False"]


def test_download_button_offers_its_data_and_is_a_trigger() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nclicked = st.download_button("Get", "a,b\\n", file_name="x.csv")\n'
        'st.write(f"clicked={clicked}")\n'
    ).run()
    button = at.download_button[0]
    assert button.props["file_name"] == "x.csv" and button.props["mime"] == "text/csv"
    button.click().run()
    assert at.markdown.values == ["clicked=True"]


@pytest.mark.parametrize("kind", ["button", "download_button", "file_uploader"])
def test_trigger_widgets_cannot_be_set_through_session_state(kind: str) -> None:
    call = {
        "button": 'st.button("B", key="k")',
        "download_button": 'st.download_button("D", "data", key="k")',
        "file_uploader": 'st.file_uploader("F", key="k")',
    }[kind]
    at = AppTest.from_string(f"import ostinato as st\nst.session_state.k = True\n{call}\n").run()
    assert len(at.exception) == 1
    assert f"st.{kind}" in at.exception[0].message
    assert "cannot be set using st.session_state" in at.exception[0].message


def test_file_uploader_round_trip_and_callback() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
def uploaded(tag):
    st.session_state.tag = tag
f = st.file_uploader("Data", type=["csv"], key="up", on_change=uploaded, args=("new file",))
many = st.file_uploader("More", accept_multiple_files=True)
st.write("none" if f is None else f"{f.name}:{f.read().decode()}")
st.write(f"many={[m.name for m in many]}")
"""
    ).run()
    assert at.markdown.values == ["none", "many=[]"]
    at.file_uploader(key="up").upload("a.csv", b"1,2", "text/csv").run()
    assert at.markdown.values == ["a.csv:1,2", "many=[]"]
    assert at.session_state.tag == "new file"
    assert at.session_state.up.name == "a.csv"
    at.file_uploader[1].upload("x.txt", b"x").upload("y.txt", b"y").run()
    assert at.markdown.values[1] == "many=['x.txt', 'y.txt']"
    with pytest.raises(WidgetValueError, match="not one of the types"):
        at.file_uploader(key="up").upload("b.txt", b"no", "text/plain").run()


def test_number_input_increment_and_decrement_respect_bounds() -> None:
    at = AppTest.from_string('import ostinato as st\nst.number_input("N", 0, 3, 2, key="n")\n')
    at.run()
    at.number_input[0].increment().run()
    assert at.number_input[0].value == 3
    at.number_input[0].increment().run()
    assert at.number_input[0].value == 3
    at.number_input[0].decrement().decrement().run()
    assert at.number_input[0].value == 1


def test_selectbox_select_index_and_radio_without_choice() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.selectbox("S", ["a", "b", "c"], key="s")\n'
        'st.radio("R", ["x", "y"], index=None, key="r")\n'
    ).run()
    assert at.radio[0].value is None
    at.selectbox[0].select_index(2).run()
    assert at.selectbox[0].value == "c"
    assert at.selectbox[0].options == ["a", "b", "c"]
    with pytest.raises(Exception, match="not one of the options"):
        at.selectbox[0].select("zz")


def test_multiselect_select_and_unselect() -> None:
    at = AppTest.from_string('import ostinato as st\nst.multiselect("M", ["a", "b", "c"])\n')
    at.run()
    at.multiselect[0].select("b").select("a").run()
    assert at.multiselect[0].value == ["b", "a"]
    at.multiselect[0].unselect("b").run()
    assert at.multiselect[0].value == ["a"]


def test_time_input_steps() -> None:
    at = AppTest.from_string(
        'import datetime as dt\nimport ostinato as st\nst.time_input("T", dt.time(8, 0))\n'
    ).run()
    at.time_input[0].increment().run()
    assert at.time_input[0].value == dt.time(8, 15)
