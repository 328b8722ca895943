// The sidebar: beside the main column on wide screens (collapsible), an
// off-canvas drawer over it on phones (≤ 640 px), behind one toggle button.
// The state is <body data-sidebar="open|closed">; app.css draws both widths.
// st.set_page_config(initial_sidebar_state=) picks the first state: "auto"
// opens it on wide screens and keeps it closed on phones.

const PHONE = window.matchMedia("(max-width: 640px)");

const byId = (id: string): HTMLElement => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
};

const sidebar = byId("ostinato-sidebar");
const toggle = byId("ostinato-sidebar-toggle");

export type SidebarState = "auto" | "expanded" | "collapsed";

/** initial_sidebar_state from set_page_config, once it has been applied. */
let initial: SidebarState = "auto";
let initialApplied = false;
/** The user clicked the toggle: their choice stands until the width class changes. */
let chosen = false;

export function isPhone(): boolean {
  return PHONE.matches;
}

export function isOpen(): boolean {
  return document.body.dataset.sidebar !== "closed";
}

function defaultOpen(): boolean {
  if (initial === "expanded") return true;
  if (initial === "collapsed") return false;
  return !isPhone();
}

/** Open or close the sidebar; `focus` moves focus into an opened drawer or back to the toggle. */
export function setOpen(open: boolean, focus = false): void {
  document.body.dataset.sidebar = open ? "open" : "closed";
  toggle.setAttribute("aria-expanded", String(open));
  toggle.setAttribute("aria-label", open ? "Close sidebar" : "Open sidebar");
  toggle.title = open ? "Close sidebar" : "Open sidebar";
  if (!focus) return;
  if (open) {
    const first = sidebar.querySelector<HTMLElement>(
      "a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex='-1'])",
    );
    (first ?? sidebar).focus({ preventScroll: true });
  } else if (sidebar.contains(document.activeElement)) {
    toggle.focus();
  }
}

/** Show the sidebar and its toggle only when the sidebar has something in it. */
export function fit(empty: boolean): void {
  sidebar.hidden = empty;
  toggle.hidden = empty;
}

/** st.set_page_config(initial_sidebar_state=): applied once, as in Streamlit. */
export function initialState(state: string): void {
  if (initialApplied || chosen) return;
  if (state !== "expanded" && state !== "collapsed") return;
  initialApplied = true;
  initial = state;
  setOpen(defaultOpen());
}

sidebar.tabIndex = -1;
toggle.addEventListener("click", () => {
  chosen = true;
  setOpen(!isOpen(), true);
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && isPhone() && isOpen() && !event.defaultPrevented) setOpen(false, true);
});
// A click outside the drawer (on the dimmed page) closes it; so does following a page link in it.
document.addEventListener("click", (event) => {
  if (!isPhone() || !isOpen()) return;
  const target = event.target as Node;
  if (toggle.contains(target)) return;
  if (!sidebar.contains(target) || (target instanceof Element && target.closest(".ost-nav-link"))) setOpen(false);
});
PHONE.addEventListener("change", () => {
  chosen = false;
  setOpen(defaultOpen());
});
setOpen(defaultOpen());
