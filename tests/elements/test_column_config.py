"""st.column_config: every column type of Streamlit 1.67 with its parameters, the
dicts they return (what st.dataframe and st.data_editor read), and the errors."""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

import ostinato as st
from ostinato.errors import OstinatoAPIException

SIGNATURES = {
    "Column": "label width help disabled required pinned alignment",
    "TextColumn": "label width help disabled required pinned alignment default max_chars validate",
    "NumberColumn": (
        "label width help disabled required pinned alignment default format min_value "
        "max_value step"
    ),
    "CheckboxColumn": "label width help disabled required pinned alignment default",
    "SelectboxColumn": "label width help disabled required pinned default options format_func",
    "MultiselectColumn": (
        "label width help disabled required pinned default options accept_new_options color "
        "format_func"
    ),
    "DatetimeColumn": (
        "label width help disabled required pinned alignment default format min_value "
        "max_value step timezone"
    ),
    "DateColumn": (
        "label width help disabled required pinned alignment default format min_value "
        "max_value step"
    ),
    "TimeColumn": (
        "label width help disabled required pinned alignment default format min_value "
        "max_value step"
    ),
    "ListColumn": "label width help pinned disabled required default",
    "LinkColumn": (
        "label width help disabled required pinned alignment default max_chars validate "
        "display_text"
    ),
    "ImageColumn": "label width help pinned alignment",
    "AudioColumn": "label width help pinned alignment",
    "VideoColumn": "label width help pinned alignment",
    "JsonColumn": "label width help pinned alignment",
    "MarkdownColumn": "label width help disabled required pinned alignment default",
    "LineChartColumn": "label width help pinned y_min y_max color",
    "BarChartColumn": "label width help pinned y_min y_max color",
    "AreaChartColumn": "label width help pinned y_min y_max color",
    "ProgressColumn": "label width help pinned format min_value max_value step color",
    "ButtonColumn": "label width help pinned alignment type on_click args kwargs key",
}


def test_every_column_type_has_streamlits_parameters() -> None:
    for name, params in SIGNATURES.items():
        signature = inspect.signature(getattr(st.column_config, name))
        assert list(signature.parameters) == params.split(), name
        # Only the label may be given by position.
        kinds = [p.kind for p in signature.parameters.values()]
        assert kinds[0] is inspect.Parameter.POSITIONAL_OR_KEYWORD
        assert all(k is inspect.Parameter.KEYWORD_ONLY for k in kinds[1:]), name


def test_configs_are_the_dicts_streamlit_builds() -> None:
    assert st.column_config.NumberColumn("n", format="%.2f", step=1) == {
        "label": "n", "width": None, "help": None, "disabled": None, "required": None,
        "pinned": None, "alignment": None, "default": None,
        "type_config": {
            "type": "number", "min_value": None, "max_value": None, "format": "%.2f", "step": 1,
        },
    }  # fmt: skip
    stamp = st.column_config.DatetimeColumn(
        min_value=dt.datetime(2020, 1, 1), step=dt.timedelta(hours=1)
    )
    assert stamp["type_config"]["min_value"] == "2020-01-01T00:00:00"
    assert stamp["type_config"]["step"] == 3600.0
    pills = st.column_config.MultiselectColumn(options=["a", "b", "c"], color=["red", "blue"])
    assert [o["color"] for o in pills["type_config"]["options"]] == ["red", "blue", "red"]
    boxed = st.column_config.SelectboxColumn(options=["x"], format_func=str.upper)
    assert boxed["type_config"]["options"] == [{"value": "x", "label": "X"}]


@pytest.mark.parametrize(
    "make",
    [
        lambda: st.column_config.ProgressColumn(color="zzz"),
        lambda: st.column_config.LineChartColumn(color="light blue"),
        lambda: st.column_config.ButtonColumn(on_click=print),
    ],
)
def test_bad_values_raise_naming_what_is_accepted(make: object) -> None:
    with pytest.raises(OstinatoAPIException, match=r"color|key"):
        make()  # type: ignore[operator]


def test_hex_and_rgb_colours_are_accepted() -> None:
    assert st.column_config.BarChartColumn(color="#ff0000")["type_config"]["color"] == "#ff0000"
    assert st.column_config.AreaChartColumn(color="rgb(1,2,3)")["type_config"]["color"]
