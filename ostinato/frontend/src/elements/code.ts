// st.code: a code block, highlighted by the server (Pygments' token classes,
// coloured by code.css for both schemes), with a Copy button; line numbers and
// wrapping as asked; a height and a width as Streamlit's layout options.

import { h } from "../dom";
import type { CodeEl } from "../protocol";
import { registerElement } from "../registry";
import { copyButton } from "./exception";

type Size = "content" | "stretch" | number;

function code(el: CodeEl & { html?: string; line_numbers?: boolean; wrap?: boolean; height?: Size; width?: Size }): HTMLElement {
  const inner = h("code", { class: el.language ? `language-${el.language}` : null });
  if (el.html !== undefined) inner.innerHTML = el.html;
  else inner.textContent = el.body;
  const pre = h("pre", { class: `ost-code-pre${el.wrap ? " wrap" : ""}` }, inner);
  if (el.line_numbers) {
    const count = el.body.replace(/\n$/, "").split("\n").length;
    pre.prepend(h("span", { class: "ost-code-lines", "aria-hidden": "true", text: Array.from({ length: count }, (_, i) => String(i + 1)).join("\n") }));
    pre.classList.add("numbered");
  }
  // A height in pixels scrolls longer code; "stretch" fills a container of fixed height.
  const style = [
    typeof el.height === "number" ? `height:${el.height}px` : "",
    typeof el.width === "number" ? `width:${el.width}px;max-width:100%` : "",
  ].join(";");
  const sized = `${typeof el.height === "number" ? " fixed-height" : ""}${el.height === "stretch" ? " stretch-height" : ""}${el.width === "content" ? " content" : ""}`;
  return h(
    "div",
    { class: `ost-code${sized}`, "data-language": el.language ?? null, style: style === ";" ? null : style },
    pre,
    h("div", { class: "ost-code-actions" }, copyButton(() => el.body, "Copy to clipboard")),
  );
}

registerElement("code", (el) => ({ root: code(el) }));
