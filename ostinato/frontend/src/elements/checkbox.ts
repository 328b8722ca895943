// st.checkbox and st.toggle (a checkbox with the switch role): sent on change.

import { h } from "../dom";
import { frame } from "../frame";
import type { CheckboxEl } from "../protocol";
import { registerElement, type ElementRenderer } from "../registry";

const checkbox: ElementRenderer<CheckboxEl> = (el, _path, actions) => {
  const input = h("input", { type: "checkbox", id: el.id, disabled: el.disabled, role: el.type === "toggle" ? "switch" : null });
  input.checked = Boolean(el.value);
  input.addEventListener("change", () => actions.change(el, input.checked));
  const node = frame(el, el.id);
  node.prepend(input);
  node.classList.add("ost-inline");
  return { root: node };
};

registerElement("checkbox", checkbox);
registerElement("toggle", checkbox);
