// st.toast: the element keeps a hidden slot in the tree; the message itself shows
// in the page's toast area (#ostinato-toasts), newest at the bottom, each with a
// close button, and leaves after its duration (0: stays until closed). The timer
// pauses while the pointer or the keyboard focus is on the toast. An update of the
// same toast (same slot, same run) changes it in place.

import { h } from "../dom";
import { registerElement } from "../registry";

interface ToastEl {
  type: "toast";
  body: string;
  html: string;
  icon: string;
  duration: number;
  run: number;
}

interface Shown {
  node: HTMLElement;
  content: HTMLElement;
  timer: number | undefined;
  left: number;
  started: number;
}

const shown = new Map<string, Shown>();

function area(): HTMLElement {
  let found = document.getElementById("ostinato-toasts");
  if (!found) {
    found = h("div", { id: "ostinato-toasts" });
    document.body.append(found);
  }
  return found;
}

function iconOf(icon: string): HTMLElement | null {
  if (!icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  if (material) return h("span", { class: "ost-icon ost-st-toast-icon", "aria-hidden": "true", text: material[1] });
  if (icon === "spinner") return h("span", { class: "ost-spinner-ring ost-st-toast-icon", "aria-hidden": "true" });
  return h("span", { class: "ost-st-toast-icon", "aria-hidden": "true", text: icon });
}

function dismiss(key: string): void {
  const toast = shown.get(key);
  if (!toast) return;
  window.clearTimeout(toast.timer);
  shown.delete(key);
  toast.node.classList.add("leaving");
  const gone = (): void => toast.node.remove();
  toast.node.addEventListener("animationend", gone, { once: true });
  // Without animations (reduced motion) nothing ends: remove it now.
  if (getComputedStyle(toast.node).animationName === "none") gone();
}

function arm(key: string, toast: Shown): void {
  window.clearTimeout(toast.timer);
  toast.timer = undefined;
  if (toast.left <= 0) return;
  toast.started = Date.now();
  toast.timer = window.setTimeout(() => dismiss(key), toast.left);
}

function pause(toast: Shown): void {
  if (toast.timer === undefined) return;
  window.clearTimeout(toast.timer);
  toast.timer = undefined;
  toast.left = Math.max(0, toast.left - (Date.now() - toast.started));
}

/** The message, clamped to three lines with "view more" when longer (as Streamlit's). */
function body(el: ToastEl): HTMLElement {
  const text = h("div", { class: "ost-markdown ost-st-toast-text clamped", html: el.html });
  const more = h("button", { type: "button", class: "ost-st-toast-more", hidden: true, "aria-expanded": "false", text: "view more" });
  more.addEventListener("click", () => {
    const open = text.classList.toggle("clamped") === false;
    more.textContent = open ? "view less" : "view more";
    more.setAttribute("aria-expanded", String(open));
  });
  const column = h("div", { class: "ost-st-toast-column" }, text, more);
  // Measured once the toast is in the page.
  requestAnimationFrame(() => {
    if (text.scrollHeight > text.clientHeight + 1) more.hidden = false;
  });
  return h("div", { class: "ost-st-toast-body" }, iconOf(el.icon), column);
}

function show(el: ToastEl, key: string): void {
  const content = body(el);
  const current = shown.get(key);
  if (current) {
    current.content.replaceWith(content);
    current.content = content;
    current.left = el.duration * 1000;
    if (!current.node.matches(":hover, :focus-within")) arm(key, current);
    return;
  }
  const close = h("button", { type: "button", class: "ost-toast-close", "aria-label": "Close", text: "×" });
  const node = h("div", { class: "ost-toast ost-st-toast", role: "status" }, content, close);
  const toast: Shown = { node, content, timer: undefined, left: el.duration * 1000, started: 0 };
  shown.set(key, toast);
  close.addEventListener("click", () => dismiss(key));
  node.addEventListener("mouseenter", () => pause(toast));
  node.addEventListener("mouseleave", () => !node.matches(":focus-within") && arm(key, toast));
  node.addEventListener("focusin", () => pause(toast));
  node.addEventListener("focusout", (event) => !node.contains(event.relatedTarget as Node | null) && !node.matches(":hover") && arm(key, toast));
  area().append(node);
  arm(key, toast);
}

registerElement("toast", (raw, path) => {
  const el = raw as unknown as ToastEl;
  show(el, `${el.run}:${path.join(".")}`);
  return { root: h("div", { class: "ost-nothing", hidden: true }) };
});
