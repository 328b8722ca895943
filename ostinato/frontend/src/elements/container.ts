// st.container ("block:vertical": optionally bordered, or scrolling at a fixed
// height), st.empty's placeholder, and the main area and sidebar roots.

import { h } from "../dom";
import { plainBlock, registerElement } from "../registry";

registerElement("block:vertical", (el) => {
  const root = h("div", { class: `ost-block${el.border ? " ost-border" : ""}` });
  if (el.height) {
    root.style.maxHeight = `${Number(el.height)}px`;
    root.classList.add("ost-scroll");
  }
  return { root, body: root };
});

registerElement("block:empty", plainBlock);
registerElement("block:main", plainBlock);
registerElement("block:sidebar", plainBlock);
