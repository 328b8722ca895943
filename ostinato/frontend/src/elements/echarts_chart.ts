// st.echarts_chart: an ECharts option (JSON) drawn by Apache ECharts from its lazy
// chunk (lazy/echarts.ts), on a canvas or as SVG, themed by the page's colours
// (again when the scheme switches). The same option on a rerun leaves it alone.

import { chartTheme, ChartsByPath, failed, type ChartTheme, type LiveChart } from "../charts";
import type { WidgetEl } from "../protocol";
import { registerElement, type Actions } from "../registry";

interface EChartsEl {
  type: "echarts_chart";
  spec: Record<string, unknown>;
  theme: "streamlit" | null;
  renderer: "canvas" | "svg";
  width: "stretch" | number;
  height: "stretch" | number;
  alt?: string | null;
  selection_activated?: boolean;
  id?: string;
  form_id?: string | null;
}

/** What ECharts reports selected in one series (a click, or a brush's batch). */
interface Picked {
  seriesIndex: number;
  dataIndex: number | number[];
  dataType?: string;
}
interface BrushBatch {
  brushIndex: number;
  areas?: { brushType?: string; coordRange?: unknown }[];
  selected?: Picked[];
}

const DEBOUNCE_MS = 150;
const TYPE_ORDER: Record<string, number> = { main: 0, node: 1, edge: 2 };

/** A series' id or name as Streamlit reports it: a number or non-empty string, else null. */
function label(value: unknown): string | number | null {
  return typeof value === "number" || (typeof value === "string" && value.length > 0) ? value : null;
}

/** Streamlit's selection object: `selected` (by series and data type, indices sorted)
 * from clicks and brushes, `areas` (each brushed area's type and coordinates). */
function selection(spec: Record<string, unknown>, clicked: Picked[], batches: BrushBatch[]): Record<string, unknown> {
  const bySeries = new Map<string, { seriesIndex: number; dataType: string; indices: Set<number> }>();
  for (const pick of [...clicked, ...batches.flatMap((b) => b.selected ?? [])]) {
    if (typeof pick.seriesIndex !== "number") continue;
    const dataType = pick.dataType ?? "main";
    const at = JSON.stringify([pick.seriesIndex, dataType]);
    let entry = bySeries.get(at);
    if (!entry) bySeries.set(at, (entry = { seriesIndex: pick.seriesIndex, dataType, indices: new Set() }));
    for (const i of Array.isArray(pick.dataIndex) ? pick.dataIndex : [pick.dataIndex]) if (typeof i === "number") entry.indices.add(i);
  }
  const series = spec.series;
  const seriesAt = (i: number): Record<string, unknown> | null => {
    const one = Array.isArray(series) ? series[i] : i === 0 ? series : undefined;
    return one && typeof one === "object" ? (one as Record<string, unknown>) : null;
  };
  const selected = [...bySeries.values()]
    .filter((e) => e.indices.size > 0)
    .sort((a, b) => a.seriesIndex - b.seriesIndex || (TYPE_ORDER[a.dataType] ?? 3) - (TYPE_ORDER[b.dataType] ?? 3))
    .map((e) => ({
      series_index: e.seriesIndex,
      series_id: label(seriesAt(e.seriesIndex)?.id),
      series_name: label(seriesAt(e.seriesIndex)?.name),
      data_type: e.dataType,
      data_indices: [...e.indices].sort((a, b) => a - b),
    }));
  const areas = [...batches]
    .sort((a, b) => a.brushIndex - b.brushIndex)
    .flatMap((b) => (b.areas ?? []).filter((a) => typeof a.brushType === "string" && Array.isArray(a.coordRange)).map((a) => ({ brush_index: b.brushIndex, brush_type: a.brushType, coord_range: a.coordRange })));
  return { selected, areas };
}

type Chunk = typeof import("../lazy/echarts");
type Instance = import("../lazy/echarts").Instance;
let chunk: Promise<Chunk> | null = null;
/** The chunk, fetched once (again after a failed fetch). */
const load = (): Promise<Chunk> =>
  (chunk ??= import("../lazy/echarts").catch((error: unknown) => {
    chunk = null;
    throw error;
  }));

/** An ECharts theme of the page's theme. */
function theme(t: ChartTheme): object {
  const axis = {
    axisLine: { lineStyle: { color: t.border } },
    axisTick: { lineStyle: { color: t.border } },
    axisLabel: { color: t.muted },
    splitLine: { lineStyle: { color: t.grid } },
    nameTextStyle: { color: t.muted },
  };
  return {
    color: t.palette,
    backgroundColor: "transparent",
    textStyle: { fontFamily: t.font, color: t.text },
    title: { textStyle: { color: t.text }, subtextStyle: { color: t.muted } },
    legend: { textStyle: { color: t.text } },
    tooltip: { backgroundColor: t.bg, borderColor: t.border, textStyle: { color: t.text } },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    logAxis: axis,
  };
}

class EChart implements LiveChart<EChartsEl> {
  readonly root: HTMLElement;
  private chart: Instance | null = null;
  private drawn = "";
  private look = "";
  private generation = 0;
  private readonly resize = new ResizeObserver(() => this.chart?.resize());
  private clicked: Picked[] = [];
  private batches: BrushBatch[] = [];
  private timer: number | undefined;
  private lastSent = "";
  private listening: Instance | null = null;

  constructor(
    private el: EChartsEl,
    private actions: Actions,
  ) {
    this.root = document.createElement("div");
    this.root.className = "ost-echarts";
    this.resize.observe(this.root);
    this.update(el);
  }

  update(el: EChartsEl): void {
    this.el = el;
    this.root.style.width = typeof el.width === "number" ? `${el.width}px` : "";
    this.root.style.height = `${typeof el.height === "number" ? el.height : 350}px`;
    this.root.setAttribute("role", "img");
    if (el.alt) this.root.setAttribute("aria-label", el.alt);
    const text = JSON.stringify([el.spec, el.theme, el.renderer]);
    if (text === this.drawn) return;
    this.drawn = text;
    void this.draw(false);
  }

  retheme(): void {
    if (this.el.theme === "streamlit") void this.draw(true);
  }

  dispose(): void {
    this.generation++;
    this.resize.disconnect();
    this.chart?.dispose();
    this.chart = null;
  }

  /** With on_select: clicks and brushes, debounced, become the widget's value. */
  private listen(chart: Instance): void {
    if (!this.el.id || !this.el.selection_activated || this.listening === chart) return;
    this.listening = chart;
    chart.on("selectchanged", (event: unknown) => {
      this.clicked = ((event as { selected?: Picked[] }).selected ?? []).map((p) => ({ ...p }));
      this.changed();
    });
    chart.on("brushSelected", (event: unknown) => {
      this.batches = ((event as { batch?: BrushBatch[] }).batch ?? []).map((b) => ({ ...b }));
      this.changed();
    });
  }

  private changed(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (!this.el.id) return;
      const value = { selection: selection(this.el.spec, this.clicked, this.batches) };
      const text = JSON.stringify(value);
      if (text === this.lastSent) return;
      this.lastSent = text;
      this.actions.change(this.el as unknown as WidgetEl, value as never);
    }, DEBOUNCE_MS);
  }

  private async draw(rethemed: boolean): Promise<void> {
    const generation = ++this.generation;
    try {
      const m = await load();
      if (generation !== this.generation) return;
      const look = JSON.stringify([this.el.theme, this.el.renderer, document.documentElement.dataset.scheme ?? ""]);
      const themed = this.el.theme === "streamlit" ? theme(chartTheme()) : null;
      this.chart = m.draw(this.root, this.chart, structuredClone(this.el.spec), themed, this.el.renderer, rethemed || look !== this.look);
      this.look = look;
      this.root.dataset.items = String(m.dataCount(this.chart));
      this.listen(this.chart);
    } catch (error) {
      if (generation !== this.generation) return;
      this.drawn = "";
      this.chart?.dispose();
      this.chart = null;
      failed(this.root, "ECharts chart", error);
    }
  }
}

let actionsNow: Actions | null = null;
const charts = new ChartsByPath<EChartsEl>((el) => new EChart(el, actionsNow!));
registerElement(
  "echarts_chart",
  (el, path, actions) => {
    actionsNow = actions;
    return charts.render(el as unknown as EChartsEl, path);
  },
  { afterRun: charts.sweep },
);
