// st.divider: a horizontal rule.

import { h } from "../dom";
import { registerElement } from "../registry";

registerElement("divider", () => ({ root: h("hr", { class: "ost-divider" }) }));
