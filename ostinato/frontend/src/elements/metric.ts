// st.metric: a label, a big value, an optional coloured delta and an optional
// sparkline (chart_data) drawn as a small SVG.

import { h } from "../dom";
import type { MetricEl } from "../protocol";
import { registerElement } from "../registry";
import { sparkline } from "../sparkline";
import { iconNode } from "./link_button";

function metric(el: MetricEl): HTMLElement {
  const delta = el.delta === null || el.delta === undefined || el.delta === "" ? null : String(el.delta);
  let tone = "off";
  let arrow = "";
  if (delta !== null) {
    const down = delta.trim().startsWith("-");
    const direction = el.delta_arrow === "up" ? false : el.delta_arrow === "down" ? true : down;
    arrow = el.delta_arrow === "off" ? "" : direction ? "▼" : "▲";
    if (el.delta_color !== "off") tone = down === (el.delta_color === "inverse") ? "good" : "bad";
  }
  const points = el.chart_data ?? null;
  const root = h(
    "div",
    { class: `ost-metric${el.border ? " ost-border" : ""}`, title: el.help ?? null, "data-testid": "ost-metric" },
    h("div", { class: "ost-metric-label" }, iconNode(el.icon ?? null), el.label),
    h("div", { class: "ost-metric-value", text: el.display ?? el.value }),
    delta !== null &&
      h(
        "div",
        { class: `ost-metric-delta ${tone}` },
        arrow && h("span", { "aria-hidden": "true", text: `${arrow} ` }),
        delta.replace(/^\s*[+-]\s*/, (sign) => (sign.includes("-") ? "−" : "+")),
        el.delta_description ? h("span", { class: "ost-metric-delta-description", text: ` ${el.delta_description}` }) : null,
      ),
  );
  if (points && points.length) {
    const color = tone === "good" ? "var(--green-text)" : tone === "bad" ? "var(--red-text)" : "var(--chart-1, var(--primary))";
    const chart = sparkline(points, el.chart_type ?? "line", { width: 240, height: 48, color, label: `${el.label}: ${el.chart_type ?? "line"} chart of ${points.length} values` });
    chart.setAttribute("preserveAspectRatio", "none");
    root.append(h("div", { class: "ost-metric-chart" }, chart));
  }
  if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
  return root;
}

registerElement("metric", (el) => ({ root: metric(el) }));
