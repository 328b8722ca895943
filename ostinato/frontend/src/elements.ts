// Display elements and containers.

import { h } from "./format";
import type { Element, Path } from "./protocol";
import type { Rendered } from "./tree";
import type { Actions } from "./widgets";

const str = (value: unknown): string => (value === null || value === undefined ? "" : String(value));

/** Open/closed state of expanders the user toggled, by path. */
const opened = new Map<string, boolean>();

export function renderBlock(el: Element, path: Path): Rendered {
  const kind = str(el.kind);
  const key = path.join(".");
  if (kind === "horizontal") {
    const root = h("div", { class: `ost-row gap-${str(el.gap) || "small"} align-${str(el.vertical_alignment)}` });
    return { root, body: root };
  }
  if (kind === "column") {
    const root = h("div", { class: `ost-col${el.border ? " ost-border" : ""}` });
    root.style.flex = `${Number(el.weight) || 1} 1 0`;
    return { root, body: root };
  }
  if (kind === "tabs") {
    const labels = (el.labels as string[]) ?? [];
    const list = h("div", { class: "ost-tablist", role: "tablist" });
    const body = h("div", { class: "ost-tabpanels" });
    const root = h("div", { class: "ost-tabs" }, list, body);
    let selected = 0;
    const refresh = (): void => {
      Array.from(body.children).forEach((panel, i) => {
        (panel as HTMLElement).hidden = i !== selected;
        panel.setAttribute("role", "tabpanel");
      });
      Array.from(list.children).forEach((tab, i) => {
        tab.setAttribute("aria-selected", String(i === selected));
        (tab as HTMLElement).tabIndex = i === selected ? 0 : -1;
      });
    };
    labels.forEach((label, i) => {
      const tab = h("button", { type: "button", role: "tab", class: "ost-tab", text: label });
      tab.addEventListener("click", () => {
        selected = i;
        refresh();
      });
      tab.addEventListener("keydown", (event) => {
        const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (!step) return;
        selected = (selected + step + labels.length) % labels.length;
        refresh();
        (list.children[selected] as HTMLElement).focus();
      });
      list.append(tab);
    });
    refresh();
    return { root, body, refresh };
  }
  if (kind === "expander" || kind === "popover") {
    const summary = h("summary", { text: `${el.icon ? `${str(el.icon)} ` : ""}${str(el.label)}` });
    const body = h("div", { class: "ost-details-body" });
    const root = h("details", { class: `ost-${kind}` }, summary, body);
    root.open = opened.get(key) ?? Boolean(el.expanded);
    root.addEventListener("toggle", () => opened.set(key, root.open));
    return { root, body };
  }
  if (kind === "form") {
    const root = h("form", { class: `ost-form${el.border ? " ost-border" : ""}`, "data-form": str(el.form_id) });
    root.addEventListener("submit", (event) => event.preventDefault());
    return { root, body: root };
  }
  const root = h("div", { class: `ost-block ost-${kind}${el.border ? " ost-border" : ""}` });
  if (el.height) {
    root.style.maxHeight = `${Number(el.height)}px`;
    root.style.overflow = "auto";
  }
  return { root, body: root };
}

export function renderDisplay(el: Element, path: Path, actions: Actions): HTMLElement {
  switch (el.type) {
    case "markdown":
      return markdown(el);
    case "text":
      return h("pre", { class: "ost-text", text: str(el.body) });
    case "code":
      return h("pre", { class: "ost-code" }, h("code", { class: `language-${str(el.language)}`, text: str(el.body) }));
    case "json":
      return h("pre", { class: "ost-json", text: str(el.body) });
    case "divider":
      return h("hr", { class: "ost-divider" });
    case "metric":
      return metric(el);
    case "alert":
      return h("div", {
        class: `ost-alert ost-alert-${str(el.kind)}`,
        role: el.kind === "error" || el.kind === "warning" ? "alert" : "status",
        html: `${el.icon ? `<span class="ost-icon">${escapeHtml(str(el.icon))}</span>` : ""}${str(el.html)}`,
      });
    case "exception":
      return exception(el);
    case "dataframe":
      return dataframe(el, path, actions);
    case "page_link":
      return pageLink(el, actions);
    case "nothing":
      return h("span", { class: "ost-nothing" });
    default:
      return h("div", { class: "ost-unknown", text: `Unknown element: ${el.type}` });
  }
}

function markdown(el: Element): HTMLElement {
  const kind = str(el.kind);
  const html = str(el.html);
  const tag = kind === "title" ? "h1" : kind === "header" ? "h2" : kind === "subheader" ? "h3" : "div";
  const node = h(tag, { class: `ost-markdown ost-${kind}`, html });
  if (el.help) node.title = str(el.help);
  return node;
}

function metric(el: Element): HTMLElement {
  const delta = el.delta === null || el.delta === undefined ? null : str(el.delta);
  let tone = "neutral";
  if (delta !== null && el.delta_color !== "off") {
    const down = delta.trim().startsWith("-");
    const good = el.delta_color === "inverse" ? down : !down;
    tone = good ? "up" : "down";
  }
  return h(
    "div",
    { class: `ost-metric${el.border ? " ost-border" : ""}` },
    h("div", { class: "ost-metric-label", text: str(el.label) }),
    h("div", { class: "ost-metric-value", text: str(el.value) }),
    delta === null ? null : h("div", { class: `ost-metric-delta ${tone}`, text: delta }),
  );
}

function exception(el: Element): HTMLElement {
  const trace = (el.traceback as string[]) ?? [];
  return h(
    "div",
    { class: "ost-exception", role: "alert" },
    h("div", { class: "ost-exception-head" }, h("strong", { text: str(el.exc_type) }), `: ${str(el.message)}`),
    trace.length ? h("pre", { class: "ost-traceback", text: `Traceback:\n${trace.join("\n")}` }) : null,
  );
}

const ROW = 28;
const WINDOW = 500;

function dataframe(el: Element, path: Path, actions: Actions): HTMLElement {
  const columns = (el.columns as string[]) ?? [];
  const showIndex = el.show_index !== false;
  const total = Number(el.total_rows ?? 0);
  const height = Number(el.height) || 400;
  const rows: (unknown[] | undefined)[] = new Array(total);
  const labels: (string | undefined)[] = new Array(total);
  const asked = new Set<number>();
  const take = (start: number, index: string[], data: unknown[][]): void => {
    data.forEach((row, i) => {
      rows[start + i] = row;
      labels[start + i] = index[i];
    });
  };
  take(Number(el.start ?? 0), (el.index as string[]) ?? [], (el.rows as unknown[][]) ?? []);
  asked.add(0);
  const head = h("tr", {}, showIndex ? h("th", { scope: "col" }) : null, ...columns.map((c) => h("th", { scope: "col", text: c })));
  const tbody = h("tbody");
  const table = h("table", { class: "ost-table" }, h("thead", {}, head), tbody);
  const scroller = h("div", { class: "ost-dataframe", tabindex: 0, role: "region", "aria-label": `Table, ${total} rows` }, table);
  scroller.style.maxHeight = `${height}px`;
  const cell = (value: unknown): string => (value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));
  let shown = "";
  const draw = (force = false): void => {
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW) - 20);
    const last = Math.min(total, first + Math.ceil(height / ROW) + 40);
    const span = `${first}-${last}`;
    if (span === shown && !force) return;
    shown = span;
    for (let block = Math.floor(first / WINDOW) * WINDOW; block < last; block += WINDOW) {
      if (!asked.has(block)) {
        asked.add(block);
        void actions.rows(path, block, Math.min(total, block + WINDOW)).then((answer) => {
          if (answer.digest !== el.digest) return;
          take(answer.start, answer.index, answer.rows);
          draw(true);
        });
      }
    }
    const top = h("tr", { class: "ost-spacer" });
    top.style.height = `${first * ROW}px`;
    const bottom = h("tr", { class: "ost-spacer" });
    bottom.style.height = `${(total - last) * ROW}px`;
    const body: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const row = rows[i];
      body.push(
        h(
          "tr",
          { class: row ? null : "ost-loading" },
          showIndex ? h("th", { scope: "row", text: labels[i] ?? String(i) }) : null,
          ...(row ? row.map((v) => h("td", { text: cell(v) })) : columns.map(() => h("td", { text: "…" }))),
        ),
      );
    }
    tbody.replaceChildren(top, ...body, bottom);
  };
  scroller.addEventListener("scroll", () => requestAnimationFrame(() => draw()));
  draw();
  return h("div", { class: "ost-dataframe-wrap" }, scroller, h("div", { class: "ost-caption", text: `${total} rows` }));
}

function pageLink(el: Element, actions: Actions): HTMLElement {
  const label = `${el.icon ? `${str(el.icon)} ` : ""}${str(el.label)}`;
  const link = h("a", { class: "ost-page-link", href: str(el.href), text: label });
  if (el.disabled) link.setAttribute("aria-disabled", "true");
  if (el.external) {
    link.target = "_blank";
    link.rel = "noopener noreferrer";
  } else {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      if (!el.disabled) actions.navigate(str(el.url_path));
    });
  }
  return link;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
