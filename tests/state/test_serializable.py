"""runner.enforceSerializableSessionState: off stores anything; on refuses what
pickle cannot serialize, at the assignment, naming key, type and option."""

from __future__ import annotations

import pytest

from ostinato.config import set_option
from ostinato.testing.v1 import AppTest

UNSERIALIZABLE = {
    "lambda": "lambda x: x",
    "generator": "(i for i in range(3))",
    "open file": "open(__file__)",
    "lock": "__import__('threading').Lock()",
    "local class": "(lambda: type('Local', (), {})())()",
}

SERIALIZABLE = {
    "int": "42",
    "float": "1.5",
    "complex": "complex(1, 2)",
    "bool": "True",
    "list": "[1, 'a', None]",
    "dict": "{'a': [1, 2]}",
    "DataFrame": "__import__('pandas').DataFrame({'a': [1, 2]})",
    "dataclass": "Point(1, 2)",
}

PRELUDE = """
import dataclasses
import ostinato as st

@dataclasses.dataclass
class Point:
    x: int
    y: int
"""


def script(assignment: str) -> str:
    return PRELUDE + assignment + "\nst.write('stored')\n"


@pytest.mark.parametrize("expression", UNSERIALIZABLE.values(), ids=UNSERIALIZABLE.keys())
def test_off_by_default_anything_may_be_stored(expression: str) -> None:
    at = AppTest.from_string(script(f"st.session_state.value = {expression}")).run()
    assert not at.exception
    assert at.markdown.values == ["stored"]


@pytest.mark.parametrize("expression", UNSERIALIZABLE.values(), ids=UNSERIALIZABLE.keys())
@pytest.mark.parametrize(
    "form",
    [
        "st.session_state.value = {e}",
        "st.session_state['value'] = {e}",
        "st.session_state.update(value={e})",
        "st.session_state.setdefault('value', {e})",
    ],
)
def test_on_refuses_unpicklable_values_at_the_assignment(expression: str, form: str) -> None:
    set_option("runner.enforceSerializableSessionState", True)
    at = AppTest.from_string(script(form.format(e=expression))).run()
    (shown,) = at.exception
    assert '"value"' in shown.message
    assert "runner.enforceSerializableSessionState" in shown.message
    assert "cannot be pickled" in shown.message
    assert any("st.session_state" in line for line in shown.stack_trace)
    assert at.markdown.values == []
    assert "value" not in at.session_state


@pytest.mark.parametrize("expression", SERIALIZABLE.values(), ids=SERIALIZABLE.keys())
def test_on_accepts_picklable_values(expression: str) -> None:
    set_option("runner.enforceSerializableSessionState", True)
    at = AppTest.from_string(script(f"st.session_state.value = {expression}")).run()
    assert not at.exception
    assert at.markdown.values == ["stored"]


def test_message_names_the_type() -> None:
    set_option("runner.enforceSerializableSessionState", True)
    at = AppTest.from_string(script("st.session_state.fn = lambda: 1")).run()
    assert "function" in at.exception[0].message


def test_callback_storing_unpicklable_value_is_refused() -> None:
    set_option("runner.enforceSerializableSessionState", True)
    at = AppTest.from_string(
        PRELUDE
        + "def store():\n    st.session_state.bad = lambda: 1\n"
        + "st.button('Store', on_click=store)\nst.write('script ran')\n"
    ).run()
    at.button[0].click().run()
    assert "bad" in at.exception[0].message
    assert at.markdown.values == []
    at.run()
    assert not at.exception
    assert at.markdown.values == ["script ran"]


def test_widget_with_unpicklable_option_value_is_refused() -> None:
    set_option("runner.enforceSerializableSessionState", True)
    at = AppTest.from_string(
        PRELUDE
        + "import threading\nLOCK = threading.Lock()\n"
        + "st.selectbox('Pick', [1, LOCK], format_func=lambda o: 'lock' if o is LOCK else str(o),"
        + " key='pick')\n"
    ).run()
    assert not at.exception
    at.selectbox[0].select_index(1).run()
    assert '"pick"' in at.exception[0].message


def test_value_mutated_after_storing_is_caught_at_the_end_of_the_run() -> None:
    set_option("runner.enforceSerializableSessionState", True)
    at = AppTest.from_string(
        PRELUDE + "st.session_state.things = []\nst.session_state.things.append(lambda: 1)\n"
    ).run()
    assert '"things"' in at.exception[0].message


def test_session_goes_on_after_a_refusal() -> None:
    set_option("runner.enforceSerializableSessionState", True)
    at = AppTest.from_string(
        PRELUDE
        + "if st.checkbox('Break it', key='b'):\n    st.session_state.f = lambda: 1\n"
        + "st.session_state.setdefault('n', 0)\nst.session_state.n += 1\n"
        + "st.write(f'runs={st.session_state.n}')\n"
    ).run()
    at.checkbox[0].check().run()
    assert at.exception
    at.checkbox[0].uncheck().run()
    assert not at.exception
    assert at.markdown.values == ["runs=2"]
