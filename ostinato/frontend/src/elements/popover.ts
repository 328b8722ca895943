// st.popover: a button-like <details> that closes on Escape or a click outside.
// With on_change (a stateful container) the server's value says whether it is
// open, and opening or closing it sends the new state.

import { h, labelContent } from "../dom";
import type { BlockEl, WidgetEl } from "../protocol";
import { registerElement, type Actions } from "../registry";
import type { Rendered } from "../tree";
import { sizeStyle } from "./container";

type PopoverEl = BlockEl & { kind: "popover" };

function popover(el: PopoverEl, actions: Actions): Rendered {
  const variant = el.variant ?? "secondary";
  const summary = h("summary", { class: `ost-button kind-${variant}`, ...labelContent(el.label, el.icon, (el as { label_html?: string }).label_html), title: el.help ?? null });
  const body = h("div", { class: "ost-details-body" });
  const root = h("details", { class: "ost-popover", style: sizeStyle(el.width) }, summary, body);
  if (el.width === "stretch") root.classList.add("width-stretch");
  if (el.wrap === false) summary.classList.add("ost-nowrap");
  if (el.key) root.classList.add(`st-key-${el.key}`);
  if (el.disabled) {
    summary.setAttribute("aria-disabled", "true");
    summary.tabIndex = -1;
    summary.addEventListener("click", (event) => event.preventDefault());
  }
  if (el.stateful) root.open = Boolean(el.value);
  let sent = root.open;
  root.addEventListener("toggle", () => {
    if (!el.stateful || !el.id || sent === root.open) return;
    sent = root.open;
    actions.change(el as unknown as WidgetEl, root.open);
  });
  const closeOutside = (event: Event): void => {
    if (!root.isConnected) document.removeEventListener("pointerdown", closeOutside);
    else if (root.open && !root.contains(event.target as Node)) root.open = false;
  };
  document.addEventListener("pointerdown", closeOutside);
  // On the document: a popover redrawn open (its state came back from the server)
  // does not hold the focus, and Escape still closes it.
  const closeOnEscape = (event: KeyboardEvent): void => {
    if (!root.isConnected) document.removeEventListener("keydown", closeOnEscape);
    else if (event.key === "Escape" && root.open && !event.defaultPrevented) {
      root.open = false;
      summary.focus();
    }
  };
  document.addEventListener("keydown", closeOnEscape);
  return { root, body };
}

registerElement("block:popover", (el, _path, actions) => popover(el, actions));
