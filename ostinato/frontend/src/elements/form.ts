// st.form: a <form> whose widgets' changes wait for its submit button; Enter in
// a one-line input (Ctrl+Enter in a text area) submits it when the form allows
// (enter_to_submit, and a submit button that is enabled).

import { h } from "../dom";
import { sized } from "./container";
import { registerElement } from "../registry";
import { enterSubmits } from "../textual";
import type { Rendered } from "../tree";

/** After a run, a form without a submit button says so inside itself (its values
 * could never be sent); as in Streamlit the notice is the page's, not an element. */
function flagFormsWithoutSubmit(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>("form.ost-form")) {
    const missing = !form.querySelector('[data-testid="ost-form_submit_button"]');
    let notice = form.querySelector<HTMLElement>(":scope > .ost-form-no-submit");
    if (missing && !notice) {
      notice = h(
        "div",
        { class: "ost-alert ost-alert-error ost-form-no-submit", role: "alert" },
        h("div", {
          class: "ost-alert-body",
          text: `This form has no submit button, so its values can never be sent. Add st.form_submit_button() inside it.`,
        }),
      );
      form.append(notice);
    } else if (!missing && notice) {
      notice.remove();
    }
  }
}

function form(formId: string, border: boolean, enter: boolean): Rendered {
  const root = h("form", { class: `ost-form${border ? " ost-border" : ""}`, "data-form-id": formId, "data-enter": String(enter), novalidate: true });
  root.addEventListener("submit", (event) => event.preventDefault());
  // Enter in a one-line input submits the form, after the input recorded its value.
  root.addEventListener("keydown", (event) => {
    const target = event.target;
    if (!enter || event.key !== "Enter" || event.isComposing || event.defaultPrevented && !(target instanceof HTMLTextAreaElement)) return;
    const oneLine = target instanceof HTMLInputElement && target.getAttribute("role") !== "combobox";
    const area = target instanceof HTMLTextAreaElement && (event.ctrlKey || event.metaKey);
    if (!(oneLine || area) || (target as HTMLElement).closest("form") !== root || !enterSubmits(root)) return;
    root.querySelector<HTMLButtonElement>('[data-testid="ost-form_submit_button"] button:not(:disabled)')?.click();
  });
  return { root, body: root };
}

registerElement(
  "block:form",
  (el) => {
    const rendered = form(el.form_id, el.border, el.enter);
    sized(rendered.root, el);
    return rendered;
  },
  { afterRun: flagFormsWithoutSubmit },
);
