// Wires the page together: connection, element tree, widgets, navigation.

import { Connection } from "./connection";
import { renderBlock, renderDisplay } from "./elements";
import { h } from "./format";
import type { Element, Nav, Path, ServerMessage } from "./protocol";
import { Tree, type Rendered } from "./tree";
import { renderWidget, WIDGETS, type Actions, type RowsAnswer, type UploadedFile } from "./widgets";

const ALWAYS_KEY = "ostinato.alwaysRerun";
const byId = (id: string): HTMLElement => document.getElementById(id)!;

const sidebar = byId("ostinato-sidebar");
const status = byId("ostinato-status");
const changed = byId("ostinato-changed");
const toasts = byId("ostinato-toasts");
const navBox = byId("ostinato-nav");

let xsrf = "";
let maxUpload = 200;
let runningTimer: number | undefined;
/** Table windows asked for, by "path:start". */
const waitingRows = new Map<string, (answer: RowsAnswer) => void>();
/** Changes of widgets inside forms, held until their form is submitted. */
const held = new Map<string, Record<string, unknown>>();

function toast(message: string): void {
  const close = h("button", { type: "button", class: "ost-toast-close", "aria-label": "Dismiss", text: "×" });
  const node = h("div", { class: "ost-toast", role: "alert" }, h("span", { text: message }), close);
  close.addEventListener("click", () => node.remove());
  toasts.append(node);
  window.setTimeout(() => node.remove(), 8000);
}

const actions: Actions = {
  change(id, value, formId) {
    if (formId) {
      held.set(formId, { ...(held.get(formId) ?? {}), [id]: value });
      return;
    }
    connection.send({ t: "rerun", changes: { [id]: value }, triggers: [] });
  },
  trigger(id, formId, submit) {
    const changes = submit && formId ? held.get(formId) ?? {} : {};
    if (submit && formId) held.delete(formId);
    connection.send({ t: "rerun", changes, triggers: [id] });
  },
  navigate(page) {
    history.pushState({}, "", `/${page}`);
    connection.send({ t: "rerun", changes: {}, triggers: [], page });
  },
  async upload(url, files): Promise<UploadedFile[]> {
    const body = new FormData();
    files.forEach((file) => body.append("files", file, file.name));
    const answer = await fetch(url, { method: "POST", body, headers: { "X-Ostinato-Xsrf": xsrf } });
    const data = (await answer.json().catch(() => ({ error: `Upload failed (${answer.status})` }))) as {
      files?: UploadedFile[];
      error?: string;
    };
    if (!answer.ok || !data.files) throw new Error(data.error ?? `Upload failed (${answer.status})`);
    return data.files;
  },
  maxUploadMb: () => maxUpload,
  toast,
  rows(path, start, end) {
    return new Promise((resolve) => {
      waitingRows.set(`${path.join(".")}:${start}`, resolve);
      connection.send({ t: "rows", path, start, end });
    });
  },
};

function render(el: Element, path: Path): Rendered {
  if (el.type === "block") return renderBlock(el, path);
  if (WIDGETS.has(el.type)) return { root: renderWidget(el, actions) };
  return { root: renderDisplay(el, path, actions) };
}

const tree = new Tree([byId("ostinato-main"), byId("ostinato-sidebar-root")], render, () => {
  sidebar.hidden = !tree.hasChildren(1) && navBox.hidden;
});

function drawNav(nav: Nav | null | undefined, current: string): void {
  if (!nav || nav.position === "hidden" || nav.pages.length < 2) {
    navBox.hidden = true;
    navBox.replaceChildren();
  } else {
    navBox.hidden = false;
    const items: HTMLElement[] = [];
    let section: string | null = null;
    for (const page of nav.pages) {
      if (page.section && page.section !== section) {
        section = page.section;
        items.push(h("div", { class: "ost-nav-section", text: section }));
      }
      const link = h("a", {
        href: `/${page.url_path}`,
        class: "ost-nav-link",
        "aria-current": page.url_path === current ? "page" : null,
        text: `${page.icon ? `${page.icon} ` : ""}${page.title}`,
      });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        actions.navigate(page.url_path);
      });
      items.push(link);
    }
    navBox.replaceChildren(...items);
  }
  sidebar.hidden = !tree.hasChildren(1) && navBox.hidden;
}

function handle(message: ServerMessage): void {
  switch (message.t) {
    case "session":
      xsrf = message.config.xsrf;
      maxUpload = message.config.max_upload_mb;
      break;
    case "run_started":
      document.body.dataset.running = "true";
      window.clearTimeout(runningTimer);
      tree.stale();
      break;
    case "delta":
      tree.put(message.path, message.el);
      break;
    case "run_finished":
      if (message.status === "rerun") break;
      tree.trim(message.sizes);
      tree.settle();
      runningTimer = window.setTimeout(() => (document.body.dataset.running = "false"), 0);
      if (message.page !== undefined) {
        const want = `/${message.page}${message.query ?? ""}`;
        if (`${location.pathname}${location.search}` !== want) {
          if (location.pathname !== `/${message.page}`) history.pushState({}, "", want);
          else history.replaceState({}, "", want);
        }
      }
      drawNav(message.nav, message.page ?? "");
      break;
    case "page_config":
      if (message.title) document.title = message.title;
      document.body.classList.toggle("wide", message.layout === "wide");
      if (message.icon) setIcon(message.icon);
      if (message.sidebar === "collapsed") sidebar.classList.add("collapsed");
      break;
    case "script_changed":
      if (sessionStorage.getItem(ALWAYS_KEY) === "1") rerun();
      else changed.hidden = false;
      break;
    case "error":
    case "notice":
      toast(message.message);
      break;
    case "rows": {
      const key = `${message.path.join(".")}:${message.start}`;
      waitingRows.get(key)?.(message);
      waitingRows.delete(key);
      break;
    }
    case "pong":
      break;
  }
}

function setIcon(icon: string): void {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon}</text></svg>`;
  let link = document.querySelector<HTMLLinkElement>("link[rel=icon]");
  if (!link) {
    link = h("link", { rel: "icon" });
    document.head.append(link);
  }
  link.href = `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function rerun(): void {
  changed.hidden = true;
  connection.send({ t: "rerun", changes: {}, triggers: [] });
}

changed.addEventListener("click", (event) => {
  const action = (event.target as HTMLElement).dataset.action;
  if (action === "always") sessionStorage.setItem(ALWAYS_KEY, "1");
  if (action) rerun();
});

window.addEventListener("popstate", () => {
  connection.send({ t: "rerun", changes: {}, triggers: [], page: decodeURIComponent(location.pathname.replace(/^\/+/, "")) });
});

const connection = new Connection({
  message: handle,
  state(state) {
    status.dataset.state = state;
    status.textContent = state === "disconnected" ? "Connection lost — reconnecting…" : state === "connecting" ? "Connecting…" : "";
  },
});
connection.start();
