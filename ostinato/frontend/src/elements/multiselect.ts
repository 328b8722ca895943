// st.multiselect: chosen options as removable chips, and a select to add one more.

import { h } from "../dom";
import { frame, type Send } from "../frame";
import type { MultiselectEl } from "../protocol";
import { registerElement } from "../registry";

function multiselect(el: MultiselectEl, send: Send): HTMLElement {
  let chosen = (el.value ?? []).filter((i) => i >= 0 && i < el.options.length);
  const chips = h("ul", { class: "ost-chips", "aria-label": "Chosen options" });
  const select = h("select", { id: el.id });
  const max = el.max_selections ?? Infinity;
  const update = (next: number[]): void => {
    chosen = next;
    draw();
    send(next);
  };
  const draw = (): void => {
    chips.replaceChildren(
      ...chosen.map((i) => {
        const remove = h("button", { type: "button", class: "ost-chip-remove", "aria-label": `Remove ${el.options[i]}`, disabled: el.disabled, text: "×" });
        remove.addEventListener("click", () => {
          update(chosen.filter((j) => j !== i));
          select.focus();
        });
        return h("li", { class: "ost-chip" }, h("span", { text: el.options[i] }), remove);
      }),
    );
    const full = chosen.length >= max;
    const prompt = full ? `At most ${max} can be chosen` : chosen.length ? "Add an option" : el.placeholder || "Choose options";
    select.replaceChildren(
      h("option", { value: "", selected: true, text: prompt }),
      ...el.options.map((option, i) => (chosen.includes(i) ? null : h("option", { value: i, disabled: full, text: option }))).filter((o) => o !== null),
    );
    select.disabled = el.disabled || chosen.length === el.options.length;
  };
  select.addEventListener("change", () => {
    if (select.value === "" || chosen.length >= max) return;
    update([...chosen, Number(select.value)]);
  });
  draw();
  return frame(el, el.id, h("div", { class: "ost-multi" }, chips, select));
}

registerElement("multiselect", (el, _path, actions) => ({ root: multiselect(el, (value) => actions.change(el, value)) }));
