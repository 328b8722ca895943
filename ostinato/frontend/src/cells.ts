// How a table cell shows its wire value (ostinato/elements/table_columns.py says
// what each column kind sends): text, checkboxes, pills, links, images, sparklines,
// progress bars. st.dataframe's grid and st.table share it.

import { h } from "./dom";
import type { Cell, TableColumn } from "./protocol";
import { sparkColor, sparkline } from "./sparkline";

const CHARTS: Record<string, "line" | "bar" | "area"> = { line_chart: "line", bar_chart: "bar", area_chart: "area" };

/** The plain text of a cell (for search, copy and CSV). */
export function cellText(col: TableColumn, value: Cell): string {
  if (value === null || value === undefined) return "";
  if (col.kind === "link" && Array.isArray(value)) return String(value[0]);
  if (col.kind === "progress" && Array.isArray(value)) return String(value[1]);
  if (col.kind === "markdown" && typeof value === "string") {
    const tmp = document.createElement("div");
    tmp.innerHTML = value;
    return tmp.textContent ?? "";
  }
  if (Array.isArray(value)) return JSON.stringify(value);
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Fill `td` with `value` as a cell of `col`; a missing value shows `placeholder`. */
export function fillCell(td: HTMLElement, col: TableColumn, value: Cell, placeholder: string, rowPx: number): void {
  if (value === null || value === undefined) {
    td.classList.add("ost-missing");
    td.textContent = placeholder;
    return;
  }
  const kind = col.kind;
  if (kind === "checkbox" && typeof value === "boolean") {
    td.append(h("input", { type: "checkbox", class: "ost-df-check", checked: value, disabled: true, "aria-label": value ? "true" : "false" }));
    return;
  }
  if ((kind === "list" || kind === "multiselect") && Array.isArray(value)) {
    td.append(...value.map((item) => h("span", { class: "ost-pill", text: String(item) })));
    return;
  }
  if (kind === "link" && Array.isArray(value)) {
    const href = String(value[0]);
    const safe = /^(https?:|mailto:|\/|\.|#)/i.test(href) ? href : null;
    td.append(safe ? h("a", { href: safe, target: "_blank", rel: "noopener noreferrer", text: String(value[1]) }) : String(value[1]));
    return;
  }
  if (kind === "image" && typeof value === "string") {
    td.append(h("img", { class: "ost-df-image", src: value, alt: "", loading: "lazy", style: `height:${rowPx - 6}px` }));
    return;
  }
  if (kind in CHARTS && Array.isArray(value)) {
    const points = value.map((p) => (typeof p === "number" ? p : null));
    td.append(sparkline(points, CHARTS[kind], { width: 120, height: rowPx - 8, yMin: col.y_min, yMax: col.y_max, color: col.color ?? "primary" }));
    return;
  }
  if (kind === "progress" && Array.isArray(value)) {
    const fraction = Number(value[0]) || 0;
    const bar = h("span", { class: "ost-df-bar" }, h("span", { class: "ost-df-bar-fill", style: `width:${(fraction * 100).toFixed(1)}%;background:${sparkColor(col.color ?? "primary", [])}` }));
    td.append(h("span", { class: "ost-df-progress", role: "progressbar", "aria-valuenow": Math.round(fraction * 100), "aria-valuemin": 0, "aria-valuemax": 100 }, bar, h("span", { text: String(value[1]) })));
    return;
  }
  if (kind === "markdown" && typeof value === "string") {
    td.innerHTML = value;
    return;
  }
  if (kind === "button") {
    td.append(h("button", { type: "button", class: "ost-df-button", disabled: true, text: String(value) }));
    return;
  }
  td.textContent = typeof value === "object" ? JSON.stringify(value) : String(value);
}
