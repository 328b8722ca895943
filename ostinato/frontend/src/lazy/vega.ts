// The chart chunk (loaded by elements/vega_chart.ts with import() when a page first
// shows a Vega-Lite chart): vega-embed with Vega and Vega-Lite, bundled, so pages
// without charts never fetch any of it.

export { default as embed } from "vega-embed";
export type { Result, VisualizationSpec } from "vega-embed";
export { changeset } from "vega";
export type { View } from "vega";
