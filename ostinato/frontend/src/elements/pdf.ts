// st.pdf: the document in the browser's own PDF viewer (an <iframe> of the file,
// served inline). The drawing is a chunk of its own (src/players.ts).

import { h } from "../dom";
import type { PdfEl } from "../protocol";
import { registerElement } from "../registry";

function pdf(el: PdfEl): HTMLElement {
  const root = h("div", { class: `ost-pdf${el.height === "stretch" ? " stretch" : ""}`, "data-testid": "ost-pdf" });
  void import("../players").then((m) => m.fillPdf(root, el));
  return root;
}

registerElement("pdf", (el) => ({ root: pdf(el) }));
