// st.code: a code block, highlighted by the server (Pygments' token classes,
// coloured by code.css for both schemes), with a Copy button; line numbers and
// wrapping as asked.

import { h } from "../dom";
import type { CodeEl } from "../protocol";
import { registerElement } from "../registry";
import { copyButton } from "./exception";

function code(el: CodeEl & { html?: string; line_numbers?: boolean; wrap?: boolean }): HTMLElement {
  const inner = h("code", { class: el.language ? `language-${el.language}` : null });
  if (el.html !== undefined) inner.innerHTML = el.html;
  else inner.textContent = el.body;
  const pre = h("pre", { class: `ost-code-pre${el.wrap ? " wrap" : ""}` }, inner);
  if (el.line_numbers) {
    const count = el.body.replace(/\n$/, "").split("\n").length;
    pre.prepend(h("span", { class: "ost-code-lines", "aria-hidden": "true", text: Array.from({ length: count }, (_, i) => String(i + 1)).join("\n") }));
    pre.classList.add("numbered");
  }
  return h(
    "div",
    { class: "ost-code", "data-language": el.language ?? null },
    pre,
    h("div", { class: "ost-code-actions" }, copyButton(() => el.body, "Copy to clipboard")),
  );
}

registerElement("code", (el) => ({ root: code(el) }));
