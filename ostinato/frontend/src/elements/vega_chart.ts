// Vega-Lite charts: st.line_chart, st.area_chart, st.bar_chart, st.scatter_chart,
// st.altair_chart, st.vega_lite_chart ("vega_lite_chart") and st.map ("map"). The
// server sends the spec with its datasets named and their rows at URLs (JSON, by
// content); vega-embed comes in its own chunk (lazy/vega.ts), fetched when the first
// chart is drawn. A chart keeps its node across reruns: the same spec and data
// leave the view as it is (zoom, hover, a brush), new rows go into the view in
// place, a new spec is embedded again in the same box. The theme follows the page's
// CSS custom properties, in both schemes, and is applied again when they switch.
// With on_select, each selection parameter's signal is the widget's value.

import { h } from "../dom";
import type { Path, WidgetEl } from "../protocol";
import { registerElement, type Actions } from "../registry";
import { onSchemeChange } from "../theme";

type Json = Record<string, unknown>;
type Size = "stretch" | "content" | number;

interface ChartEl {
  type: "vega_lite_chart" | "map";
  spec: Json;
  /** Dataset name → URL of its rows (JSON). */
  datasets: Record<string, string>;
  theme: "streamlit" | null;
  width: Size;
  height: Size;
  builtin?: boolean;
  alt?: string | null;
  selection_mode?: string[];
  id?: string;
  form_id?: string | null;
  value?: { selection?: Json } | null;
}

type Chunk = typeof import("../lazy/vega");
type View = import("../lazy/vega").View;

let chunk: Promise<Chunk> | null = null;
const load = (): Promise<Chunk> => (chunk ??= import("../lazy/vega"));

/** Rows by URL (a URL names its content, so what was fetched stays right). */
const fetched = new Map<string, Promise<unknown[]>>();

function rows(url: string): Promise<unknown[]> {
  let found = fetched.get(url);
  if (!found) {
    found = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`chart data: HTTP ${response.status}`);
      return response.json() as Promise<unknown[]>;
    });
    found.catch(() => fetched.delete(url));
    if (fetched.size > 200) fetched.delete(fetched.keys().next().value as string);
    fetched.set(url, found);
  }
  return found;
}

/** Above this many rows a chart is drawn on a canvas (SVG would hold a node per mark). */
const SVG_ROWS = 2000;
const DEBOUNCE_MS = 150;
const PALETTE = 10;

const css = (name: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** Streamlit's colour names, as the theme's colours. */
function namedColor(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower === "primary") return css("--primary");
  if (["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey"].includes(lower)) {
    return css(`--${lower === "grey" ? "gray" : lower}-text`);
  }
  return null;
}

/** Colour names in colour encodings (a value, a scale's range) resolved, in place. */
function resolveColors(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(resolveColors);
  if (!node || typeof node !== "object") return;
  const obj = node as Json;
  for (const [key, child] of Object.entries(obj)) {
    if (key === "color" && child && typeof child === "object" && !Array.isArray(child)) {
      const enc = child as Json;
      if (typeof enc.value === "string") enc.value = namedColor(enc.value) ?? enc.value;
      const scale = enc.scale as Json | undefined;
      if (scale && Array.isArray(scale.range)) {
        scale.range = scale.range.map((c) => (typeof c === "string" ? namedColor(c) ?? c : c));
      }
    } else {
      resolveColors(child);
    }
  }
}

/** The Vega-Lite config of the page's theme (fonts, text, grid and border colours,
 * the primary colour and the categorical palette of the current scheme), for
 * `theme="streamlit"`: quiet axes (no ticks or domain lines, no grid on discrete
 * and time axes), 350 px tall continuous views. A spec's own config wins. */
function themeConfig(): Json {
  const font = css("--font") || "sans-serif";
  const text = css("--text");
  const muted = css("--text-muted");
  const grid = css("--border-soft");
  const palette = Array.from({ length: PALETTE }, (_, i) => css(`--chart-${i + 1}`)).filter(Boolean);
  const labels = { labelColor: muted, titleColor: muted, labelFont: font, titleFont: font, labelFontSize: 12, titleFontSize: 14, titleFontWeight: 400, labelFontWeight: 400 };
  const noGrid = { grid: false };
  return {
    background: "transparent",
    font,
    padding: { bottom: 20 },
    view: { stroke: null, strokeWidth: 0, continuousHeight: 350, continuousWidth: 400 },
    axis: { ...labels, gridColor: grid, domain: false, ticks: false, labelPadding: 16, titlePadding: 16, labelLimit: 100, labelFlush: true, labelOverlap: true },
    axisDiscrete: noGrid,
    axisTemporal: noGrid,
    axisXBand: noGrid,
    axisXPoint: noGrid,
    legend: { ...labels, titleFontSize: 14, labelFontSize: 14, symbolStrokeWidth: 4, padding: 7 },
    header: { ...labels },
    title: { color: text, font, fontSize: 16, fontWeight: 600, anchor: "start", offset: 26 },
    mark: { color: palette[0] ?? css("--primary"), tooltip: true },
    bar: { discreteBandSize: { band: 0.85 } },
    geoshape: { stroke: css("--border") },
    range: palette.length ? { category: palette } : {},
  };
}

/** With `theme=None` the chart keeps Vega-Lite's look, only readable on the page in
 * both schemes: its text, grid and frame in the page's colours and font. */
function plainConfig(): Json {
  const font = css("--font") || "sans-serif";
  const text = css("--text");
  const fonts = { labelFont: font, titleFont: font, labelFontSize: 12, titleFontSize: 12 };
  const colours = { labelColor: text, titleColor: text, ...fonts };
  return {
    background: "transparent",
    axis: { ...colours, gridColor: css("--border-soft") },
    legend: colours,
    title: { color: text, subtitleColor: text, ...fonts },
    header: colours,
    view: { stroke: css("--border"), continuousHeight: 350, continuousWidth: 400 },
    mark: { tooltip: true },
  };
}

/** Selection parameters in their long form; a point selection without encodings
 * or fields selects by the chart's encodings (so it reports the points' values, not
 * Vega's internal row ids), as Streamlit's page does. In place. */
function prepareSelections(spec: Json): void {
  const encoding = spec.encoding as Json | undefined;
  if (!Array.isArray(spec.params) || !encoding) return;
  for (const param of spec.params as Json[]) {
    if (!param || typeof param !== "object" || !("select" in param)) continue;
    if (param.select === "point" || param.select === "interval") param.select = { type: param.select };
    const select = param.select as Json;
    if (select && select.type === "point" && select.encodings == null && select.fields == null) {
      select.encodings = Object.keys(encoding);
    }
  }
}

/** Rows in all datasets (to choose SVG or canvas). */
const rowCount = (data: Record<string, unknown[]>): number => Object.values(data).reduce((n, r) => n + r.length, 0);

/** A point selection's signal → the selected points (Vega-Lite's vlPoint.or); an
 * interval's as it is (field → [low, high]); nothing selected → {}. JSON only. */
function selectionValue(value: unknown): unknown {
  if (value && typeof value === "object" && "vlPoint" in value) {
    const point = (value as { vlPoint?: { or?: unknown } }).vlPoint;
    if (point && "or" in point) value = point.or;
  }
  return JSON.parse(JSON.stringify(value ?? {})) as unknown;
}

/** A chart drawn again (the scheme switched, its spec changed) keeps what the user
 * selected: Vega-Lite keeps each selection in the dataset "<param>_store", and an
 * interval's rectangle in the signals "<param>_x" and "<param>_y" (pixels). */
function restoreSelections(from: View, to: View, params: string[]): void {
  if (!params.length) return;
  try {
    const state = from.getState({ data: (name?: string) => params.some((p) => `${p}_store` === name), signals: (name?: string) => params.some((p) => !!name?.startsWith(`${p}_`) && !/_(translate|zoom)_|_modify$|_tuple/.test(name)), recurse: false });
    void to.setState(state).runAsync();
  } catch {
    // A spec without those stores any more: nothing to keep.
  }
}

class Chart {
  readonly root: HTMLElement;
  private readonly box: HTMLElement;
  private view: View | null = null;
  private el: ChartEl;
  private drawnSpec = "";
  private drawnUrls: Record<string, string> = {};
  private generation = 0;
  private selection: Json = {};
  private lastSent = "";

  constructor(
    el: ChartEl,
    private actions: Actions,
  ) {
    this.el = el;
    this.box = h("div", { class: "ost-vega-box" });
    this.root = h("div", { class: "ost-vega" }, this.box);
    this.update(el, actions);
  }

  get connected(): boolean {
    return this.root.isConnected;
  }

  /** Draw `el`: nothing to do when spec and data are those drawn, rows changed in
   * place when only they changed, else embedded again. */
  update(el: ChartEl, actions: Actions): void {
    this.el = el;
    this.actions = actions;
    this.selection = { ...(el.value?.selection ?? {}) };
    this.lastSent = JSON.stringify({ selection: this.selection });
    const width = el.width;
    this.root.classList.toggle("content", width === "content");
    this.root.classList.toggle("tall", el.height === "stretch");
    this.root.classList.toggle("map", el.type === "map");
    this.root.style.width = typeof width === "number" ? `${width}px` : "";
    const specText = JSON.stringify([el.spec, el.theme, el.width, el.height, el.selection_mode ?? [], el.builtin ?? false, Object.keys(el.datasets).sort()]);
    if (specText === this.drawnSpec && this.view) {
      const changed = Object.entries(el.datasets).filter(([name, url]) => this.drawnUrls[name] !== url);
      if (changed.length) void this.changeRows(changed);
      return;
    }
    this.drawnSpec = specText;
    void this.embed();
  }

  /** The chart left the page: its view lets go of its listeners. */
  dispose(): void {
    this.generation++;
    this.view?.finalize();
    this.view = null;
  }

  /** Draw again with the current theme (the scheme switched). */
  redraw(): void {
    if (this.view) void this.embed();
  }

  private async changeRows(changed: [string, string][]): Promise<void> {
    const generation = ++this.generation;
    try {
      const [vega, loaded] = await Promise.all([load(), Promise.all(changed.map(([, url]) => rows(url)))]);
      if (generation !== this.generation || !this.view) return;
      changed.forEach(([name], i) => {
        this.view!.change(name, vega.changeset().remove(() => true).insert(loaded[i]));
      });
      await this.view.resize().runAsync();
      changed.forEach(([name, url]) => (this.drawnUrls[name] = url));
    } catch {
      // A dataset the view does not know by name: draw the chart anew.
      if (generation === this.generation) await this.embed();
    }
  }

  private async embed(): Promise<void> {
    const generation = ++this.generation;
    const el = this.el;
    try {
      const names = Object.keys(el.datasets);
      const [vega, loaded] = await Promise.all([load(), Promise.all(names.map((name) => rows(el.datasets[name])))]);
      if (generation !== this.generation) return;
      const datasets: Record<string, unknown[]> = {};
      names.forEach((name, i) => (datasets[name] = loaded[i]));
      const spec = structuredClone(el.spec);
      const map = el.type === "map";
      if (el.builtin || map) resolveColors(spec);
      if (el.selection_mode?.length) prepareSelections(spec);
      spec.datasets = { ...((spec.datasets as Json | undefined) ?? {}), ...datasets };
      if (el.alt && !spec.description) spec.description = el.alt;
      const multi = ["hconcat", "vconcat", "concat", "facet", "repeat"].some((k) => k in spec);
      if (!multi && el.width !== "content" && !spec.width) spec.width = "container";
      if (!multi && el.height === "stretch") spec.height = "container";
      else if (!multi && typeof el.height === "number" && !spec.height) spec.height = el.height;
      if (typeof spec.width === "number" && spec.width <= 0) delete spec.width;
      if (typeof spec.height === "number" && spec.height <= 0) delete spec.height;
      const themed = el.theme === "streamlit";
      const config = themed ? themeConfig() : plainConfig();
      const dark = document.documentElement.dataset.scheme === "dark";
      const previous = this.view;
      const result = await vega.embed(this.box, spec as never, {
        actions: false,
        renderer: rowCount(datasets) > SVG_ROWS ? "canvas" : "svg",
        config: config as never,
        tooltip: { theme: dark ? "dark" : "light" },
        defaultStyle: false,
      });
      if (generation !== this.generation) {
        result.finalize();
        return;
      }
      if (previous) {
        restoreSelections(previous, result.view, el.selection_mode ?? []);
        previous.finalize();
      }
      this.view = result.view;
      this.drawnUrls = { ...el.datasets };
      this.root.classList.remove("failed");
      this.box.querySelector(".ost-vega-error")?.remove();
      this.listen(result.view, el);
    } catch (error) {
      if (generation !== this.generation) return;
      console.warn("Ostinato: the chart could not be drawn", error);
      this.root.classList.add("failed");
      this.box.replaceChildren(h("div", { class: "ost-vega-error", role: "alert", text: `The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}` }));
      this.view = null;
      this.drawnSpec = "";
    }
  }

  /** Each selection parameter's signal, debounced, as the widget's value. */
  private listen(view: View, el: ChartEl): void {
    if (!el.id || !el.selection_mode?.length) return;
    for (const name of el.selection_mode) {
      let timer: number | undefined;
      try {
        view.addSignalListener(name, (_: string, value: unknown) => {
          window.clearTimeout(timer);
          timer = window.setTimeout(() => this.selected(name, value), DEBOUNCE_MS);
        });
      } catch (error) {
        console.warn(`Ostinato: no selection parameter ${name} in the chart`, error);
      }
    }
  }

  private selected(name: string, value: unknown): void {
    if (!this.el.id || this.view === null) return;
    this.selection = { ...this.selection, [name]: selectionValue(value) };
    const message = { selection: this.selection };
    const text = JSON.stringify(message);
    if (text === this.lastSent) return;
    this.lastSent = text;
    this.actions.change(this.el as unknown as WidgetEl, message);
  }
}

/** The chart drawn at each path: a rerun's delta for that path reuses it. */
const charts = new Map<string, Chart>();

function render(el: ChartEl, path: Path, actions: Actions): { root: HTMLElement } {
  const at = path.join(".");
  const current = charts.get(at);
  if (current && current.connected && current.root.dataset.path === at) {
    current.update(el, actions);
    return { root: current.root };
  }
  const chart = new Chart(el, actions);
  if (current && !current.connected) current.dispose();
  charts.set(at, chart);
  return { root: chart.root };
}

/** After a run: forget the charts no longer on the page. */
function sweep(): void {
  for (const [at, chart] of charts) {
    if (chart.connected) continue;
    chart.dispose();
    charts.delete(at);
  }
}

onSchemeChange(() => {
  for (const chart of charts.values()) if (chart.connected) chart.redraw();
});

registerElement("vega_lite_chart", (el, path, actions) => render(el as unknown as ChartEl, path, actions), { afterRun: sweep });
registerElement("map", (el, path, actions) => render(el as unknown as ChartEl, path, actions));
