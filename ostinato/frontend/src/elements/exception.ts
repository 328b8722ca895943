// st.exception (and a script's uncaught error): the type, message and traceback.

import { h } from "../dom";
import type { ExceptionEl } from "../protocol";
import { registerElement } from "../registry";

function exception(el: ExceptionEl): HTMLElement {
  const trace = el.traceback ?? [];
  return h(
    "div",
    { class: "ost-exception", role: "alert" },
    h("div", { class: "ost-exception-head" }, h("strong", { text: el.exc_type }), `: ${el.message}`),
    trace.length > 0 && h("pre", { class: "ost-traceback", text: `Traceback:\n${trace.join("\n")}` }),
  );
}

registerElement("exception", (el) => ({ root: exception(el) }));
