// st.data_editor's table (a lazy chunk, loaded with the first editor a page shows).
// The same accessible, windowed <table> as st.dataframe's grid — rows come from the
// server in windows, cells drawn by src/cells.ts — with the user's edits laid over
// them: the page keeps the edit state ({edited_rows, added_rows, deleted_rows},
// positions in the data as given) and sends it as the widget's value.
// Keyboard: arrows move between cells, Enter/F2/double-click or typing edits, Enter
// and Tab commit and move, Escape cancels, Space toggles a checkbox, Delete removes
// the selected rows.

import { fillCell } from "../cells";
import { h, swapping } from "../dom";
import type { Cell, DataframeEl, Path, TableColumn, WidgetEl } from "../protocol";
import type { Actions } from "../registry";

type Value = string | number | boolean | null | (string | null)[];
type Row = Record<string, Value>;

interface EditState {
  edited_rows: Record<string, Row>;
  added_rows: Row[];
  deleted_rows: number[];
}

interface EditColumn extends TableColumn {
  editable?: boolean;
  required?: boolean;
  default?: Value;
  data_kind?: string;
  edit?: {
    min_value?: number; max_value?: number; step?: number; max_chars?: number; validate?: string;
    options?: Value[]; format?: string; accept_new_options?: boolean;
  };
}

export interface EditorEl extends Omit<DataframeEl, "value"> {
  columns: EditColumn[];
  editing_mode: "fixed" | "dynamic" | "add" | "delete";
  disabled_all: boolean;
  reruns: boolean;
  value: string | null;
  raw?: Cell[][];
  /** Edited cells as the server formats them: key → [value sent, cell]. */
  formatted?: Record<string, [Value, Cell]>;
}

interface Loaded {
  cells: Cell[];
  raw: Cell[];
}

interface Kept {
  digest: string;
  scrollTop: number;
  focus: [number, number] | null;
  selected: Set<string>;
  /** The user was in this table (focus comes back to the cell after a rerun redraws it). */
  active: boolean;
}

const WINDOW = 500;
const MARGIN = 10;
const kept = new Map<string, Kept>();

function parseState(text: string | null): EditState {
  const empty: EditState = { edited_rows: {}, added_rows: [], deleted_rows: [] };
  if (!text) return empty;
  try {
    const value = JSON.parse(text) as Partial<EditState>;
    return { edited_rows: value.edited_rows ?? {}, added_rows: value.added_rows ?? [], deleted_rows: value.deleted_rows ?? [] };
  } catch {
    return empty;
  }
}

/** A value the user entered, as text in the table. */
function shown(col: EditColumn, value: Value): Cell {
  if (value === null || value === undefined) return null;
  if (col.kind === "checkbox") return Boolean(value);
  if (col.kind === "link") return [String(value), String(value)];
  if (Array.isArray(value)) return value.map((v) => String(v));
  if (typeof value === "number") return Number.isInteger(value) ? value.toLocaleString("en-US") : value.toLocaleString("en-US", { maximumFractionDigits: 10 });
  if (col.kind === "datetime" && typeof value === "string") return value.replace("T", " ").replace(/\.000$/, "");
  return String(value);
}

export function drawEditor(root: HTMLElement, el: EditorEl, path: Path, actions: Actions): void {
  const columns = el.columns;
  const rowPx = Number(el.row_height) || 35;
  const placeholder = el.placeholder ?? "";
  const canAdd = !el.disabled_all && (el.editing_mode === "dynamic" || el.editing_mode === "add");
  const canDelete = !el.disabled_all && (el.editing_mode === "dynamic" || el.editing_mode === "delete");
  const total = Number(el.total_rows) || 0;
  const state = parseState(el.value);
  const keyOf = path.join(".");
  const before = kept.get(keyOf);
  const memory: Kept = before && before.digest === el.digest ? before : { digest: el.digest, scrollTop: 0, focus: null, selected: new Set(), active: false };
  kept.set(keyOf, memory);
  const editable = (c: number): boolean => !el.disabled_all && !!columns[c].editable;

  const loaded: (Loaded | undefined)[] = [];
  const asked = new Set<number>();
  const take = (start: number, part: { rows: Cell[][]; raw?: Cell[][] }): void => {
    part.rows.forEach((cells, i) => {
      loaded[start + i] = { cells, raw: part.raw?.[i] ?? [] };
    });
  };
  take(el.start ?? 0, el);
  asked.add(0);

  // Display rows: the data's rows not deleted, in order, then the added rows.
  let deleted = [...state.deleted_rows].sort((a, b) => a - b);
  const shownCount = (): number => total - deleted.length + state.added_rows.length;
  const positionAt = (i: number): number | null => {
    if (i >= total - deleted.length) return null;
    let p = i;
    for (const d of deleted) {
      if (d <= p) p++;
      else break;
    }
    return p;
  };
  const rowKey = (i: number): string => {
    const p = positionAt(i);
    return p === null ? `a${i - (total - deleted.length)}` : `p${p}`;
  };

  // ---- Structure ---------------------------------------------------------
  const headRow = h("tr", { "aria-rowindex": 1 });
  if (canDelete) headRow.append(h("th", { scope: "col", class: "ost-df-select" }, h("span", { class: "ost-visually-hidden", text: "Select" })));
  columns.forEach((col) => {
    const label = h("span", { class: "ost-df-label", text: col.label });
    const th = h("th", { scope: "col", class: `${col.index ? "ost-index" : ""} align-${col.align}`, "data-kind": col.kind, title: col.help ?? null }, h("span", { class: "ost-df-head ost-de-head" }, label, col.editable && !el.disabled_all ? null : h("span", { class: "ost-icon ost-de-lock", "aria-label": "read-only", text: "lock" })));
    headRow.append(th);
  });
  const tbody = h("tbody");
  const label = el.alt ?? `Editable table of ${total} rows`;
  const table = h("table", { class: "ost-table ost-df-table ost-de-table", role: "grid", "aria-label": label, "aria-colcount": columns.length }, h("thead", {}, headRow), tbody);
  table.style.setProperty("--ost-row", `${rowPx}px`);
  const scroller = h("div", { class: "ost-dataframe ost-de-scroll", role: "region", "aria-label": label }, table);
  const addButton = canAdd ? h("button", { type: "button", class: "ost-de-action", text: "+ Add row" }) : null;
  const deleteButton = canDelete ? h("button", { type: "button", class: "ost-de-action", text: "Delete selected rows", disabled: true }) : null;
  const status = h("div", { class: "ost-caption ost-table-size", "aria-live": "polite" });
  const bar = h("div", { class: "ost-de-bar" }, addButton, deleteButton, status);
  const wrap = h("div", { class: "ost-dataframe-frame ost-de" }, scroller, bar);
  root.append(wrap);

  const sizeScroller = (): void => {
    const height = el.height;
    if (typeof height === "number") scroller.style.height = `${height}px`;
    else if (height === "stretch") scroller.style.height = "100%";
    else {
      const rows = height === "content" ? shownCount() : Math.min(shownCount(), 10);
      scroller.style.maxHeight = `${Math.min(10_000, (rows + 1) * rowPx + 3)}px`;
    }
    root.classList.toggle("ost-df-content", el.width === "content");
    root.style.width = typeof el.width === "number" ? `min(${el.width}px, 100%)` : "";
  };

  const fetchWindow = (block: number): void => {
    if (asked.has(block) || block >= total) return;
    const pending = actions.rows(path, block, Math.min(total, block + WINDOW));
    if (!pending) return;
    asked.add(block);
    void pending.then((answer) => {
      if (answer.digest !== el.digest) return;
      take(answer.start, answer as unknown as { rows: Cell[][]; raw?: Cell[][] });
      draw(true);
    });
  };

  // ---- Values --------------------------------------------------------------
  /** The cell's value as the user sees it now, and whether they changed it. */
  const show = (where: string, col: EditColumn, value: Value): Cell => {
    const known = el.formatted?.[`${where}:${col.name}`];
    return known && JSON.stringify(known[0]) === JSON.stringify(value) ? known[1] : shown(col, value);
  };
  const cellAt = (i: number, c: number): { wire: Cell; raw: Value | undefined; edited: boolean; loading: boolean } => {
    const col = columns[c];
    const p = positionAt(i);
    if (p === null) {
      const k = i - (total - deleted.length);
      const row = state.added_rows[k] ?? {};
      const value = col.name in row ? row[col.name] : null;
      return { wire: show(`a:${k}`, col, value), raw: value, edited: true, loading: false };
    }
    const edits = state.edited_rows[String(p)];
    if (edits && col.name in edits) return { wire: show(`e:${p}`, col, edits[col.name]), raw: edits[col.name], edited: true, loading: false };
    const row = loaded[p];
    if (!row) return { wire: null, raw: undefined, edited: false, loading: true };
    return { wire: row.cells[c], raw: row.raw[c] as Value, edited: false, loading: false };
  };

  const send = (): void => {
    const value = JSON.stringify({ edited_rows: state.edited_rows, added_rows: state.added_rows, deleted_rows: state.deleted_rows });
    el.value = value;
    if (el.reruns) actions.change(el as unknown as WidgetEl, value);
    else actions.hold?.(el as unknown as WidgetEl, value);
  };

  const commit = (i: number, c: number, value: Value): void => {
    const col = columns[c];
    const p = positionAt(i);
    if (p === null) {
      const k = i - (total - deleted.length);
      state.added_rows[k] = { ...state.added_rows[k], [col.name]: value };
    } else {
      const key = String(p);
      state.edited_rows[key] = { ...(state.edited_rows[key] ?? {}), [col.name]: value };
    }
    send();
  };

  // ---- Drawing ---------------------------------------------------------------
  let drawn = "";
  const cellId = (i: number, c: number): string => `${keyOf}-${i}-${c}`;
  function draw(force = false): void {
    const count = shownCount();
    table.setAttribute("aria-rowcount", String(count + 1));
    const visible = scroller.clientHeight || Math.min(count + 1, 10) * rowPx;
    const first = Math.max(0, Math.floor(scroller.scrollTop / rowPx) - MARGIN);
    const last = Math.min(count, Math.floor(scroller.scrollTop / rowPx) + Math.ceil(visible / rowPx) + MARGIN + 1);
    if (!force && drawn === `${first}:${last}`) return;
    drawn = `${first}:${last}`;
    const body: HTMLElement[] = [spacer(first * rowPx)];
    for (let i = first; i < last; i++) {
      const p = positionAt(i);
      if (p !== null) fetchWindow(Math.floor(p / WINDOW) * WINDOW);
      const key = rowKey(i);
      const tr = h("tr", { "aria-rowindex": i + 2, "data-row": key, class: memory.selected.has(key) ? "ost-df-row-selected" : null });
      tr.style.height = `${rowPx}px`;
      if (canDelete) {
        const box = h("input", { type: "checkbox", class: "ost-df-check", checked: memory.selected.has(key), "aria-label": `Select row ${i + 1}` });
        box.addEventListener("change", () => {
          if (box.checked) memory.selected.add(key);
          else memory.selected.delete(key);
          tr.classList.toggle("ost-df-row-selected", box.checked);
          showSelection();
        });
        tr.append(h("td", { class: "ost-df-select" }, box));
      }
      columns.forEach((col, c) => {
        const cell = cellAt(i, c);
        const td = h(col.index ? "th" : "td", { class: `align-${col.align}${col.index ? " ost-index" : ""}${cell.edited ? " ost-de-edited" : ""}`, "data-col": c, role: "gridcell", id: cellId(i, c), tabindex: -1, "aria-readonly": editable(c) ? null : "true" });
        if (col.index) td.setAttribute("scope", "row");
        if (cell.loading) td.textContent = "…";
        else if (col.kind === "checkbox" && editable(c)) {
          const box = h("input", { type: "checkbox", class: "ost-df-check ost-de-toggle", checked: cell.wire === true, "aria-label": `${col.label}, row ${i + 1}`, tabindex: -1 });
          box.addEventListener("click", (event) => {
            event.stopPropagation();
            memory.focus = [i, c];
            commit(i, c, box.checked);
            draw(true);
          });
          td.append(box);
        } else fillCell(td, col, cell.wire, placeholder, rowPx);
        const required = col.required && editable(c) && p === null && (cell.raw === null || cell.raw === undefined);
        if (required) {
          td.classList.add("ost-de-missing");
          td.setAttribute("aria-invalid", "true");
        }
        td.addEventListener("click", () => focusCell(i, c));
        td.addEventListener("dblclick", () => openEditor(i, c));
        tr.append(td);
      });
      body.push(tr);
    }
    body.push(spacer(Math.max(0, (count - last) * rowPx)));
    tbody.replaceChildren(...body);
    showFocus();
    const changed = Object.keys(state.edited_rows).length + state.added_rows.length + state.deleted_rows.length;
    status.textContent = `${count.toLocaleString("en-US")} rows${changed ? " · edited" : ""}`;
  }

  const spacer = (px: number): HTMLElement => {
    const tr = h("tr", { class: "ost-spacer", "aria-hidden": "true" });
    tr.style.height = `${px}px`;
    return tr;
  };

  // ---- Focus and keys ---------------------------------------------------------
  const cellElement = (i: number, c: number): HTMLElement | null => tbody.querySelector(`[id="${CSS.escape(cellId(i, c))}"]`);
  function showFocus(): void {
    for (const old of tbody.querySelectorAll(".ost-df-focus")) old.classList.remove("ost-df-focus");
    if (!memory.focus) return;
    const td = cellElement(...memory.focus);
    if (td) {
      td.classList.add("ost-df-focus");
      td.tabIndex = 0;
    }
  }

  function focusCell(i: number, c: number, scroll = true): void {
    const count = shownCount();
    if (!count) return;
    i = Math.max(0, Math.min(count - 1, i));
    c = Math.max(0, Math.min(columns.length - 1, c));
    memory.focus = [i, c];
    if (scroll) {
      const top = i * rowPx;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + 2 * rowPx > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + 2 * rowPx - scroller.clientHeight;
    }
    draw(true);
    const td = cellElement(i, c);
    td?.focus({ preventScroll: true });
  }

  scroller.addEventListener("keydown", (event) => {
    if ((event.target as HTMLElement).closest(".ost-de-editor")) return;
    if (!memory.focus) {
      if (event.key.startsWith("Arrow") || event.key === "Enter") {
        event.preventDefault();
        focusCell(0, 0);
      }
      return;
    }
    const [i, c] = memory.focus;
    const move: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (event.key in move) {
      event.preventDefault();
      focusCell(i + move[event.key][0], c + move[event.key][1]);
    } else if (event.key === "Tab" && !event.shiftKey && c < columns.length - 1) {
      event.preventDefault();
      focusCell(i, c + 1);
    } else if (event.key === "Tab" && event.shiftKey && c > 0) {
      event.preventDefault();
      focusCell(i, c - 1);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      openEditor(i, c);
    } else if (event.key === " " && columns[c].kind === "checkbox" && editable(c)) {
      event.preventDefault();
      commit(i, c, !(cellAt(i, c).wire === true));
      draw(true);
    } else if ((event.key === "Delete" || event.key === "Backspace") && canDelete && memory.selected.size) {
      event.preventDefault();
      deleteSelected();
    } else if ((event.key === "Delete" || event.key === "Backspace") && editable(c) && !columns[c].required) {
      event.preventDefault();
      commit(i, c, null);
      draw(true);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && ["text", "number", "link"].includes(columns[c].kind)) {
      event.preventDefault();
      openEditor(i, c, event.key);
    }
  });
  scroller.addEventListener("scroll", () => {
    memory.scrollTop = scroller.scrollTop;
    requestAnimationFrame(() => draw());
  });

  // ---- Cell editors -------------------------------------------------------------
  let unsent = false;
  function openEditor(i: number, c: number, typed?: string): void {
    const col = columns[c];
    if (!editable(c) || cellAt(i, c).loading) return;
    if (col.kind === "checkbox") {
      commit(i, c, !(cellAt(i, c).wire === true));
      draw(true);
      return;
    }
    memory.focus = [i, c];
    draw(true);
    const td = cellElement(i, c);
    if (!td) return;
    const current = cellAt(i, c).raw;
    const name = `${col.label || "Index"}, row ${i + 1}`;
    const limits = col.edit ?? {};
    let control: HTMLInputElement | HTMLSelectElement;
    if (col.kind === "selectbox" || (col.kind === "multiselect" && limits.options?.length)) {
      const select = h("select", { class: "ost-de-editor", "aria-label": name, multiple: col.kind === "multiselect" });
      if (col.kind === "selectbox" && !col.required) select.append(h("option", { value: "", text: "" }));
      const chosen = new Set(Array.isArray(current) ? current.map(String) : current === null || current === undefined ? [] : [String(current)]);
      (limits.options ?? []).forEach((option, k) => {
        select.append(h("option", { value: String(k), text: String(option), selected: chosen.has(String(option)) }));
      });
      control = select;
    } else {
      const type = col.kind === "number" ? "number" : col.kind === "date" ? "date" : col.kind === "time" ? "time" : col.kind === "datetime" ? "datetime-local" : "text";
      const input = h("input", { type, class: "ost-de-editor", "aria-label": name });
      if (type === "number") {
        if (limits.min_value !== undefined) input.min = String(limits.min_value);
        if (limits.max_value !== undefined) input.max = String(limits.max_value);
        input.step = limits.step !== undefined ? String(limits.step) : col.data_kind === "integer" ? "1" : "any";
      }
      if (type === "time" || type === "datetime-local") input.step = "1";
      if (limits.max_chars) input.maxLength = limits.max_chars;
      let start = current === null || current === undefined ? "" : Array.isArray(current) ? current.join(", ") : String(current);
      if (type === "datetime-local") start = start.replace(/\.\d+$/, "").slice(0, 19);
      if (type === "date") start = start.slice(0, 10);
      if (type === "time") start = start.replace(/\.\d+$/, "").slice(0, 8);
      input.value = typed ?? start;
      control = input;
    }
    const error = h("span", { class: "ost-de-error", role: "alert" });
    const box = h("div", { class: "ost-de-editbox" }, control, error);
    td.replaceChildren(box);
    td.classList.add("ost-de-editing");
    control.focus();
    if (control instanceof HTMLInputElement && typed === undefined && control.type === "text") control.select();
    let done = false;

    const parse = (): { ok: true; value: Value } | { ok: false; why: string } => {
      if (control instanceof HTMLSelectElement) {
        const picked = [...control.selectedOptions].filter((o) => o.value !== "").map((o) => (limits.options ?? [])[Number(o.value)]);
        if (col.kind === "multiselect") return { ok: true, value: picked.map((v) => (v === null ? null : String(v))) };
        const value = picked.length ? picked[0] : null;
        if (value === null && col.required) return { ok: false, why: "A value is required." };
        return { ok: true, value: value as Value };
      }
      const text = control.value;
      if (text === "") {
        if (col.required) return { ok: false, why: "A value is required." };
        return { ok: true, value: null };
      }
      if (col.kind === "number") {
        let number = Number(text);
        if (!Number.isFinite(number)) return { ok: false, why: "Enter a number." };
        if (limits.max_value !== undefined && number > limits.max_value) number = limits.max_value;
        if (limits.min_value !== undefined && number < limits.min_value) number = limits.min_value;
        if (col.data_kind === "integer" && (limits.step === undefined || Number.isInteger(limits.step))) number = Math.trunc(number);
        return { ok: true, value: number };
      }
      if (col.kind === "list" || col.kind === "multiselect") return { ok: true, value: text.split(",").map((t) => t.trim()).filter((t) => t) };
      if (col.kind === "datetime") return { ok: true, value: text.length === 16 ? `${text}:00` : text };
      if (col.kind === "time") return { ok: true, value: text.length === 5 ? `${text}:00` : text };
      if (limits.validate && !new RegExp(limits.validate).test(text)) return { ok: false, why: `The value must match ${limits.validate}.` };
      return { ok: true, value: text };
    };

    const finish = (save: boolean, next?: [number, number]): void => {
      if (done) return;
      if (save) {
        const result = parse();
        if (!result.ok) {
          error.textContent = result.why;
          control.setAttribute("aria-invalid", "true");
          control.focus();
          return;
        }
        done = true;
        const before = cellAt(i, c).raw;
        if (JSON.stringify(before ?? null) !== JSON.stringify(result.value)) {
          unsent = false;
          commit(i, c, result.value);
        }
      }
      done = true;
      if (unsent) {
        unsent = false;
        send();
      }
      td.classList.remove("ost-de-editing");
      focusCell(...(next ?? [i, c]));
    };
    control.addEventListener("keydown", (event) => {
      const e = event as KeyboardEvent;
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        finish(false);
      } else if (e.key === "Enter" && !(control instanceof HTMLSelectElement && control.multiple && e.shiftKey)) {
        e.preventDefault();
        finish(true, [i + 1 < shownCount() ? i + 1 : i, c]);
      } else if (e.key === "Tab") {
        e.preventDefault();
        finish(true, [i, e.shiftKey ? Math.max(0, c - 1) : Math.min(columns.length - 1, c + 1)]);
      }
    });
    control.addEventListener("blur", () => {
      if (!done && root.isConnected) window.setTimeout(() => finish(true), 0);
    });
  }

  // ---- Rows -----------------------------------------------------------------------
  function showSelection(): void {
    if (deleteButton) deleteButton.disabled = memory.selected.size === 0;
  }

  function addRow(): void {
    const row: Row = {};
    for (const col of columns) if (col.editable && col.default !== null && col.default !== undefined) row[col.name] = col.default;
    state.added_rows.push(row);
    sizeScroller();
    const i = shownCount() - 1;
    const first = columns.findIndex((_, c) => editable(c) && columns[c].kind !== "checkbox");
    if (first < 0) {
      send();
      focusCell(i, 0);
      return;
    }
    // The new row is sent once its first value is entered (or the editor is left),
    // so the rerun does not redraw the table under the open editor.
    unsent = true;
    openEditor(i, first);
  }

  function deleteSelected(): void {
    const added: number[] = [];
    for (const key of memory.selected) {
      if (key.startsWith("p")) state.deleted_rows.push(Number(key.slice(1)));
      else added.push(Number(key.slice(1)));
    }
    state.added_rows = state.added_rows.filter((_, k) => !added.includes(k));
    for (const p of state.deleted_rows) delete state.edited_rows[String(p)];
    deleted = [...state.deleted_rows].sort((a, b) => a - b);
    memory.selected.clear();
    memory.focus = null;
    showSelection();
    send();
    sizeScroller();
    draw(true);
  }

  addButton?.addEventListener("click", addRow);
  deleteButton?.addEventListener("click", deleteSelected);

  sizeScroller();
  showSelection();
  draw(true);
  if (memory.scrollTop)
    requestAnimationFrame(() => {
      scroller.scrollTop = memory.scrollTop;
      draw();
    });
  scroller.addEventListener("focusin", () => {
    memory.active = true;
  });
  scroller.addEventListener("focusout", (event) => {
    const next = (event as FocusEvent).relatedTarget as Node | null;
    if (!swapping && next && !scroller.contains(next)) memory.active = false;
  });
  if (memory.active && memory.focus)
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (root.isConnected && (!now || now === document.body)) focusCell(...memory.focus!, false);
    });
  const observer = new ResizeObserver(() => draw());
  observer.observe(scroller);
}
