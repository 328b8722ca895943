// st.container ("block:vertical": a column, or a row with horizontal=True, sized,
// aligned and spaced with Streamlit 1.67's parameters; optionally bordered, or
// scrolling at a fixed height), st.empty's placeholder, and the main area and
// sidebar roots.

import { h } from "../dom";
import type { BlockEl, Gap, Size } from "../protocol";
import { plainBlock, registerElement } from "../registry";

/** Inline style for a width ("stretch" | "content" | pixels) and a height. */
export function sizeStyle(width: Size | undefined | null, height?: Size | null): string | null {
  const parts: string[] = [];
  if (typeof width === "number") parts.push(`width:${width}px;max-width:100%`);
  else if (width === "content") parts.push("width:fit-content;max-width:100%");
  if (typeof height === "number") parts.push(`height:${height}px`);
  return parts.length ? parts.join(";") : null;
}

/** `root` sized by the element's `width` and `height` ("stretch", "content" or
 * pixels, as Streamlit 1.67's layout parameters), when it has them. */
export function sized(root: HTMLElement, el: unknown): HTMLElement {
  const { width, height } = el as { width?: Size | null; height?: Size | null };
  if (typeof width === "number") root.style.cssText += `;width:${width}px;max-width:100%`;
  else if (width === "content") root.classList.add("ost-width-content");
  if (typeof height === "number") root.style.cssText += `;height:${height}px;overflow:auto`;
  return root;
}

/** A button's `width`: its label's ("content"), its container's ("stretch") or pixels. */
export function sizeButton(control: HTMLElement, width: unknown): HTMLElement {
  if (width === "stretch") control.style.cssText += ";width:100%;justify-content:center";
  else if (typeof width === "number") control.style.cssText += `;width:min(${width}px,100%);justify-content:center`;
  return control;
}

/** A gap as a CSS length (named gaps are Streamlit 1.67's rem sizes). */
export function gapLength(gap: Gap | undefined): string {
  const named: Record<string, string> = { xxsmall: ".25rem", xsmall: ".5rem", small: "1rem", medium: "2rem", large: "4rem", xlarge: "6rem", xxlarge: "8rem" };
  if (gap === null) return "0";
  if (typeof gap === "number") return `${gap}px`;
  return named[gap ?? "small"] ?? "1rem";
}

type VerticalEl = BlockEl & { kind: "vertical" };

registerElement("block:vertical", (raw) => {
  const el = raw as VerticalEl;
  const classes = ["ost-block"];
  if (el.border) classes.push("ost-border");
  if (el.horizontal) classes.push("ost-horizontal", `wrap-${el.wrap === false ? "no" : "yes"}`);
  else if (el.gap !== undefined && el.gap !== "small") classes.push("ost-flex-column");
  if (el.width === "content") classes.push("ost-width-content");
  if (el.height_mode === "stretch") classes.push("ost-height-stretch");
  const root = h("div", { class: classes.join(" "), style: sizeStyle(el.width) });
  if (el.key) root.classList.add(`st-key-${el.key}`);
  root.style.setProperty("--ost-gap", gapLength(el.gap));
  root.dataset.halign = el.horizontal_alignment ?? "left";
  root.dataset.valign = el.vertical_alignment ?? "top";
  if (el.height) {
    root.style.height = `${Number(el.height)}px`;
    root.classList.add("ost-scroll");
  }
  return { root, body: root };
});

registerElement("block:empty", plainBlock);
registerElement("block:main", plainBlock);
registerElement("block:sidebar", plainBlock);
