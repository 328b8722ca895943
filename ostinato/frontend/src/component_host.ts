// The host side of Streamlit's custom component protocol (what
// streamlit-component-lib speaks inside a component's iframe), loaded as a chunk
// by elements/component.ts when a page first draws a component.
//
// iframe → page (window.parent.postMessage, each with isStreamlitMessage: true):
//   streamlit:componentReady    { apiVersion: 1 }
//   streamlit:setFrameHeight    { height: number }
//   streamlit:setComponentValue { value, dataType: "json" | "bytes" | "dataframe" }
// page → iframe:
//   streamlit:render { args, dfs: [{ key, value: { data: { data, index, columns } } }],
//                      disabled, theme: { base, primaryColor, backgroundColor,
//                      secondaryBackgroundColor, textColor, font } }
//
// Only messages whose source is a component's own iframe count. A component
// cannot break the page or the session: malformed messages are ignored with a
// console warning (a bounded number per instance), more than MAX_MESSAGES a
// second are dropped, and values reach the server at most every VALUE_EVERY_MS
// (the latest one wins), each within the size the server accepts.
//
// It imports nothing but types: what it needs of the page's modules comes in
// `Page` (a module shared with app.js would become a chunk every page loads).

import type { ComponentEl, WireValue } from "./protocol";
import type { Actions } from "./registry";

/** What the host needs of the page's own modules, handed over by elements/component.ts. */
export interface Page {
  withBase(url: string): string;
  activeScheme(): "light" | "dark";
  onSchemeChange(listener: () => void): void;
  sandboxedFrame(title: string, tabIndex: number | null): HTMLIFrameElement;
}

let page: Page | null = null;

const API_VERSION = 1;
/** Messages one instance may post in a second; more are dropped. */
export const MAX_MESSAGES = 200;
/** Least time between two values sent to the server for one instance. */
export const VALUE_EVERY_MS = 100;
/** Console warnings one instance may cause; then one saying the rest are muted. */
const MAX_WARNINGS = 20;
/** The tallest frame a component may ask for, in pixels. */
const MAX_HEIGHT = 100_000;
const READY_WARNING_MS = 15_000;

interface Theme {
  base: "light" | "dark";
  primaryColor: string;
  backgroundColor: string;
  secondaryBackgroundColor: string;
  textColor: string;
  font: string;
  /** Colours Streamlit derives from those (its theme's DerivedColors) that are plain mixes. */
  [derived: string]: string;
}

interface Instance {
  root: HTMLElement;
  frame: HTMLIFrameElement;
  el: ComponentEl;
  actions: Actions;
  ready: boolean;
  /** What the last render event carried (to send one only when it changes). */
  rendered: string;
  height: number;
  pendingHeight: number | null;
  pendingValue: WireValue | undefined;
  valueTimer: number | null;
  lastValueAt: number;
  windowStart: number;
  inWindow: number;
  warnings: number;
  readyTimer: number | null;
}

const instances = new Map<HTMLElement, Instance>();

function warn(instance: Instance, text: string): void {
  instance.warnings += 1;
  if (instance.warnings <= MAX_WARNINGS) console.warn(`Component ${instance.el.component_name}: ${text}`);
  else if (instance.warnings === MAX_WARNINGS + 1)
    console.warn(`Component ${instance.el.component_name}: further warnings about its messages are muted.`);
}

function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** A colour token as [r, g, b] (what the browser resolves it to), or null. */
function rgb(name: string): [number, number, number] | null {
  const probe = document.createElement("span");
  probe.style.color = `var(${name})`;
  probe.style.display = "none";
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  const parts = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(resolved);
  return parts ? [Number(parts[1]), Number(parts[2]), Number(parts[3])] : null;
}

function derived(): Record<string, string> {
  const text = rgb("--text");
  const bg = rgb("--bg");
  const second = rgb("--bg-secondary");
  const out: Record<string, string> = { linkText: token("--link") };
  if (text) {
    for (const [name, alpha] of [["05", 0.1], ["10", 0.2], ["20", 0.3], ["40", 0.4], ["60", 0.6]] as const) {
      out[`fadedText${name}`] = `rgba(${text.join(", ")}, ${alpha})`;
    }
    out.borderColor = out.fadedText10;
    out.borderColorLight = out.fadedText05;
  }
  if (bg && second) out.bgMix = `rgb(${bg.map((v, i) => Math.round((v + second[i]) / 2)).join(", ")})`;
  return out;
}

/** The page's theme as Streamlit's theme object, from the CSS tokens in use. */
function theme(): Theme {
  const font = token("--font");
  return {
    ...derived(),
    base: page?.activeScheme() ?? "light",
    primaryColor: token("--primary"),
    backgroundColor: token("--bg"),
    secondaryBackgroundColor: token("--bg-secondary"),
    textColor: token("--text"),
    font,
    bodyFont: font,
  };
}

function bytesOf(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}

/** The render event's args and dfs; throws on args that are not JSON. */
function renderData(el: ComponentEl): { args: Record<string, unknown>; dfs: unknown[] } {
  const parsed: unknown = JSON.parse(el.json_args);
  const args: Record<string, unknown> = parsed && typeof parsed === "object" ? { ...(parsed as object) } : {};
  for (const [name, text] of Object.entries(el.bytes_args ?? {})) args[name] = bytesOf(text);
  const dfs = (el.dfs ?? []).map((table) => ({
    key: table.key,
    value: { data: { data: bytesOf(table.data), index: bytesOf(table.index), columns: bytesOf(table.columns) } },
  }));
  return { args, dfs };
}

function sendRender(instance: Instance, force: boolean): void {
  if (!instance.ready) return;
  const current = theme();
  const el = instance.el;
  const what = JSON.stringify([el.json_args, el.bytes_args, el.dfs, el.disabled, current]);
  if (!force && what === instance.rendered) return;
  instance.rendered = what;
  let data;
  try {
    data = renderData(el);
  } catch (error) {
    showError(instance, `its arguments could not be read (${String(error)}).`);
    return;
  }
  instance.frame.contentWindow?.postMessage(
    { type: "streamlit:render", args: data.args, dfs: data.dfs, disabled: Boolean(el.disabled), theme: current },
    "*",
  );
}

function showError(instance: Instance, text: string): void {
  let box = instance.root.querySelector<HTMLElement>(".ost-component-error");
  if (!box) {
    box = document.createElement("div");
    box.className = "ost-component-error";
    box.setAttribute("role", "alert");
    instance.root.prepend(box);
  }
  box.textContent = `Component ${instance.el.component_name}: ${text}`;
}

function setHeight(instance: Instance, height: number): void {
  const first = instance.pendingHeight === null;
  instance.pendingHeight = height;
  if (!first) return;
  requestAnimationFrame(() => {
    const next = instance.pendingHeight;
    instance.pendingHeight = null;
    if (next === null || next === instance.height) return;
    instance.height = next;
    instance.frame.style.height = `${next}px`;
    instance.frame.height = String(next);
  });
}

const encoder = new TextEncoder();

function sizeOf(text: string): number {
  return encoder.encode(text).length;
}

/** The wire form of a value the iframe sent, or a string saying what is wrong. */
function wireValue(value: unknown, dataType: unknown): WireValue | string {
  if (dataType === "bytes") {
    if (value instanceof Uint8Array) return { t: "bytes", v: base64(value) };
    if (ArrayBuffer.isView(value)) return { t: "bytes", v: base64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
    if (value instanceof ArrayBuffer) return { t: "bytes", v: base64(new Uint8Array(value)) };
    return "a bytes value must be a typed array or an ArrayBuffer.";
  }
  if (dataType === "dataframe") {
    const table = value as Record<string, unknown> | null;
    const parts = ["data", "index", "columns"] as const;
    if (!table || typeof table !== "object" || !parts.every((part) => table[part] instanceof Uint8Array)) {
      return "a dataframe value must be an Arrow table's data, index and columns (Uint8Array each).";
    }
    return {
      t: "dataframe",
      v: Object.fromEntries(parts.map((part) => [part, base64(table[part] as Uint8Array)])),
    };
  }
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    return `its value cannot be sent as JSON (${String(error)}).`;
  }
  if (text === undefined) return "its value cannot be sent as JSON.";
  return { t: "json", v: JSON.parse(text) as unknown };
}

function queueValue(instance: Instance, wire: WireValue): void {
  instance.pendingValue = wire;
  if (instance.valueTimer !== null) return;
  const wait = Math.max(0, instance.lastValueAt + VALUE_EVERY_MS - performance.now());
  instance.valueTimer = window.setTimeout(() => {
    instance.valueTimer = null;
    const value = instance.pendingValue;
    instance.pendingValue = undefined;
    if (value === undefined || !instance.root.isConnected) return;
    instance.lastValueAt = performance.now();
    instance.actions.change(instance.el, value);
  }, wait);
}

function onValue(instance: Instance, data: Record<string, unknown>): void {
  if (!("value" in data) || data.value === undefined) {
    warn(instance, "streamlit:setComponentValue without a value was ignored.");
    return;
  }
  const wire = wireValue(data.value, data.dataType);
  if (typeof wire === "string") {
    warn(instance, `streamlit:setComponentValue was ignored: ${wire}`);
    return;
  }
  const size = sizeOf(JSON.stringify(wire));
  if (size > instance.el.max_value_bytes) {
    warn(
      instance,
      `a value of ${size} bytes was not sent: the server takes at most ${instance.el.max_value_bytes} ` +
        "(raise server.maxClientMessageSize to send larger values).",
    );
    return;
  }
  queueValue(instance, wire);
}

function handle(instance: Instance, data: Record<string, unknown>): void {
  const type = data.type;
  if (type === "streamlit:componentReady") {
    if (data.apiVersion !== API_VERSION) {
      showError(instance, `unrecognized component API version: '${String(data.apiVersion)}'.`);
      return;
    }
    instance.ready = true;
    if (instance.readyTimer !== null) window.clearTimeout(instance.readyTimer);
    instance.readyTimer = null;
    sendRender(instance, true);
  } else if (type === "streamlit:setFrameHeight") {
    if (!instance.ready) return warn(instance, "streamlit:setFrameHeight before streamlit:componentReady was ignored.");
    const height = data.height;
    if (typeof height !== "number" || !Number.isFinite(height) || height < 0) {
      return warn(instance, `streamlit:setFrameHeight needs a height in pixels, got ${String(height).slice(0, 40)}.`);
    }
    setHeight(instance, Math.min(Math.ceil(height), MAX_HEIGHT));
  } else if (type === "streamlit:setComponentValue") {
    if (!instance.ready) return warn(instance, "streamlit:setComponentValue before streamlit:componentReady was ignored.");
    onValue(instance, data);
  } else {
    warn(instance, `unrecognized message type ${JSON.stringify(String(type)).slice(0, 60)} was ignored.`);
  }
}

/** True while the instance stays within MAX_MESSAGES a second. */
function withinBudget(instance: Instance): boolean {
  const now = performance.now();
  if (now - instance.windowStart >= 1000) {
    instance.windowStart = now;
    instance.inWindow = 0;
  }
  instance.inWindow += 1;
  if (instance.inWindow === MAX_MESSAGES + 1) {
    warn(instance, `more than ${MAX_MESSAGES} messages in a second: the rest of this second's are dropped.`);
  }
  return instance.inWindow <= MAX_MESSAGES;
}

function instanceOf(source: MessageEventSource | null): Instance | null {
  if (source === null) return null;
  for (const [root, instance] of instances) {
    if (!root.isConnected) {
      forget(instance);
      continue;
    }
    if (instance.frame.contentWindow === source) return instance;
  }
  return null;
}

function forget(instance: Instance): void {
  instances.delete(instance.root);
  if (instance.valueTimer !== null) window.clearTimeout(instance.valueTimer);
  if (instance.readyTimer !== null) window.clearTimeout(instance.readyTimer);
}

window.addEventListener("message", (event: MessageEvent) => {
  const data: unknown = event.data;
  if (!data || typeof data !== "object" || (data as { isStreamlitMessage?: unknown }).isStreamlitMessage !== true) return;
  // Only a component's own frame speaks for it (not another frame, not the page).
  const instance = instanceOf(event.source);
  if (instance === null || !withinBudget(instance)) return;
  try {
    handle(instance, data as Record<string, unknown>);
  } catch (error) {
    warn(instance, `a message could not be handled (${String(error)}).`);
  }
});

function source(el: ComponentEl): string {
  const url = new URL(page ? page.withBase(el.src) : el.src, location.href);
  url.searchParams.set("streamlitUrl", location.origin + location.pathname);
  return url.toString();
}

function initialHeight(el: ComponentEl): number {
  try {
    const args = JSON.parse(el.json_args) as Record<string, unknown>;
    const height = typeof args.height === "string" && args.height.trim() !== "" ? Number(args.height) : args.height;
    return typeof height === "number" && Number.isFinite(height) && height >= 0 ? Math.min(height, MAX_HEIGHT) : 0;
  } catch {
    return 0;
  }
}

/** Start serving the page's components (once). */
export function start(tools: Page): void {
  if (page) return;
  page = tools;
  tools.onSchemeChange(() => {
    for (const instance of instances.values()) sendRender(instance, false);
  });
}

/** Draw a new instance into `root`. */
export function mount(root: HTMLElement, el: ComponentEl, actions: Actions): void {
  if (!page) throw new Error("component host not started");
  for (const [known, instance] of instances) if (!known.isConnected) forget(instance);
  const frame = page.sandboxedFrame(el.component_name, el.tab_index);
  frame.className = "ost-component-frame";
  frame.setAttribute("scrolling", "no");
  const height = initialHeight(el);
  frame.style.height = `${height}px`;
  frame.height = String(height);
  const instance: Instance = {
    root, frame, el, actions,
    ready: false,
    rendered: "",
    height,
    pendingHeight: null,
    pendingValue: undefined,
    valueTimer: null,
    lastValueAt: -Infinity,
    windowStart: performance.now(),
    inWindow: 0,
    warnings: 0,
    readyTimer: null,
  };
  instances.set(root, instance);
  instance.readyTimer = window.setTimeout(() => {
    instance.readyTimer = null;
    if (!instance.ready) {
      console.warn(
        `Component ${el.component_name} has not sent streamlit:componentReady yet (loading ${el.src}). ` +
          (el.url ? "Is its dev server running?" : "Are its built files in the folder it was declared with?"),
      );
    }
  }, READY_WARNING_MS);
  frame.src = source(el);
  root.append(frame);
}

/** The instance in `root` was drawn again (a rerun): new args reach the iframe. */
export function update(root: HTMLElement, el: ComponentEl, actions: Actions): void {
  const instance = instances.get(root);
  if (!instance) return mount(root, el, actions);
  instance.el = el;
  instance.actions = actions;
  sendRender(instance, false);
}
