// st.text: preformatted, unstyled text.

import { h } from "../dom";
import { sized } from "./container";
import { registerElement } from "../registry";

registerElement("text", (el) => ({ root: sized(h("pre", { class: "ost-text", text: el.body }), el) }));
