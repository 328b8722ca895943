// The Graphviz chunk (loaded by elements/graphviz_chart.ts with import() when a page
// first shows a graph): Graphviz compiled to WebAssembly (@viz-js/viz, the wasm
// inlined), so pages without graphs never fetch it.

import { instance } from "@viz-js/viz";

let viz: ReturnType<typeof instance> | null = null;

/** The SVG of `dot` laid out by `engine`; an Error with Graphviz's message when it cannot. */
export async function render(dot: string, engine: string): Promise<SVGSVGElement> {
  viz ??= instance();
  const result = (await viz).renderSVGElement(dot, { engine });
  return result;
}
