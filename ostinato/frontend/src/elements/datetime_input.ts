// st.datetime_input: a native date-and-time field (minutes, `step` seconds apart).
// A value picked in the browser's picker is sent at once; typed segment by segment,
// it is sent on Enter or when the field loses focus (sending each segment would
// redraw the field under the user's fingers). Clearing sends null unless required.

import { h } from "../dom";
import { frame } from "../frame";
import { registerElement } from "../registry";
import { commit } from "../commit";

registerElement("date_time_input", (el, _path, actions) => {
  const input = h("input", { type: "datetime-local", id: el.id, min: el.min, max: el.max, step: el.step, required: el.required, disabled: el.disabled });
  input.value = el.value ?? "";
  let sent = input.value;
  let typing = false;
  const send = (): void => {
    typing = false;
    const value = input.value ? input.value.slice(0, 16) : "";
    if (value === sent) return;
    if (!value && el.required) return;
    if (value && (value < el.min || value > el.max)) return;
    sent = value;
    commit(el, actions, value || null);
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") send();
    else if (event.key.length === 1 || event.key === "Backspace" || event.key === "Delete" || event.key === "ArrowUp" || event.key === "ArrowDown") typing = true;
  });
  input.addEventListener("change", () => {
    if (!typing) send();
  });
  input.addEventListener("blur", send);
  const root = frame(el, el.id, input);
  if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
  return { root };
});
