// Mermaid diagrams (st.mermaid_chart, and any ```mermaid fence in Markdown): the
// server sends the source in a marked div (class "ost-mermaid", data-mermaid); once
// such a node is on the page the Mermaid chunk (lazy/mermaid.ts) is fetched, once,
// and draws it as SVG in the page's colours, again when the scheme switches.

import { chartTheme } from "../charts";
import { onSchemeChange } from "../theme";

const PENDING = ".ost-mermaid:not([data-drawn])";

type Chunk = typeof import("../lazy/mermaid");
let chunk: Promise<Chunk> | null = null;

function look(): import("../lazy/mermaid").MermaidLook {
  const t = chartTheme();
  return { dark: t.dark, font: t.font, text: t.text, bg: t.bg, bgSecondary: t.bgSecondary, border: t.border, primary: t.primary };
}

async function drawAll(nodes: HTMLElement[]): Promise<void> {
  chunk ??= import("../lazy/mermaid");
  const m = await chunk;
  for (const node of nodes) {
    if (node.dataset.drawn !== undefined || !node.isConnected) continue;
    node.dataset.drawn = "";
    const source = node.dataset.mermaid ?? "";
    const alt = /^\s*%%\s*stAlt\s*:(.*)$/m.exec(source)?.[1]?.trim();
    try {
      node.innerHTML = await m.render(source, look());
      const svg = node.querySelector("svg");
      svg?.setAttribute("role", "img");
      if (alt) svg?.setAttribute("aria-label", alt);
    } catch (error) {
      console.warn("Ostinato: the Mermaid diagram could not be drawn", error);
      const box = document.createElement("div");
      box.className = "ost-chart-error";
      box.setAttribute("role", "alert");
      box.textContent = `The Mermaid diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
      node.replaceChildren(box);
    }
  }
}

function drawIn(root: Element): void {
  const found = [...(root.matches(PENDING) ? [root] : []), ...root.querySelectorAll(PENDING)] as HTMLElement[];
  if (found.length) drawAll(found).catch((error: unknown) => {
    chunk = null;
    console.warn("Ostinato: Mermaid could not be loaded", error);
  });
}

new MutationObserver((records) => {
  for (const record of records) {
    for (const added of record.addedNodes) if (added instanceof Element) drawIn(added);
  }
}).observe(document.body, { childList: true, subtree: true });

onSchemeChange(() => {
  const drawn = [...document.querySelectorAll<HTMLElement>(".ost-mermaid[data-drawn]")];
  for (const node of drawn) delete node.dataset.drawn;
  if (drawn.length) drawIn(document.body);
});
