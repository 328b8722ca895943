// st.divider: a horizontal rule.

import { h } from "../dom";
import { sized } from "./container";
import { registerElement } from "../registry";

registerElement("divider", (el) => ({ root: sized(h("hr", { class: "ost-divider" }), el) }));
