// The page around the app: connection banner, running indicator and its Stop
// button, the "source changed" bar, toasts, page navigation, the main menu
// (Rerun, Settings, Print, About), keyboard shortcuts, the skip link, and
// st.set_page_config (title, icon, layout).

import { withBase, type LinkState } from "./connection";
import { h, iconSpan } from "./dom";
import type { Nav, PageConfigMsg } from "./protocol";
import * as sidebarState from "./sidebar";
import { drawTopNav } from "./topnav";
import { menuControls, pageLayout } from "./menu";

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

const app = byId("ostinato-app");

// ---- Skip link, running indicator and Stop, announcements -------------------

const skip = h("a", { class: "ost-skip-link", href: "#ostinato-main", text: "Skip to content" });
skip.addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
});
document.body.prepend(skip);
main.tabIndex = -1;

const runningText = h("span", { class: "ost-running-label", text: "Running…" });
const stopButton = h("button", { type: "button", class: "ost-stop", text: "Stop", title: "Stop the script at its next st.* call" });
running.replaceChildren(h("span", { class: "ost-spinner", "aria-hidden": "true" }), runningText);

/** Said to screen readers, politely: a run that lasts, and its end (fast reruns say nothing). */
const announcer = h("div", { id: "ostinato-announce", class: "ost-visually-hidden", role: "status", "aria-live": "polite" });
document.body.append(announcer);
const ANNOUNCE_AFTER_MS = 1000;
let announceTimer: number | undefined;
let announced = false;

/** The link's state in the banner; while it is down the app cannot be used (its
 * changes would be lost): widgets are disabled and the app is inert. */
export function showLink(state: LinkState): void {
  document.body.dataset.link = state;
  if (state === "disconnected") {
    status.dataset.state = state;
    status.replaceChildren("Connection lost — reconnecting… Widgets are disabled until the page is back online.");
  } else if (status.dataset.state !== "restarted") {
    status.dataset.state = state;
    status.replaceChildren();
  }
  setOffline(state === "disconnected");
}

const OFFLINE = "data-ost-offline";

function setOffline(offline: boolean): void {
  app.inert = offline;
  if (offline) {
    for (const control of app.querySelectorAll<HTMLInputElement>("input, button, select, textarea")) {
      if (control.disabled) continue;
      control.disabled = true;
      control.setAttribute(OFFLINE, "");
    }
  } else {
    for (const control of app.querySelectorAll<HTMLInputElement>(`[${OFFLINE}]`)) {
      control.disabled = false;
      control.removeAttribute(OFFLINE);
    }
  }
}

/** The server came back without this page's session (it restarted with the memory
 * store): the page runs in a new one, the input it held was dropped. */
export function serverRestarted(): void {
  const reload = h("button", { type: "button", class: "ost-restarted-reload", text: "Reload" });
  reload.addEventListener("click", () => location.reload());
  const close = h("button", { type: "button", class: "ost-bar-close", "aria-label": "Dismiss", text: "×" });
  close.addEventListener("click", () => {
    status.dataset.state = "connected";
    status.replaceChildren();
  });
  status.dataset.state = "restarted";
  status.replaceChildren(
    h("span", { class: "ost-restarted", role: "alert", text: "The server restarted; this page started a new session." }),
    reload,
    close,
  );
}

export function setRunning(on: boolean): void {
  document.body.dataset.running = String(on);
  runningLabel("Running…", null);
  // In the page only while a run is in progress (never mistaken for an app's "Stop").
  if (on && !stopButton.isConnected) running.append(stopButton);
  else if (!on) stopButton.remove();
  window.clearTimeout(announceTimer);
  if (on) {
    announceTimer = window.setTimeout(() => {
      announced = true;
      announcer.textContent = "Running…";
    }, ANNOUNCE_AFTER_MS);
  } else if (announced) {
    announced = false;
    announcer.textContent = "Finished running.";
  }
}

export function onStop(stop: () => void): void {
  stopButton.addEventListener("click", () => {
    stopButton.disabled = true;
    runningText.textContent = "Stopping…";
    stop();
  });
}

/** The next run waits for one of the server's runner.maxConcurrentRuns threads. */
export function setQueued(limit: number): void {
  document.body.dataset.running = "true";
  runningLabel("Queued…", `${limit} runs are in progress on the server (runner.maxConcurrentRuns); this one starts when one ends.`);
}

function runningLabel(text: string, title: string | null): void {
  if (runningText.textContent !== text) runningText.textContent = text;
  stopButton.disabled = false;
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
  const shown = showNavigation && pages && pages.position !== "hidden" && pages.pages.length >= 2;
  drawTopNav(shown && pages.position === "top" ? pages.pages : null, current, navigate);
  if (!shown || pages.position === "top") {
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
    }, page.icon ? iconSpan(page.icon) : null, page.icon ? " " : null, page.title);
    link.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(page.url_path);
    });
    items.push(link);
  }
  nav.replaceChildren(...items);
  collapseNav(pages.expanded ?? false);
  nav.hidden = false;
}

/** st.navigation(expanded=): past the limit, the sidebar's list shows its first
 * pages and a "View N more" button (then "View less"), when the sidebar also
 * holds elements. */
function collapseNav(expanded: boolean | number): void {
  if (expanded === true) return;
  const limit = typeof expanded === "number" && expanded > 0 ? expanded : 10;
  const links = Array.from(nav.querySelectorAll<HTMLElement>(".ost-nav-link"));
  if (links.length < limit + 3 || sidebarBody.childElementCount === 0) return;
  const extra = links.slice(limit);
  const more = h("button", { type: "button", class: "ost-nav-more" });
  let open = extra.some((link) => link.getAttribute("aria-current") === "page");
  const apply = (): void => {
    for (const link of extra) link.hidden = !open;
    for (const header of nav.querySelectorAll<HTMLElement>(".ost-nav-section")) {
      let next = header.nextElementSibling as HTMLElement | null;
      let visible = false;
      while (next && next.classList.contains("ost-nav-link")) {
        visible ||= !next.hidden;
        next = next.nextElementSibling as HTMLElement | null;
      }
      header.hidden = !visible;
    }
    more.textContent = open ? "View less" : `View ${extra.length} more`;
    more.setAttribute("aria-expanded", String(open));
  };
  more.addEventListener("click", () => {
    open = !open;
    apply();
  });
  nav.append(more);
  apply();
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
    drawTopNav(null, "", () => undefined);
  }
}

export function onMenu(rerun: () => void, clearCache: () => void): void {
  menuControls(menu, menuButton, menuItems, {
    rerun,
    clearCache,
    always() {
      sessionStorage.setItem(ALWAYS_KEY, "1");
      rerun();
    },
  });
}

/** Set by st.set_page_config: from then on the page's own title and icon no longer
 * apply (as in Streamlit). */
let titleSet = false;
let iconSet = false;

export function pageConfig(config: PageConfigMsg): void {
  if (config.title) {
    titleSet = true;
    document.title = config.title;
  }
  if (config.icon) {
    iconSet = true;
    setIcon(config.icon);
  }
  pageLayout(config.layout === "wide");
  sidebarState.initialState(config.sidebar);
}

/** After a run: the title and icon of the page shown (of a multipage app), unless
 * set_page_config gave them. */
export function pageTitle(pages: Nav | null, current: string): void {
  const page = pages?.pages.find((p) => p.url_path === current);
  if (!page) return;
  if (!titleSet) document.title = page.title || "Ostinato";
  if (!iconSet && page.icon) setIcon(page.icon);
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
