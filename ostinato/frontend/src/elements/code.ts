// st.code: a code block tagged with its language.

import { h } from "../dom";
import { registerElement } from "../registry";

registerElement("code", (el) => ({
  root: h(
    "pre",
    { class: "ost-code", "data-language": el.language ?? null },
    h("code", { class: el.language ? `language-${el.language}` : null, text: el.body }),
  ),
}));
