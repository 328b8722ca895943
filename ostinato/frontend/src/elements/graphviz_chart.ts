// st.graphviz_chart: DOT source laid out in the page by Graphviz (WebAssembly, its own
// lazy chunk: lazy/graphviz.ts) and shown as SVG, scaled down to the column and
// coloured by the page's theme where the graph sets no colour of its own.

import { ChartsByPath, failed, type LiveChart } from "../charts";
import { registerElement } from "../registry";

interface GraphvizEl {
  type: "graphviz_chart";
  spec: string;
  engine: string;
  width: "stretch" | "content" | number;
  height: "stretch" | "content" | number;
  alt?: string | null;
}

type Chunk = typeof import("../lazy/graphviz");
let chunk: Promise<Chunk> | null = null;
/** The chunk, fetched once (again after a failed fetch). */
const load = (): Promise<Chunk> =>
  (chunk ??= import("../lazy/graphviz").catch((error: unknown) => {
    chunk = null;
    throw error;
  }));

class Graph implements LiveChart<GraphvizEl> {
  readonly root: HTMLElement;
  private drawn = "";
  private generation = 0;

  constructor(private el: GraphvizEl) {
    this.root = document.createElement("div");
    this.root.className = "ost-graphviz";
    this.update(el);
  }

  update(el: GraphvizEl): void {
    this.el = el;
    this.root.classList.toggle("stretch", el.width === "stretch");
    this.root.style.width = typeof el.width === "number" ? `${el.width}px` : "";
    this.root.style.height = typeof el.height === "number" ? `${el.height}px` : "";
    const text = JSON.stringify([el.spec, el.engine]);
    if (text === this.drawn) return;
    this.drawn = text;
    void this.draw();
  }

  retheme(): void {}

  dispose(): void {
    this.generation++;
  }

  private async draw(): Promise<void> {
    const generation = ++this.generation;
    try {
      const { render } = await load();
      const svg = await render(this.el.spec, this.el.engine);
      if (generation !== this.generation) return;
      svg.setAttribute("role", "img");
      if (this.el.alt) svg.setAttribute("aria-label", this.el.alt);
      if (this.el.width === "stretch") {
        svg.removeAttribute("width");
        svg.removeAttribute("height");
      }
      this.root.replaceChildren(svg);
    } catch (error) {
      if (generation !== this.generation) return;
      this.drawn = "";
      failed(this.root, "graph", error);
    }
  }
}

const graphs = new ChartsByPath<GraphvizEl>((el) => new Graph(el));
registerElement("graphviz_chart", (el, path) => graphs.render(el as unknown as GraphvizEl, path), { afterRun: graphs.sweep });
