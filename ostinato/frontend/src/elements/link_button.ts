// st.link_button: a link styled as a button that opens its URL in a new tab; with
// on_click set it also sends a click (a trigger, as st.button).

import { h, helpBadge } from "../dom";
import { wrapper } from "../frame";
import type { LinkButtonEl } from "../protocol";
import { registerElement, type ElementRenderer } from "../registry";

/** An emoji as text, a ":material/name:" icon in the bundled icon font, or a spinner. */
export function iconNode(icon: string | null): HTMLElement | null {
  if (!icon) return null;
  if (icon === "spinner") return h("span", { class: "ost-link-button-spinner", "aria-hidden": "true" });
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  if (material) return h("span", { class: "ost-icon", "aria-hidden": "true", text: material[1] });
  return h("span", { class: "ost-link-button-emoji", "aria-hidden": "true", text: icon });
}

const linkButton: ElementRenderer<LinkButtonEl> = (el, _path, actions) => {
  const label = h("span", { class: "ost-link-button-label", text: el.label });
  const icon = iconNode(el.icon);
  const wrapClass = el.wrap === false ? " nowrap" : "";
  const link = h(
    "a",
    {
      class: `ost-button ost-link-button kind-${el.kind || "secondary"}${wrapClass}`,
      href: el.disabled ? null : el.url,
      target: "_blank",
      rel: "noopener noreferrer",
      title: el.help,
      "aria-disabled": el.disabled ? "true" : null,
      role: el.disabled ? "link" : null,
    },
    ...(el.icon_position === "right" ? [label, icon] : [icon, label]),
  );
  if (el.trigger && el.id) link.addEventListener("click", () => actions.trigger(el));
  const root = wrapper(el, link, el.help ? helpBadge(el.help) : null);
  if (el.width === "stretch") root.classList.add("width-stretch");
  else if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
  return { root };
};

registerElement("link_button", linkButton);
