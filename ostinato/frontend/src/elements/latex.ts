// st.latex, and every piece of math in Markdown ($…$, $$…$$): the server sends the
// TeX in a marked span or div (class "ost-math", data-tex); once such a node is on
// the page, the KaTeX chunk (lazy/katex.ts) is fetched, once, and typesets it.

import { h, helpBadge } from "../dom";
import { registerElement } from "../registry";

const PENDING = ".ost-math:not([data-typeset])";

let chunk: Promise<typeof import("../lazy/katex")> | null = null;

function typesetIn(root: Element): void {
  const found = [...(root.matches(PENDING) ? [root] : []), ...root.querySelectorAll(PENDING)] as HTMLElement[];
  if (!found.length) return;
  chunk ??= import("../lazy/katex");
  chunk.then((m) => m.typeset(found)).catch((error: unknown) => {
    chunk = null;
    console.warn("Ostinato: the math could not be typeset", error);
  });
}

// Math can be in any element drawn from Markdown (labels, alerts, chat, …), drawn now
// or later: watch what is added to the page.
new MutationObserver((records) => {
  for (const record of records) {
    for (const added of record.addedNodes) if (added instanceof Element) typesetIn(added);
  }
}).observe(document.body, { childList: true, subtree: true });

/** Streamlit's `width`: "stretch", "content" or pixels (at most the column). */
export function widthStyle(width: unknown): string | null {
  return typeof width === "number" ? `width:${width}px;max-width:100%` : null;
}

interface LatexEl {
  type: "latex";
  body: string;
  help?: string | null;
  help_html?: string;
  width?: "stretch" | "content" | number;
}

registerElement("latex", (el) => {
  const el_ = el as unknown as LatexEl;
  const math = h("div", { class: "ost-math ost-math-display", "data-tex": el_.body, text: el_.body });
  const root = h("div", { class: `ost-latex${el_.width === "content" ? " content" : ""}`, style: widthStyle(el_.width) }, math);
  return { root: el_.help ? h("div", { class: "ost-with-help" }, root, helpBadge(el_.help, el_.help_html)) : root };
});
