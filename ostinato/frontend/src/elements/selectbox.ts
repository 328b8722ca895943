// st.selectbox: a combobox showing the chosen option; typing filters the list
// (for long option lists), ArrowUp/ArrowDown and Enter choose, Escape closes.
// The chosen option's index is sent at once.

import { chevron, combo } from "../combo";
import { h } from "../dom";
import { frame, type Send } from "../frame";
import type { SelectboxEl } from "../protocol";
import { registerElement } from "../registry";

function selectbox(el: SelectboxEl, send: Send): HTMLElement {
  // An option's index, or (accept_new_options) text the user added.
  let value: number | string | null = el.value ?? null;
  const none = el.options.length === 0 && !el.accept_new_options;
  const input = h("input", {
    id: el.id,
    type: "text",
    class: "ost-combo-input",
    disabled: el.disabled || none,
  });
  const placeholder = none ? "No options to select" : el.placeholder || "Choose an option";
  input.placeholder = placeholder;
  const label = (): string => (value === null ? "" : typeof value === "string" ? value : el.options[value] ?? "");
  input.value = label();
  input.defaultValue = input.value;
  const box = combo(input, {
    id: el.id,
    options: el.options,
    offered: () => el.options.map((_, i) => i),
    selected: (i) => i === value,
    pick: (i) => {
      const changed = i !== value;
      value = i;
      box.close();
      if (changed) send(i);
    },
    addNew: el.accept_new_options
      ? (text) => {
          const changed = text !== value;
          value = text;
          box.close();
          if (changed) send(text);
        }
      : undefined,
    empty: () => (el.accept_new_options ? "Type to add an option" : "No results"),
    showsValue: true,
    // While the list is open the input holds only what is typed (the filter);
    // the chosen option shows as its placeholder, as in Streamlit.
    opened: () => {
      input.placeholder = label() || placeholder;
      input.value = "";
    },
    closed: () => {
      input.placeholder = placeholder;
      input.value = label();
      input.defaultValue = input.value;
    },
  });
  const field = h("div", { class: "ost-combo-field" }, input, chevron(box));
  return frame(el, el.id, h("div", { class: `ost-combo ost-select${input.disabled ? " disabled" : ""}` }, field, box.list));
}

registerElement("selectbox", (el, _path, actions) => ({ root: selectbox(el, (value) => actions.change(el, value)) }));
