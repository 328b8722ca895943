// st.space: empty room along the parent's direction (height in a column of
// elements, width in a horizontal container); "stretch" takes what is left.

import { h } from "../dom";
import type { SpaceEl } from "../protocol";
import { registerElement } from "../registry";

registerElement("space", (el: SpaceEl) => {
  const size = el.size === "stretch" ? null : el.rem !== null ? `${el.rem}rem` : `${Number(el.size)}px`;
  const root = h("div", { class: `ost-space${size === null ? " stretch" : ""}`, "data-testid": "ost-space", "aria-hidden": "true" });
  if (size !== null) root.style.setProperty("--ost-space", size);
  return { root };
});
