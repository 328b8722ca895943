// st.number_input: typed, or stepped with the − and + buttons inside the field
// (each disabled at its bound); sent on Enter or blur (clamped to the bounds),
// only if it changed; a step is sent at once.

import { h } from "../dom";
import { decimals, printf } from "../format";
import { frame, type Send } from "../frame";
import type { NumberInputEl } from "../protocol";
import { registerElement } from "../registry";
import { onCommit, settle, showHint } from "../textual";

function renderNumber(el: NumberInputEl, send: Send): HTMLElement {
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
  const buttons: HTMLButtonElement[] = [];
  // − is disabled at min, + at max (as the value typed stands).
  const bound = (): void => {
    const v = input.value.trim() === "" ? null : Number(input.value);
    const known = v !== null && Number.isFinite(v);
    buttons[0].disabled = el.disabled || (known && el.min !== null && el.min !== undefined && v <= el.min);
    buttons[1].disabled = el.disabled || (known && el.max !== null && el.max !== undefined && v >= el.max);
  };
  input.addEventListener("input", bound);
  const move = (sign: number): void => {
    const next = input.value === "" ? (el.min ?? 0) : Number(input.value) + sign * step;
    input.value = text(clamp(Math.round(next * 1e9) / 1e9));
    commit();
    bound();
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
    // The input keeps focus (and its hint) while stepping with the pointer.
    button.addEventListener("mousedown", (event) => {
      if (document.activeElement === input) event.preventDefault();
    });
    button.addEventListener("click", () => move(sign));
    buttons.push(button);
    return button;
  };
  const hint = h("span", { class: "ost-hint", "aria-hidden": "true" });
  const box = h("div", { class: "ost-text-box" }, input, hint);
  const steppers = h("div", { class: "ost-steppers" }, stepper(-1, "Decrease", "−"), stepper(1, "Increase", "+"));
  node = frame(el, el.id, h("div", { class: `ost-number${el.disabled ? " disabled" : ""}` }, box, steppers));
  bound();
  showHint(input, hint, "single", () => node);
  return node;
}

registerElement("number_input", (el, _path, actions) => ({ root: renderNumber(el, (value) => actions.change(el, value)) }));
