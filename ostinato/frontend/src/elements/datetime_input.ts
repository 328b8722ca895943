// st.datetime_input: a native date-and-time field (minutes, `step` seconds apart);
// sent on change. Clearing it sends null unless the widget is required.

import { h } from "../dom";
import { frame } from "../frame";
import { registerElement } from "../registry";
import { commit } from "../commit";

registerElement("date_time_input", (el, _path, actions) => {
  const input = h("input", { type: "datetime-local", id: el.id, min: el.min, max: el.max, step: el.step, required: el.required, disabled: el.disabled });
  input.value = el.value ?? "";
  input.addEventListener("change", () => {
    if (!input.value && el.required) return;
    if (input.value && (input.value < el.min || input.value > el.max)) return;
    commit(el, actions, input.value ? input.value.slice(0, 16) : null);
  });
  const root = frame(el, el.id, input);
  if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
  return { root };
});
