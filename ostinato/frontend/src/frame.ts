// The frame every widget has: a wrapper with test and key hooks, and a label
// tied to the control.

import { h, helpBadge, labelContent } from "./dom";
import type { WidgetEl, WireValue } from "./protocol";

export type Send = (value: WireValue) => void;

/** The wrapper every widget has, with its label tied to the control `forId`. */
export function frame(el: WidgetEl, forId: string | null, ...content: (Node | null | false)[]): HTMLElement {
  const visibility = el.label_visibility ?? "visible";
  const label = forId
    ? h("label", { for: forId, id: `${el.id}-label`, class: `ost-label ${visibility}`, ...labelContent(el.label, null, el.label_html) })
    : h("span", { id: `${el.id}-label`, class: `ost-label ${visibility}`, ...labelContent(el.label, null, el.label_html) });
  const head = el.help ? h("div", { class: `ost-label-row ${visibility}` }, label, helpBadge(el.help, (el as { help_html?: string }).help_html)) : label;
  return wrapper(el, head, ...content);
}

export function wrapper(el: WidgetEl, ...content: (Node | null | false)[]): HTMLElement {
  return h(
    "div",
    {
      class: `ost-widget ost-w-${el.type}${el.disabled ? " disabled" : ""}`,
      "data-testid": `ost-${el.type}`,
      "data-key": el.auto_key ? "" : el.key ?? "",
      "data-widget-id": el.id,
      // Streamlit 1.67's width= in pixels (capped by the container); "stretch" and
      // "content" are each widget's own look.
      style: typeof (el as { width?: unknown }).width === "number" ? `width:${(el as { width: number }).width}px;max-width:100%` : null,
    },
    ...content,
  );
}
