// st.time_input: a native time input; sent on change.

import { h } from "../dom";
import { frame } from "../frame";
import { registerElement } from "../registry";

registerElement("time_input", (el, _path, actions) => {
  const input = h("input", { type: "time", id: el.id, step: Number(el.step) || 60, disabled: el.disabled });
  input.value = el.value ?? "";
  input.addEventListener("change", () => actions.change(el, input.value || null));
  return { root: frame(el, el.id, input) };
});
