// st.image: one image or a row of images that wraps, each with its caption. The
// drawing is a chunk of its own (src/images.ts), fetched by pages that show one.

import { h } from "../dom";
import type { ImageEl } from "../protocol";
import { registerElement } from "../registry";

function image(el: ImageEl): HTMLElement {
  const root = h("div", { class: "ost-image", "data-testid": "ost-image" });
  void import("../images").then((m) => m.fillImage(root, el));
  return root;
}

registerElement("image", (el) => ({ root: image(el) }));
