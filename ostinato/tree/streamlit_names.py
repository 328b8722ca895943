"""The public names of Streamlit 1.67's API, so that a name Ostinato lacks fails
with "not supported yet" rather than as a typo. docs/API.md gives each a status."""

from __future__ import annotations

MODULE: frozenset[str] = frozenset(
    """
    App Page altair_chart area_chart audio audio_input badge balloons bar_chart bottom
    button cache_data cache_resource camera_input caption chat_input chat_message checkbox
    code color_picker column_config columns components connection container context
    data_editor dataframe date_input datetime_input dialog divider download_button
    echarts_chart echo empty error exception expander feedback file_uploader form
    form_submit_button fragment get_option graphviz_chart grid header help html iframe image
    info json latex line_chart link_button login logo logout map markdown menu_button
    mermaid_chart metric multiselect navigation number_input page_link pagination pdf pills
    plotly_chart popover progress pydeck_chart pyplot query_params radio rerun scatter_chart
    secrets segmented_control select_slider selectbox session_state set_option
    set_page_config sidebar skeleton slider snow space spinner status stop subheader success
    switch_page table tabs text text_area text_input time_input title toast toggle user
    vega_lite_chart video warning write write_stream
    """.split()
)
"""`st.<name>` in Streamlit 1.67 (its submodules other than column_config and
components left out: they are its internals)."""

CONTAINER: frozenset[str] = frozenset(
    """
    altair_chart area_chart audio audio_input badge balloons bar_chart button camera_input
    caption chat_input chat_message checkbox code color_picker columns container data_editor
    dataframe date_input datetime_input divider download_button echarts_chart empty error
    exception expander feedback file_uploader form form_submit_button graphviz_chart grid
    header help html iframe image info json latex line_chart link_button map markdown
    menu_button mermaid_chart metric multiselect number_input page_link pagination pdf pills
    plotly_chart popover progress pydeck_chart pyplot radio scatter_chart segmented_control
    select_slider selectbox skeleton slider snow space spinner status subheader success table
    tabs text text_area text_input time_input title toast toggle vega_lite_chart video
    warning write write_stream
    """.split()
)
"""Methods of a container (`st.sidebar.<name>`, `col.<name>`) in Streamlit 1.67."""
