// st.navigation(position="top"): the pages as a bar across the top of the page;
// a section is a menu of its pages (a <details> that closes on Escape, a click
// outside, or a choice). On a narrow screen the bar scrolls sideways.

import { withBase } from "./connection";
import { h, iconSpan } from "./dom";
import type { NavPage } from "./protocol";

let bar: HTMLElement | null = null;

function link(page: NavPage, current: string, navigate: (page: string) => void, cls: string): HTMLElement {
  const a = h(
    "a",
    { href: withBase(`/${page.url_path}`), class: cls, "aria-current": page.url_path === current ? "page" : null },
    page.icon ? iconSpan(page.icon) : null,
    page.icon ? " " : null,
    page.title,
  );
  a.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    a.closest("details")?.removeAttribute("open");
    navigate(page.url_path);
  });
  return a;
}

/** Draw the bar (or remove it with `pages` null). */
export function drawTopNav(pages: NavPage[] | null, current: string, navigate: (page: string) => void): void {
  if (!pages) {
    bar?.remove();
    bar = null;
    document.body.classList.remove("ost-has-topnav");
    return;
  }
  if (!bar) {
    bar = h("nav", { id: "ostinato-topnav", "aria-label": "Pages" });
    document.body.prepend(bar);
  }
  const items: HTMLElement[] = [];
  const sections = new Map<string, HTMLElement>();
  for (const page of pages) {
    if (!page.section) {
      items.push(link(page, current, navigate, "ost-topnav-link"));
      continue;
    }
    let list = sections.get(page.section);
    if (!list) {
      list = h("div", { class: "ost-topnav-menu", role: "menu" });
      const menu = h("details", { class: "ost-topnav-section" }, h("summary", { class: "ost-topnav-link", text: page.section }), list);
      sections.set(page.section, list);
      items.push(menu);
    }
    const entry = link(page, current, navigate, "ost-topnav-item");
    entry.setAttribute("role", "menuitem");
    list.append(entry);
    if (page.url_path === current) list.parentElement?.querySelector("summary")?.setAttribute("aria-current", "true");
  }
  bar.replaceChildren(...items);
  document.body.classList.add("ost-has-topnav");
}

document.addEventListener("pointerdown", (event) => {
  for (const open of document.querySelectorAll<HTMLDetailsElement>("#ostinato-topnav details[open]")) {
    if (!open.contains(event.target as Node)) open.open = false;
  }
});
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  for (const open of document.querySelectorAll<HTMLDetailsElement>("#ostinato-topnav details[open]")) {
    open.open = false;
    open.querySelector("summary")?.focus();
  }
});
