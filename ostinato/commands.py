"""Script control and options from inside a script: st.rerun, st.stop,
st.get_option, st.set_option."""

from __future__ import annotations

from typing import Any, NoReturn

from ostinato.config import settings
from ostinato.config.names import unknown_option
from ostinato.config.options import OPTIONS
from ostinato.errors import ConfigError, FragmentError, OstinatoAPIException
from ostinato.runtime.context import get_run_context
from ostinato.runtime.control import RerunInterrupt, StopRun


def rerun(scope: str = "app") -> NoReturn:
    """End this run now and start another at once: of the whole script
    (scope="app"), or, from a fragment during its own rerun, of that fragment only
    (scope="fragment")."""
    if not isinstance(scope, str) or scope == "":
        raise OstinatoAPIException(f"st.rerun scope must be 'app' or 'fragment', got {scope!r}.")
    ctx = get_run_context()
    if scope == "fragment":
        # In a callback of a fragment run no fragment runs yet: it reruns the fragment.
        target = ctx.fragment or (
            ctx.session.fragments.get(ctx.fragment_run[0])
            if (ctx.fragment_run and ctx.session is not None)
            else None
        )
        if not ctx.fragment_run or target is None:
            raise FragmentError(
                'st.rerun(scope="fragment") reruns the fragment that calls it, so it '
                "works only inside an @st.fragment function during a rerun of that "
                'fragment (not in a run of the whole script). Use st.rerun(scope="app") '
                "there, or call it from the fragment after a widget inside it changed."
            )
        if ctx.session is not None:
            ctx.session.request_fragment(target.id)
        raise RerunInterrupt()
    if scope != "app":
        raise OstinatoAPIException(
            f"st.rerun scope={scope!r}: rerunning a fragment by its key is not supported "
            "yet by Ostinato; use 'app', or 'fragment' inside the fragment."
        )
    if ctx.session is not None:
        ctx.session.request_rerun()
    raise RerunInterrupt()


def stop() -> NoReturn:
    """End this run quietly; what it wrote so far stays on the page."""
    raise StopRun()


def get_option(name: str) -> Any:
    """The value of config option `name`, e.g. "runner.magicEnabled"."""
    return settings.get_option(name)


def set_option(name: str, value: Any) -> None:
    """Change a config option that may change while the app runs."""
    option = OPTIONS.get(name)
    if option is None:
        raise unknown_option(name)
    if not option.runtime:
        raise ConfigError(
            f'Option "{name}" cannot be changed while the app runs; set it in '
            f".ostinato/config.toml or with --{name} on the command line."
        )
    settings.set_option(name, value, "st.set_option")
