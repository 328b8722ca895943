// st.expander: a <details>. Without on_change its open state, as the user left
// it, survives re-renders; with it (a stateful container) the server's value
// says whether it is open and a toggle sends the new state.

import { h, labelContent } from "../dom";
import type { WidgetEl } from "../protocol";
import { registerElement } from "../registry";
import { sizeStyle } from "./container";

/** Whether the user opened each expander, by container path. */
const openByPath = new Map<string, boolean>();

registerElement("block:expander", (el, path, actions) => {
  const key = path.join(".");
  const body = h("div", { class: "ost-details-body" });
  const variant = el.variant ?? "default";
  const root = h(
    "details",
    { class: `ost-expander ${variant}`, style: sizeStyle(el.width) },
    h("summary", labelContent(el.label, el.icon, (el as { label_html?: string }).label_html)),
    body,
  );
  if (el.key) root.classList.add(`st-key-${el.key}`);
  if (el.stateful) openByPath.set(key, Boolean(el.value));
  root.open = openByPath.get(key) ?? Boolean(el.expanded);
  root.addEventListener("toggle", () => {
    const was = openByPath.get(key) ?? Boolean(el.expanded);
    openByPath.set(key, root.open);
    if (el.stateful && el.id && was !== root.open) actions.change(el as unknown as WidgetEl, root.open);
  });
  return { root, body };
});
