// st.exception (and a script's uncaught error): the type, message and traceback,
// with a button that copies them as text.

import { h } from "../dom";
import type { ExceptionEl } from "../protocol";
import { sized } from "./container";
import { registerElement } from "../registry";

/** A button that copies `text()` to the clipboard and says so. */
export function copyButton(text: () => string, label = "Copy"): HTMLButtonElement {
  const button = h("button", { type: "button", class: "ost-copy", "aria-label": label, title: label, text: "Copy" });
  button.addEventListener("click", async () => {
    let done = true;
    try {
      await navigator.clipboard.writeText(text());
    } catch {
      done = false;
    }
    button.textContent = done ? "Copied" : "Copy failed";
    button.classList.toggle("done", done);
    window.setTimeout(() => {
      button.textContent = "Copy";
      button.classList.remove("done");
    }, 1500);
  });
  return button;
}

function exception(el: ExceptionEl & { syntax?: boolean }): HTMLElement {
  const trace = el.traceback ?? [];
  const head = el.exc_type ? `${el.exc_type}: ` : "";
  const asText = (): string =>
    el.syntax ? el.message : [`${head}${el.message}`, ...(trace.length ? ["Traceback:", ...trace] : [])].join("\n");
  return h(
    "div",
    { class: "ost-exception", role: "alert" },
    el.syntax
      ? h("pre", { class: "ost-exception-syntax", text: el.message })
      : h("div", { class: "ost-exception-head" }, el.exc_type ? h("strong", { text: el.exc_type }) : null, el.exc_type ? `: ${el.message}` : el.message),
    trace.length > 0 && h("pre", { class: "ost-traceback", text: `Traceback:\n${trace.join("\n")}` }),
    (trace.length > 0 || el.syntax) && h("div", { class: "ost-exception-actions" }, copyButton(asText, "Copy the error")),
  );
}

registerElement("exception", (el) => ({ root: sized(exception(el), el) }));
