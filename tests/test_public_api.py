"""The public API changes only on purpose: this list is the contract."""

import ostinato
from ostinato import errors

PUBLIC = [
    "Page",
    "UploadedFile",
    "__version__",
    "altair_chart",
    "area_chart",
    "audio",
    "badge",
    "balloons",
    "bar_chart",
    "bottom",
    "button",
    "cache_data",
    "cache_resource",
    "caption",
    "chat_input",
    "chat_message",
    "checkbox",
    "code",
    "color_picker",
    "column_config",
    "columns",
    "components",
    "container",
    "context",
    "data_editor",
    "dataframe",
    "date_input",
    "datetime_input",
    "dialog",
    "divider",
    "download_button",
    "echo",
    "empty",
    "error",
    "exception",
    "expander",
    "feedback",
    "file_uploader",
    "form",
    "form_submit_button",
    "fragment",
    "get_option",
    "header",
    "help",
    "html",
    "iframe",
    "image",
    "info",
    "json",
    "latex",
    "line_chart",
    "link_button",
    "logo",
    "map",
    "markdown",
    "menu_button",
    "metric",
    "multiselect",
    "navigation",
    "number_input",
    "page_link",
    "pagination",
    "pdf",
    "pills",
    "popover",
    "progress",
    "query_params",
    "radio",
    "rerun",
    "scatter_chart",
    "secrets",
    "segmented_control",
    "select_slider",
    "selectbox",
    "session_state",
    "set_option",
    "set_page_config",
    "sidebar",
    "skeleton",
    "slider",
    "snow",
    "space",
    "spinner",
    "status",
    "stop",
    "subheader",
    "success",
    "switch_page",
    "table",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toast",
    "toggle",
    "vega_lite_chart",
    "video",
    "warning",
    "write",
    "write_stream",
]


def test_all_is_sorted_and_pinned() -> None:
    assert ostinato.__all__ == sorted(ostinato.__all__)
    assert ostinato.__all__ == PUBLIC
    for name in PUBLIC:
        assert hasattr(ostinato, name), name


def test_streamlit_exception_alias_for_migrating_code() -> None:
    assert errors.StreamlitAPIException is errors.OstinatoAPIException
    assert issubclass(errors.DuplicateWidgetID, errors.StreamlitAPIException)


def test_errors_module_draws_its_tree() -> None:
    assert errors.__doc__ is not None
    for name in ("OstinatoError", "OstinatoAPIException", "DuplicateWidgetID", "ConfigError"):
        assert name in errors.__doc__
