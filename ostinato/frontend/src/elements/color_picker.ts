// st.color_picker: a native colour input with its hex value beside it.

import { h } from "../dom";
import { frame } from "../frame";
import { registerElement } from "../registry";

registerElement("color_picker", (el, _path, actions) => {
  const input = h("input", { type: "color", id: el.id, disabled: el.disabled });
  input.value = el.value || "#000000";
  const shown = h("code", { class: "ost-color-value", text: input.value });
  input.addEventListener("input", () => (shown.textContent = input.value));
  input.addEventListener("change", () => actions.change(el, input.value));
  return { root: frame(el, el.id, h("div", { class: "ost-color" }, input, shown)) };
});
