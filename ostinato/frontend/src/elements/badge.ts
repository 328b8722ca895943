// st.badge: a small coloured pill; the colours are Markdown's badge tokens (text.css).

import { h, helpBadge } from "../dom";
import type { BadgeEl } from "../protocol";
import { registerElement } from "../registry";
import { iconNode } from "./link_button";

registerElement("badge", (el: BadgeEl) => {
  const pill = h("span", { class: `ost-badge ost-badge-${el.color}`, title: el.help }, iconNode(el.icon), el.label);
  const root = h("div", { class: "ost-badge-el", "data-testid": "ost-badge" }, pill, el.help ? helpBadge(el.help) : null);
  if (el.width === "stretch") root.classList.add("width-stretch");
  else if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
  return { root };
});
