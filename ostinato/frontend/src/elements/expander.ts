// st.expander: a <details> whose open state, as the user left it, survives re-renders.

import { h, labelContent } from "../dom";
import { registerElement } from "../registry";

/** Whether the user opened each expander, by container path. */
const openByPath = new Map<string, boolean>();

registerElement("block:expander", (el, path) => {
  const key = path.join(".");
  const body = h("div", { class: "ost-details-body" });
  const root = h(
    "details",
    { class: "ost-expander" },
    h("summary", labelContent(el.label, el.icon, (el as { label_html?: string }).label_html)),
    body,
  );
  root.open = openByPath.get(key) ?? Boolean(el.expanded);
  root.addEventListener("toggle", () => openByPath.set(key, root.open));
  return { root, body };
});
