// st.dialog: a modal <dialog> (shown with showModal, so the rest of the page is
// inert and focus stays inside), titled by its heading. The tree keeps a hidden
// slot in the event area; the modal itself lives on <body>. Escape, the × and a
// click on the backdrop close it when it is dismissible (and fire its dismiss
// trigger, for on_dismiss); a run that no longer opens it removes its slot, and
// the modal goes with it. Focus returns where it was when the dialog opened.

import { h } from "../dom";
import type { BlockEl } from "../protocol";
import { registerElement } from "../registry";
import { iconNode } from "./link_button";

type DialogEl = BlockEl & { kind: "dialog" };

interface Open {
  slot: HTMLElement;
  modal: HTMLDialogElement;
  before: Element | null;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

let current: Open | null = null;
let count = 0;

function close(open: Open): void {
  if (current === open) current = null;
  if (open.modal.open) open.modal.close();
  open.modal.remove();
  const before = open.before;
  if (before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
}

registerElement("block:dialog", (el, _path, actions) => {
  const d = el as DialogEl;
  const id = `ost-dialog-title-${++count}`;
  const body = h("div", { class: "ost-dialog-body" });
  const width = typeof d.width === "number" ? "px" : d.width;
  const modal = h("dialog", {
    class: `ost-dialog width-${width} position-${d.position}`,
    "aria-modal": "true",
    "aria-labelledby": id,
  });
  if (typeof d.width === "number") modal.style.setProperty("--dialog-width", `${d.width}px`);
  const title = h("h2", { class: "ost-dialog-title", id }, iconNode(d.icon), h("span", { html: d.title_html }));
  const head = h("div", { class: "ost-dialog-head" }, title);
  const slot = h("div", { class: "ost-dialog-slot", hidden: true });
  const open: Open = { slot, modal, before: null };
  const dismiss = (): void => {
    if (!d.dismissible || !modal.isConnected) return;
    close(open);
    if (d.dismiss) actions.trigger({ id: d.dismiss, type: "dialog" } as never);
  };
  if (d.dismissible) {
    const x = h("button", { class: "ost-dialog-close", type: "button", "aria-label": "Close", text: "×" });
    x.addEventListener("click", dismiss);
    head.append(x);
  }
  modal.append(head, body);
  modal.addEventListener("cancel", (event) => {
    event.preventDefault();
    dismiss();
  });
  // Tab and Shift+Tab go round the dialog's controls, never out to the browser.
  modal.addEventListener("keydown", (event) => {
    if (event.key !== "Tab") return;
    const focusable = Array.from(modal.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((n) => !n.hasAttribute("disabled") && n.getClientRects().length > 0);
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const at = document.activeElement;
    if (event.shiftKey && (at === first || !modal.contains(at))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (at === last || !modal.contains(at))) {
      event.preventDefault();
      first.focus();
    }
  });
  // A click on the backdrop lands on the <dialog> itself, outside its box.
  modal.addEventListener("mousedown", (event) => {
    if (event.target !== modal) return;
    const box = modal.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dismiss();
  });
  // Only one dialog at a time: a new one replaces the one shown.
  const previous = current;
  open.before = previous ? previous.before : document.activeElement;
  if (previous) {
    previous.before = null;
    close(previous);
  }
  current = open;
  document.body.append(modal);
  modal.showModal();
  return { root: slot, body };
}, {
  // A run that did not open the dialog again dropped its slot: close the modal.
  afterRun: () => {
    if (current && !current.slot.isConnected) close(current);
  },
});
