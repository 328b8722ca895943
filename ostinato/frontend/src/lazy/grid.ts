// st.dataframe's grid (a lazy chunk: pages without tables never load it). A real
// <table> that draws only the rows in view; rows come in windows from the server,
// which also sorts (header click) and searches, so a million rows stay smooth and
// the script never reruns for them. Toolbar: search, CSV download, fullscreen.
// Columns resize by dragging a header's edge; selected cells copy as TSV.

import { cellText, fillCell } from "../cells";
import { h } from "../dom";
import type { Cell, DataframeEl, Path, RowsView, WidgetEl } from "../protocol";
import type { Actions } from "../registry";

const WINDOW = 500;
const MARGIN = 12;
const WIDTHS: Record<string, number> = { small: 75, medium: 200, large: 400 };
const MAX_CONTENT_PX = 10_000;
const MAX_SCROLL_PX = 8_000_000;

interface Row {
  id: number;
  cells: Cell[];
  styles: (string | null)[] | null;
}

interface Kept {
  signature: string;
  sort: [number, boolean] | null;
  search: string;
  scrollTop: number;
  widths: number[] | null;
}

/** What the user did to a table (sort, search, scroll, widths), kept across reruns
 * that draw the same table again at the same place. */
const kept = new Map<string, Kept>();

type Selection = { rows: number[]; columns: string[]; cells: [number, string][] };

/** The toolbar's icons, as SVG paths of our own (no icon font to download). */
const ICONS = {
  search: "M10.5 4.5a6 6 0 1 0 0 12a6 6 0 1 0 0-12M15 15l5 5",
  download: "M12 4v11M7 10l5 5 5-5M5 20h14",
  fullscreen: "M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5",
  exit: "M9 4v5H4M20 9h-5V4M15 20v-5h5M4 15h5v5",
};

function toolIcon(d: string): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "ost-df-tool-icon");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", d);
  svg.append(path);
  return svg;
}

export function drawGrid(root: HTMLElement, el: DataframeEl, path: Path, actions: Actions): void {
  const columns = el.columns;
  const rowPx = Number(el.row_height) || 35;
  const placeholder = el.placeholder ?? "None";
  const modes = new Set(el.selection_mode ?? []);
  const rowMode = modes.has("multi-row") ? "multi" : modes.has("single-row") || modes.has("single-row-required") ? "single" : null;
  const required = modes.has("single-row-required");
  const columnMode = modes.has("multi-column") ? "multi" : modes.has("single-column") ? "single" : null;
  const cellMode = modes.has("multi-cell") ? "multi" : modes.has("single-cell") ? "single" : null;
  const signature = `${columns.map((c) => c.name).join("\u0000")}|${el.total_rows}`;
  const keyOf = path.join(".");
  const before = kept.get(keyOf);
  const state: Kept = before && before.signature === signature ? before : { signature, sort: null, search: "", scrollTop: 0, widths: null };
  kept.set(keyOf, state);

  const selected = {
    rows: new Set<number>(el.value?.selection.rows ?? []),
    columns: new Set<string>(el.value?.selection.columns ?? []),
    cells: new Set<string>((el.value?.selection.cells ?? []).map(([r, c]) => `${r}\u0000${c}`)),
  };
  let anchor: [number, number] | null = null;
  let focus: [number, number] | null = null;

  let total = Number(el.total_rows) || 0;
  let rows: (Row | undefined)[] = [];
  let asked = new Set<number>();
  let generation = 0;
  const view = (): RowsView => ({ sort: state.sort, search: state.search });

  const take = (start: number, part: { ids: number[]; rows: Cell[][]; styles?: (string | null)[][] }): void => {
    part.rows.forEach((cells, i) => {
      rows[start + i] = { id: part.ids[i], cells, styles: part.styles?.[i] ?? null };
    });
  };
  const fresh = !state.sort && !state.search;
  if (fresh) {
    take(el.start ?? 0, el);
    for (let w = 0; w < (el.rows ?? []).length; w += WINDOW) asked.add(Math.floor(((el.start ?? 0) + w) / WINDOW) * WINDOW);
  }

  // ---- Header -------------------------------------------------------------
  const colgroup = h("colgroup");
  const cols: HTMLTableColElement[] = [];
  const headRow = h("tr", { "aria-rowindex": 1 });
  const ths: HTMLTableCellElement[] = [];
  if (rowMode) {
    const all = rowMode === "multi" ? h("input", { type: "checkbox", class: "ost-df-check", "aria-label": "Select all rows" }) : null;
    all?.addEventListener("change", () => {
      void selectAllRows((all as HTMLInputElement).checked);
    });
    headRow.append(h("th", { scope: "col", class: "ost-df-select" }, all));
    const col = h("col", { style: "width:36px" });
    colgroup.append(col);
  }
  columns.forEach((col, c) => {
    const arrow = h("span", { class: "ost-df-arrow", "aria-hidden": "true" });
    const button = h("button", { type: "button", class: "ost-df-head", title: col.help ?? null }, h("span", { class: "ost-df-label", text: col.label }), arrow);
    const grip = h("span", { class: "ost-df-grip", role: "separator", "aria-orientation": "vertical", "aria-label": `Resize ${col.label || "index"}` });
    const th = h("th", { scope: "col", class: `${col.index ? "ost-index" : ""} align-${col.align}${col.pinned ? " ost-df-pinned" : ""}`, "data-kind": col.kind }, button, grip);
    if (col.pinned) th.style.left = `var(--ost-pin-${c}, ${rowMode ? 36 : 0}px)`;
    button.addEventListener("click", (event) => headerClick(c, event as MouseEvent));
    grip.addEventListener("pointerdown", (event) => startResize(c, event as PointerEvent));
    ths.push(th);
    headRow.append(th);
    const colEl = h("col");
    cols.push(colEl);
    colgroup.append(colEl);
  });
  const tbody = h("tbody");
  const table = h("table", { class: "ost-table ost-df-table", "aria-label": el.alt ?? `Table of ${total} rows`, "aria-rowcount": total + 1, "aria-colcount": columns.length }, colgroup, h("thead", {}, headRow), tbody);
  table.style.setProperty("--ost-row", `${rowPx}px`);
  const scroller = h("div", { class: "ost-dataframe", tabindex: 0, role: "region", "aria-label": el.alt ?? `Table of ${total} rows` }, table);

  // ---- Toolbar ------------------------------------------------------------
  const searchInput = h("input", { type: "search", class: "ost-df-search", placeholder: "Search", "aria-label": "Search the table", value: state.search });
  searchInput.hidden = !state.search;
  const tool = (label: string, icon: string): HTMLButtonElement => {
    const button = h("button", { type: "button", class: "ost-df-tool", title: label, "aria-label": label });
    button.append(toolIcon(icon));
    return button;
  };
  const searchButton = tool("Search", ICONS.search);
  const downloadButton = tool("Download as CSV", ICONS.download);
  const fullButton = tool("Fullscreen", ICONS.fullscreen);
  const toolbar = h("div", { class: "ost-df-toolbar", role: "toolbar", "aria-label": "Table tools" }, searchInput, searchButton, downloadButton, fullButton);
  const caption = h("div", { class: "ost-caption ost-table-size" });
  const wrap = h("div", { class: "ost-dataframe-frame" }, toolbar, scroller, caption);
  root.append(wrap);

  let searchTimer = 0;
  searchButton.addEventListener("click", () => {
    searchInput.hidden = !searchInput.hidden;
    if (!searchInput.hidden) searchInput.focus();
    else if (state.search) setSearch("");
  });
  searchInput.addEventListener("input", () => {
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => setSearch(searchInput.value), 150);
  });
  searchInput.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      searchInput.value = "";
      searchInput.hidden = true;
      setSearch("");
    }
  });
  downloadButton.addEventListener("click", () => void downloadCsv());
  fullButton.addEventListener("click", () => toggleFull());
  const onEscape = (event: KeyboardEvent): void => {
    if (event.key === "Escape" && wrap.classList.contains("ost-df-full")) toggleFull();
  };

  function toggleFull(): void {
    const on = !wrap.classList.contains("ost-df-full");
    wrap.classList.toggle("ost-df-full", on);
    fullButton.setAttribute("aria-label", on ? "Close fullscreen" : "Fullscreen");
    fullButton.title = on ? "Close fullscreen" : "Fullscreen";
    fullButton.replaceChildren(toolIcon(on ? ICONS.exit : ICONS.fullscreen));
    if (on) document.addEventListener("keydown", onEscape);
    else document.removeEventListener("keydown", onEscape);
    sizeScroller();
    draw(true);
  }

  // ---- Size ---------------------------------------------------------------
  function sizeScroller(): void {
    const full = wrap.classList.contains("ost-df-full");
    const height = el.height;
    scroller.style.height = "";
    scroller.style.maxHeight = "";
    if (full) scroller.style.height = "calc(100vh - 5rem)";
    else if (typeof height === "number") scroller.style.height = `${height}px`;
    else if (height === "stretch") scroller.style.height = "100%";
    else {
      const shown = height === "content" ? total : Math.min(total, 10);
      scroller.style.maxHeight = `${Math.min(MAX_CONTENT_PX, (shown + 1) * rowPx + 3)}px`;
    }
    const width = el.width;
    root.classList.toggle("ost-df-content", width === "content");
    root.style.width = typeof width === "number" ? `min(${width}px, 100%)` : "";
  }
  sizeScroller();

  // ---- Rows ---------------------------------------------------------------
  const fetchWindow = (block: number): void => {
    if (asked.has(block) || block >= total) return;
    const mine = generation;
    const pending = actions.rows(path, block, Math.min(total, block + WINDOW), view());
    if (!pending) return;
    asked.add(block);
    void pending.then((answer) => {
      if (answer.digest !== el.digest || mine !== generation) return;
      if (answer.total !== total) setTotal(answer.total);
      take(answer.start, answer);
      draw(true);
    });
  };

  function setTotal(count: number): void {
    total = count;
    table.setAttribute("aria-rowcount", String(total + 1));
    sizeScroller();
  }

  function restart(): void {
    generation += 1;
    rows = [];
    asked = new Set();
    focus = anchor = null;
    draw(true);
  }

  function setSearch(text: string): void {
    if (text === state.search) return;
    state.search = text;
    if (!text) setTotal(Number(el.total_rows) || 0);
    restart();
  }

  const spacer = (px: number): HTMLElement => {
    const tr = h("tr", { class: "ost-spacer", "aria-hidden": "true" });
    tr.style.height = `${px}px`;
    return tr;
  };

  const isSelectedCell = (row: Row, c: number): boolean => selected.cells.has(`${row.id}\u0000${columns[c].name}`);

  let drawn = "";
  function draw(force = false): void {
    const visible = scroller.clientHeight || Math.min(total + 1, 10) * rowPx;
    // Browsers cap an element's height (~33M px in Chromium): past MAX_SCROLL_PX the
    // scroll range stands for the rows proportionally.
    const full = total * rowPx;
    const room = Math.min(full, MAX_SCROLL_PX);
    const span = Math.max(1, room - visible);
    const virtualTop = room < full ? (Math.min(scroller.scrollTop, span) / span) * Math.max(0, full - visible) : scroller.scrollTop;
    const first = Math.max(0, Math.floor(virtualTop / rowPx) - MARGIN);
    const last = Math.min(total, Math.floor(virtualTop / rowPx) + Math.ceil(visible / rowPx) + MARGIN + 1);
    if (!force && drawn === `${first}:${last}`) return;
    drawn = `${first}:${last}`;
    for (let block = Math.floor(first / WINDOW) * WINDOW; block < last; block += WINDOW) fetchWindow(block);
    const top = room < full ? Math.max(0, Math.min(scroller.scrollTop, span) - (virtualTop - first * rowPx)) : first * rowPx;
    const body: HTMLElement[] = [spacer(top)];
    for (let i = first; i < last; i++) {
      const row = rows[i];
      const tr = h("tr", { "aria-rowindex": i + 2, class: row ? null : "ost-loading" });
      tr.style.height = `${rowPx}px`;
      if (rowMode) {
        const on = row ? selected.rows.has(row.id) : false;
        const box = h("input", { type: "checkbox", class: "ost-df-check", checked: on, disabled: !row, "aria-label": `Select row ${i + 1}` });
        box.addEventListener("change", () => row && toggleRow(row.id));
        tr.append(h("td", { class: "ost-df-select" }, box));
        if (on) tr.classList.add("ost-df-row-selected");
      }
      columns.forEach((col, c) => {
        const cell = h(col.index ? "th" : "td", { class: `align-${col.align}${col.index ? " ost-index" : ""}${col.pinned ? " ost-df-pinned" : ""}`, "data-col": c });
        if (col.pinned) cell.style.left = `var(--ost-pin-${c}, ${rowMode ? 36 : 0}px)`;
        if (col.index) cell.setAttribute("scope", "row");
        if (!row) cell.textContent = "…";
        else {
          fillCell(cell, col, row.cells[c], placeholder, rowPx);
          const css = row.styles?.[c];
          if (css) cell.style.cssText += `;${css}`;
          if (isSelectedCell(row, c) || selected.columns.has(col.name)) cell.classList.add("ost-df-cell-selected");
          if (focus && focus[0] === i && focus[1] === c) cell.classList.add("ost-df-focus");
          cell.addEventListener("click", (event) => cellClick(i, c, event as MouseEvent));
        }
        tr.append(cell);
      });
      body.push(tr);
    }
    body.push(spacer(Math.max(0, room - top - (last - first) * rowPx)));
    tbody.replaceChildren(...body);
    caption.textContent = state.search
      ? `${total.toLocaleString("en-US")} of ${Number(el.total_rows).toLocaleString("en-US")} rows match`
      : `${total.toLocaleString("en-US")} rows × ${columns.filter((c) => !c.index).length} columns`;
  }

  let frame = 0;
  scroller.addEventListener("scroll", () => {
    state.scrollTop = scroller.scrollTop;
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw();
      });
  });

  // ---- Sorting and column selection ----------------------------------------
  function showSort(): void {
    ths.forEach((th, c) => {
      const on = state.sort && state.sort[0] === c;
      th.setAttribute("aria-sort", on ? (state.sort![1] ? "ascending" : "descending") : "none");
      (th.querySelector(".ost-df-arrow") as HTMLElement).textContent = on ? (state.sort![1] ? "↑" : "↓") : "";
      th.classList.toggle("ost-df-cell-selected", selected.columns.has(columns[c].name));
    });
  }

  function headerClick(c: number, event: MouseEvent): void {
    const col = columns[c];
    if (columnMode && !col.index) {
      const on = selected.columns.has(col.name);
      if (columnMode === "single" || !(event.ctrlKey || event.metaKey || event.shiftKey)) {
        selected.columns.clear();
        if (columnMode === "multi" && !on) selected.columns.add(col.name);
      }
      if (on) selected.columns.delete(col.name);
      else selected.columns.add(col.name);
      showSort();
      draw(true);
      send();
      return;
    }
    // Ascending, then descending, then as the data comes.
    state.sort = !state.sort || state.sort[0] !== c ? [c, true] : state.sort[1] ? [c, false] : null;
    showSort();
    restart();
  }
  showSort();

  // ---- Selection -----------------------------------------------------------
  function send(): void {
    if (!el.id) return;
    const value: { selection: Selection } = {
      selection: {
        rows: [...selected.rows].sort((a, b) => a - b),
        columns: [...selected.columns],
        cells: [...selected.cells].map((key) => {
          const [r, name] = key.split("\u0000");
          return [Number(r), name] as [number, string];
        }),
      },
    };
    actions.change(el as unknown as WidgetEl, { ...value, ui: true });
  }

  function toggleRow(id: number): void {
    const on = selected.rows.has(id);
    if (on && required && selected.rows.size === 1) {
      draw(true);
      return;
    }
    if (rowMode === "single") selected.rows.clear();
    if (on) selected.rows.delete(id);
    else selected.rows.add(id);
    draw(true);
    send();
  }

  async function selectAllRows(on: boolean): Promise<void> {
    selected.rows.clear();
    if (on) for (const id of await allIds()) selected.rows.add(id);
    draw(true);
    send();
  }

  function cellClick(i: number, c: number, event: MouseEvent): void {
    const row = rows[i];
    if (!row) return;
    if (event.shiftKey && anchor) focus = [i, c];
    else anchor = focus = [i, c];
    if (cellMode && !columns[c].index) {
      const [r0, c0] = anchor!;
      const keys: string[] = [];
      for (let r = Math.min(r0, i); r <= Math.max(r0, i); r++)
        for (let k = Math.min(c0, c); k <= Math.max(c0, c); k++) {
          const target = rows[r];
          if (target && !columns[k].index) keys.push(`${target.id}\u0000${columns[k].name}`);
        }
      const only = `${row.id}\u0000${columns[c].name}`;
      const again = selected.cells.size === 1 && selected.cells.has(only) && !event.shiftKey;
      selected.cells.clear();
      if (!again) for (const key of cellMode === "single" ? [only] : keys) selected.cells.add(key);
      send();
    }
    draw(true);
    scroller.focus({ preventScroll: true });
  }

  // ---- Copy (Ctrl/Cmd+C) ---------------------------------------------------
  scroller.addEventListener("copy", (event) => {
    const text = copyText();
    if (text === null) return;
    event.preventDefault();
    event.clipboardData?.setData("text/plain", text);
  });

  function copyText(): string | null {
    if (!focus || !anchor) {
      if (!selected.rows.size) return null;
      const chosen = rows.filter((r): r is Row => !!r && selected.rows.has(r.id));
      return chosen.map((r) => r.cells.map((v, c) => cellText(columns[c], v)).join("\t")).join("\n");
    }
    const lines: string[] = [];
    for (let r = Math.min(anchor[0], focus[0]); r <= Math.max(anchor[0], focus[0]); r++) {
      const row = rows[r];
      if (!row) continue;
      const line: string[] = [];
      for (let c = Math.min(anchor[1], focus[1]); c <= Math.max(anchor[1], focus[1]); c++) line.push(cellText(columns[c], row.cells[c]));
      lines.push(line.join("\t"));
    }
    return lines.join("\n");
  }

  // ---- Resizing --------------------------------------------------------------
  function freezeWidths(): boolean {
    if (state.widths) return true;
    table.classList.add("ost-df-measure");
    const measured = ths.map((th) => Math.ceil(th.getBoundingClientRect().width));
    table.classList.remove("ost-df-measure");
    if (measured.some((w) => w === 0)) return false;
    const widths = measured.map((w, c) => {
      const want = columns[c].width;
      if (typeof want === "number") return want;
      if (want) return WIDTHS[want] ?? w;
      // The first rows may be narrower than later ones: leave room for longer values.
      const floor = columns[c].index ? String(Math.max(0, total - 1)).length * 8.5 + 28 : columns[c].kind === "number" ? 100 : 64;
      return Math.round(Math.min(Math.max(w, floor), 400));
    });
    // Room left in the frame goes to the data columns that have no width of their own.
    const room = scroller.clientWidth - widths.reduce((a, b) => a + b, rowMode ? 36 : 0) - 2;
    const flexible = columns.map((col, c) => (!col.index && !col.width ? c : -1)).filter((c) => c >= 0);
    if (room > 0 && flexible.length && el.width !== "content") {
      const share = Math.floor(room / flexible.length);
      for (const c of flexible) widths[c] += share;
    }
    state.widths = widths;
    applyWidths();
    return true;
  }

  function applyWidths(): void {
    if (!state.widths) return;
    state.widths.forEach((w, c) => {
      cols[c].style.width = `${w}px`;
    });
    table.classList.add("ost-df-fixed");
    let left = rowMode ? 36 : 0;
    columns.forEach((col, c) => {
      if (!col.pinned) return;
      table.style.setProperty(`--ost-pin-${c}`, `${left}px`);
      left += state.widths![c];
    });
    table.style.width = `${state.widths.reduce((a, b) => a + b, rowMode ? 36 : 0)}px`;
  }

  function startResize(c: number, event: PointerEvent): void {
    event.preventDefault();
    event.stopPropagation();
    if (!freezeWidths() || !state.widths) return;
    const grip = event.currentTarget as HTMLElement;
    grip.setPointerCapture(event.pointerId);
    const x0 = event.clientX;
    const w0 = state.widths[c];
    const move = (e: PointerEvent): void => {
      state.widths![c] = Math.max(40, Math.round(w0 + e.clientX - x0));
      applyWidths();
    };
    const up = (): void => {
      grip.removeEventListener("pointermove", move);
      grip.removeEventListener("pointerup", up);
    };
    grip.addEventListener("pointermove", move);
    grip.addEventListener("pointerup", up);
  }

  // ---- CSV -------------------------------------------------------------------
  async function allRows(): Promise<Row[]> {
    const out: Row[] = [];
    for (let start = 0; start < total; start += 2000) {
      const loaded = rows.slice(start, Math.min(total, start + 2000));
      if (loaded.length === Math.min(2000, total - start) && loaded.every((r) => r)) {
        out.push(...(loaded as Row[]));
        continue;
      }
      const answer = await actions.rows(path, start, Math.min(total, start + 2000), view());
      if (!answer) break;
      answer.rows.forEach((cells, i) => out.push({ id: answer.ids[i], cells, styles: null }));
    }
    return out;
  }

  async function allIds(): Promise<number[]> {
    if (!state.search) return Array.from({ length: Number(el.total_rows) }, (_, i) => i);
    return (await allRows()).map((r) => r.id);
  }

  async function downloadCsv(): Promise<void> {
    const quote = (text: string): string => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const lines = [columns.map((c) => quote(c.label)).join(",")];
    for (const row of await allRows()) lines.push(row.cells.map((v, c) => quote(cellText(columns[c], v))).join(","));
    const blob = new Blob(["\ufeff" + lines.join("\n") + "\n"], { type: "text/csv;charset=utf-8" });
    const now = new Date();
    const pad = (n: number): string => String(n).padStart(2, "0");
    const name = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}_${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}_export.csv`;
    const link = h("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  // ---- First draw ------------------------------------------------------------
  applyWidths();
  draw(true);
  if (state.scrollTop) requestAnimationFrame(() => {
    scroller.scrollTop = state.scrollTop;
    draw();
  });
  if (!fresh) restart();
  const settle = (): void => {
    if (!freezeWidths()) {
      if (root.isConnected) observer.observe(scroller);
      return;
    }
    observer.disconnect();
  };
  const observer = new ResizeObserver(() => {
    if (scroller.clientWidth) settle();
    draw();
  });
  requestAnimationFrame(settle);
  observer.observe(scroller);
}
