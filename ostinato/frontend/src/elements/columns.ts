// st.columns: a row ("block:horizontal") of weighted columns ("block:column"),
// spaced by Streamlit 1.67's gaps (named, pixels or none).

import { h } from "../dom";
import { registerElement } from "../registry";
import { gapLength, sizeStyle } from "./container";

registerElement("block:horizontal", (el) => {
  const named = typeof el.gap === "string" ? el.gap : el.gap === null ? "none" : "px";
  const root = h("div", { class: `ost-row gap-${named} align-${el.vertical_alignment ?? "top"}`, style: sizeStyle(el.width) });
  root.style.gap = gapLength(el.gap);
  return { root, body: root };
});

registerElement("block:column", (el) => {
  const root = h("div", { class: `ost-col${el.border ? " ost-border" : ""}` });
  root.style.flex = `${Number(el.weight) || 1} 1 0`;
  return { root, body: root };
});
