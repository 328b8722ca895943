// st.tabs: a tab list ("block:tabs") over its panels ("block:tab"); the tab the
// user chose survives re-renders.

import { h, labelContent } from "../dom";
import { registerElement } from "../registry";
import type { Rendered } from "../tree";

/** The tab the user chose, by container path. */
const tabByPath = new Map<string, number>();

function tabs(labels: string[], key: string, html?: string[]): Rendered {
  const list = h("div", { class: "ost-tablist", role: "tablist" });
  const body = h("div", { class: "ost-tabpanels" });
  const root = h("div", { class: "ost-tabs" }, list, body);
  const tabId = (i: number): string => `ost-tab-${key}-${i}`;
  const buttons = labels.map((label, i) =>
    h("button", { type: "button", role: "tab", class: "ost-tab", id: tabId(i), ...labelContent(label, null, html?.[i]) }),
  );
  const refresh = (): void => {
    const selected = Math.min(tabByPath.get(key) ?? 0, Math.max(labels.length - 1, 0));
    buttons.forEach((tab, i) => {
      tab.setAttribute("aria-selected", String(i === selected));
      tab.tabIndex = i === selected ? 0 : -1;
    });
    Array.from(body.children).forEach((panel, i) => {
      (panel as HTMLElement).hidden = i !== selected;
      panel.setAttribute("aria-labelledby", tabId(i));
    });
  };
  const choose = (i: number, focus: boolean): void => {
    tabByPath.set(key, i);
    refresh();
    if (focus) buttons[i].focus();
  };
  buttons.forEach((tab, i) => {
    tab.addEventListener("click", () => choose(i, false));
    tab.addEventListener("keydown", (event) => {
      const n = labels.length;
      const to: Record<string, number> = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 };
      if (!(event.key in to)) return;
      event.preventDefault();
      choose(to[event.key], true);
    });
  });
  list.append(...buttons);
  refresh();
  return { root, body, refresh };
}

registerElement("block:tabs", (el, path) => tabs(el.labels ?? [], path.join("."), (el as { labels_html?: string[] }).labels_html));

registerElement("block:tab", () => {
  const root = h("div", { class: "ost-tab-panel", role: "tabpanel", tabindex: 0 });
  return { root, body: root };
});
