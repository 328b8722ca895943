"""A chat with 200 messages of history, on Ostinato and on Streamlit 1.67 in one run.

The app is the chat tutorial's: the history lives in Session State and is drawn
with st.chat_message / st.markdown on every run; a message sent with the pinned
st.chat_input is added to it. Headless Chromium types a message and presses
Enter; the time from the key press to the new message's text appearing in the
page is measured inside the page (a MutationObserver, as bench/__main__.py's
clicks are). The websocket bytes the page receives for one rerun (from the key
press until the run has ended and the page is quiet) are counted at 200, 201
and 202 messages of history: they should grow with the new message, not with
the history.

`.venv/bin/python -m bench.chat [--quick]` prints the rows.
"""

from __future__ import annotations

import argparse
import statistics
from typing import Any

from bench.__main__ import (
    CHROMIUM,
    CHROMIUM_ARGS,
    FRAMEWORKS,
    STREAMLIT,
    WORK,
    Framework,
    ensure_streamlit,
    fmt,
    ratio,
    server,
)

HISTORY = 200

APP = """
import streamlit as st

if "messages" not in st.session_state:
    st.session_state.messages = [
        {
            "role": "user" if i % 2 == 0 else "assistant",
            "content": f"History message {i}: " + "lorem ipsum dolor sit amet " * 6,
        }
        for i in range(HISTORY)
    ]
st.title("Chat")
for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])
if prompt := st.chat_input("Say something"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
""".replace("HISTORY", str(HISTORY))

ARM_JS = """
({expected}) => {
  window.__chat = new Promise((resolve) => {
    let start = 0;
    addEventListener('keydown', (e) => { if (e.key === 'Enter') start = performance.now(); },
                     {capture: true, once: true});
    const observer = new MutationObserver((records) => {
      const hit = records.some(r => (r.type === 'characterData' ? r.target.data
        : [...r.addedNodes].map(n => n.textContent || '').join(' ')).includes(expected));
      if (hit && start) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(document.body, {childList: true, subtree: true, characterData: true});
  });
}
"""

QUIET_MS = 600
"""A rerun's frames have all arrived once the page has received nothing for this long."""


def prepare(framework: Framework) -> None:
    (WORK / framework.name).mkdir(parents=True, exist_ok=True)
    source = APP if framework is STREAMLIT else APP.replace("import streamlit", "import ostinato")
    framework.app("chat").write_text(source)


def field_of(page: Any) -> Any:
    return page.locator("textarea").last


def measure_framework(browser: Any, framework: Framework, sends: int) -> dict[str, Any]:
    """Bytes per rerun at 200, 201, 202 messages, then `sends` timed submits."""
    prepare(framework)
    with server(framework, "chat") as (url, _):
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        received: list[int] = [0]

        def on_socket(ws: Any) -> None:
            def count(payload: Any) -> None:
                received[0] += len(payload.encode() if isinstance(payload, str) else payload)

            ws.on("framereceived", count)

        page.on("websocket", on_socket)
        page.goto(url)
        page.get_by_text(f"History message {HISTORY - 1}:").wait_for(timeout=60000)
        field_of(page).wait_for(timeout=60000)
        page.wait_for_timeout(QUIET_MS)
        per_rerun: list[int] = []
        timings: list[float] = []
        for n in range(3 + sends):
            text = f"Bench message {n} sent now"
            field = field_of(page)
            field.fill(text)
            page.wait_for_timeout(50)
            page.evaluate(ARM_JS, {"expected": text})
            before = received[0]
            field.press("Enter")
            took = page.evaluate("window.__chat")
            last = -1
            while received[0] != last:
                last = received[0]
                page.wait_for_timeout(QUIET_MS)
            if n < 3:
                per_rerun.append(received[0] - before)
            else:
                timings.append(float(took))
        page.close()
    return {"bytes": per_rerun, "p50": statistics.median(timings), "sends": len(timings)}


def measure(quick: bool) -> list[tuple[str, str, str, str]]:
    """Rows (figure, Ostinato, Streamlit, ratio)."""
    from playwright.sync_api import sync_playwright

    ensure_streamlit()
    sends = 10 if quick else 40
    found: dict[str, dict[str, Any]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for framework in FRAMEWORKS:
            found[framework.name] = measure_framework(browser, framework, sends)
        browser.close()
    ours, theirs = found["ostinato"], found["streamlit"]
    rows = [
        (
            f"chat, {HISTORY} messages: send → new message visible, p50 ({ours['sends']} sends)",
            fmt(ours["p50"], "ms"),
            fmt(theirs["p50"], "ms"),
            ratio(ours["p50"], theirs["p50"]),
        )
    ]
    for index, size in enumerate((HISTORY, HISTORY + 1, HISTORY + 2)):
        rows.append(
            (
                f"chat: bytes received for the rerun that adds a message to {size}",
                f"{ours['bytes'][index]:,} B",
                f"{theirs['bytes'][index]:,} B",
                ratio(ours["bytes"][index], theirs["bytes"][index]),
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer sends")
    args = parser.parse_args()
    for figure, ours, theirs, how in measure(args.quick):
        print(f"{figure:78} {ours:>12} {theirs:>12}  {how}")


if __name__ == "__main__":
    main()
