// st.tabs: a tab list ("block:tabs") over its panels ("block:tab"). Without
// on_change the tab the user chose is the page's own and survives re-renders;
// with it (a stateful container) the server's value says which tab is open and a
// click sends the tab's label.

import { h, labelContent } from "../dom";
import type { BlockEl, WidgetEl } from "../protocol";
import { registerElement, type Actions } from "../registry";
import type { Rendered } from "../tree";
import { sizeStyle } from "./container";

type TabsEl = BlockEl & { kind: "tabs" };

/** The tab the user chose, by container path (tabs that do not track state). */
const tabByPath = new Map<string, number>();

function tabs(el: TabsEl, key: string, actions: Actions): Rendered {
  const labels = el.labels ?? [];
  const html = (el as { labels_html?: string[] }).labels_html;
  const list = h("div", { class: "ost-tablist", role: "tablist" });
  const body = h("div", { class: "ost-tabpanels" });
  const root = h("div", { class: "ost-tabs", style: sizeStyle(el.width, typeof el.height === "number" ? null : undefined) }, list, body);
  if (typeof el.height === "number") body.style.cssText += `height:${el.height}px;overflow-y:auto`;
  if (el.key) root.classList.add(`st-key-${el.key}`);
  const tabId = (i: number): string => `ost-tab-${key}-${i}`;
  const buttons = labels.map((label, i) =>
    h("button", { type: "button", role: "tab", class: "ost-tab", id: tabId(i), ...labelContent(label, null, html?.[i]) }),
  );
  const fromServer = el.stateful ? Math.max(labels.indexOf(String(el.value)), 0) : null;
  if (fromServer !== null) tabByPath.set(key, fromServer);
  const selected = (): number => Math.min(tabByPath.get(key) ?? el.default ?? 0, Math.max(labels.length - 1, 0));
  const refresh = (): void => {
    const open = selected();
    buttons.forEach((tab, i) => {
      tab.setAttribute("aria-selected", String(i === open));
      tab.tabIndex = i === open ? 0 : -1;
    });
    Array.from(body.children).forEach((panel, i) => {
      (panel as HTMLElement).hidden = i !== open;
      panel.setAttribute("aria-labelledby", tabId(i));
    });
  };
  const choose = (i: number, focus: boolean): void => {
    const changed = i !== selected();
    tabByPath.set(key, i);
    refresh();
    if (focus) buttons[i].focus();
    if (changed && el.stateful && el.id) actions.change(el as unknown as WidgetEl, labels[i]);
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

registerElement("block:tabs", (el, path, actions) => tabs(el, path.join("."), actions));

registerElement("block:tab", () => {
  const root = h("div", { class: "ost-tab-panel", role: "tabpanel", tabindex: 0 });
  return { root, body: root };
});
