// st.button and st.form_submit_button: a click is a trigger; a form's submit
// button also sends the changes its form held.

import { h, labelContent } from "../dom";
import { wrapper } from "../frame";
import type { ButtonEl } from "../protocol";
import { sizeButton } from "./container";
import { registerElement, type ElementRenderer } from "../registry";

const button: ElementRenderer<ButtonEl> = (el, _path, actions) => {
  const control = h("button", {
    id: el.id,
    type: "button",
    class: `ost-button kind-${el.kind || "secondary"}`,
    disabled: el.disabled,
    title: el.help,
    ...labelContent(el.label, el.icon, el.label_html),
  });
  control.addEventListener("click", () => actions.trigger(el, el.type === "form_submit_button"));
  sizeButton(control, (el as { width?: unknown }).width);
  return { root: wrapper(el, control) };
};

registerElement("button", button);
registerElement("form_submit_button", button);
