"""The weight of each library chart's lazy code: the bytes (minified, and gzipped)
a page fetches the first time it shows one kind of chart, beyond what every page
loads. Ours from ostinato/frontend/dist (the chunk and the chunks it imports,
less app.js's shared chunks); Streamlit 1.67's from its static folder (the
element's chunk and its imports, less what its index bundle imports)."""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

DIST = Path(__file__).parents[1] / "ostinato" / "frontend" / "dist"
STREAMLIT_JS = (
    Path(__file__).parent
    / ".venv-streamlit/lib/python3.11/site-packages/streamlit/static/static/js"
)
KINDS = [
    # (figure, our chunk prefixes, Streamlit's chunk prefixes); mermaid's flowchart
    # code and Streamlit's mermaid core are imported by import(): named here.
    ("st.plotly_chart", ["plotly-"], ["PlotlyChart."]),
    ("st.graphviz_chart", ["graphviz-"], ["GraphVizChart."]),
    ("st.echarts_chart", ["echarts-"], ["EChartsChart."]),
    ("st.pydeck_chart", ["deck-"], ["DeckGlJsonChart."]),
    (
        "st.mermaid_chart (a flowchart)",
        ["mermaid-", "flowDiagram-"],
        ["MermaidChart.", "mermaid.core.", "flowDiagram-"],
    ),
]
_IMPORT = re.compile(r'(?:from|import)\s*\(?\s*"\./([\w.$-]+\.js)"')


def _closure(folder: Path, names: list[str], static_only: bool = True) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    pattern = re.compile(r'(?:from|import)\s*"\./([\w.$-]+\.js)"') if static_only else _IMPORT
    while todo:
        name = todo.pop()
        if name in seen or not (folder / name).exists():
            continue
        seen.add(name)
        todo += pattern.findall((folder / name).read_text(encoding="utf-8", errors="replace"))
    return seen


def _weigh(folder: Path, names: set[str]) -> tuple[int, int]:
    data = [(folder / n).read_bytes() for n in sorted(names)]
    return sum(len(d) for d in data), sum(len(gzip.compress(d, 9)) for d in data)


def _fmt(sizes: tuple[int, int] | None) -> str:
    if sizes is None:
        return "—"
    return f"{sizes[0] / 1024:,.0f} KB ({sizes[1] / 1024:,.0f} KB gz)"


def _ratio(ours: tuple[int, int] | None, theirs: tuple[int, int] | None) -> str:
    if not ours or not theirs or not theirs[1]:
        return "—"
    return f"{ours[1] / theirs[1]:.2f}×"


def measure(quick: bool) -> list[tuple[str, str, str, str]]:
    """Rows (figure, ours, Streamlit's, ratio of the gzipped sizes) for bench/RESULTS.md."""
    chunks = DIST / "chunks"
    shared = {Path(p).name for p in json.loads((DIST / "shared-chunks.json").read_text())}
    st_index: set[str] = set()
    if STREAMLIT_JS.exists():
        entries = [p.name for p in STREAMLIT_JS.glob("index.*.js")]
        st_index = _closure(STREAMLIT_JS, entries)
    rows = []
    for figure, prefixes, st_prefixes in KINDS:
        entries = [p.name for prefix in prefixes for p in chunks.glob(f"{prefix}*.js")]
        ours = _weigh(chunks, _closure(chunks, entries) - shared) if entries else None
        theirs = None
        if STREAMLIT_JS.exists():
            found = [p.name for pre in st_prefixes for p in STREAMLIT_JS.glob(f"{pre}*.js")]
            if found:
                theirs = _weigh(STREAMLIT_JS, _closure(STREAMLIT_JS, found) - st_index)
        rows.append(
            (f"{figure}: lazy code fetched", _fmt(ours), _fmt(theirs), _ratio(ours, theirs))
        )
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    for row in measure(parser.parse_args().quick):
        print(" | ".join(row))
