// A small inline SVG chart of a list of numbers (st.metric's chart_data, the chart
// columns of st.dataframe): a line, an area or bars, in a theme colour.

const SVG = "http://www.w3.org/2000/svg";
const NAMED = new Set(["red", "blue", "green", "yellow", "violet", "orange", "gray", "grey"]);

export interface SparkOptions {
  width: number;
  height: number;
  yMin?: number | null;
  yMax?: number | null;
  /** "auto" (green when the last point is above the first, else red), "auto-inverse",
   * a theme colour name, "primary", #hex or rgb(); the line colour otherwise. */
  color?: string | null;
  label?: string;
}

/** The CSS colour for a chart colour option and the trend of `points`. */
export function sparkColor(color: string | null | undefined, points: (number | null)[]): string {
  if (!color) return "var(--chart-1, var(--primary))";
  if (color === "auto" || color === "auto-inverse") {
    const known = points.filter((p): p is number => p !== null);
    const up = known.length < 2 || known[known.length - 1] >= known[0];
    return up === (color === "auto") ? "var(--green-text)" : "var(--red-text)";
  }
  if (color === "primary") return "var(--primary)";
  if (NAMED.has(color)) return `var(--${color === "grey" ? "gray" : color}-text)`;
  return color;
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

/** An SVG drawing `points` (null is a gap) as `kind`. */
export function sparkline(points: (number | null)[], kind: "line" | "bar" | "area", options: SparkOptions): SVGSVGElement {
  const { width, height } = options;
  const svg = svgEl("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: `ost-spark ost-spark-${kind}`, role: "img" });
  svg.setAttribute("aria-label", options.label ?? `${kind} chart of ${points.length} values`);
  const known = points.filter((p): p is number => p !== null && Number.isFinite(p));
  if (!known.length) return svg;
  const lo = options.yMin ?? Math.min(...known, kind === "bar" ? 0 : Infinity);
  const hi = options.yMax ?? Math.max(...known);
  const span = hi - lo || 1;
  const pad = 1.5;
  const y = (v: number): number => pad + (height - 2 * pad) * (1 - (Math.min(Math.max(v, lo), hi) - lo) / span);
  const colour = sparkColor(options.color, points);
  const n = points.length;
  if (kind === "bar") {
    const slot = width / n;
    const bar = Math.max(1, slot * 0.75);
    const base = y(Math.max(lo, Math.min(0, hi)));
    points.forEach((p, i) => {
      if (p === null) return;
      const top = y(p);
      svg.append(svgEl("rect", { class: "ost-spark-bar", x: i * slot + (slot - bar) / 2, y: Math.min(top, base), width: bar, height: Math.max(1, Math.abs(base - top)), fill: colour }));
    });
    return svg;
  }
  const x = (i: number): number => (n === 1 ? width / 2 : pad + ((width - 2 * pad) * i) / (n - 1));
  let d = "";
  let run: [number, number][] = [];
  const runs: [number, number][][] = [];
  points.forEach((p, i) => {
    if (p === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push([x(i), y(p)]);
  });
  if (run.length) runs.push(run);
  for (const part of runs) d += part.map(([px, py], i) => `${i ? "L" : "M"}${px.toFixed(1)},${py.toFixed(1)}`).join("");
  if (kind === "area") {
    for (const part of runs) {
      const fill = `M${part[0][0].toFixed(1)},${height}` + part.map(([px, py]) => `L${px.toFixed(1)},${py.toFixed(1)}`).join("") + `L${part[part.length - 1][0].toFixed(1)},${height}Z`;
      svg.append(svgEl("path", { class: "ost-spark-area", d: fill, fill: colour, "fill-opacity": 0.25, stroke: "none" }));
    }
  }
  svg.append(svgEl("path", { class: "ost-spark-line", d, fill: "none", stroke: colour, "stroke-width": 1.5, "stroke-linejoin": "round", "stroke-linecap": "round" }));
  return svg;
}
