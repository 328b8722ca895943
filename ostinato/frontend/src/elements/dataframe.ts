// st.dataframe and st.data_editor: the element's frame; the grid (src/lazy/grid.ts)
// and the editor (src/lazy/editor.ts) are chunks loaded by the first table a page shows.

import { h } from "../dom";
import type { DataframeEl } from "../protocol";
import { registerElement } from "../registry";

let chunk: Promise<typeof import("../lazy/grid")> | null = null;
let editor: Promise<typeof import("../lazy/editor")> | null = null;

registerElement("dataframe", (el: DataframeEl, path, actions) => {
  const root = h("div", { class: "ost-dataframe-wrap", "data-testid": "ost-dataframe" });
  if (el.key) root.classList.add(`st-key-${el.key}`);
  const mode = (el as { editing_mode?: string }).editing_mode;
  if (mode && mode !== "read_only") {
    root.dataset.testid = "ost-data-editor";
    editor ??= import("../lazy/editor");
    void editor.then((lazy) => lazy.drawEditor(root, el as unknown as import("../lazy/editor").EditorEl, path, actions));
    return { root };
  }
  chunk ??= import("../lazy/grid");
  void chunk.then((grid) => grid.drawGrid(root, el, path, actions));
  return { root };
});
