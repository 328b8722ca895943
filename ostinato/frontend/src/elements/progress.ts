// st.progress: a bar (role=progressbar, aria-valuenow 0–100) with an optional
// Markdown text above it; an update replaces it at the same path.

import { h } from "../dom";
import { registerElement } from "../registry";
import { widthStyle } from "./spinner";

interface ProgressEl {
  type: "progress";
  value: number;
  text: string;
  html: string;
  width: "stretch" | number;
}

function progress(el: ProgressEl): HTMLElement {
  const value = Math.max(0, Math.min(100, Number(el.value) || 0));
  const label = el.text ? h("div", { class: "ost-progress-text ost-md-label", html: el.html }) : null;
  if (label) label.id = `ost-progress-${Math.random().toString(36).slice(2)}`;
  const bar = h(
    "div",
    {
      class: "ost-progress-track",
      role: "progressbar",
      "aria-valuemin": 0,
      "aria-valuemax": 100,
      "aria-valuenow": value,
      "aria-labelledby": label ? label.id : null,
      "aria-label": label ? null : "Progress",
    },
    h("div", { class: "ost-progress-fill" }),
  );
  (bar.firstChild as HTMLElement).style.width = `${value}%`;
  return h("div", { class: "ost-progress", style: widthStyle(el.width) }, label, bar);
}

registerElement("progress", (el) => ({ root: progress(el as unknown as ProgressEl) }));
