// st.pills and st.segmented_control: a row of toggle buttons; the chosen options'
// indexes are sent at once. Arrow keys move between the buttons, Space/Enter toggles.

import { h, labelContent } from "../dom";
import { frame } from "../frame";
import { registerElement } from "../registry";
import { commit } from "../commit";

/** Arrow keys (and Home/End) move focus among `buttons` of a group. */
export function arrowKeys(group: HTMLElement, buttons: HTMLButtonElement[]): void {
  group.addEventListener("keydown", (event) => {
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const last = buttons.length - 1;
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = buttons[(to + buttons.length) % buttons.length];
    for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
    next.focus();
  });
}

registerElement("button_group", (el, _path, actions) => {
  const chosen = new Set(el.value ?? []);
  const group = h("div", {
    class: `ost-button-group ost-${el.style}${el.wrap === false ? " nowrap" : ""}`,
    role: "group",
    "aria-labelledby": `${el.id}-label`,
  });
  const first = el.value?.length ? el.value[0] : 0;
  const buttons = el.options.map((option, i) => {
    const button = h("button", {
      type: "button",
      id: `${el.id}-opt-${i}`,
      class: "ost-bg-option",
      "aria-pressed": chosen.has(i) ? "true" : "false",
      tabindex: i === first ? 0 : -1,
      disabled: el.disabled,
      ...labelContent(option, null, el.options_html?.[i]),
    });
    button.addEventListener("click", () => {
      let next: number[];
      if (el.multi) next = chosen.has(i) ? [...chosen].filter((c) => c !== i) : [...chosen, i];
      else if (chosen.has(i)) {
        if (el.required) return;
        next = [];
      } else next = [i];
      chosen.clear();
      for (const c of next) chosen.add(c);
      buttons.forEach((b, j) => b.setAttribute("aria-pressed", chosen.has(j) ? "true" : "false"));
      commit(el, actions, next);
    });
    return button;
  });
  group.append(...buttons);
  arrowKeys(group, buttons);
  const root = frame(el, null, group);
  if (el.width === "stretch") root.classList.add("width-stretch");
  else if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
  return { root };
});
