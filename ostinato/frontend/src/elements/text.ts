// st.text: preformatted, unstyled text.

import { h } from "../dom";
import { registerElement } from "../registry";

registerElement("text", (el) => ({ root: h("pre", { class: "ost-text", text: el.body }) }));
