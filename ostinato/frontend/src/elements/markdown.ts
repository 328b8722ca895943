// st.markdown and its kinds: title, header, subheader, caption. Headings get an
// anchor (their id, from `anchor=` or their text, as Streamlit makes it) and a
// link icon shown on hover; `anchor=False` leaves the link out.

import { h, helpBadge } from "../dom";
import type { MarkdownEl } from "../protocol";
import { registerElement } from "../registry";

const HEADINGS = { title: "h1", header: "h2", subheader: "h3" } as const;

/** As Streamlit makes a heading's id: "Data & Charts" → "data-and-charts", "Café!"
 * → "cafe" (the words, without accents, lowercased, joined by "-"). */
export function anchorFor(text: string): string {
  const plain = text.replace(/&/g, " and ").normalize("NFKD").replace(/\p{M}/gu, "");
  const words = plain.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ? words.join("-") : "";
}

const LINK_ICON =
  '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" ' +
  'stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71' +
  'M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/></svg>';

function heading(el: MarkdownEl & { anchor?: string | false | null; divider?: string | boolean | null }): HTMLElement {
  const kind = el.kind as keyof typeof HEADINGS;
  const node = h(HEADINGS[kind], { class: `ost-markdown ost-${kind} ost-heading` }, h("span", { class: "ost-heading-text", html: el.html }));
  // anchor=False hides the link; the heading keeps its id, as in Streamlit.
  const id = typeof el.anchor === "string" && el.anchor ? el.anchor : anchorFor(node.textContent ?? "");
  if (id) {
    node.id = id;
    if (el.anchor !== false) {
      node.append(h("a", { class: "ost-anchor", href: `#${encodeURIComponent(id)}`, "aria-label": "Link to heading", html: LINK_ICON }));
    }
  }
  if (el.divider) node.classList.add("ost-heading-divider", `ost-divider-${typeof el.divider === "string" ? el.divider : "auto"}`);
  return node;
}

function markdown(el: MarkdownEl): HTMLElement {
  let node: HTMLElement;
  if (el.kind === "title" || el.kind === "header" || el.kind === "subheader") {
    node = heading(el);
  } else if (el.kind === "caption") {
    node = h("div", { class: "ost-markdown ost-caption" }, h("small", { html: el.html }));
  } else {
    node = h("div", { class: "ost-markdown", html: el.html });
  }
  return el.help ? h("div", { class: "ost-with-help" }, node, helpBadge(el.help)) : node;
}

/** A URL with #anchor opened before its heading was drawn: scroll to it once it is. */
let scrolled = false;

registerElement("markdown", (el) => ({ root: markdown(el) }), {
  afterRun() {
    if (scrolled || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target?.classList.contains("ost-heading")) {
      scrolled = true;
      target.scrollIntoView();
    }
  },
});
