"""A st.cache_data hit, timed inside a script run, on both frameworks in one run.

The same app runs under each framework's AppTest, in its own venv and process:
one cached function of a 100,000-row DataFrame (an int, a float and a text column;
it returns a small summary) and one of two small ints. After the misses that
fill the caches, the script times batches of hits with time.perf_counter and
writes the median time per hit; the figures are medians over runs alternating
between the frameworks, and the ratio is Ostinato's over Streamlit's.

`.venv/bin/python -m bench.cache [--quick]` prints the rows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.__main__ import ST_VENV, ratio

ROOT = Path(__file__).resolve().parent.parent

APP = """
import json, os, statistics, time
import numpy as np
import pandas as pd
import {framework} as st


@st.cache_data
def summary(frame):
    return {{"rows": len(frame), "first": int(frame["n"].iloc[0])}}


@st.cache_data
def add(a, b):
    return a + b


rows = 100_000
generator = np.random.default_rng(7)
frame = pd.DataFrame({{
    "n": np.arange(rows),
    "x": generator.random(rows),
    "s": [f"item {{i}}" for i in range(rows)],
}})
summary(frame)
add(1, 2)


def per_hit(call, count, batches):
    times = []
    for _ in range(batches):
        started = time.perf_counter()
        for _ in range(count):
            call()
        times.append((time.perf_counter() - started) / count)
    return statistics.median(times)


frame_hit = per_hit(lambda: summary(frame), {frame_count}, {batches})
scalar_hit = per_hit(lambda: add(1, 2), {scalar_count}, {batches})
with open(os.environ["CACHE_BENCH_OUT"], "w") as out:
    json.dump({{"frame": frame_hit, "scalar": scalar_hit}}, out)
st.write("done")
"""

RUNNER = """
import sys
if sys.argv[1] == "streamlit":
    from streamlit.testing.v1 import AppTest
else:
    from ostinato.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[2], default_timeout=600).run()
assert not at.exception, at.exception
"""


def run(framework: str, quick: bool) -> dict[str, float]:
    """Seconds per hit of each function, measured in a script run of `framework`."""
    python = ST_VENV / "bin" / "python" if framework == "streamlit" else Path(sys.executable)
    counts = {"frame_count": 10, "scalar_count": 300, "batches": 5}
    if not quick:
        counts = {"frame_count": 40, "scalar_count": 2000, "batches": 9}
    with tempfile.TemporaryDirectory(prefix=f"bench-cache-{framework}-") as folder:
        app = Path(folder, "app.py")
        app.write_text(APP.format(framework=framework, **counts))
        out = Path(folder, "result.json")
        env = {**os.environ, "CACHE_BENCH_OUT": str(out), "PYTHONPATH": str(ROOT)}
        subprocess.run(
            [str(python), "-c", RUNNER, framework, str(app)],
            cwd=folder,
            env=env,
            check=True,
            capture_output=True,
            timeout=900,
        )
        return {key: float(value) for key, value in json.loads(out.read_text()).items()}


def rounds(quick: bool) -> tuple[dict[str, float], dict[str, float]]:
    """Medians over runs that alternate between the frameworks (so that a burst of
    load on the machine does not fall on one framework only)."""
    found: dict[str, list[dict[str, float]]] = {"ostinato": [], "streamlit": []}
    for _ in range(3 if quick else 5):
        for framework in found:
            found[framework].append(run(framework, quick))

    def median(framework: str) -> dict[str, float]:
        runs = found[framework]
        return {key: statistics.median(r[key] for r in runs) for key in runs[0]}

    return median("ostinato"), median("streamlit")


def measure(quick: bool) -> list[tuple[str, str, str, str]]:
    """Rows (figure, ours, Streamlit's, ratio) for bench/RESULTS.md."""
    ours, theirs = rounds(quick)
    return [
        (
            "st.cache_data hit, 100,000-row DataFrame argument (per hit)",
            f"{ours['frame'] * 1e3:.2f} ms",
            f"{theirs['frame'] * 1e3:.2f} ms",
            ratio(ours["frame"], theirs["frame"]),
        ),
        (
            "st.cache_data hit, two int arguments (per hit)",
            f"{ours['scalar'] * 1e6:.1f} µs",
            f"{theirs['scalar'] * 1e6:.1f} µs",
            ratio(ours["scalar"], theirs["scalar"]),
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    for row in measure(args.quick):
        print(" | ".join(row))


if __name__ == "__main__":
    main()
