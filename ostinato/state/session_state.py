"""SessionState: what survives reruns: user values and widget values, kept apart.

Threads: during a run only the session's script thread touches it; between
runs the session's owner (server event loop or AppTest) may, while no run is
in progress. `decode_changes` may be called from any thread at any time.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, Literal

from ostinato.errors import (
    SessionStateKeyError,
    UnserializableSessionState,
    WidgetModifiedAfterCreation,
    WidgetValueSetError,
)

log = logging.getLogger("ostinato.state")

_NONE: frozenset[str] = frozenset()

Persist = Literal["page", "session"] | None


@dataclass
class WidgetMeta:
    """What a widget told the state when it was last drawn."""

    id: str
    kind: str
    label: str
    key: str | None
    decode: Callable[[Any], Any]
    """Turns a wire value from the client into a Python value; raises WidgetValueError."""
    validate: Callable[[Any], Any]
    """Checks (and normalises) a Python value set through Session State."""
    encode: Callable[[Any], Any] = lambda value: value
    """Turns a Python value into the wire value the page (or AppTest) sends back."""
    callback: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    trigger: bool = False
    """Button-like: True for exactly one run after the user clicks it."""
    settable: bool = True
    """False for widgets whose value Session State may not set (buttons, uploaders)."""
    one_shot: bool = False
    """Its value lasts one run, then is the default again (st.chat_input's message)."""
    persist: Persist = None
    page: str = ""
    form_id: str | None = None
    order: int = 0
    default: Any = None


@dataclass
class _Widget:
    meta: WidgetMeta
    value: Any


@dataclass
class Changes:
    """Decoded widget changes from the client, ready to apply at the start of a run."""

    values: dict[str, Any] = field(default_factory=dict)
    triggers: set[str] = field(default_factory=set)

    def merge(self, newer: Changes) -> None:
        """Fold a newer batch into this one (newer values win; triggers add up)."""
        self.values.update(newer.values)
        self.triggers |= newer.triggers


class SessionState:
    """User values and widget values of one session, and which key is which widget's."""

    def __init__(self, enforce_serializable: Callable[[], bool] = lambda: False) -> None:
        self._user: dict[str, Any] = {}
        self._widgets: dict[str, _Widget] = {}
        self._key_to_id: dict[str, str] = {}
        self._drawn: set[str] = set()
        self._last_drawn: AbstractSet[str] = _NONE
        """Widgets the last run drew (the page, or AppTest, reports their values)."""
        self._set_this_run: set[str] | None = None
        self._in_run = False
        self._set_between_runs: dict[str, str] = {}
        """Widget keys set while no run was in progress (by a test): key → widget id."""
        self._preset_uploads: set[str] | None = None
        """Uploaders showing a value preset in Session State, not one the page sent."""
        self._forget_at_start = False
        """The script switched page (st.switch_page): the next run starts without the
        widgets of this one, as in Streamlit, where that rerun reports no widget values."""
        self._reset_at_start = False
        """The last run raised: its triggers reset when the next one starts."""
        """Keys the script or a callback of this run assigned (not a test between runs)."""
        self._warned: set[str] = set()
        self._enforce = enforce_serializable
        self.page = ""

    # -- the dict-like surface used by st.session_state ---------------------------

    def __getitem__(self, key: str) -> Any:
        key = str(key)
        if key in self._user:
            return self._user[key]
        wid = self._key_to_id.get(key)
        if wid is not None and wid in self._widgets:
            return self._widgets[wid].value
        raise SessionStateKeyError(key)

    def __setitem__(self, key: str, value: Any) -> None:
        key = str(key)  # as in Streamlit: st.session_state[1] is st.session_state["1"]
        self.check_serializable(key, value)
        if self._set_this_run is None:
            self._set_this_run = set()
        self._set_this_run.add(key)
        wid = self._key_to_id.get(key)
        if not self._in_run and wid is not None:
            self._set_between_runs[key] = wid
        if wid is not None:
            if wid in self._drawn:
                raise WidgetModifiedAfterCreation(key)
            # The widget adopts this value when it is next drawn.
            del self._key_to_id[key]
        self._user[key] = value

    def __delitem__(self, key: str) -> None:
        key = str(key)
        if key in self._user:
            del self._user[key]
            return
        wid = self._key_to_id.pop(key, None)
        if wid is None:
            raise SessionStateKeyError(key)
        self._widgets.pop(wid, None)

    def __contains__(self, key: object) -> bool:
        key = str(key)
        return key in self._user or key in self._key_to_id

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def keys(self) -> list[str]:
        """User keys first, then keys bound to widgets, each once."""
        return list(self._user) + [k for k in self._key_to_id if k not in self._user]

    def to_dict(self) -> dict[str, Any]:
        """A plain copy of every visible key and its value."""
        return {k: self[k] for k in self.keys()}

    def clear(self) -> None:
        """Forget every user value and every keyed widget's value."""
        self._user.clear()
        for wid in self._key_to_id.values():
            self._widgets.pop(wid, None)
        self._key_to_id.clear()

    # -- serializability ------------------------------------------------------------

    def check_serializable(self, key: str, value: Any) -> None:
        """Raise UnserializableSessionState if enforced and pickle refuses `value`."""
        if not self._enforce():
            return
        try:
            pickle.dumps(value)
        except Exception as exc:  # pickle raises many kinds for many objects
            raise UnserializableSessionState(key, value, f"{type(exc).__name__}: {exc}") from exc

    def check_all_serializable(self) -> None:
        """Check every visible value again (values may be mutated after storing)."""
        if self._enforce():
            for key in self.keys():
                self.check_serializable(key, self[key])

    # -- widgets --------------------------------------------------------------------

    def begin_run(self, keep: AbstractSet[str] = _NONE) -> None:
        """Start a run: no widget is drawn yet, but those in `keep` count as drawn
        (a fragment run keeps the widgets outside the fragment). Script thread."""
        self._drawn = set(keep)
        if self._reset_at_start:
            self._reset_at_start = False
            self._reset_triggers()
        self._set_this_run = None
        if self._set_between_runs:
            self._set_between_runs = {}
        self._in_run = True
        if self._forget_at_start:
            self._forget_at_start = False
            self._forget_widgets(drawn=set(keep))

    @property
    def last_drawn(self) -> AbstractSet[str]:
        """Ids of the widgets the last run drew (and those it kept)."""
        return self._last_drawn

    def is_drawn(self, wid: str) -> bool:
        """True if a widget with this id was drawn in the current run."""
        return wid in self._drawn

    def register_widget(self, meta: WidgetMeta, default: Any, default_given: bool) -> Any:
        """Record that a widget is drawn in this run and return its current value.

        Precedence: a value set through Session State under its key, then the
        value it kept from earlier runs (including the user's changes), then
        `default`. Script thread.
        """
        key = meta.key
        if key is not None and key in self._user and not meta.settable:
            # A button-like widget: set by this run's code, an error; set before this
            # run (a test, an earlier run that stopped), its last value wins if it has
            # one, as in Streamlit.
            if self._set_this_run is not None and key in self._set_this_run:
                raise WidgetValueSetError(meta.kind, key)
            earlier = self._user.pop(key)
            if meta.id in self._last_drawn:
                value = self._widgets[meta.id].value
            else:
                value = earlier
                if not meta.trigger:
                    self._preset_uploads = {*(self._preset_uploads or ()), meta.id}
        elif key is not None and key in self._user:
            value = meta.validate(self._user[key])
            self.check_serializable(key, value)
            del self._user[key]
            if default_given and key not in self._warned:
                self._warned.add(key)
                log.warning(
                    'The widget with key "%s" was created with a default value but also had '
                    "its value set through st.session_state; the Session State value is used.",
                    key,
                )
        elif meta.id in self._widgets:
            value = self._widgets[meta.id].value
            if self._widgets[meta.id].meta.kind == "restored":
                value = _restored(meta, value, default)
        else:
            value = default
        if key is not None:
            old = self._key_to_id.get(key)
            if old is not None and old != meta.id:
                self._widgets.pop(old, None)
            self._key_to_id[key] = meta.id
        self._drawn.add(meta.id)
        self._widgets[meta.id] = _Widget(meta, value)
        return value

    def assigned_this_run(self, key: str) -> bool:
        """True if the script or a callback of this run set `key` (not a test between
        runs), and the value waits for its widget. Script thread."""
        return self._set_this_run is not None and key in self._set_this_run and key in self._user

    def knows(self, wid: str, key: str | None) -> bool:
        """True if the widget already has a value, or its key was set in Session State."""
        return wid in self._widgets or (key is not None and key in self._user)

    def preset(self, key: str, value: Any) -> None:
        """Give a widget key its first value (from the URL) without counting as set by
        code: no warning about a default. Script thread, before the widget is drawn."""
        self._user[key] = value
        self._warned.add(key)

    def take_test_values(self) -> dict[str, Any]:
        """Values a test set between runs under the keys of widgets the last run drew,
        taken out of the user values, for AppTest to hand to those widgets as
        Streamlit's AppTest does (through their wire form, with no callback). An
        uploader's goes back to its default; a button's is dropped. Between runs."""
        taken: dict[str, Any] = {}
        for key, wid in self._set_between_runs.items():
            if key not in self._user or wid not in self._last_drawn or wid not in self._widgets:
                continue
            value = self._user.pop(key)
            self._key_to_id[key] = wid
            meta = self._widgets[wid].meta
            if meta.settable:
                taken[wid] = value
            elif not meta.trigger:
                self._widgets[wid].value = meta.default
        if self._set_between_runs:
            self._set_between_runs = {}
        # The page (and Streamlit's AppTest) reports an uploader's own files each run.
        for wid in (self._preset_uploads or set()) & self._last_drawn:
            if wid in self._widgets:
                self._widgets[wid].value = self._widgets[wid].meta.default
        self._preset_uploads = None
        return taken

    def put_widget_value(self, wid: str, value: Any) -> None:
        """Give the widget `wid` this value, as if it always had it: no callback, no
        form. Between runs (AppTest)."""
        self._widgets[wid].value = value

    def give_back(self, key: str, value: Any, *, again: bool = True) -> None:
        """Put a value taken by `take_test_values` back under its key: taken again
        before the next run (`again`), or left for the script to meet. Between runs."""
        wid = self._key_to_id.pop(key, None)
        self._user[key] = value
        if wid is not None and again:
            self._set_between_runs[key] = wid

    def current_value(self, wid: str, key: str | None) -> Any:
        """What the widget `wid` will show next: a value set under its key since it was
        drawn, else its own (KeyError if neither). Between runs (AppTest)."""
        if key is not None and key in self._user:
            return self._user[key]
        return self._widgets[wid].value

    def set_by_code(self, key: str) -> bool:
        """True when code (or a test) set `key` and no widget has taken the value yet."""
        return str(key) in self._user

    def widget_value(self, wid: str) -> Any:
        """The current value of the widget `wid` (KeyError if unknown)."""
        return self._widgets[wid].value

    def submitted_forms(self, changes: Changes) -> set[str]:
        """Ids of the forms whose submit button is among `changes.triggers`."""
        return {
            meta.form_id
            for wid in changes.triggers
            if (meta := self.widget_meta(wid)) is not None and meta.form_id is not None
        }

    def widget_meta(self, wid: str) -> WidgetMeta | None:
        """What the widget `wid` said when last drawn, or None if it is unknown."""
        found = self._widgets.get(wid)
        return None if found is None else found.meta

    def decode_changes(self, values: Mapping[str, Any], triggers: Iterable[str]) -> Changes:
        """Turn wire values from the client into Python values, or raise WidgetValueError.

        Unknown widget ids are dropped (the page may be one run behind). Any thread.
        """
        decoded = Changes()
        for wid, wire in values.items():
            found = self._widgets.get(wid)
            if found is not None and not found.meta.trigger and found.meta.kind != "restored":
                decoded.values[wid] = found.meta.decode(wire)
        for wid in triggers:
            found = self._widgets.get(wid)
            if found is not None and found.meta.trigger:
                decoded.triggers.add(wid)
        return decoded

    def apply_changes(self, changes: Changes) -> list[WidgetMeta]:
        """Store the user's changes; return the widgets whose callbacks must run, in
        the order they were drawn. Script thread, before the script runs."""
        changed: list[WidgetMeta] = []
        submitted = self.submitted_forms(changes)
        for wid, value in changes.values.items():
            found = self._widgets.get(wid)
            if found is None:
                continue
            if found.meta.form_id is not None and found.meta.form_id not in submitted:
                # A form's values count only with its submit (the page holds them until
                # then); as in Streamlit, a run without the submit drops them.
                continue
            if not _same(found.value, value):
                if found.meta.key is not None:
                    self.check_serializable(found.meta.key, value)
                found.value = value
                changed.append(found.meta)
        for wid in changes.triggers:
            found = self._widgets.get(wid)
            if found is not None:
                found.value = True
                changed.append(found.meta)
        changed.sort(key=lambda meta: meta.order)
        return [meta for meta in changed if meta.callback is not None]

    def end_run(self, completed: bool, failed: bool = False) -> None:
        """Reset triggers (after a `failed` run, one that raised, they read True until
        the next run starts, as in Streamlit); after a completed run, forget widgets
        that were not drawn (unless they persist). Script thread."""
        self._reset_at_start = failed
        if not failed:
            self._reset_triggers()
        drawn, self._drawn = self._drawn, set()
        self._last_drawn = drawn
        self._in_run = False
        if completed:
            self._forget_widgets(drawn)

    def _reset_triggers(self) -> None:
        for found in self._widgets.values():
            if found.meta.trigger:
                found.value = False
            elif found.meta.one_shot:
                found.value = found.meta.default

    def _forget_widgets(self, drawn: set[str]) -> None:
        """Forget the widgets not in `drawn`, and their keys, unless they persist."""
        for wid in [w for w in self._widgets if w not in drawn]:
            meta = self._widgets[wid].meta
            if meta.persist == "session" or (meta.persist == "page" and meta.page == self.page):
                continue
            del self._widgets[wid]
            if meta.key is not None and self._key_to_id.get(meta.key) == wid:
                del self._key_to_id[meta.key]

    # -- snapshots (for durable stores) ---------------------------------------------------

    def snapshot(self) -> Snapshot:
        """What survives a restart: user values, and the values of widgets that are not
        triggers (buttons are False between runs anyway). Script thread, after a run."""
        widgets = {
            wid: (found.meta.key, found.value)
            for wid, found in self._widgets.items()
            if not found.meta.trigger
            and not found.meta.one_shot
            and found.meta.kind not in ("file_uploader", "camera_input", "audio_input")
        }
        return Snapshot(dict(self._user), widgets, self.page)

    def restore(self, snapshot: Snapshot) -> None:
        """Take the values of a snapshot. Widgets get their values back when next drawn;
        no callback fires because of it. Before the session's first run."""
        self._user = dict(snapshot.user)
        for wid, (key, value) in snapshot.widgets.items():
            meta = WidgetMeta(
                id=wid, kind="restored", label="", key=key, decode=_refuse, validate=_refuse
            )
            self._widgets[wid] = _Widget(meta, value)
            if key is not None:
                self._key_to_id[key] = wid
        self.page = snapshot.page

    def set_page(self, page: str, *, by_script: bool = False) -> None:
        """Move to another page: page-persistent widgets of the old page are dropped
        at the end of the next completed run unless drawn again. `by_script`
        (st.switch_page): the next run starts without this run's widgets."""
        self.page = page
        if by_script:
            self._forget_at_start = True


@dataclass
class Snapshot:
    """Session State as stored: user values, widget id → (key, value), and the page."""

    user: dict[str, Any]
    widgets: dict[str, tuple[str | None, Any]]
    page: str = ""


def _restored(meta: WidgetMeta, value: Any, default: Any) -> Any:
    """A value from a stored session, checked by the widget it comes back to: one that
    no longer fits (a damaged record, a changed app) gives way to the default."""
    try:
        return meta.validate(value)
    except Exception:
        log.warning("Restored value of widget %r does not fit it; using its default.", meta.label)
        return default


def _refuse(value: Any) -> Any:
    from ostinato.errors import WidgetValueError

    raise WidgetValueError("widget", "", "the page is older than the restored session")


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b) and type(a) is type(b)
    except Exception:  # values whose == is not a bool (arrays) count as changed
        return False
