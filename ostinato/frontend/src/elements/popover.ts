// st.popover: a button-like <details> that closes on Escape or a click outside.

import { h, labelContent } from "../dom";
import { registerElement } from "../registry";
import type { Rendered } from "../tree";

function popover(label: string, icon: string | null | undefined, help: string | null | undefined, disabled: boolean, html?: string): Rendered {
  const summary = h("summary", { class: "ost-button kind-secondary", ...labelContent(label, icon, html), title: help ?? null });
  const body = h("div", { class: "ost-details-body" });
  const root = h("details", { class: "ost-popover" }, summary, body);
  if (disabled) {
    summary.setAttribute("aria-disabled", "true");
    summary.tabIndex = -1;
    summary.addEventListener("click", (event) => event.preventDefault());
  }
  const closeOutside = (event: Event): void => {
    if (!root.isConnected) document.removeEventListener("pointerdown", closeOutside);
    else if (root.open && !root.contains(event.target as Node)) root.open = false;
  };
  document.addEventListener("pointerdown", closeOutside);
  root.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !root.open) return;
    root.open = false;
    summary.focus();
  });
  return { root, body };
}

registerElement("block:popover", (el) => popover(el.label, el.icon, el.help, Boolean(el.disabled), (el as { label_html?: string }).label_html));
