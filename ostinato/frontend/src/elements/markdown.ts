// st.markdown and its kinds: title, header, subheader, caption.

import { h, helpBadge } from "../dom";
import type { MarkdownEl } from "../protocol";
import { registerElement } from "../registry";

const HEADINGS = { title: "h1", header: "h2", subheader: "h3" } as const;

function markdown(el: MarkdownEl): HTMLElement {
  let node: HTMLElement;
  if (el.kind === "title" || el.kind === "header" || el.kind === "subheader") {
    node = h(HEADINGS[el.kind], { class: `ost-markdown ost-${el.kind}`, html: el.html });
  } else if (el.kind === "caption") {
    node = h("div", { class: "ost-markdown ost-caption" }, h("small", { html: el.html }));
  } else {
    node = h("div", { class: "ost-markdown", html: el.html });
  }
  return el.help ? h("div", { class: "ost-with-help" }, node, helpBadge(el.help)) : node;
}

registerElement("markdown", (el) => ({ root: markdown(el) }));
