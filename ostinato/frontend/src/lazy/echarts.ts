// The ECharts chunk (loaded by elements/echarts_chart.ts with import() when a page
// first shows one): Apache ECharts, bundled, so pages without one never fetch it.

import * as echarts from "echarts";

export type Instance = echarts.ECharts;

/** Draw `option` in `root` (a new instance when there is none or the theme or
 * renderer changed); returns the instance. */
export function draw(root: HTMLElement, current: Instance | null, option: Record<string, unknown>, theme: object | null, renderer: "canvas" | "svg", fresh: boolean): Instance {
  let chart = current;
  if (!chart || fresh) {
    chart?.dispose();
    chart = echarts.init(root, theme ?? undefined, { renderer });
  }
  chart.setOption(option as echarts.EChartsOption, { notMerge: true });
  return chart;
}

/** How many data items the drawn option's series hold (what the chart shows). */
export function dataCount(chart: Instance): number {
  const option = chart.getOption() as { series?: { data?: unknown[] }[]; dataset?: { source?: unknown[] }[] };
  const series = (option.series ?? []).reduce((n, s) => n + (s.data?.length ?? 0), 0);
  return series;
}
