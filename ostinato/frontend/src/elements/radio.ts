// st.radio: a radio group; the chosen option's index is sent at once.

import { h } from "../dom";
import { frame } from "../frame";
import { registerElement } from "../registry";

registerElement("radio", (el, _path, actions) => {
  const group = h("div", {
    class: `ost-radio-group${el.horizontal ? " horizontal" : ""}`,
    role: "radiogroup",
    "aria-labelledby": `${el.id}-label`,
  });
  el.options.forEach((option, i) => {
    const input = h("input", { type: "radio", name: el.id, id: i === 0 ? el.id : `${el.id}-${i}`, value: i, disabled: el.disabled });
    input.checked = el.value === i;
    input.addEventListener("change", () => input.checked && actions.change(el, i));
    group.append(h("label", { class: "ost-option" }, input, h("span", { text: option })));
  });
  return { root: frame(el, null, group) };
});
