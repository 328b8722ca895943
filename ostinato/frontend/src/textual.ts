// What text and number inputs share: typing stays local; the value is sent on Enter
// (Ctrl+Enter in a text area) or when the input loses focus, only if it changed.
// A control's `defaultValue` holds the last value the server drew or the page
// sent, so "changed" means value !== defaultValue (the tree relies on it too).

import { swapping } from "./dom";

export type Control = HTMLInputElement | HTMLTextAreaElement;

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
}
