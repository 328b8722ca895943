// st.echarts_chart: an ECharts option (JSON) drawn by Apache ECharts from its lazy
// chunk (lazy/echarts.ts), on a canvas or as SVG, themed by the page's colours
// (again when the scheme switches). The same option on a rerun leaves it alone.

import { chartTheme, ChartsByPath, failed, type ChartTheme, type LiveChart } from "../charts";
import { registerElement } from "../registry";

interface EChartsEl {
  type: "echarts_chart";
  spec: Record<string, unknown>;
  theme: "streamlit" | null;
  renderer: "canvas" | "svg";
  width: "stretch" | number;
  height: "stretch" | number;
  alt?: string | null;
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

  constructor(private el: EChartsEl) {
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
    } catch (error) {
      if (generation !== this.generation) return;
      this.drawn = "";
      this.chart?.dispose();
      this.chart = null;
      failed(this.root, "ECharts chart", error);
    }
  }
}

const charts = new ChartsByPath<EChartsEl>((el) => new EChart(el));
registerElement("echarts_chart", (el, path) => charts.render(el as unknown as EChartsEl, path), { afterRun: charts.sweep });
