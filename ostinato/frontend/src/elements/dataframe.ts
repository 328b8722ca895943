// A scrollable table that draws only the rows in view (plus a margin) and asks
// the server for windows of rows it does not have yet.

import { h } from "../dom";
import type { Cell, DataframeEl, Path } from "../protocol";
import { registerElement, type RowsSource } from "../registry";

const ROW_PX = 28;
const WINDOW = 500;
const MARGIN = 20;

function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function renderDataframe(el: DataframeEl, path: Path, source: RowsSource): HTMLElement {
  const total = Number(el.total_rows) || 0;
  const height = Number(el.height) || 400;
  const showIndex = el.show_index !== false;
  const rows: (Cell[] | undefined)[] = [];
  const labels: (string | undefined)[] = [];
  const asked = new Set<number>();

  const take = (start: number, index: string[], data: Cell[][]): void => {
    data.forEach((row, i) => {
      rows[start + i] = row;
      labels[start + i] = index[i];
    });
  };
  take(el.start ?? 0, el.index ?? [], el.rows ?? []);
  for (let w = 0; w < (el.rows ?? []).length; w += WINDOW) asked.add(Math.floor(((el.start ?? 0) + w) / WINDOW) * WINDOW);

  const head = h(
    "tr",
    {},
    showIndex && h("th", { scope: "col", class: "ost-index" }),
    ...el.columns.map((c) => h("th", { scope: "col", text: c })),
  );
  const tbody = h("tbody");
  const table = h("table", { class: "ost-table" }, h("thead", {}, head), tbody);
  const scroller = h("div", { class: "ost-dataframe", tabindex: 0, role: "region", "aria-label": `Table of ${total} rows` }, table);
  scroller.style.maxHeight = `${height}px`;

  const numeric = el.columns.map((_, c) => {
    const sample = el.rows?.find((row) => row[c] !== null && row[c] !== undefined);
    return typeof sample?.[c] === "number";
  });

  const fetchWindow = (block: number): void => {
    if (asked.has(block)) return;
    const pending = source.rows(path, block, Math.min(total, block + WINDOW));
    if (!pending) return;
    asked.add(block);
    void pending.then((answer) => {
      if (answer.digest !== el.digest) return;
      take(answer.start, answer.index, answer.rows);
      draw(true);
    });
  };

  let drawn = "";
  const draw = (force = false): void => {
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_PX) - MARGIN);
    const last = Math.min(total, first + Math.ceil(height / ROW_PX) + 2 * MARGIN);
    if (!force && drawn === `${first}:${last}`) return;
    drawn = `${first}:${last}`;
    for (let block = Math.floor(first / WINDOW) * WINDOW; block < last; block += WINDOW) fetchWindow(block);
    const spacer = (px: number): HTMLElement => {
      const tr = h("tr", { class: "ost-spacer", "aria-hidden": "true" });
      tr.style.height = `${px}px`;
      return tr;
    };
    const body: HTMLElement[] = [spacer(first * ROW_PX)];
    for (let i = first; i < last; i++) {
      const row = rows[i];
      body.push(
        h(
          "tr",
          { class: row ? null : "ost-loading" },
          showIndex && h("th", { scope: "row", class: "ost-index", text: labels[i] ?? String(i) }),
          ...el.columns.map((_, c) => h("td", { class: numeric[c] ? "num" : null, text: row ? cellText(row[c]) : "…" })),
        ),
      );
    }
    body.push(spacer((total - last) * ROW_PX));
    tbody.replaceChildren(...body);
  };

  let frame = 0;
  scroller.addEventListener("scroll", () => {
    if (!frame) frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  });
  draw(true);
  return h(
    "div",
    { class: "ost-dataframe-wrap" },
    scroller,
    h("div", { class: "ost-caption ost-table-size", text: `${total} rows × ${el.columns.length} columns` }),
  );
}

registerElement("dataframe", (el, path, actions) => ({ root: renderDataframe(el, path, actions) }));
