"""st.mermaid_chart: a Mermaid diagram, as Streamlit 1.67 draws it: Markdown holding a
```mermaid fence (so AppTest lists it with the markdown), which the page draws with
mermaid.js from its own lazy chunk (frontend/src/elements/mermaid.ts)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from ostinato.elements.markdown import markdown
from ostinato.elements.media_data import normalize_alt
from ostinato.errors import OstinatoAPIException
from ostinato.tree.registry import element

if TYPE_CHECKING:
    from ostinato.elements.container import Container

_ALT_LINE = re.compile(r"^\s*%%\s*stAlt\s*:[^\n]*\n?", re.MULTILINE)


def _after_preamble(lines: list[str]) -> int:
    """Index of the diagram's first line (after front matter, %% comments and %%{…}%%)."""
    i = 0
    while i < len(lines):
        text = lines[i].strip()
        if not text or (text.startswith("%%") and not text.startswith("%%{")):
            i += 1
        elif text.startswith("%%{"):
            while i < len(lines) and "}%%" not in lines[i]:
                i += 1
            i += 1
        elif text == "---":
            i += 1
            while i < len(lines) and lines[i].strip() != "---":
                i += 1
            i += 1
        else:
            break
    return min(i, len(lines))


def with_alt(body: str, alt: str) -> str:
    """The diagram with its accessible name as a `%% stAlt:` line before it."""
    lines = _ALT_LINE.sub("", body).splitlines(keepends=True)
    at = _after_preamble(lines)
    if at > 0 and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    lines.insert(at, f"%% stAlt: {' '.join(alt.split())}\n")
    return "".join(lines)


def _longest_run(text: str, char: str) -> int:
    runs = re.findall(f"{re.escape(char)}+", text)
    return max((len(r) for r in runs), default=0)


@element("mermaid_chart", "markdown")
def mermaid_chart(
    self: Container,
    body: str,
    *,
    width: int | Literal["stretch", "content"] = "stretch",
    alt: str | None = None,
) -> Any:
    """Draw a Mermaid diagram from its source."""
    if not isinstance(body, str):
        raise OstinatoAPIException(
            f"st.mermaid_chart body must be a str of Mermaid source, got {type(body).__qualname__}."
        )
    described = normalize_alt(alt)
    if described is not None:
        body = with_alt(body, described)
    fence = "`" * max(4, _longest_run(body, "`") + 1)
    return markdown(self, f"{fence}mermaid\n{body}\n{fence}", width=width)
