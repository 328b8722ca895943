// The Plotly chunk (loaded by elements/plotly_chart.ts with import() when a page first
// shows a Plotly chart): plotly.js, bundled, so pages without one never fetch it.

import Plotly from "plotly.js-dist-min";

export interface PlotlyApi {
  react(root: HTMLElement, data: unknown[], layout: unknown, config: unknown): Promise<unknown>;
  purge(root: HTMLElement): void;
  Plots: { resize(root: HTMLElement): void };
}

export const plotly = Plotly as PlotlyApi;
