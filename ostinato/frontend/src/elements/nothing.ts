// An element that shows nothing (a hidden placeholder keeping its slot).

import { h } from "../dom";
import { registerElement } from "../registry";

registerElement("nothing", () => ({ root: h("div", { class: "ost-nothing", hidden: true }) }));
