// st.date_input: one native date input, or two for a range; sent on change.

import { h } from "../dom";
import { frame, type Send } from "../frame";
import type { DateInputEl } from "../protocol";
import { registerElement } from "../registry";

function dateInput(el: DateInputEl, send: Send): HTMLElement {
  const values = Array.isArray(el.value) ? el.value : [el.value ?? ""];
  const inputs = (el.range ? [0, 1] : [0]).map((i) => {
    const input = h("input", {
      type: "date",
      id: i === 0 ? el.id : `${el.id}-end`,
      min: el.min,
      max: el.max,
      disabled: el.disabled,
      "aria-label": el.range ? `${el.label} (${i === 0 ? "start" : "end"})` : null,
    });
    input.value = values[i] ?? "";
    input.addEventListener("change", () => {
      const picked = inputs.map((d) => d.value).filter(Boolean);
      send(el.range ? picked : picked[0] ?? null);
    });
    return input;
  });
  const content = el.range ? h("div", { class: "ost-dates" }, inputs[0], h("span", { "aria-hidden": "true", text: "–" }), inputs[1]) : inputs[0];
  return frame(el, el.id, content);
}

registerElement("date_input", (el, _path, actions) => ({ root: dateInput(el, (value) => actions.change(el, value)) }));
