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
  const id = typeof el.anchor === "string" && el.anchor ? el.anchor : anchorFor(textOf(node));
  if (id) {
    node.id = id;
    if (el.anchor !== false) {
      node.append(h("a", { class: "ost-anchor", href: `#${encodeURIComponent(id)}`, "aria-label": "Link to heading", html: LINK_ICON }));
    }
  }
  if (el.divider) node.classList.add("ost-heading-divider", `ost-divider-${typeof el.divider === "string" ? el.divider : "auto"}`);
  return node;
}

/** Headings written in Markdown get an anchor as st.header's do (not with anchors=False). */
function anchorHeadings(root: HTMLElement, links: boolean): void {
  for (const found of root.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6")) {
    const id = anchorFor(textOf(found));
    if (!id) continue;
    found.id = id;
    found.classList.add("ost-heading");
    if (links) found.append(h("a", { class: "ost-anchor", href: `#${encodeURIComponent(id)}`, "aria-label": "Link to heading", html: LINK_ICON }));
  }
}

/** A heading's words, without the names of its Material icons. */
function textOf(node: HTMLElement): string {
  const copy = node.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(".ost-icon, .ost-math").forEach((icon) => icon.remove());
  return copy.textContent ?? "";
}

type Layout = { width?: "content" | number; text_alignment?: string; wrap?: boolean; anchors?: boolean };

/** Streamlit 1.67's layout options of text: width, alignment, one line (wrap=False). */
function laidOut(node: HTMLElement, el: Layout): void {
  if (typeof el.width === "number") node.style.cssText += `width:${el.width}px;max-width:100%`;
  else if (el.width === "content") node.classList.add("ost-width-content");
  if (el.text_alignment) node.style.textAlign = el.text_alignment;
  if (el.wrap === false) node.classList.add("ost-nowrap");
}

function markdown(el: MarkdownEl & Layout): HTMLElement {
  let node: HTMLElement;
  if (el.kind === "title" || el.kind === "header" || el.kind === "subheader") {
    node = heading(el);
  } else if (el.kind === "caption") {
    node = h("div", { class: "ost-markdown ost-caption" }, h("small", { html: el.html }));
  } else {
    node = h("div", { class: "ost-markdown", html: el.html });
    anchorHeadings(node, el.anchors !== false);
  }
  laidOut(node, el);
  return el.help ? h("div", { class: "ost-with-help" }, node, helpBadge(el.help, (el as { help_html?: string }).help_html)) : node;
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
