// st.metric: a label, a big value and an optional coloured delta.

import { h } from "../dom";
import type { MetricEl } from "../protocol";
import { registerElement } from "../registry";

function metric(el: MetricEl): HTMLElement {
  const delta = el.delta === null || el.delta === undefined || el.delta === "" ? null : String(el.delta);
  let tone = "off";
  let arrow = "";
  if (delta !== null) {
    const down = delta.trim().startsWith("-");
    arrow = down ? "▼" : "▲";
    if (el.delta_color !== "off") tone = down === (el.delta_color === "inverse") ? "good" : "bad";
  }
  return h(
    "div",
    { class: `ost-metric${el.border ? " ost-border" : ""}`, title: el.help ?? null },
    h("div", { class: "ost-metric-label", text: el.label }),
    h("div", { class: "ost-metric-value", text: el.value }),
    delta !== null &&
      h(
        "div",
        { class: `ost-metric-delta ${tone}` },
        h("span", { "aria-hidden": "true", text: `${arrow} ` }),
        delta.replace(/^\s*[+-]\s*/, (sign) => (sign.includes("-") ? "−" : "+")),
      ),
  );
}

registerElement("metric", (el) => ({ root: metric(el) }));
