// st.plotly_chart: the figure as plotly's own JSON, drawn by plotly.js from its lazy
// chunk (lazy/plotly.ts). A rerun with the same figure leaves the chart alone (zoom,
// pan, selection stay); a new one goes through Plotly.react in the same box. With
// theme="streamlit" and plotly's default template, the page's colours make the
// template, again when the scheme switches. With on_select the points, boxes and
// lassos the user selects are the widget's value, as Streamlit's selection object.

import { chartTheme, ChartsByPath, failed, type ChartTheme, type LiveChart } from "../charts";
import type { WidgetEl } from "../protocol";
import { registerElement, type Actions } from "../registry";

type Json = Record<string, unknown>;

interface PlotlyEl {
  type: "plotly_chart";
  spec: { data?: unknown[]; layout?: Json; frames?: unknown[] };
  config: Json;
  theme: "streamlit" | null;
  themed: boolean;
  width: "stretch" | number;
  height: "stretch" | number;
  alt?: string | null;
  selection_mode?: ("box" | "lasso" | "points")[];
  id?: string;
  form_id?: string | null;
}

type Chunk = typeof import("../lazy/plotly");
let chunk: Promise<Chunk> | null = null;
/** The chunk, fetched once (again after a failed fetch). */
const load = (): Promise<Chunk> =>
  (chunk ??= import("../lazy/plotly").catch((error: unknown) => {
    chunk = null;
    throw error;
  }));

const EMPTY = { points: [], point_indices: [], box: [], lasso: [] };

/** plotly.js's template of the page's theme. */
function template(t: ChartTheme): Json {
  const axis = { gridcolor: t.grid, linecolor: t.border, zerolinecolor: t.border, tickcolor: t.border, automargin: true, title: { font: { color: t.muted } }, tickfont: { color: t.muted } };
  return {
    layout: {
      font: { family: t.font, color: t.text, size: 12 },
      paper_bgcolor: "rgba(0,0,0,0)",
      plot_bgcolor: "rgba(0,0,0,0)",
      colorway: t.palette,
      xaxis: axis,
      yaxis: axis,
      legend: { font: { color: t.text } },
      title: { font: { color: t.text, size: 16 }, x: 0, xanchor: "left" },
      hoverlabel: { font: { family: t.font } },
      margin: { t: 40, r: 16, b: 40, l: 16 },
      polar: { bgcolor: "rgba(0,0,0,0)", angularaxis: axis, radialaxis: axis },
      scene: { xaxis: axis, yaxis: axis, zaxis: axis },
      geo: { bgcolor: "rgba(0,0,0,0)" },
    },
  };
}

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A selected point's plain fields (numbers, strings, arrays of them), snake_case. */
function pointFields(point: Json): Json {
  const out: Json = {};
  for (const [name, value] of Object.entries(point)) {
    if (name === "data" || name === "fullData" || name === "xaxis" || name === "yaxis" || value === undefined) continue;
    if (value === null || ["number", "string", "boolean"].includes(typeof value)) out[snake(name)] = value;
    else if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) out[snake(name)] = value;
  }
  const data = point.data as Json | undefined;
  if (data && typeof data.legendgroup === "string" && data.legendgroup) out.legendgroup = data.legendgroup;
  return out;
}

/** A lasso's SVG path ("M1,2L3,4Z") → its x and y coordinates. */
function lassoPath(path: string): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (const part of path.replace("M", "").replace("Z", "").split("L")) {
    const [px, py] = part.split(",").map(Number);
    x.push(px);
    y.push(py);
  }
  return { x, y };
}

class PlotlyChart implements LiveChart<PlotlyEl> {
  readonly root: HTMLElement;
  private readonly box: HTMLElement;
  private drawn = "";
  private generation = 0;
  private listening = false;
  private lastSent = "";

  constructor(
    private el: PlotlyEl,
    private actions: Actions,
  ) {
    this.box = document.createElement("div");
    this.box.className = "ost-plotly-box";
    this.root = document.createElement("div");
    this.root.className = "ost-plotly";
    this.root.append(this.box);
    this.update(el);
  }

  update(el: PlotlyEl, actions: Actions = this.actions): void {
    this.el = el;
    this.actions = actions;
    if (el.alt) this.root.setAttribute("aria-label", el.alt);
    else this.root.removeAttribute("aria-label");
    this.root.setAttribute("role", "figure");
    const text = JSON.stringify([el.spec, el.config, el.theme, el.themed, el.width, el.height, el.selection_mode ?? null]);
    if (text === this.drawn) return;
    this.drawn = text;
    void this.draw();
  }

  retheme(): void {
    if (this.el.themed) void this.draw();
  }

  dispose(): void {
    this.generation++;
    if (chunk) void chunk.then((m) => m.plotly.purge(this.box));
  }

  private async draw(): Promise<void> {
    const generation = ++this.generation;
    const el = this.el;
    try {
      const { plotly } = await load();
      if (generation !== this.generation) return;
      const layout: Json = structuredClone(el.spec.layout ?? {});
      if (el.themed) layout.template = template(chartTheme());
      layout.height = typeof el.height === "number" ? el.height : 450;
      if (typeof el.width === "number") layout.width = el.width;
      else delete layout.width;
      layout.autosize = true;
      const modes = el.selection_mode ?? [];
      if (el.id && modes.length) {
        const points = modes.includes("points");
        layout.clickmode ??= points ? "event+select" : "none";
        layout.hovermode ??= "closest";
        layout.dragmode ??= points ? "pan" : modes.includes("box") ? "select" : modes.includes("lasso") ? "lasso" : "pan";
      }
      const config: Json = { displaylogo: false, responsive: el.width === "stretch", ...el.config };
      const remove = new Set<string>(Array.isArray(config.modeBarButtonsToRemove) ? (config.modeBarButtonsToRemove as string[]) : []);
      if (!(el.id && modes.includes("lasso"))) remove.add("lasso2d");
      if (!(el.id && modes.includes("box"))) remove.add("select2d");
      config.modeBarButtonsToRemove = [...remove];
      this.root.style.width = typeof el.width === "number" ? `${el.width}px` : "";
      this.box.querySelector(".ost-chart-error")?.remove();
      await plotly.react(this.box, structuredClone(el.spec.data ?? []), layout, config);
      if (generation !== this.generation) return;
      this.listen();
    } catch (error) {
      if (generation !== this.generation) return;
      this.drawn = "";
      failed(this.box, "Plotly chart", error);
    }
  }

  private listen(): void {
    if (this.listening) return;
    const gd = this.box as HTMLElement & { on?: (event: string, handler: (data: unknown) => void) => void };
    if (!gd.on) return;
    this.listening = true;
    gd.on("plotly_selected", (data) => this.selected(data as Json | undefined));
    gd.on("plotly_deselect", () => this.send({ selection: EMPTY }));
  }

  private selected(event: Json | undefined): void {
    if (!this.el.id || !event) return;
    const modes = this.el.selection_mode ?? [];
    const indices = new Set<number>();
    const points: Json[] = [];
    for (const point of (event.points as Json[] | undefined) ?? []) {
      points.push(pointFields(point));
      if (typeof point.pointIndex === "number") indices.add(point.pointIndex);
      if (Array.isArray(point.pointIndices)) for (const i of point.pointIndices as number[]) indices.add(i);
    }
    const box: Json[] = [];
    const lasso: Json[] = [];
    for (const shape of (event.selections as Json[] | undefined) ?? []) {
      if (shape.type === "rect" && "x0" in shape) {
        box.push({ xref: shape.xref, yref: shape.yref, x: [shape.x0, shape.x1], y: [shape.y0, shape.y1] });
      } else if (shape.type === "path" && typeof shape.path === "string" && shape.path) {
        lasso.push({ xref: shape.xref, yref: shape.yref, ...lassoPath(shape.path) });
      }
    }
    if ((box.length && !modes.includes("box")) || (lasso.length && !modes.includes("lasso"))) return;
    this.send({ selection: { points, point_indices: [...indices], box, lasso } });
  }

  private send(value: Json): void {
    if (!this.el.id) return;
    const text = JSON.stringify(value);
    if (text === this.lastSent) return;
    this.lastSent = text;
    this.actions.change(this.el as unknown as WidgetEl, value as never);
  }
}

let actionsNow: Actions | null = null;
const charts = new ChartsByPath<PlotlyEl>((el) => new PlotlyChart(el, actionsNow!));

registerElement(
  "plotly_chart",
  (el, path, actions) => {
    actionsNow = actions;
    return charts.render(el as unknown as PlotlyEl, path);
  },
  { afterRun: charts.sweep },
);
