"""Per-rerun cost in the headless harness (AppTest), for either framework.

`python -m bench.harness ostinato|streamlit APP.py [--clicks N] [--store KIND --store-url URL]`
prints one JSON object: milliseconds per `button.click().run()`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=["ostinato", "streamlit"])
    parser.add_argument("app")
    parser.add_argument("--clicks", type=int, default=200)
    parser.add_argument("--store", default="memory")
    parser.add_argument("--store-url", default="")
    args = parser.parse_args()
    if args.kind == "streamlit":
        from streamlit.testing.v1 import AppTest
    else:
        from ostinato.config import set_option
        from ostinato.testing.v1 import AppTest  # type: ignore[assignment]

        set_option("session.store", args.store)
        set_option("session.storeUrl", args.store_url)
        set_option("session.secret", "bench-secret-0123456789abcdef")
    at = AppTest.from_file(os.path.abspath(args.app), default_timeout=60).run()
    for _ in range(5):
        at.button[0].click().run()
    times = []
    for _ in range(args.clicks):
        started = time.perf_counter()
        at.button[0].click().run()
        times.append(time.perf_counter() - started)
    assert not at.exception, at.exception
    print(json.dumps({"mean_ms": statistics.fmean(times) * 1000,
                      "median_ms": statistics.median(times) * 1000}))  # fmt: skip


if __name__ == "__main__":
    main()
