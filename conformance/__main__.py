"""`python -m conformance record` (in Streamlit's venv) writes the golden file from
Streamlit 1.67; `python -m conformance check` (in the project's venv) runs every
scenario on Ostinato and prints each difference with its step and field."""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import sys
from pathlib import Path
from typing import Any

from conformance.harness import first_difference, run_scenario
from conformance.intended import INTENDED
from conformance.oracle import record_one
from conformance.scenarios import all_scenarios

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
"""One JSON file per scenario module: <module>.json."""
STREAMLIT_VERSION = "1.67.0"


def record(names: list[str]) -> int:
    """Run the scenarios twice on Streamlit; write the golden if both agree."""
    import streamlit

    if streamlit.__version__ != STREAMLIT_VERSION:
        print(f"need Streamlit {STREAMLIT_VERSION}, found {streamlit.__version__}")
        return 2
    import streamlit.testing.v1

    logging.disable(logging.CRITICAL)  # Streamlit's log of the scripts' errors: recorded anyway
    context = multiprocessing.get_context("fork")
    runs = []
    for attempt in (1, 2):
        with context.Pool(2, maxtasksperchild=1) as pool:
            runs.append(dict(pool.map(record_one, names, chunksize=1)))
        print(f"run {attempt}: {len(names)} scenarios on Streamlit {streamlit.__version__}")
    unstable = [n for n in names if first_difference(runs[0][n], runs[1][n]) is not None]
    for name in unstable:
        print(
            "NOT DETERMINISTIC on Streamlit:",
            name,
            first_difference(runs[0][name], runs[1][name]),
        )
    broken = [n for n in names if runs[0][n] and "harness_error" in runs[0][n][0]]
    for name in broken:
        print(f"HARNESS ERROR in {name}:\n{runs[0][name][0]['harness_error']}")
    if unstable or broken:
        return 1
    for module in sorted({name.split(".")[0] for name in names}):
        path = GOLDEN / f"{module}.json"
        kept = json.loads(path.read_text())["scenarios"] if path.exists() else {}
        kept.update({n: r for n, r in runs[0].items() if n.split(".")[0] == module})
        known = all_scenarios()
        kept = {n: kept[n] for n in sorted(kept) if n in known}
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(
            json.dumps({"streamlit": STREAMLIT_VERSION, "scenarios": kept}, indent=1) + "\n"
        )
        print(f"wrote {path.relative_to(HERE.parent)} ({len(kept)} scenarios)")
    return 0


def load_golden() -> dict[str, list[dict[str, Any]]]:
    """Streamlit's records by scenario name."""
    scenarios: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(GOLDEN.glob("*.json")):
        scenarios.update(json.loads(path.read_text())["scenarios"])
    return scenarios


def check_one(name: str, golden: dict[str, list[dict[str, Any]]]) -> str | None:
    """None when Ostinato matches Streamlit on `name` (or differs only as intended);
    otherwise what differs."""
    import ostinato.config
    from conformance.frameworks import ostinato as ostinato_framework

    if name not in golden:
        return "no golden record: run `make conformance`"
    try:
        actual = run_scenario(all_scenarios()[name], ostinato_framework())
    finally:
        ostinato.config.reset_options()
    found = first_difference(golden[name], actual)
    intended = INTENDED.get(name)
    if intended is not None:
        if found is not None and (found[0], found[1]) == (intended.step, intended.field):
            return None
        return (
            f"listed as an intended difference at step {intended.step} {intended.field}, "
            f"but the first difference is {found}"
        )
    if found is None:
        return None
    step, where, want, got = found
    do = golden[name][step]["do"] if step < len(golden[name]) else "?"
    return f"step {step} {do}: {where}\n    streamlit: {want!r}\n    ostinato:  {got!r}"


def check(names: list[str]) -> int:
    """Every scenario on Ostinato against the golden; prints each difference."""
    golden = load_golden()
    failures = 0
    for name in names:
        problem = check_one(name, golden)
        if problem is not None:
            failures += 1
            print(f"DIFFERS {name}: {problem}")
    print(f"{len(names) - failures} of {len(names)} scenarios match Streamlit {STREAMLIT_VERSION}")
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance")
    parser.add_argument("command", choices=["record", "check", "list"])
    parser.add_argument("names", nargs="*", help="scenario names or prefixes (default: all)")
    args = parser.parse_args()
    known = list(all_scenarios())
    names = [n for n in known if not args.names or any(n.startswith(p) for p in args.names)]
    if args.command == "list":
        print("\n".join(names))
        return 0
    return record(names) if args.command == "record" else check(names)


if __name__ == "__main__":
    sys.exit(main())
