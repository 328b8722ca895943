// st.multiselect: the chosen options as chips (× removes one) in a combobox
// whose list offers the others; typing filters, ArrowUp/ArrowDown and Enter
// choose, Backspace in the empty input removes the last chip, Escape closes,
// the clear-all × empties it. max_selections stops the list from offering more.

import { chevron, combo } from "../combo";
import { h } from "../dom";
import { frame, type Send } from "../frame";
import type { MultiselectEl } from "../protocol";
import { registerElement } from "../registry";

function multiselect(el: MultiselectEl, send: Send): HTMLElement {
  // Options' indexes, and (accept_new_options) texts the user added.
  let chosen: (number | string)[] = (el.value ?? []).filter((i) => typeof i === "string" || (i >= 0 && i < el.options.length));
  const max = el.max_selections ?? Infinity;
  const none = el.options.length === 0 && !el.accept_new_options;
  const text = (i: number | string): string => (typeof i === "string" ? i : el.options[i]);
  const input = h("input", { id: el.id, type: "text", class: "ost-combo-input", disabled: el.disabled || none });
  const chips = h("ul", { class: "ost-chips", "aria-label": "Chosen options" });
  const clear = h("button", { type: "button", class: "ost-combo-clear", "aria-label": "Clear all", title: "Clear all", disabled: el.disabled });
  clear.append(h("span", { "aria-hidden": "true", text: "×" }));

  const update = (next: (number | string)[]): void => {
    chosen = next;
    draw();
    box.redraw();
    send(next);
  };
  const box = combo(input, {
    id: el.id,
    options: el.options,
    offered: () => (chosen.length >= max ? [] : el.options.map((_, i) => i).filter((i) => !chosen.includes(i))),
    selected: (i) => chosen.includes(i),
    pick: (i) => {
      if (chosen.includes(i) || chosen.length >= max) return;
      input.value = "";
      input.defaultValue = "";
      update([...chosen, i]);
    },
    addNew: el.accept_new_options
      ? (typed) => {
          input.value = "";
          input.defaultValue = "";
          if (chosen.length >= max || chosen.includes(typed)) return;
          update([...chosen, typed]);
        }
      : undefined,
    empty: () =>
      chosen.length >= max
        ? `You can only select up to ${max} ${max === 1 ? "option" : "options"}. Remove an option first.`
        : "No results",
    showsValue: false,
    // As in Streamlit: a first row picks every option shown (without a maximum).
    all: (shown, filtered) => (max !== Infinity ? null : filtered ? `Select ${shown.length} matches` : "Select all"),
    pickAll: (shown) => {
      input.value = "";
      input.defaultValue = "";
      update([...chosen, ...shown.filter((i) => !chosen.includes(i))]);
    },
  });

  const draw = (): void => {
    chips.replaceChildren(
      ...chosen.map((i) => {
        const remove = h("button", {
          type: "button",
          class: "ost-chip-remove",
          "aria-label": `Remove ${text(i)}`,
          tabindex: -1,
          disabled: el.disabled,
        });
        remove.append(h("span", { "aria-hidden": "true", text: "×" }));
        remove.addEventListener("mousedown", (event) => event.preventDefault());
        remove.addEventListener("click", (event) => {
          event.stopPropagation();
          update(chosen.filter((j) => j !== i));
          if (!input.disabled) input.focus();
        });
        return h("li", { class: "ost-chip" }, h("span", { class: "ost-chip-text", text: text(i), title: text(i) }), remove);
      }),
    );
    input.placeholder = chosen.length ? "" : none ? "No options to select" : el.placeholder || "Choose options";
    clear.hidden = chosen.length === 0;
  };

  input.addEventListener("keydown", (event) => {
    if (event.key === "Backspace" && input.value === "" && chosen.length && !event.isComposing) {
      event.preventDefault();
      update(chosen.slice(0, -1));
    }
  });
  clear.addEventListener("mousedown", (event) => event.preventDefault());
  clear.addEventListener("click", () => {
    update([]);
    if (!input.disabled) input.focus();
  });
  draw();

  const field = h("div", { class: "ost-combo-field" }, chips, input);
  // A click anywhere in the field is a click in the input.
  field.addEventListener("mousedown", (event) => {
    if (event.target === field || event.target === chips) {
      event.preventDefault();
      input.focus();
      box.open();
    }
  });
  const wrap = h("div", { class: `ost-combo ost-multi${input.disabled ? " disabled" : ""}` }, field, clear, chevron(box), box.list);
  return frame(el, el.id, wrap);
}

registerElement("multiselect", (el, _path, actions) => ({ root: multiselect(el, (value) => actions.change(el, value)) }));
