// st.pagination: previous/next arrows around numbered page buttons; at most
// `max_visible_pages` numbers (the first and last always, gaps as "…"). Arrow keys
// move between the buttons; the page chosen is sent at once.

import { h } from "../dom";
import { wrapper } from "../frame";
import { registerElement } from "../registry";
import { arrowKeys } from "./button_group";
import { commit } from "../commit";

/** The page numbers shown around `current` (null: a gap). */
export function pagesShown(current: number, total: number, max: number | null): (number | null)[] {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  if (max === null || total <= max) return all;
  if (max <= 0) return [];
  if (max < 5) {
    const start = Math.max(1, Math.min(current - Math.floor((max - 1) / 2), total - max + 1));
    return all.slice(start - 1, start - 1 + max);
  }
  const inner = max - 2; // besides the first and the last
  let start = Math.max(2, current - Math.floor((inner - 1) / 2));
  let end = start + inner - 1;
  if (end > total - 1) {
    end = total - 1;
    start = Math.max(2, end - inner + 1);
  }
  if (start > 2) start += 1; // room for the gap after 1
  if (end < total - 1) end -= 1; // and before the last
  const middle = all.slice(start - 1, end);
  return [1, ...(start > 2 ? [null] : []), ...middle, ...(end < total - 1 ? [null] : []), total];
}

registerElement("pagination", (el, _path, actions) => {
  const build = (page: number): HTMLElement => {
    const go = (to: number): void => {
      if (to < 1 || to > el.num_pages || to === page) return;
      commit(el, actions, to);
      // Held for the next rerun (on_change="ignore"): the page moves here and now.
      if (el.ignore_rerun && !el.form_id) {
        const next = build(to);
        nav.replaceWith(next);
        next.querySelector<HTMLButtonElement>(`#${CSS.escape(`${el.id}-page-${to}`)}`)?.focus();
      }
    };
    const arrow = (name: string, to: number, glyph: string): HTMLButtonElement => {
      const button = h("button", { type: "button", id: `${el.id}-${name}`, class: "ost-page ost-page-arrow", "aria-label": `${name === "prev" ? "Previous" : "Next"} page`, disabled: el.disabled || to < 1 || to > el.num_pages }, h("span", { class: "ost-icon", "aria-hidden": "true", text: glyph }));
      button.addEventListener("click", () => go(to));
      return button;
    };
    const numbers = pagesShown(page, el.num_pages, el.max_visible_pages).map((n) => {
      if (n === null) return h("span", { class: "ost-page-gap", "aria-hidden": "true", text: "…" });
      const button = h("button", { type: "button", id: `${el.id}-page-${n}`, class: "ost-page", "aria-label": `Page ${n}`, "aria-current": n === page ? "page" : null, disabled: el.disabled, text: String(n) });
      button.addEventListener("click", () => go(n));
      return button;
    });
    const nav = h("nav", { class: "ost-pagination", "aria-label": "Pagination" }, arrow("prev", page - 1, "chevron_left"), ...numbers, arrow("next", page + 1, "chevron_right"));
    const buttons = [...nav.querySelectorAll("button")];
    for (const b of buttons) b.tabIndex = b.getAttribute("aria-current") === "page" ? 0 : -1;
    if (!buttons.some((b) => b.tabIndex === 0) && buttons[0]) buttons[0].tabIndex = 0;
    arrowKeys(nav, buttons);
    return nav;
  };
  const root = wrapper(el, build(el.value));
  if (el.width === "stretch") root.classList.add("width-stretch");
  else if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
  return { root };
});
