// st.json: the JSON text the server formatted.

import { h } from "../dom";
import { registerElement } from "../registry";

registerElement("json", (el) => ({ root: h("pre", { class: "ost-json", text: el.body }) }));
