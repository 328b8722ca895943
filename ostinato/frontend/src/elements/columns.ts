// st.columns: a row ("block:horizontal") of weighted columns ("block:column").

import { h } from "../dom";
import { registerElement } from "../registry";

registerElement("block:horizontal", (el) => {
  const root = h("div", { class: `ost-row gap-${el.gap ?? "small"} align-${el.vertical_alignment ?? "top"}` });
  return { root, body: root };
});

registerElement("block:column", (el) => {
  const root = h("div", { class: `ost-col${el.border ? " ost-border" : ""}` });
  root.style.flex = `${Number(el.weight) || 1} 1 0`;
  return { root, body: root };
});
