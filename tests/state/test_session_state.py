"""SessionState and st.session_state used directly (no script)."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from ostinato.errors import (
    SessionStateAttributeError,
    SessionStateKeyError,
    WidgetModifiedAfterCreation,
    WidgetValueSetError,
)
from ostinato.state.proxy import SessionStateProxy
from ostinato.state.session_state import SessionState, WidgetMeta


def proxy() -> tuple[SessionState, SessionStateProxy]:
    state = SessionState()
    return state, SessionStateProxy(lambda: state)


def meta(wid: str, key: str | None = None, **extra: Any) -> WidgetMeta:
    return WidgetMeta(id=wid, kind="slider", label="L", key=key, decode=lambda v: v,
                      validate=lambda v: v, **extra)  # fmt: skip


def test_attribute_and_item_forms() -> None:
    _, ss = proxy()
    ss.a = 1
    ss["b"] = 2
    assert ss["a"] == 1 and ss.b == 2
    assert "a" in ss and "zz" not in ss
    del ss.a
    del ss["b"]
    assert len(ss) == 0


def test_dict_methods() -> None:
    _, ss = proxy()
    ss.update({"a": 1}, b=2)
    assert ss.get("a") == 1 and ss.get("missing", "x") == "x"
    assert ss.setdefault("c", 3) == 3 and ss.setdefault("c", 99) == 3
    assert sorted(ss.keys()) == ["a", "b", "c"]
    assert sorted(ss.values()) == [1, 2, 3]
    assert dict(ss.items()) == {"a": 1, "b": 2, "c": 3}
    assert sorted(ss) == ["a", "b", "c"]
    assert ss.pop("a") == 1 and ss.pop("a", None) is None
    assert ss == {"b": 2, "c": 3}
    assert repr(ss) == "st.session_state({'b': 2, 'c': 3})"
    ss.clear()
    assert len(ss) == 0 and ss.to_dict() == {}


def test_missing_key_errors_name_the_key_and_suggest_initializing() -> None:
    _, ss = proxy()
    with pytest.raises(KeyError) as item:
        ss["count"]
    assert isinstance(item.value, SessionStateKeyError)
    assert 'no key "count"' in str(item.value) and "initialize" in str(item.value)
    with pytest.raises(AttributeError) as attribute:
        ss.count  # noqa: B018
    assert isinstance(attribute.value, SessionStateAttributeError)
    assert 'no attribute "count"' in str(attribute.value)
    with pytest.raises(AttributeError):
        del ss.count
    with pytest.raises(KeyError):
        del ss["count"]


def test_widget_key_reads_the_widget_value() -> None:
    state, ss = proxy()
    state.begin_run()
    assert state.register_widget(meta("w1", "level"), 5, False) == 5
    assert ss.level == 5 and "level" in ss
    state.end_run(completed=True)
    state.begin_run()
    assert state.register_widget(meta("w1", "level"), 5, False) == 5


def test_value_set_before_the_widget_is_drawn_sets_it() -> None:
    state, ss = proxy()
    ss.level = 9
    state.begin_run()
    assert state.register_widget(meta("w1", "level"), 5, False) == 9
    assert ss.level == 9


def test_setting_a_key_after_its_widget_was_drawn_raises() -> None:
    state, ss = proxy()
    state.begin_run()
    state.register_widget(meta("w1", "level"), 5, False)
    with pytest.raises(WidgetModifiedAfterCreation, match='"level"'):
        ss.level = 1
    state.end_run(completed=True)
    state.begin_run()
    ss.level = 1
    assert state.register_widget(meta("w1", "level"), 5, False) == 1


def test_default_with_session_state_value_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    state, ss = proxy()
    with caplog.at_level(logging.WARNING, logger="ostinato.state"):
        for _ in range(3):
            ss.level = 7
            state.begin_run()
            assert state.register_widget(meta("w1", "level"), 5, True) == 7
            state.end_run(completed=True)
    warnings = [r for r in caplog.records if "level" in r.getMessage()]
    assert len(warnings) == 1


def test_trigger_widgets_refuse_session_state_values() -> None:
    state, ss = proxy()
    ss.go = True
    state.begin_run()
    with pytest.raises(WidgetValueSetError, match=r"cannot be set using st\.session_state"):
        state.register_widget(meta("b1", "go", trigger=True, settable=False), False, False)


def test_undrawn_widgets_are_forgotten_unless_persisted() -> None:
    state, ss = proxy()
    state.begin_run()
    state.register_widget(meta("w1", "plain"), 1, False)
    state.register_widget(meta("w2", "paged", persist="page"), 2, False)
    state.register_widget(meta("w3", "kept", persist="session"), 3, False)
    state.end_run(completed=True)
    state.begin_run()
    state.end_run(completed=False)  # an interrupted run forgets nothing
    assert {"plain", "paged", "kept"} <= set(ss.keys())
    state.begin_run()
    state.end_run(completed=True)
    assert "plain" not in ss and ss.paged == 2 and ss.kept == 3
    state.set_page("other")
    state.begin_run()
    state.end_run(completed=True)
    assert "paged" not in ss and ss.kept == 3


def test_triggers_are_true_for_one_run_only() -> None:
    state, _ = proxy()
    state.begin_run()
    state.register_widget(meta("b1", trigger=True, settable=False), False, False)
    state.end_run(completed=True)
    changes = state.decode_changes({}, ["b1"])
    state.begin_run()
    state.apply_changes(changes)
    assert state.register_widget(meta("b1", trigger=True, settable=False), False, False) is True
    state.end_run(completed=True)
    assert state.widget_value("b1") is False


def test_callbacks_come_back_in_draw_order() -> None:
    state, _ = proxy()
    state.begin_run()
    cb = lambda: None  # noqa: E731
    state.register_widget(meta("first", order=1, callback=cb), 0, False)
    state.register_widget(meta("second", order=2, callback=cb), 0, False)
    state.end_run(completed=True)
    changes = state.decode_changes({"second": 5, "first": 6, "unknown": 1}, [])
    state.begin_run()
    called = state.apply_changes(changes)
    assert [m.id for m in called] == ["first", "second"]


def test_snapshot_and_restore() -> None:
    state, ss = proxy()
    ss.user = [1, 2]
    state.begin_run()
    state.register_widget(meta("w1", "level"), 4, False)
    state.end_run(completed=True)
    copy = SessionState()
    copy.restore(state.snapshot())
    assert copy["user"] == [1, 2] and copy["level"] == 4
    copy.begin_run()
    assert copy.register_widget(meta("w1", "level"), 0, True) == 4
