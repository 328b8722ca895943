// What text and number inputs share: typing stays local; the value is sent on Enter
// (Ctrl+Enter in a text area) or when the input loses focus, only if it changed.
// A control's `defaultValue` holds the last value the server drew or the page
// sent, so "changed" means value !== defaultValue (the tree relies on it too).

import { swapping } from "./dom";

export type Control = HTMLInputElement | HTMLTextAreaElement;

/** Per control, what redraws its hint (after a commit the text is no longer edited). */
const hints = new WeakMap<Control, () => void>();

/** Call `commit` on Enter and on blur; mark the frame `dirty` while edited. */
export function onCommit(control: Control, multiline: boolean, commit: () => void, frameOf: () => HTMLElement | null): void {
  control.addEventListener("keydown", (e: Event) => {
    const event = e as KeyboardEvent;
    if (event.key !== "Enter" || event.isComposing) return;
    if (multiline && !(event.ctrlKey || event.metaKey)) return;
    if (multiline) event.preventDefault();
    commit();
  });
  control.addEventListener("blur", () => {
    if (!swapping) commit();
  });
  control.addEventListener("input", () => frameOf()?.classList.toggle("dirty", control.value !== control.defaultValue));
}

export function settle(control: Control, frameNode: HTMLElement | null): void {
  control.defaultValue = control.value;
  frameNode?.classList.remove("dirty");
  hints.get(control)?.();
}

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Whether Enter in a control of `form` submits it: the form allows it
 * (st.form's enter_to_submit) and has a submit button that is enabled. */
export function enterSubmits(form: HTMLFormElement): boolean {
  return form.dataset.enter !== "false" && form.querySelector('[data-testid="ost-form_submit_button"] button:not(:disabled)') !== null;
}

/** The instructions Streamlit shows in a text field while it has focus: outside
 * a form "Press Enter to apply" once the text was edited; inside a form "Press
 * Enter to submit form" as long as Enter submits it (nothing when it does not).
 * A text area says "Press Ctrl+Enter" (⌘+Enter on a Mac). */
export function showHint(control: Control, hint: HTMLElement, kind: "single" | "multiline", frameOf: () => HTMLElement | null): void {
  const redraw = (): void => {
    const node = frameOf();
    const form = control.closest<HTMLFormElement>("form.ost-form");
    const focused = document.activeElement === control && !control.disabled && !control.readOnly;
    const edited = control.value !== control.defaultValue;
    const show = focused && (form ? enterSubmits(form) : edited);
    const keys = kind === "multiline" ? `${isMac() ? "⌘" : "Ctrl"}+Enter` : "Enter";
    hint.textContent = show ? `Press ${keys} to ${form ? "submit form" : "apply"}` : "";
    node?.classList.toggle("hinting", show);
  };
  hints.set(control, redraw);
  for (const type of ["focus", "blur", "input"]) control.addEventListener(type, redraw);
  redraw();
}
