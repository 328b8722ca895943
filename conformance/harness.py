"""Run a scenario on one framework's AppTest and record what a test would see.

This module imports neither Streamlit nor Ostinato: the framework is passed in
(`Framework`), so the very same recording code runs in Streamlit's venv (to
make the golden file) and in the project's (to check Ostinato against it).
After every step it records the element tree in page order, the session_state
a test reads through `at.session_state`, and the exception the step raised,
normalised so that two correct implementations give identical records.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import re
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Step = tuple[Any, ...]
"""One action in AppTest's vocabulary, e.g. ("click", "button", "go") or ("run",)."""


@dataclass(frozen=True)
class Scenario:
    """A Streamlit app (written with `import streamlit as st`) and the steps to drive it.

    `files` holds further files of the app folder (pages/…, .streamlit/…) by path.
    """

    name: str
    script: str
    steps: tuple[Step, ...]
    files: dict[str, str] = field(default_factory=dict)

    def sources(self) -> Iterator[str]:
        """Every source text of the app (to tell a user's message from a framework's)."""
        yield self.script
        yield from self.files.values()


@dataclass(frozen=True)
class Framework:
    """How the harness reaches one framework: its AppTest, its options, its names."""

    name: str
    """"streamlit" or "ostinato": the `import` line of the scenario is rewritten to it."""
    app_test: Any
    """The AppTest class."""
    set_option: Callable[[str, Any], None]
    exc_type: Callable[[Any], str]
    """The exception class name shown by an `exception` element (API_ERROR for the
    framework's own API exceptions)."""
    api_error: Callable[[BaseException], bool]
    """True for the framework's API exceptions (StreamlitAPIException and kin)."""


API_ERROR = "FrameworkAPIException"
"""The name both frameworks' own API exceptions are compared under: their class
names are each framework's to choose."""


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_SERVED = re.compile(r"^(?:/mock/media|/_ostinato/media/[\w-]+)/[0-9a-f]+(\.\w+)?$")
"""A URL where the framework serves media (Streamlit's AppTest names them by its
hash, Ostinato by its own and the session): only the file type is compared."""


def app_source(text: str, framework: Framework) -> str:
    """The scenario's source with its Streamlit imports pointed at `framework`."""
    source = textwrap.dedent(text).lstrip("\n")
    if framework.name == "streamlit":
        return source
    return re.sub(r"\bstreamlit\b", framework.name, source)


def normalise(value: Any) -> Any:
    """`value` as JSON, keeping what a test could tell apart (int from float, tuple
    from list, the type of dates and numpy scalars) and nothing that varies by run."""
    if isinstance(value, str) and (served := _SERVED.match(value)):
        return {"served": served[1] or ""}
    if value is None or isinstance(value, (bool, str)):
        return value
    if type(value) is int:
        return value
    if type(value) is float:
        return value if math.isfinite(value) else {"float": repr(value)}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, tuple):
        return {"tuple": [normalise(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"set": sorted((normalise(v) for v in value), key=repr)}
    if isinstance(value, dict):
        return {"dict": [[normalise(k), normalise(v)] for k, v in value.items()]}
    if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        return {type(value).__name__: str(value)}
    if isinstance(value, io.BytesIO) and hasattr(value, "name") and hasattr(value, "type"):
        # An uploaded file: what a test can read of it (its id is random).
        return {
            "UploadedFile": [value.name, value.type, len(value.getvalue()), value.getvalue().hex()]
        }
    module = type(value).__module__.split(".")[0]
    if module == "numpy" and hasattr(value, "item") and getattr(value, "ndim", 1) == 0:
        return {"numpy": type(value).__name__, "value": normalise(value.item())}
    if module == "pandas" and hasattr(value, "to_dict"):
        try:
            frame = value.to_frame() if hasattr(value, "to_frame") else value
            split = frame.to_dict("split")
            return {type(value).__name__: normalise(split)}
        except Exception:
            return {type(value).__name__: str(value)}
    if module == "numpy" and hasattr(value, "tolist"):
        return {"ndarray": normalise(value.tolist())}
    return {"object": type(value).__name__, "str": _ADDRESS.sub("", str(value))[:200]}


class Recorder:
    """Turns an AppTest's state into records; one per scenario run."""

    def __init__(self, scenario: Scenario, framework: Framework) -> None:
        self.scenario = scenario
        self.framework = framework
        self._sources = list(scenario.sources())

    def message(self, text: str) -> str:
        """A message the app wrote itself stays; a framework's own wording is not
        compared (it is ours to write, only its presence and type must match)."""
        first = str(text).strip().splitlines()[0] if str(text).strip() else ""
        if first and any(first in source for source in self._sources):
            return first
        return "<framework message>"

    def error(self, exc: BaseException) -> dict[str, str]:
        """An exception a step raised: its type, and its message when the app wrote it."""
        name = API_ERROR if self.framework.api_error(exc) else type(exc).__name__
        return {"type": name, "message": self.message(str(exc))}

    def element(self, node: Any) -> dict[str, Any]:
        """One element: type, key, label and value."""
        kind = node.type
        record: dict[str, Any] = {"type": kind}
        key = getattr(node, "key", None)
        if key is not None:
            record["key"] = key
        label = getattr(node, "label", None)
        if isinstance(label, str):
            record["label"] = label
        if kind == "exception":
            record["exc_type"] = self.framework.exc_type(node)
            record["value"] = self.message(node.value)
            return record
        try:
            record["value"] = normalise(node.value)
        except Exception as exc:
            record["value"] = {"unreadable": type(exc).__name__}
        return record

    def block(self, block: Any) -> list[Any]:
        """The children of a block, in page order; nested blocks as {"block": type}."""
        out: list[Any] = []
        # By index, as the page shows them (Streamlit's dict is in arrival order).
        for _, child in sorted(block.children.items(), key=lambda item: item[0]):
            if hasattr(child, "children"):
                entry: dict[str, Any] = {"block": child.type}
                key = getattr(child, "key", None)
                if key is not None:
                    entry["key"] = key
                label = getattr(child, "label", None)
                if isinstance(label, str):
                    entry["label"] = label
                entry["children"] = self.block(child)
                out.append(entry)
            else:
                out.append(self.element(child))
        return out

    def snapshot(self, at: Any) -> dict[str, Any]:
        """What a test sees after a step."""
        state = {str(k): normalise(v) for k, v in sorted(at.session_state.to_dict().items())}
        record = {"main": self.block(at.main), "sidebar": self.block(at.sidebar), "state": state}
        bottom = _bottom(at)
        if bottom is not None and bottom.children:
            # Only when something is pinned there (st.bottom, a top-level st.chat_input).
            record["bottom"] = self.block(bottom)
        event = _event(at)
        dialogs = (
            [] if event is None else [c for c in event.children.values() if c.type == "dialog"]
        )
        if dialogs:
            # Only while an st.dialog is open (toasts, also in the event area, are not).
            record["dialog"] = [self.block(dialog) for dialog in dialogs]
        return record


def _event(at: Any) -> Any:
    """The event area (toasts, dialogs): the third root of Streamlit's AppTest tree;
    in Ostinato's, the third block of its tree."""
    tree = getattr(at, "_tree", None)
    children = getattr(tree, "children", None)
    if isinstance(children, dict):
        return children.get(2)
    roots = tree() if callable(tree) else []
    return roots[2] if len(roots) > 2 and roots[2].type == "event" else None


def _bottom(at: Any) -> Any:
    """The area pinned to the page's bottom: Streamlit's AppTest holds it as the
    fourth root of its tree, Ostinato's also as `at.bottom`."""
    children = getattr(getattr(at, "_tree", None), "children", None)
    if isinstance(children, dict):
        return children.get(3)
    return getattr(at, "bottom", None)


def _find(at: Any, kind: str, selector: Any) -> Any:
    """The widget of `kind` at an index (int) or with a key (str)."""
    widgets = getattr(at, kind)
    return widgets[selector] if isinstance(selector, int) else widgets(key=selector)


def perform(at: Any, step: Step, framework: Framework) -> None:
    """Do one step on `at`."""
    action, *args = step
    if action == "run":
        at.run(timeout=10)
    elif action == "state":
        at.session_state[args[0]] = args[1]
    elif action == "del_state":
        del at.session_state[args[0]]
    elif action == "switch_page":
        at.switch_page(args[0])
    elif action == "query":
        at.query_params[args[0]] = args[1]
    elif action == "secret":
        at.secrets[args[0]] = args[1]
    elif action == "context":
        at.context[args[0]] = args[1]
    elif action == "option":
        framework.set_option(args[0], args[1])
    else:
        widget = _find(at, args[0], args[1])
        getattr(widget, action)(*args[2:])


@contextmanager
def app_folder(scenario: Scenario, framework: Framework) -> Iterator[Path]:
    """A temporary folder holding the scenario's app, and the working directory there."""
    before = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="conformance_") as tmp:
        root = Path(tmp)
        (root / "app.py").write_text(app_source(scenario.script, framework))
        for name, text in scenario.files.items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(app_source(text, framework))
        os.chdir(root)
        try:
            yield root / "app.py"
        finally:
            os.chdir(before)


def run_scenario(scenario: Scenario, framework: Framework) -> list[dict[str, Any]]:
    """Every step of `scenario` on `framework`, with a record after each."""
    recorder = Recorder(scenario, framework)
    records: list[dict[str, Any]] = []
    with app_folder(scenario, framework) as script:
        at = framework.app_test.from_file(str(script), default_timeout=10)
        for index, step in enumerate(scenario.steps):
            entry: dict[str, Any] = {"step": index, "do": repr(step)}
            try:
                perform(at, step, framework)
                entry["error"] = None
            except Exception as exc:
                entry["error"] = recorder.error(exc)
            try:
                entry.update(recorder.snapshot(at))
            except Exception as exc:
                entry["snapshot_error"] = recorder.error(exc)
            records.append(entry)
    return records


def first_difference(
    expected: list[dict[str, Any]], actual: list[dict[str, Any]]
) -> tuple[int, str, Any, Any] | None:
    """Where two runs of one scenario first differ: (step, field, expected, actual)."""
    for want, got in zip(expected, actual, strict=False):
        for name in sorted(set(want) | set(got)):
            found = _diff(want.get(name), got.get(name), name)
            if found is not None:
                return (want["step"], *found)
    if len(expected) != len(actual):
        return (min(len(expected), len(actual)), "steps", len(expected), len(actual))
    return None


def _diff(want: Any, got: Any, where: str) -> tuple[str, Any, Any] | None:
    """The first place inside two JSON values that differs."""
    if type(want) is not type(got):
        return where, want, got
    if isinstance(want, dict):
        for key in [*want, *(k for k in got if k not in want)]:
            found = _diff(want.get(key), got.get(key), f"{where}.{key}")
            if found is not None:
                return found
        return None
    if isinstance(want, list):
        for index, (a, b) in enumerate(zip(want, got, strict=False)):
            found = _diff(a, b, f"{where}[{index}]")
            if found is not None:
                return found
        if len(want) != len(got):
            return f"{where} (length)", len(want), len(got)
        return None
    return None if want == got else (where, want, got)
