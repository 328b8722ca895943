"""accept_new_options of st.selectbox and st.multiselect: typed texts that are no
option are returned as the text; without it such values are refused or dropped."""

from __future__ import annotations

import pytest

from ostinato.errors import WidgetValueError
from ostinato.testing.v1 import AppTest


def test_selectbox_returns_a_typed_text_and_keeps_it() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
pick = st.selectbox("Size", [1, 2], format_func=lambda n: f"size {n}", key="s",
                    accept_new_options=True)
st.write(f"{pick!r}")
"""
    ).run()
    assert at.markdown.values == ["1"]
    at.selectbox("s").set_value("XL").run()
    assert at.markdown.values == ["'XL'"]
    at.run()
    assert at.markdown.values == ["'XL'"]
    assert at.selectbox("s").value == "XL"
    # The page sends an option's label as text when it was typed: that option.
    at._change(at.selectbox("s").id, "size 2")
    at.run()
    assert at.markdown.values == ["2"]


def test_selectbox_without_it_drops_a_preset_that_is_no_option() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.session_state.setdefault("s", "XL")
st.write(repr(st.selectbox("Size", ["S", "M"], key="s")))
"""
    ).run()
    assert at.markdown.values == ["'S'"]


def test_selectbox_with_it_keeps_a_preset_that_is_no_option() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
st.session_state.setdefault("s", "XL")
st.write(repr(st.selectbox("Size", ["S", "M"], key="s", accept_new_options=True)))
"""
    ).run()
    assert at.markdown.values == ["'XL'"]
    assert at.selectbox[0].accept_new_options is True


def test_multiselect_takes_typed_texts_with_options_and_counts_them() -> None:
    at = AppTest.from_string(
        """
import ostinato as st
tags = st.multiselect("Tags", ["a", "b"], key="t", accept_new_options=True, max_selections=2)
st.write(f"{tags!r}")
"""
    ).run()
    at.multiselect("t").set_value(["new", "a"]).run()
    assert at.markdown.values == ["['new', 'a']"]
    with pytest.raises(WidgetValueError, match="max_selections is 2"):
        at.multiselect("t").set_value(["new", "a", "b"]).run()


def test_text_from_a_page_is_refused_by_a_multiselect_without_it() -> None:
    at = AppTest.from_string(
        'import ostinato as st\nst.write(repr(st.multiselect("Tags", ["a"], key="t")))'
    ).run()
    with pytest.raises(WidgetValueError, match="'zz' is not one of the options"):
        at._change(at.multiselect("t").id, ["zz"])
        at.run()


def test_a_typed_option_bound_to_the_url_comes_back_from_it() -> None:
    script = """
import ostinato as st
st.write(repr(st.selectbox("Fruit", ["Apple"], key="f", accept_new_options=True,
                           bind="query-params")))
"""
    at = AppTest.from_string(script).run()
    at.selectbox("f").set_value("Kiwi").run()
    assert at.query_params["f"] == ["Kiwi"]
    fresh = AppTest.from_string(script)
    fresh.query_params["f"] = "Kiwi"
    fresh.run()
    assert fresh.markdown.values == ["'Kiwi'"]
