// st.dataframe: the element's frame; the grid itself (src/lazy/grid.ts) is a chunk
// loaded by the first table a page shows.

import { h } from "../dom";
import type { DataframeEl } from "../protocol";
import { registerElement } from "../registry";

let chunk: Promise<typeof import("../lazy/grid")> | null = null;

registerElement("dataframe", (el: DataframeEl, path, actions) => {
  const root = h("div", { class: "ost-dataframe-wrap", "data-testid": "ost-dataframe" });
  if (el.key) root.classList.add(`st-key-${el.key}`);
  chunk ??= import("../lazy/grid");
  void chunk.then((grid) => grid.drawGrid(root, el, path, actions));
  return { root };
});
