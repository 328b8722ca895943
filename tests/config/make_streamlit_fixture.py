"""Regenerate the fixtures of Streamlit 1.67's options (run by hand, never by pytest).

    bench/.venv-streamlit/bin/python tests/config/make_streamlit_fixture.py

It runs `streamlit config show` in an empty temporary folder (HOME pointed there
too, so no user config leaks in; the command contacts nothing) and writes, in
tests/config/fixtures/:

* streamlit-1.67-config-show.raw.toml — the output, unchanged except that the
  temporary folder's path reads `.` (it appears in secrets.files);
* streamlit-1.67-options.json — every option the output lists: its name, its
  type and its default, parsed from the `# name = value` line that ends each
  option's comment block (`# name =` means no default: null). The output does
  not name types; for options without a default the generator asks
  `streamlit.config` for the type Streamlit declares;
* streamlit-1.67-config-show.toml — the output uncommented: every option set to
  its default value. TOML cannot hold "no value", so an option without a default
  gets SAMPLES' value of its type instead (a theme, colours, sizes), which is
  what a real project's config sets. server.sslCertFile and server.sslKeyFile
  stay commented: a file path that does not exist would stop Streamlit itself.
  The output's first lines are not comments (so not TOML); they become comments.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "fixtures"
NAME = "streamlit-1.67-config-show"
LEFT_COMMENTED = {"server.sslCertFile", "server.sslKeyFile"}

# Values for the options that have no default (by the option's last part;
# every ...Color option gets "#1c83e1").
SAMPLES: dict[str, Any] = {
    "base": "dark",
    "font": "sans-serif",
    "headingFont": "serif",
    "codeFont": "monospace",
    "fontFaces": [{"family": "Inter", "url": "app/static/Inter.woff2", "weight": 400}],
    "baseFontSize": 16,
    "baseFontWeight": 400,
    "metricValueFontSize": "2.25rem",
    "metricValueFontWeight": 600,
    "headingFontSizes": ["2.75rem", "2.25rem", "1.75rem"],
    "headingFontWeights": [700, 600, 600],
    "codeFontSize": "0.875rem",
    "codeFontWeight": 400,
    "baseRadius": "medium",
    "buttonRadius": "medium",
    "paddingTop": "6rem",
    "paddingBottom": "10rem",
    "linkUnderline": True,
    "showWidgetBorder": False,
    "showSidebarBorder": True,
    "chartCategoricalColors": ["#0068c9", "#83c9ff", "#ff2b2b"],
    "chartSequentialColors": ["#e4f5ff", "#0054a3"],
    "chartDivergingColors": ["#7d353b", "#004280"],
    "level": "info",
    "messageFormat": "%(asctime)s %(message)s",
    "parallelMaxWorkers": 4,
    "connectionDefaultTTL": 3600.0,
    "maxCacheDataSize": "1GB",
    "address": "127.0.0.1",
    "websocketPingInterval": 30,
    "serverPort": 8501,
}


def parse(text: str) -> list[tuple[str, str, list[str]]]:
    """(option, value text or "", the value's lines) for each option of the output."""
    options: list[tuple[str, str, list[str]]] = []
    section = ""
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("["):
            section = lines[0].strip("[]")
            lines = lines[1:]
            if not lines:
                continue
        end = len(lines) - 1
        if lines[end] == "# ]":
            start = end
            while not re.fullmatch(r"# \w+ = \[", lines[start]):
                start -= 1
        else:
            start = end
        found = re.fullmatch(r"# (\w+) =(?: (.*))?", lines[start])
        if found is None:
            continue
        value_lines = [line[2:] for line in lines[start : end + 1]]
        options.append((f"{section}.{found[1]}", found[2] or "", value_lines))
    return options


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HOME": tmp}
        streamlit = Path(sys.executable).parent / "streamlit"
        raw = subprocess.run(
            [str(streamlit), "config", "show"],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.replace(tmp, ".")
    import streamlit.config as config

    declared = {
        name: option.type.__name__ for name, option in config._config_options_template.items()
    }
    registry: dict[str, dict[str, Any]] = {}
    uncommented = raw
    for name, value, value_lines in parse(raw):
        key = name.rsplit(".", 1)[1]
        default = tomllib.loads("\n".join(value_lines))[key] if value else None
        kind = type(default).__name__ if default is not None else declared[name]
        registry[name] = {"type": kind, "default": default}
        if name in LEFT_COMMENTED:
            continue
        commented = "\n".join("# " + line for line in value_lines)
        if default is None:
            sample = "#1c83e1" if key.endswith("Color") else SAMPLES[key]
            text = f"{key} = {toml_value(sample)}"
        else:
            text = "\n".join(value_lines)
        section = name.rsplit(".", 1)[0]
        uncommented = replace_in_section(uncommented, section, commented, text)
    intro, rest = uncommented.split("\n[", 1)
    intro = "\n".join(f"# {line.strip()}" if line.strip() else "" for line in intro.splitlines())
    uncommented = f"{intro}\n[{rest}"
    HERE.mkdir(exist_ok=True)
    (HERE / f"{NAME}.raw.toml").write_text(raw)
    (HERE / f"{NAME}.toml").write_text(uncommented)
    (HERE / "streamlit-1.67-options.json").write_text(json.dumps(registry, indent=1) + "\n")
    parsed = tomllib.loads(uncommented)
    assert parsed, "the uncommented output must be valid TOML"
    print(f"{len(registry)} options")


def replace_in_section(text: str, section: str, old: str, new: str) -> str:
    """Replace the first `old` after the header of [section] (sections repeat option names)."""
    header = f"\n[{section}]\n"
    at = text.index(header)
    following = text.index(old + "\n", at)
    return text[:following] + new + text[following + len(old) :]


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    return repr(value)


if __name__ == "__main__":
    main()
