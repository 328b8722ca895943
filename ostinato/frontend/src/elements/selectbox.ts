// st.selectbox: a native select; the chosen option's index is sent at once.

import { h } from "../dom";
import { frame } from "../frame";
import { registerElement } from "../registry";

registerElement("selectbox", (el, _path, actions) => {
  const select = h("select", { id: el.id, disabled: el.disabled });
  if (el.value === null || el.value === undefined) {
    select.append(h("option", { value: "", disabled: true, selected: true, text: el.placeholder || "Choose an option" }));
  }
  el.options.forEach((option, i) => select.append(h("option", { value: i, selected: el.value === i, text: option })));
  select.addEventListener("change", () => actions.change(el, Number(select.value)));
  return { root: frame(el, el.id, select) };
});
