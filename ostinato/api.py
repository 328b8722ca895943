"""The script-facing API: module-level `st.*` functions write to the main
container (or the innermost `with` block); `st.sidebar` writes to the sidebar."""

from __future__ import annotations

from ostinato.elements import navigation as _navigation
from ostinato.elements.container import Container
from ostinato.elements.tree import SIDEBAR
from ostinato.runtime import secrets as _secrets
from ostinato.runtime.context import get_run_context
from ostinato.runtime.query_params import QueryParams, QueryParamsProxy
from ostinato.state.proxy import SessionStateProxy
from ostinato.state.session_state import SessionState


def _state() -> SessionState:
    return get_run_context().state


main = Container()
sidebar = Container(SIDEBAR)


def _query() -> QueryParams:
    ctx = get_run_context()
    if ctx.session is not None:
        return ctx.session.query
    if ctx.bare_query is None:
        ctx.bare_query = QueryParams()
    return ctx.bare_query


session_state = SessionStateProxy(_state)
query_params = QueryParamsProxy(_query)
secrets = _secrets.secrets
Page = _navigation.make_page
navigation = _navigation.navigation
switch_page = _navigation.switch_page
set_page_config = _navigation.set_page_config

button = main.button
caption = main.caption
checkbox = main.checkbox
code = main.code
color_picker = main.color_picker
columns = main.columns
container = main.container
dataframe = main.dataframe
date_input = main.date_input
divider = main.divider
download_button = main.download_button
empty = main.empty
error = main.error
exception = main.exception
expander = main.expander
file_uploader = main.file_uploader
form = main.form
form_submit_button = main.form_submit_button
header = main.header
info = main.info
json = main.json
markdown = main.markdown
metric = main.metric
multiselect = main.multiselect
number_input = main.number_input
page_link = main.page_link
popover = main.popover
radio = main.radio
select_slider = main.select_slider
selectbox = main.selectbox
slider = main.slider
subheader = main.subheader
success = main.success
tabs = main.tabs
text = main.text
text_area = main.text_area
text_input = main.text_input
time_input = main.time_input
title = main.title
toggle = main.toggle
warning = main.warning
write = main.write
help = main.help
