// The page around the app: connection banner, running indicator, the "source
// changed" bar, toasts, page navigation, and st.set_page_config.

import { withBase, type LinkState } from "./connection";
import { h, withIcon } from "./dom";
import type { Nav, PageConfigMsg } from "./protocol";
import * as sidebarState from "./sidebar";

const byId = (id: string): HTMLElement => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
};

export const main = byId("ostinato-main");
export const sidebar = byId("ostinato-sidebar");
export const sidebarBody = byId("ostinato-sidebar-body");
const nav = byId("ostinato-nav");
const status = byId("ostinato-status");
const running = byId("ostinato-running");
const changed = byId("ostinato-changed");
const toasts = byId("ostinato-toasts");
const menu = byId("ostinato-menu");
const menuButton = byId("ostinato-menu-button");
const menuItems = byId("ostinato-menu-items");
/** client.showSidebarNavigation: false hides the list of pages. */
let showNavigation = true;

const ALWAYS_KEY = "ostinato.alwaysRerun";

export function showLink(state: LinkState): void {
  status.dataset.state = state;
  status.textContent = state === "disconnected" ? "Connection lost — reconnecting…" : "";
}

export function setRunning(on: boolean): void {
  document.body.dataset.running = String(on);
  runningLabel("Running…", null);
}

/** The next run waits for one of the server's runner.maxConcurrentRuns threads. */
export function setQueued(limit: number): void {
  document.body.dataset.running = "true";
  runningLabel("Queued…", `${limit} runs are in progress on the server (runner.maxConcurrentRuns); this one starts when one ends.`);
}

function runningLabel(text: string, title: string | null): void {
  const label = running.lastChild;
  if (label && label.nodeType === Node.TEXT_NODE && label.textContent !== text) label.textContent = text;
  if (title === null) running.removeAttribute("title");
  else running.title = title;
  running.dataset.queued = String(title !== null);
}

export function toast(text: string, kind: "error" | "notice" = "notice"): void {
  const close = h("button", { type: "button", class: "ost-toast-close", "aria-label": "Dismiss", text: "×" });
  const node = h("div", { class: `ost-toast ${kind}`, role: kind === "error" ? "alert" : "status" }, h("span", { text }), close);
  const dismiss = (): void => node.remove();
  close.addEventListener("click", dismiss);
  toasts.append(node);
  if (kind === "notice") window.setTimeout(dismiss, 10_000);
}

/** The script changed on disk: offer a rerun, or rerun at once if asked to always. */
export function scriptChanged(rerun: () => void): void {
  if (sessionStorage.getItem(ALWAYS_KEY) === "1") rerun();
  else changed.hidden = false;
}

export function onChangedBar(rerun: () => void): void {
  changed.addEventListener("click", (event) => {
    const action = (event.target as HTMLElement).closest("button")?.dataset.action;
    if (!action) return;
    if (action === "always") sessionStorage.setItem(ALWAYS_KEY, "1");
    changed.hidden = true;
    if (action !== "dismiss") rerun();
  });
}

/** Show the sidebar only when it has something in it. */
export function fitSidebar(hasElements: boolean): void {
  sidebarState.fit(!hasElements && nav.hidden);
}

export function drawNav(pages: Nav | null, current: string, navigate: (page: string) => void): void {
  if (!showNavigation || !pages || pages.position === "hidden" || pages.pages.length < 2) {
    nav.hidden = true;
    nav.replaceChildren();
    return;
  }
  const items: HTMLElement[] = [];
  let section: string | null = null;
  for (const page of pages.pages) {
    if (page.section && page.section !== section) {
      section = page.section;
      items.push(h("div", { class: "ost-nav-section", text: section }));
    }
    const link = h("a", {
      href: withBase(`/${page.url_path}`),
      class: "ost-nav-link",
      "aria-current": page.url_path === current ? "page" : null,
      text: withIcon(page.title, page.icon),
    });
    link.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(page.url_path);
    });
    items.push(link);
  }
  nav.replaceChildren(...items);
  nav.hidden = false;
}

/** The session's client options: the menu as client.toolbarMode says (minimal: no
 * menu; viewer: no developer items; developer: all; auto: developer when the page
 * is opened on this machine), and the page list as client.showSidebarNavigation says. */
export function clientConfig(toolbarMode: string, sidebarNavigation: boolean): void {
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(location.hostname);
  const mode = toolbarMode === "auto" ? (local ? "developer" : "viewer") : toolbarMode;
  document.body.dataset.toolbarMode = mode;
  menu.hidden = mode === "minimal";
  for (const item of menuItems.querySelectorAll<HTMLElement>("[data-developer]")) item.hidden = mode !== "developer";
  showNavigation = sidebarNavigation;
  if (!showNavigation) {
    nav.hidden = true;
    nav.replaceChildren();
  }
}

function openMenu(open: boolean): void {
  menuItems.hidden = !open;
  menuButton.setAttribute("aria-expanded", String(open));
}

export function onMenu(rerun: () => void): void {
  menuButton.addEventListener("click", () => openMenu(menuItems.hidden));
  menuItems.addEventListener("click", (event) => {
    const action = (event.target as HTMLElement).closest("button")?.dataset.action;
    if (!action) return;
    openMenu(false);
    if (action === "rerun") rerun();
    else if (action === "always") {
      sessionStorage.setItem(ALWAYS_KEY, "1");
      rerun();
    } else if (action === "print") window.print();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") openMenu(false);
  });
}

export function pageConfig(config: PageConfigMsg): void {
  if (config.title) document.title = config.title;
  if (config.icon) setIcon(config.icon);
  document.body.classList.toggle("wide", config.layout === "wide");
  sidebarState.initialState(config.sidebar);
}

function setIcon(icon: string): void {
  let link = document.querySelector<HTMLLinkElement>("link[rel=icon]");
  if (!link) {
    link = h("link", { rel: "icon" });
    document.head.append(link);
  }
  if (/^(https?:|data:|\/)/.test(icon)) {
    link.href = icon;
    return;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&>]/g, "")}</text></svg>`;
  link.href = `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
