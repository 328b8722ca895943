// st.grid ("block:grid"): a CSS grid whose direct children are its cells; a
// count of columns, or "auto" columns of at least `min_column_width` (auto-fill);
// st.grid().cell() ("block:grid_cell") spans columns and rows.

import { h } from "../dom";
import { registerElement } from "../registry";
import { gapLength, sized } from "./container";

registerElement("block:grid", (raw) => {
  const el = raw as unknown as {
    columns: "auto" | number;
    min_column_width: "auto" | number;
    wrap: boolean;
    row_gap: string | number | null;
    column_gap: string | number | null;
    vertical_alignment: "top" | "center" | "bottom";
    border: boolean;
    row_height: "content" | number;
    dense: boolean;
    key?: string | null;
  };
  const root = h("div", { class: `ost-grid${el.border ? " ost-grid-border" : ""}` });
  if (el.key) root.classList.add(`st-key-${el.key}`);
  const min = typeof el.min_column_width === "number" ? `${el.min_column_width}px` : "12rem";
  const columns =
    el.columns === "auto"
      ? `repeat(auto-fill, minmax(min(${min}, 100%), 1fr))`
      : el.wrap
        ? `repeat(auto-fill, minmax(max(min(${min}, 100%), calc((100% - ${el.columns - 1} * var(--ost-column-gap)) / ${el.columns})), 1fr))`
        : `repeat(${el.columns}, minmax(0, 1fr))`;
  root.style.setProperty("--ost-column-gap", gapLength(el.column_gap as never));
  root.style.rowGap = gapLength(el.row_gap as never);
  root.style.columnGap = "var(--ost-column-gap)";
  root.style.gridTemplateColumns = columns;
  if (typeof el.row_height === "number") root.style.gridAutoRows = `${el.row_height}px`;
  if (el.dense) root.style.gridAutoFlow = "row dense";
  root.style.alignItems = { top: "start", center: "center", bottom: "end" }[el.vertical_alignment] ?? "start";
  if (el.columns !== "auto" && !el.wrap) root.classList.add("ost-grid-fixed");
  sized(root, raw);
  return { root, body: root };
});

registerElement("block:grid_cell", (raw) => {
  const el = raw as unknown as { column_span: "all" | number; row_span: number };
  const root = h("div", { class: "ost-block ost-grid-cell" });
  root.style.gridColumn = el.column_span === "all" ? "1 / -1" : `span ${el.column_span}`;
  if (el.row_span > 1) root.style.gridRow = `span ${el.row_span}`;
  return { root, body: root };
});
