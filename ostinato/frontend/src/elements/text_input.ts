// st.text_input and st.text_area: the value is sent on Enter (Ctrl+Enter in a
// text area) or when the control loses focus, only if it changed; while the
// control has focus it says what Enter does (see showHint).

import { h } from "../dom";
import { frame, type Send } from "../frame";
import type { TextAreaEl, TextInputEl } from "../protocol";
import { registerElement, type ElementRenderer } from "../registry";
import { onCommit, settle, showHint, type Control } from "../textual";

function renderText(el: TextInputEl | TextAreaEl, send: Send): HTMLElement {
  const area = el.type === "text_area";
  const common = { id: el.id, placeholder: el.placeholder || null, disabled: el.disabled, maxlength: el.max_chars ?? null };
  const control: Control = area
    ? h("textarea", { ...common, rows: 4 })
    : h("input", { ...common, type: el.type === "text_input" && el.password ? "password" : "text", autocomplete: "off" });
  if (el.type === "text_area" && el.height) control.style.height = `${Number(el.height)}px`;
  control.defaultValue = el.value ?? "";
  control.value = el.value ?? "";
  const counter = el.max_chars ? h("span", { class: "ost-counter", "aria-hidden": "true" }) : null;
  const count = (): void => {
    if (counter) counter.textContent = `${control.value.length}/${el.max_chars}`;
  };
  control.addEventListener("input", count);
  count();
  let node: HTMLElement | null = null;
  onCommit(
    control,
    area,
    () => {
      if (control.value === control.defaultValue) return;
      settle(control, node);
      send(control.value);
    },
    () => node,
  );
  const hint = h("span", { class: "ost-hint", "aria-hidden": "true" });
  node = frame(el, el.id, h("div", { class: "ost-text-box" }, control, hint), counter);
  showHint(control, hint, area ? "multiline" : "single", () => node);
  return node;
}

const render: ElementRenderer<TextInputEl | TextAreaEl> = (el, _path, actions) => ({
  root: renderText(el, (value) => actions.change(el, value)),
});
registerElement("text_input", render);
registerElement("text_area", render);
