// The math chunk (loaded by elements/latex.ts with import() when a page first shows
// math): KaTeX, and its styles and fonts added to the page by a <link> the first
// time, so pages without math never fetch any of it.

import katex from "katex";

let styled = false;

/** KaTeX's stylesheet (dist/chunks/katex.css, beside this chunk), added once. */
function addStyles(): void {
  if (styled) return;
  styled = true;
  document.head.append(Object.assign(document.createElement("link"), { rel: "stylesheet", href: new URL("./katex.css", import.meta.url).href }));
}

/** The HTML of each TeX source already typeset: a rerun redraws the same math. */
const done = new Map<string, string>();

/** Typeset every marked math node (class ost-math, TeX in data-tex). Bad TeX shows as
 * KaTeX's error rendering: its source in the error colour, the message on hover. */
export function typeset(nodes: Iterable<HTMLElement>): void {
  addStyles();
  for (const node of nodes) {
    if (node.dataset.typeset !== undefined) continue;
    const tex = node.dataset.tex ?? "";
    const display = node.classList.contains("ost-math-display");
    const key = `${display ? "D" : "I"}${tex}`;
    let html = done.get(key);
    if (html === undefined) {
      html = katex.renderToString(tex, { displayMode: display, throwOnError: false, errorColor: "var(--error)", output: "htmlAndMathml" });
      if (done.size > 500) done.clear();
      done.set(key, html);
    }
    node.innerHTML = html;
    node.dataset.typeset = "";
  }
}
