// The block a fragment's writes to a container made outside it go into: no box
// of its own, so those elements sit in that container as if written to it.

import { h } from "../dom";
import { registerElement } from "../registry";

registerElement("block:transparent", () => {
  const root = h("div", { class: "ost-block ost-transparent" });
  return { root, body: root };
});
