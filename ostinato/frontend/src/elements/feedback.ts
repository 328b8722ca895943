// st.feedback: thumbs, faces or stars as toggle buttons with labels; choosing the
// chosen one again clears it. Arrow keys move between them.

import { h } from "../dom";
import { wrapper } from "../frame";
import type { FeedbackEl } from "../protocol";
import { registerElement } from "../registry";
import { arrowKeys } from "./button_group";
import { commit } from "../commit";

const ICONS: Record<FeedbackEl["options"], string[]> = {
  thumbs: ["thumb_down", "thumb_up"],
  faces: ["sentiment_very_dissatisfied", "sentiment_dissatisfied", "sentiment_neutral", "sentiment_satisfied", "sentiment_very_satisfied"],
  stars: ["star", "star", "star", "star", "star"],
};
const NAMES: Record<FeedbackEl["options"], string[]> = {
  thumbs: ["Thumbs down", "Thumbs up"],
  faces: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
  stars: ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"],
};

registerElement("feedback", (el, _path, actions) => {
  let value = el.value;
  const group = h("div", { class: `ost-feedback ost-feedback-${el.options}`, role: "group", "aria-label": "Feedback" });
  const show = (): void =>
    buttons.forEach((b, i) => {
      b.setAttribute("aria-pressed", value === i ? "true" : "false");
      b.classList.toggle("lit", value !== null && (el.options === "stars" ? i <= value : i === value));
    });
  const buttons = ICONS[el.options].map((icon, i) => {
    const button = h(
      "button",
      { type: "button", id: `${el.id}-opt-${i}`, class: "ost-feedback-option", "aria-label": NAMES[el.options][i], title: NAMES[el.options][i], tabindex: i === (value ?? 0) ? 0 : -1, disabled: el.disabled },
      h("span", { class: "ost-icon", "aria-hidden": "true", text: icon }),
    );
    button.addEventListener("click", () => {
      value = value === i ? null : i;
      show();
      commit(el, actions, value);
    });
    return button;
  });
  group.append(...buttons);
  show();
  arrowKeys(group, buttons);
  const root = wrapper(el, group);
  if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
  return { root };
});
