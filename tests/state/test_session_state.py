"""SessionState and st.session_state (SessionStateProxy) used directly, without a script."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from ostinato.errors import (
    SessionStateAttributeError,
    SessionStateKeyError,
    WidgetModifiedAfterCreation,
    WidgetValueError,
    WidgetValueSetError,
)
from ostinato.state.proxy import SessionStateProxy
from ostinato.state.session_state import SessionState, WidgetMeta


@pytest.fixture
def state() -> SessionState:
    return SessionState()


@pytest.fixture
def ss(state: SessionState) -> SessionStateProxy:
    return SessionStateProxy(lambda: state)


def meta(wid: str, key: str | None = None, **extra: Any) -> WidgetMeta:
    """A widget that takes any value, as st.* calls describe theirs."""
    fields: dict[str, Any] = {"decode": lambda v: v, "validate": lambda v: v, **extra}
    return WidgetMeta(id=wid, kind="slider", label="L", key=key, **fields)


def between(low: int, high: int) -> Callable[[Any], Any]:
    def validate(value: Any) -> Any:
        if not low <= value <= high:
            raise WidgetValueError("slider", "L", f"{value} is outside {low}..{high}")
        return value

    return validate


def draw(state: SessionState, widget: WidgetMeta, default: Any = 0, given: bool = False) -> Any:
    """Draw one widget in a run of its own; returns the value it shows."""
    state.begin_run()
    value = state.register_widget(widget, default, given)
    state.end_run(completed=True)
    return value


# -- the dict- and attribute-like surface ----------------------------------------------


def test_item_and_attribute_forms_read_and_write_the_same_values(ss: SessionStateProxy) -> None:
    ss.a = 1
    ss["b"] = 2
    assert (ss["a"], ss.a, ss["b"], ss.b) == (1, 1, 2, 2)
    ss.a += 10
    ss["b"] *= 3
    assert ss.to_dict() == {"a": 11, "b": 6}


def test_in_and_both_forms_of_del(ss: SessionStateProxy) -> None:
    ss.a, ss.b = 1, 2
    assert "a" in ss and "b" in ss and "zz" not in ss
    del ss.a
    del ss["b"]
    assert "a" not in ss and "b" not in ss and len(ss) == 0


def test_any_python_object_may_be_stored(ss: SessionStateProxy) -> None:
    func = lambda x: x * 2  # noqa: E731
    ss.func = func
    ss.obj = obj = object()
    assert ss.func(4) == 8 and ss.obj is obj


def test_get_setdefault_update_and_pop(ss: SessionStateProxy) -> None:
    assert ss.get("a") is None and ss.get("a", "fallback") == "fallback"
    ss.update({"a": 1}, b=2)
    ss.update(c=3)
    assert ss.get("a") == 1
    assert ss.setdefault("d", 4) == 4 and ss.setdefault("d", 99) == 4
    assert ss.setdefault("e") is None and "e" in ss
    assert ss.pop("a") == 1 and "a" not in ss
    assert ss.pop("a", "gone") == "gone"
    with pytest.raises(KeyError, match='no key "a"'):
        ss.pop("a")
    assert ss.to_dict() == {"b": 2, "c": 3, "d": 4, "e": None}


def test_keys_values_items_iteration_and_len_in_insertion_order(ss: SessionStateProxy) -> None:
    ss.z, ss.a, ss.m = 1, 2, 3
    assert list(ss.keys()) == ["z", "a", "m"]
    assert list(ss.values()) == [1, 2, 3]
    assert list(ss.items()) == [("z", 1), ("a", 2), ("m", 3)]
    assert list(ss) == ["z", "a", "m"] and len(ss) == 3
    assert dict(ss) == {"z": 1, "a": 2, "m": 3}


def test_update_takes_pairs_like_a_dict(ss: SessionStateProxy) -> None:
    ss.update([("a", 1), ("b", 2)], c=3)
    assert ss.to_dict() == {"a": 1, "b": 2, "c": 3}


def test_every_key_can_be_deleted_while_iterating(
    ss: SessionStateProxy, state: SessionState
) -> None:
    ss.a, ss.b = 1, 2
    draw(state, meta("w1", "level"), 5)
    for key in ss.keys():
        del ss[key]
    assert len(ss) == 0


def test_to_dict_is_a_copy(ss: SessionStateProxy) -> None:
    ss.a = 1
    copy = ss.to_dict()
    copy["a"] = 2
    copy["b"] = 3
    assert ss.to_dict() == {"a": 1}


def test_clear_removes_everything(ss: SessionStateProxy, state: SessionState) -> None:
    ss.a = 1
    draw(state, meta("w1", "level"), 5)
    assert len(ss) == 2
    ss.clear()
    assert len(ss) == 0 and list(ss) == [] and "level" not in ss
    assert draw(state, meta("w1", "level"), 5) == 5


def test_repr_is_readable_and_equality_compares_content(ss: SessionStateProxy) -> None:
    ss.b, ss.c = 2, "three"
    assert repr(ss) == "st.session_state({'b': 2, 'c': 'three'})"
    assert ss == {"b": 2, "c": "three"} and ss != {"b": 2}
    assert ss == SessionStateProxy(lambda: _filled(b=2, c="three"))


def _filled(**values: Any) -> SessionState:
    other = SessionState()
    for key, value in values.items():
        other[key] = value
    return other


def test_missing_key_in_item_form_is_a_key_error_that_helps(ss: SessionStateProxy) -> None:
    with pytest.raises(KeyError) as caught:
        ss["count"]
    error = caught.value
    assert isinstance(error, SessionStateKeyError)
    assert str(error).startswith(
        'st.session_state has no key "count". Did you forget to initialize'
    )
    assert "if 'count' not in st.session_state: st.session_state['count'] = ..." in str(error)
    with pytest.raises(KeyError, match='no key "count"'):
        del ss["count"]


def test_missing_key_in_attribute_form_is_an_attribute_error_that_helps(
    ss: SessionStateProxy,
) -> None:
    with pytest.raises(AttributeError) as caught:
        ss.count  # noqa: B018
    error = caught.value
    assert isinstance(error, SessionStateAttributeError)
    assert 'no attribute "count"' in str(error) and "initialize" in str(error)
    assert "st.session_state.count = ..." in str(error)
    assert getattr(ss, "count", "default") == "default"
    assert not hasattr(ss, "count")
    with pytest.raises(AttributeError, match='no attribute "count"'):
        del ss.count


# -- widget keys ----------------------------------------------------------------------


def test_a_keyed_widget_value_is_read_through_its_key(
    ss: SessionStateProxy, state: SessionState
) -> None:
    assert "level" not in ss
    assert draw(state, meta("w1", "level"), 5) == 5
    assert ss.level == 5 and ss["level"] == 5 and "level" in ss
    assert list(ss.items()) == [("level", 5)]
    assert draw(state, meta("w1", "level"), 5) == 5


def test_a_widget_without_key_is_not_in_session_state(
    ss: SessionStateProxy, state: SessionState
) -> None:
    draw(state, meta("w1"), 5)
    assert len(ss) == 0 and state.widget_value("w1") == 5


def test_value_set_before_the_widget_is_drawn_becomes_its_value(
    ss: SessionStateProxy, state: SessionState
) -> None:
    ss.level = 9
    assert draw(state, meta("w1", "level"), 5) == 9
    assert ss.level == 9 and list(ss) == ["level"]
    # Set again between runs: the widget takes the new value next time it is drawn.
    ss.level = 2
    assert draw(state, meta("w1", "level"), 5) == 2
    assert state.widget_value("w1") == 2


def test_a_value_the_widget_cannot_take_is_refused_when_it_is_drawn(
    ss: SessionStateProxy, state: SessionState
) -> None:
    ss.level = 99
    state.begin_run()
    with pytest.raises(WidgetValueError, match=r"99 is outside 0\.\.10"):
        state.register_widget(meta("w1", "level", validate=between(0, 10)), 5, False)


def test_setting_a_key_after_its_widget_was_drawn_raises(
    ss: SessionStateProxy, state: SessionState
) -> None:
    state.begin_run()
    state.register_widget(meta("w1", "level"), 5, False)
    for assign in (
        lambda: setattr(ss, "level", 1),
        lambda: ss.__setitem__("level", 1),
        lambda: ss.update(level=1),
    ):
        with pytest.raises(WidgetModifiedAfterCreation, match=r'st\.session_state\["level"\]'):
            assign()
    assert ss.level == 5
    state.end_run(completed=True)
    state.begin_run()
    ss.level = 1  # before it is drawn in this run: allowed
    assert state.register_widget(meta("w1", "level"), 5, False) == 1


def test_deleting_a_widget_key_puts_the_widget_back_to_its_default(
    ss: SessionStateProxy, state: SessionState
) -> None:
    ss.level = 8
    draw(state, meta("w1", "level"), 5)
    del ss.level
    assert "level" not in ss
    assert draw(state, meta("w1", "level"), 5) == 5
    assert ss.pop("level") == 5
    assert draw(state, meta("w1", "level"), 3) == 3


def test_a_key_moved_to_another_widget_follows_it(
    ss: SessionStateProxy, state: SessionState
) -> None:
    ss.k = 4
    draw(state, meta("w1", "k"), 0)
    assert draw(state, meta("w2", "k"), 7) == 7
    assert ss.k == 7 and len(ss) == 1


def test_default_with_session_state_value_warns_once_naming_the_key(
    ss: SessionStateProxy, state: SessionState, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="ostinato.state"):
        for _ in range(3):
            ss.level = 7
            assert draw(state, meta("w1", "level"), 5, given=True) == 7
        ss.other = 1
        draw(state, meta("w2", "other"), 0, given=False)
    assert [r.getMessage().split(" was ")[0] for r in caplog.records] == [
        'The widget with key "level"'
    ]


def test_trigger_widgets_refuse_values_from_session_state(
    ss: SessionStateProxy, state: SessionState
) -> None:
    state.begin_run()
    ss.go = True
    with pytest.raises(WidgetValueSetError, match=r'widget with key "go" cannot be set using'):
        state.register_widget(meta("b1", "go", trigger=True, settable=False), False, False)


def test_a_trigger_key_set_before_the_run_gives_way(
    ss: SessionStateProxy, state: SessionState
) -> None:
    """Set between runs (by a test): no error; the widget's own value (never drawn: the
    value set) is used, as in Streamlit."""
    ss.go = True
    state.begin_run()
    assert state.register_widget(meta("b1", "go", trigger=True, settable=False), False, False)


def test_triggers_are_true_for_one_run_only(state: SessionState, ss: SessionStateProxy) -> None:
    button = meta("b1", "go", trigger=True, settable=False)
    assert draw(state, button, False) is False
    changes = state.decode_changes({}, ["b1"])
    state.begin_run()
    state.apply_changes(changes)
    assert ss.go is True
    assert state.register_widget(button, False, False) is True
    state.end_run(completed=True)
    assert ss.go is False
    # A run that does not complete resets triggers too.
    state.begin_run()
    state.apply_changes(state.decode_changes({}, ["b1"]))
    state.end_run(completed=False)
    assert ss.go is False


# -- the end of a run -------------------------------------------------------------------


def test_undrawn_widgets_are_forgotten_after_a_completed_run_unless_persisted(
    ss: SessionStateProxy, state: SessionState
) -> None:
    state.begin_run()
    state.register_widget(meta("w1", "plain"), 1, False)
    state.register_widget(meta("w2", "paged", persist="page"), 2, False)
    state.register_widget(meta("w3", "kept", persist="session"), 3, False)
    state.register_widget(meta("w4"), 4, False)
    state.end_run(completed=True)
    ss.user = "stays"

    state.begin_run()
    state.end_run(completed=False)  # stopped, failed or rerun: nothing is forgotten
    assert list(ss) == ["user", "plain", "paged", "kept"]
    assert state.widget_value("w4") == 4

    state.begin_run()
    state.end_run(completed=True)
    assert ss.to_dict() == {"user": "stays", "paged": 2, "kept": 3}
    with pytest.raises(KeyError):
        state.widget_value("w4")

    state.set_page("other")
    state.begin_run()
    state.end_run(completed=True)
    assert ss.to_dict() == {"user": "stays", "kept": 3}
    assert draw(state, meta("w1", "plain"), 0) == 0


def test_page_persistent_widget_drawn_again_on_its_page_keeps_its_value(
    ss: SessionStateProxy, state: SessionState
) -> None:
    paged = meta("w1", "paged", persist="page")
    state.begin_run()
    state.register_widget(paged, 1, False)
    state.end_run(completed=True)
    state.apply_changes(state.decode_changes({"w1": 6}, []))
    for _ in range(3):
        state.begin_run()
        state.end_run(completed=True)
    assert draw(state, paged, 1) == 6 and ss.paged == 6


# -- changes from the page -------------------------------------------------------------


def test_changes_call_back_in_draw_order_and_only_for_real_changes(state: SessionState) -> None:
    def callback() -> None:
        return None

    state.begin_run()
    state.register_widget(meta("first", order=1, callback=callback), 0, False)
    state.register_widget(meta("second", order=2, callback=callback), 0, False)
    state.register_widget(meta("quiet", order=3), 0, False)
    state.end_run(completed=True)
    changes = state.decode_changes({"quiet": 1, "second": 5, "first": 6, "unknown": 1}, [])
    assert set(changes.values) == {"quiet", "second", "first"}
    state.begin_run()
    assert [m.id for m in state.apply_changes(changes)] == ["first", "second"]
    assert state.widget_value("first") == 6 and state.widget_value("quiet") == 1
    state.end_run(completed=True)
    # The same values again are no change.
    state.begin_run()
    assert state.apply_changes(state.decode_changes({"first": 6, "second": 5}, [])) == []


def test_a_wire_value_the_widget_cannot_take_is_refused(state: SessionState) -> None:
    draw(state, meta("w1", "level", decode=between(0, 10)), 5)
    with pytest.raises(WidgetValueError, match="11 is outside"):
        state.decode_changes({"w1": 11}, [])
    assert state.widget_value("w1") == 5


def test_snapshot_and_restore(ss: SessionStateProxy, state: SessionState) -> None:
    ss.user = [1, 2]
    draw(state, meta("w1", "level"), 4)
    copy = SessionState()
    copy.restore(state.snapshot())
    assert copy["user"] == [1, 2] and copy["level"] == 4
    copy.begin_run()
    assert copy.register_widget(meta("w1", "level"), 0, True) == 4
