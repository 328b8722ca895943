// st.spinner: a spinning ring and the text (Markdown), optionally with the time
// elapsed since it appeared. Like Streamlit, it becomes visible only after half a
// second (CSS), so a quick block shows nothing.

import { h } from "../dom";
import { registerElement } from "../registry";

interface SpinnerEl {
  type: "spinner";
  text: string;
  html: string;
  show_time: boolean;
  cache: boolean;
  width: "content" | "stretch" | number;
}

/** Elapsed time as Streamlit writes it: "(2.3 seconds)", "(1 minute, 4.0 seconds)". */
export function elapsed(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? "" : "s"}`;
  const parts: string[] = [];
  if (hours > 0) parts.push(plural(hours, "hour"));
  if (minutes > 0) parts.push(plural(minutes, "minute"));
  if (rest !== 0 || parts.length === 0) parts.push(`${rest.toFixed(1)} seconds`);
  return `(${parts.join(", ")})`;
}

/** Width as Streamlit's layout option: "content", "stretch" or pixels. */
export function widthStyle(width: unknown): string | null {
  return typeof width === "number" ? `width:${width}px;max-width:100%` : null;
}

function spinner(el: SpinnerEl): HTMLElement {
  const time = el.show_time ? h("span", { class: "ost-spinner-time", text: elapsed(0) }) : null;
  const root = h(
    "div",
    {
      class: `ost-spinner-element${el.cache ? " ost-spinner-cache" : ""}${el.width === "stretch" ? " stretch" : ""}`,
      style: widthStyle(el.width),
    },
    h("span", { class: "ost-spinner-ring", "aria-hidden": "true" }),
    h("div", { class: "ost-spinner-text" }, h("div", { role: "status", class: "ost-markdown", html: el.html }), time),
  );
  if (time) {
    const start = Date.now();
    let seen = false;
    const timer = window.setInterval(() => {
      if (root.isConnected) seen = true;
      else if (seen) {
        window.clearInterval(timer);
        return;
      }
      time.textContent = elapsed((Date.now() - start) / 1000);
    }, 100);
  }
  return root;
}

registerElement("spinner", (el) => ({ root: spinner(el as unknown as SpinnerEl) }));
