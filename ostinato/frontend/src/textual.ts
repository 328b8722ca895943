// Text and number inputs: typing stays local; the value is sent on Enter
// (Ctrl+Enter in a text area) or when the input loses focus, only if it changed.
// A control's `defaultValue` holds the last value the server drew or the page
// sent, so "changed" means value !== defaultValue (the tree relies on it too).

import { h, swapping } from "./dom";
import { decimals, printf } from "./format";
import { frame, type Send } from "./frame";
import type { NumberInputEl, TextAreaEl, TextInputEl } from "./protocol";

type Control = HTMLInputElement | HTMLTextAreaElement;

/** Call `commit` on Enter and on blur; mark the frame `dirty` while edited. */
function onCommit(control: Control, multiline: boolean, commit: () => void, frameOf: () => HTMLElement | null): void {
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

function settle(control: Control, frameNode: HTMLElement | null): void {
  control.defaultValue = control.value;
  frameNode?.classList.remove("dirty");
}

export function renderText(el: TextInputEl | TextAreaEl, send: Send): HTMLElement {
  const area = el.type === "text_area";
  const common = { id: el.id, placeholder: el.placeholder || null, disabled: el.disabled, maxlength: el.max_chars ?? null };
  const control: Control = area
    ? h("textarea", { ...common, rows: 4 })
    : h("input", { ...common, type: el.type === "text_input" && el.password ? "password" : "text", autocomplete: "off" });
  if (el.type === "text_area" && el.height) control.style.height = `${Number(el.height)}px`;
  control.defaultValue = el.value ?? "";
  control.value = el.value ?? "";
  const counter = el.max_chars ? h("span", { class: "ost-counter", "aria-hidden": "true" }) : null;
  const count = (): void => {
    if (counter) counter.textContent = `${control.value.length}/${el.max_chars}`;
  };
  control.addEventListener("input", count);
  count();
  let node: HTMLElement | null = null;
  onCommit(
    control,
    area,
    () => {
      if (control.value === control.defaultValue) return;
      settle(control, node);
      send(control.value);
    },
    () => node,
  );
  const hint = h("span", { class: "ost-hint", "aria-hidden": "true", text: area ? "Ctrl+Enter to apply" : "Enter to apply" });
  node = frame(el, el.id, h("div", { class: "ost-text-box" }, control, hint), counter);
  return node;
}

export function renderNumber(el: NumberInputEl, send: Send): HTMLElement {
  const isInt = el.data_type === "int";
  const step = Number(el.step) || (isInt ? 1 : 0.01);
  const places = decimals(step, 2);
  const text = (v: number | null | undefined): string => {
    if (v === null || v === undefined) return "";
    if (el.format) {
      const formatted = printf(el.format, v).trim();
      if (formatted !== "" && Number.isFinite(Number(formatted))) return formatted;
    }
    return isInt ? String(Math.round(v)) : v.toFixed(places);
  };
  const input = h("input", {
    id: el.id,
    type: "number",
    step: isInt ? step : "any",
    min: el.min,
    max: el.max,
    placeholder: el.placeholder || null,
    disabled: el.disabled,
    inputmode: isInt ? "numeric" : "decimal",
  });
  input.defaultValue = text(el.value);
  input.value = input.defaultValue;
  let node: HTMLElement | null = null;
  const clamp = (v: number): number => Math.min(el.max ?? Infinity, Math.max(el.min ?? -Infinity, v));
  const commit = (): void => {
    if (input.value === input.defaultValue) return;
    if (input.value.trim() === "") {
      settle(input, node);
      send(null);
      return;
    }
    const parsed = Number(input.value);
    if (!Number.isFinite(parsed)) return;
    const value = clamp(isInt ? Math.round(parsed) : parsed);
    input.value = text(value);
    settle(input, node);
    send(value);
  };
  onCommit(input, false, commit, () => node);
  const move = (sign: number): void => {
    const next = input.value === "" ? (el.min ?? 0) : Number(input.value) + sign * step;
    input.value = text(clamp(Math.round(next * 1e9) / 1e9));
    commit();
  };
  // The buttons' names come from hidden text, not aria-label, so that finding
  // the input by its label finds only the input.
  const stepper = (sign: number, label: string, glyph: string): HTMLButtonElement => {
    const button = h(
      "button",
      { type: "button", class: "ost-step", "aria-controls": el.id, disabled: el.disabled },
      h("span", { "aria-hidden": "true", text: glyph }),
      h("span", { class: "ost-visually-hidden", text: `${label} ${el.label}` }),
    );
    button.addEventListener("click", () => move(sign));
    return button;
  };
  const hint = h("span", { class: "ost-hint", "aria-hidden": "true", text: "Enter to apply" });
  const box = h("div", { class: "ost-text-box" }, input, hint);
  node = frame(el, el.id, h("div", { class: "ost-number" }, box, stepper(-1, "Decrease", "−"), stepper(1, "Increase", "+")));
  return node;
}
