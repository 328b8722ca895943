// st.table: a static table, every row drawn; text cells are Markdown (rendered by
// the server), a Styler's CSS applies per cell.

import { fillCell } from "../cells";
import { h } from "../dom";
import type { TableEl } from "../protocol";
import { registerElement } from "../registry";

registerElement("table", (el: TableEl) => {
  const head = el.hide_header
    ? null
    : h("thead", {}, h("tr", {}, ...el.columns.map((col) => h("th", { scope: "col", class: `align-${col.align}${col.index ? " ost-index" : ""}`, title: col.help ?? null, text: col.label }))));
  const body = h(
    "tbody",
    {},
    ...el.rows.map((cells, r) =>
      h(
        "tr",
        {},
        ...el.columns.map((col, c) => {
          const cell = h(col.index ? "th" : "td", { class: `align-${col.align}${col.index ? " ost-index" : ""}` });
          if (col.index) cell.setAttribute("scope", "row");
          fillCell(cell, col, cells[c], "", 32);
          const css = el.styles?.[r]?.[c];
          if (css) cell.style.cssText += `;${css}`;
          return cell;
        }),
      ),
    ),
  );
  const border = el.border === true ? "all" : el.border === "horizontal" ? "horizontal" : "none";
  const table = h("table", { class: `ost-static-table ost-border-${border}`, "aria-label": el.alt ?? null }, head, body);
  const root = h("div", { class: "ost-static-table-wrap", "data-testid": "ost-table" }, table);
  if (el.caption) root.append(h("div", { class: "ost-caption", text: el.caption }));
  if (el.total_rows > el.rows.length) root.append(h("div", { class: "ost-caption", text: `Showing the first ${el.rows.length.toLocaleString("en-US")} of ${el.total_rows.toLocaleString("en-US")} rows.` }));
  if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
  else if (el.width === "content") root.classList.add("ost-static-table-content");
  if (typeof el.height === "number") {
    root.style.maxHeight = `${el.height}px`;
    root.style.overflow = "auto";
  }
  return { root };
});
