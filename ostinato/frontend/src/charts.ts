// What the library charts (plotly, deck.gl, graphviz, echarts) share in app.js: the
// page's theme read from its CSS custom properties, and one chart kept per path so a
// rerun that sends the same spec leaves the drawn chart (zoom, selection) as it is.
// The libraries themselves live in lazy chunks (src/lazy/*.ts), fetched when the
// first chart of their kind is drawn; what they need of the page is passed to them.

import { onSchemeChange } from "./theme";

/** The page's theme, as the lazy chunks get it (plain values, no imports of app code). */
export interface ChartTheme {
  dark: boolean;
  font: string;
  text: string;
  muted: string;
  border: string;
  grid: string;
  bg: string;
  bgSecondary: string;
  primary: string;
  palette: string[];
}

const css = (name: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** The current scheme's colours and font. */
export function chartTheme(): ChartTheme {
  const palette = Array.from({ length: 10 }, (_, i) => css(`--chart-${i + 1}`)).filter(Boolean);
  return {
    dark: document.documentElement.dataset.scheme === "dark",
    font: css("--font") || "sans-serif",
    text: css("--text"),
    muted: css("--text-muted"),
    border: css("--border"),
    grid: css("--border-soft"),
    bg: css("--bg"),
    bgSecondary: css("--bg-secondary"),
    primary: css("--primary"),
    palette: palette.length ? palette : [css("--primary")],
  };
}

/** A chart on the page that can be given a new element and let go of. */
export interface LiveChart<E> {
  readonly root: HTMLElement;
  update(el: E): void;
  /** The scheme switched: draw again in its colours. */
  retheme(): void;
  dispose(): void;
}

/** Charts of one kind by path: a delta for a path updates the chart there. */
export class ChartsByPath<E> {
  private readonly charts = new Map<string, LiveChart<E>>();

  constructor(private readonly make: (el: E) => LiveChart<E>) {
    onSchemeChange(() => {
      for (const chart of this.charts.values()) if (chart.root.isConnected) chart.retheme();
    });
  }

  render(el: E, path: number[]): { root: HTMLElement } {
    const at = path.join(".");
    const current = this.charts.get(at);
    if (current && current.root.isConnected) {
      current.update(el);
      return { root: current.root };
    }
    current?.dispose();
    const chart = this.make(el);
    this.charts.set(at, chart);
    return { root: chart.root };
  }

  /** After a run: let go of the charts no longer on the page. */
  sweep = (): void => {
    for (const [at, chart] of this.charts) {
      if (chart.root.isConnected) continue;
      chart.dispose();
      this.charts.delete(at);
    }
  };
}

/** The box's CSS size: pixels, or the column's width ("stretch"). */
export function sizeBox(root: HTMLElement, width: unknown, height: unknown, defaultHeight: number): number {
  root.style.width = typeof width === "number" ? `${width}px` : "";
  root.style.maxWidth = "100%";
  const h = typeof height === "number" ? height : defaultHeight;
  root.style.height = `${h}px`;
  return h;
}

/** A message in the chart's box when its library could not draw it. */
export function failed(root: HTMLElement, what: string, error: unknown): void {
  console.warn(`Ostinato: the ${what} could not be drawn`, error);
  const box = document.createElement("div");
  box.className = "ost-chart-error";
  box.setAttribute("role", "alert");
  box.textContent = `The ${what} could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
  root.replaceChildren(box);
}
