"""The files of declared custom components (st.components.v1.declare_component
with path=), at /_ostinato/component/<name>/<file>: only files inside the folder
the component was declared with, with their MIME types. A component declared
with url= is loaded by the browser from there; the server never fetches it."""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response

from ostinato.runtime.components import mime_type, registry


async def component_file(request: Request) -> Response:
    """One file of a component's folder, or 404 (unknown component, a URL
    component, a path leaving the folder, no such file)."""
    name = request.path_params["name"]
    relative = request.path_params.get("path", "")
    found = await asyncio.to_thread(registry.file, name, relative)
    if found is None:
        return PlainTextResponse(f"Not found: no file {relative!r} in component {name!r}.", 404)
    return FileResponse(
        found,
        media_type=mime_type(found),
        headers={"Cache-Control": "no-cache", "Access-Control-Allow-Origin": "*"},
    )
