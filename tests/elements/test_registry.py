"""Every element is a registered pair: a Python module that registers its st.*
functions with the node types they add, and for each of those node types a
TypeScript renderer in frontend/src/elements/ and an AppTest view."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import ostinato as st
from ostinato import api
from ostinato.elements.container import Container
from ostinato.testing.v1.element_tree import VIEWS
from ostinato.tree import registry

FRONTEND = Path(__file__).resolve().parents[2] / "ostinato" / "frontend" / "src" / "elements"
REGISTERS = re.compile(r'registerElement\(\s*"([a-z_:]+)"')


def renderers() -> dict[str, str]:
    """Node kind -> the TypeScript module that registers its renderer."""
    found: dict[str, str] = {}
    for path in sorted(FRONTEND.glob("*.ts")):
        for kind in REGISTERS.findall(path.read_text(encoding="utf-8")):
            assert kind not in found, f"{kind} is registered by {found[kind]} and {path.name}"
            found[kind] = path.name
    return found


def node_types() -> dict[str, list[str]]:
    """Node type -> the st.* names that add it."""
    found: dict[str, list[str]] = {}
    for entry in [*registry.names(), *registry.reached_names()]:
        for node in entry.nodes:
            found.setdefault(node, []).append(entry.name)
    return found


def test_every_node_type_has_a_renderer_in_the_page() -> None:
    missing = {node: names for node, names in node_types().items() if node not in renderers()}
    assert not missing, f"no frontend/src/elements/*.ts registers: {missing}"


def test_every_node_type_has_an_apptest_view() -> None:
    missing = {node: names for node, names in node_types().items() if node not in VIEWS}
    assert not missing, f"no AppTest view in ostinato.testing.v1.element_tree.VIEWS: {missing}"


def test_every_page_renderer_and_view_belongs_to_a_registered_node_type() -> None:
    # Blocks the runtime makes itself (the main area and the sidebar) are not st.* calls.
    made = {*node_types(), "block:main", "block:sidebar", "block:bottom"}
    assert set(renderers()) - made == set()
    assert set(VIEWS) - made == set()


def test_every_element_module_registers_something() -> None:
    helpers = {"__init__", "container"}
    registering = {
        entry.module.rsplit(".", 1)[1] for entry in [*registry.names(), *registry.reached_names()]
    }
    modules = {path.stem for path in (FRONTEND.parents[2] / "elements").glob("*.py")}
    shared = modules - registering - helpers
    # Shared code (widget drawing, option formatting) registers nothing; say so.
    for name in shared:
        doc = (FRONTEND.parents[2] / "elements" / f"{name}.py").read_text(encoding="utf-8")
        assert "registers nothing" in doc.split('"""')[1], (
            f"elements/{name}.py registers nothing: say so in its docstring"
        )


def test_st_names_are_the_registered_ones_and_the_named_objects() -> None:
    public = set(st.__all__) - {"__version__"}
    assert set(api.names()) == public
    for name in public:
        assert getattr(st, name) is not None


def test_containers_have_every_registered_element_as_a_method() -> None:
    methods = {entry.name for entry in registry.names() if entry.method}
    assert methods <= set(dir(st.sidebar))
    assert methods <= set(dir(Container()))
    commands = {entry.name for entry in registry.names() if not entry.method}
    assert commands == {
        "Page",
        "dialog",
        "echo",
        "fragment",
        "logo",
        "navigation",
        "set_page_config",
        "switch_page",
    }
    assert not commands & set(dir(st.sidebar))


def test_an_unknown_name_is_an_attribute_error_that_says_what_is_close() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'buton'"):
        st.buton  # noqa: B018
    with pytest.raises(AttributeError, match="has no attribute 'buton'"):
        st.sidebar.buton  # noqa: B018
    assert not hasattr(st.sidebar, "_private")
    assert "Did you mean 'button'" in str(_error(lambda: registry.lookup("buton")))


def _error(call: object) -> BaseException:
    try:
        assert callable(call)
        call()
    except BaseException as exc:
        return exc
    raise AssertionError("no error")


def test_one_name_cannot_be_registered_by_two_modules() -> None:
    def button(self: Container) -> None: ...

    button.__module__ = "somewhere.else"
    with pytest.raises(RuntimeError, match="registered twice"):
        registry.element("button", "button")(button)
