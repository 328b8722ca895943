// Wires the page together: the connection feeds the element tree; widgets feed
// changes back as reruns.

import { Changes } from "./changes";
// The colour scheme follows the OS or the user's choice (first applied by index.html).
import { onSchemeChange } from "./theme";
import * as chrome from "./chrome";
import * as bottom from "./bottom";
import { Connection, currentPage, withBase } from "./connection";
import { logoRunFinished, showLogo } from "./logo";
import { isTrigger, isWidget, type Element, type Path, type RowsView, type ServerMessage, type UploadedFile } from "./protocol";
import { rendererFor, runFinished, type Actions, type RowsWindow } from "./registry";
import { kindOf, Tree, type Rendered } from "./tree";
// Every module in src/elements/ (each registers the kinds it draws), found by build.mjs.
import "virtual:elements";

let xsrf = "";
let currentRun = -1;
/** This page was attached to a session before (the link dropped since). */
let hadSession = false;
/** Table windows asked for, by "path:start". */
const waitingRows = new Map<string, (answer: RowsWindow) => void>();
/** Which "rows" request an answer is for: the table, the first row and the view. */
const rowsKey = (path: Path, start: number, sort: [number, boolean] | null, search: string): string =>
  `${path.join(".")}:${start}:${sort ? sort.join(",") : ""}:${search}`;

const connection = new Connection({
  message: handle,
  state: chrome.showLink,
  refused: (reason) => chrome.toast(reason, "error"),
});
const changes = new Changes((message) => connection.send(message));

function navigate(page: string): void {
  if (currentPage() !== page) history.pushState({}, "", withBase(`/${page}`));
  changes.navigate(page);
}

async function upload(url: string, files: File[]): Promise<UploadedFile[]> {
  const body = new FormData();
  files.forEach((file) => body.append("files", file, file.name));
  let answer: Response;
  try {
    answer = await fetch(withBase(url), { method: "POST", body, headers: { "X-Ostinato-Xsrf": xsrf }, credentials: "same-origin" });
  } catch {
    throw new Error("The upload failed: the server could not be reached.");
  }
  const data = (await answer.json().catch(() => ({}))) as { files?: UploadedFile[]; error?: string };
  if (!answer.ok || !Array.isArray(data.files)) {
    throw new Error(data.error ?? `The upload failed (HTTP ${answer.status}).`);
  }
  return data.files;
}

const actions: Actions = {
  navigate,
  rows(path: Path, start: number, end: number, view?: RowsView) {
    const sort = view?.sort ?? null;
    const search = view?.search ?? "";
    if (!connection.send({ t: "rows", path, start, end, sort, search })) return null;
    return new Promise<RowsWindow>((resolve) => waitingRows.set(rowsKey(path, start, sort, search), resolve));
  },
  change: (el, value) => changes.change(el.id, value, el.form_id),
  hold: (el, value) => changes.hold(el.id, value),
  trigger: (el, submit = false) => changes.trigger(el.id, el.form_id, submit),
  upload,
};

function render(el: Element, path: Path): Rendered {
  return rendererFor(kindOf(el))(el, path, actions);
}

/** The event area (st.toast): its elements draw themselves elsewhere, so it stays hidden. */
const events = document.body.appendChild(Object.assign(document.createElement("div"), { hidden: true, id: "ostinato-events" }));

const tree = new Tree([chrome.main, chrome.sidebarBody, bottom.body, events], render, () => {
  chrome.fitSidebar(tree.childCount(1) > 0);
  bottom.fit(tree.childCount(2) > 0);
});

function handle(message: ServerMessage): void {
  switch (message.t) {
    case "session": {
      const config = message.config;
      xsrf = config.xsrf;
      if (hadSession && message.new) {
        // The server lost the session (restarted with the memory store): what the
        // user did on the old page must not be replayed into the new one.
        changes.drop();
        currentRun = -1;
        chrome.serverRestarted();
      }
      hadSession = true;
      chrome.clientConfig(config.toolbar_mode ?? "auto", config.show_sidebar_navigation ?? true);
      changes.flush();
      break;
    }
    case "run_started":
      currentRun = message.run;
      changes.runStarted(message.run);
      chrome.setRunning(true);
      tree.stale(message.scope);
      break;
    case "delta": {
      const el = isWidget(message.el) && !isTrigger(message.el) ? changes.shown(message.el, message.run) : message.el;
      tree.put(message.path, el);
      break;
    }
    case "kept":
      tree.keep(message.ranges);
      break;
    case "patch": {
      const before = tree.current(message.path) as Record<string, unknown> | null;
      if (!before) break;
      const el: Record<string, unknown> = { ...before, ...(message.set ?? {}) };
      for (const key of message.unset ?? []) delete el[key];
      for (const [key, [start, removed, inserted]] of Object.entries(message.splice)) {
        const text = String(before[key] ?? "");
        el[key] = text.slice(0, start) + inserted + text.slice(start + removed);
      }
      tree.put(message.path, el as unknown as Element);
      break;
    }
    case "run_queued":
      chrome.setQueued(message.limit);
      break;
    case "run_finished":
      if (message.run < currentRun) break;
      changes.runFinished(message.run);
      chrome.setRunning(false);
      if (message.status === "rerun") break;
      if (message.trim) tree.trimOnly(message.trim);
      else tree.trim(message.sizes ?? {}, message.scope);
      tree.settle(message.scope);
      if (message.scope) {
        runFinished();
        break;
      }
      runFinished();
      logoRunFinished(message.run);
      showAddress(message.page, message.query);
      chrome.drawNav(message.nav ?? null, message.page ?? "", navigate);
      chrome.pageTitle(message.nav ?? null, message.page ?? "");
      chrome.fitSidebar(tree.childCount(1) > 0);
      break;
    case "page_config":
      chrome.pageConfig(message);
      break;
    case "logo":
      showLogo(message);
      break;
    case "script_changed":
      chrome.scriptChanged(() => changes.rerun());
      break;
    case "error":
      chrome.toast(message.message, "error");
      break;
    case "notice":
      chrome.toast(message.message);
      break;
    case "rows": {
      const key = rowsKey(message.path, message.start, message.sort ?? null, message.search ?? "");
      waitingRows.get(key)?.(message);
      waitingRows.delete(key);
      break;
    }
    case "pong":
      break;
  }
}

/** Put the run's page and query in the address bar (a new history entry when the page changed). */
function showAddress(page: string | undefined, query: string | undefined): void {
  if (page === undefined) return;
  const want = `${withBase(`/${page}`)}${query ?? ""}`;
  if (`${location.pathname}${location.search}` === want) return;
  if (currentPage() !== page) history.pushState({}, "", want);
  else history.replaceState({}, "", want);
}

chrome.onChangedBar(() => changes.rerun());
chrome.onMenu(
  () => changes.rerun(),
  () => connection.send({ t: "clear_cache" }),
);
chrome.onStop(() => connection.send({ t: "stop" }));
window.addEventListener("popstate", () => changes.navigate(currentPage()));
// st.context.theme: the server learns of a switch (the next run sees it).
onSchemeChange((scheme) => connection.send({ t: "theme", scheme }));
connection.start();
