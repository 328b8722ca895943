"""Names of options: their environment variables, and "did you mean" for a name
that is not one. A suggestion is made only when it is close in spelling, so a
mistyped option is never answered with an unrelated one."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ostinato.config.options import OPTIONS
from ostinato.errors import ConfigError

PREFIXES = ("OSTINATO_", "STREAMLIT_")
"""OSTINATO_* variables win over STREAMLIT_* ones naming the same option."""

SAME_SECTION = 0.75
"""How alike (0..1) a mistyped option part must be to one of its section's options."""
OTHER_SECTION = 0.9
"""How alike it must be to an option of another section (a section mistyped too)."""


def _snake(camel: str) -> str:
    """`enableCORS` is `enable_cors`, `maxUploadSize` is `max_upload_size`, as Streamlit
    turns option names into environment variables."""
    words = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", camel)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", words).lower()


def env_name(option: str, prefix: str = "OSTINATO_") -> str:
    """The environment variable of an option: `server.enableCORS` is
    `OSTINATO_SERVER_ENABLE_CORS` (and `STREAMLIT_SERVER_ENABLE_CORS`)."""
    return prefix + _snake(option.replace(".", "_")).upper()


def _alike(a: str, b: str) -> float:
    return SequenceMatcher(None, a.lower(), b.lower()).ratio()


def _best(scored: list[tuple[str, float, bool]]) -> str | None:
    """The best of (candidate, likeness, same section) that is alike enough, or None."""
    best: tuple[float, str] | None = None
    for shown, score, same in scored:
        if score < (SAME_SECTION if same else OTHER_SECTION):
            continue
        score += 0.01 if same else 0.0
        if best is None or score > best[0]:
            best = (score, shown)
    return None if best is None else best[1]


def suggest(name: str) -> str | None:
    """The option `name` was probably meant to be, or None."""
    section, _, part = name.rpartition(".")
    scored = []
    for known in OPTIONS:
        their_section, their_part = known.rsplit(".", 1)
        scored.append((known, _alike(part, their_part), their_section.lower() == section.lower()))
    return _best(scored)


def suggest_env(variable: str) -> str | None:
    """The environment variable `variable` was probably meant to be, or None."""
    prefix = next((p for p in PREFIXES if variable.startswith(p)), "")
    rest = variable[len(prefix) :]
    scored = []
    for known in OPTIONS:
        section, part = known.rsplit(".", 1)
        head, tail = env_name(section, ""), _snake(part).upper()
        if rest.startswith(head + "_"):
            scored.append((env_name(known, prefix), _alike(rest[len(head) + 1 :], tail), True))
        else:
            scored.append((env_name(known, prefix), _alike(rest, f"{head}_{tail}"), False))
    return _best(scored)


def unknown_option(name: str) -> ConfigError:
    """The error for an option that does not exist, with a close one if there is."""
    close = suggest(name)
    hint = f' Did you mean "{close}"?' if close else ""
    return ConfigError(f'Unknown option "{name}".{hint} `ostinato config show` lists every option.')


def unknown_variable(variable: str) -> ConfigError:
    """The error for an OSTINATO_* variable that names no option."""
    close = suggest_env(variable)
    hint = f' Did you mean "{close}"?' if close else ""
    return ConfigError(f'Unknown environment variable "{variable}".{hint}')
